#include "guifixture.h"

#include "storage/secretstore.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace Homing::Test {

GuiFixture::GuiFixture()
{
    echo.setHandler([this](const HttpTestServer::Request &) { return HttpTestServer::Response::text(echoAddress); });
    provider.setHandler([](const HttpTestServer::Request &request) {
        if (request.basicCredentials().isEmpty())
            return HttpTestServer::Response::text("badauth", 401);
        return HttpTestServer::Response::text("good "
                                              + request.query().queryItemValue(QStringLiteral("myip")).toUtf8());
    });
}

bool GuiFixture::open()
{
    if (!dir.isValid() || !echo.listen() || !provider.listen()) {
        error = QStringLiteral("cannot set up the scratch directory or loopback servers");
        return false;
    }
    runtime = std::make_unique<Runtime>(&redactor);
    if (runtime->open(Paths::inDirectory(dir.path()), &error) != Runtime::Failure::None)
        return false;
    secrets = new MemorySecretStore(&redactor, runtime.get());
    runtime->setSecretStore(secrets);
    Config config = runtime->config();
    SourceConfig source;
    source.id = QStringLiteral("loopback-echo");
    source.kind = QStringLiteral("http");
    source.options.insert(QStringLiteral("ipv4Url"), echo.url(QStringLiteral("/ip")).toString());
    source.options.insert(QStringLiteral("format"), QStringLiteral("plain"));
    config.sources = {source};
    config.settings.quorum = 1;
    config.settings.verify = false; // no delegation for these hosts; tst_verify checks verification
    return runtime->saveConfig(config, &error);
}

Host GuiFixture::addDyndns2Host(const QString &name, const QString &password)
{
    Host host;
    host.id = QUuid::createUuid();
    host.name = name;
    host.providerId = QStringLiteral("dyndns2");
    host.settings.insert(QStringLiteral("server"), provider.url().toString());
    host.settings.insert(QStringLiteral("username"), QStringLiteral("user"));
    Config config = runtime->config();
    config.hosts.append(host);
    runtime->saveConfig(config, &error);
    secrets->write(SecretStore::keyFor(host.id, QStringLiteral("password")), password, runtime.get(),
                   [](const SecretResult &) {});
    return host;
}

QByteArray GuiFixture::configText() const
{
    return readFile(runtime->paths().configFile);
}

std::unique_ptr<DesktopController> GuiFixture::startDesktop(const QDBusConnection &bus)
{
    DesktopController::Options options;
    options.bus = bus;
    options.scheduler.watchChanges = false;
    auto desktop = std::make_unique<DesktopController>(runtime.get(), options);
    QSignalSpy cycles(desktop.get(), &DesktopController::cycleFinished);
    desktop->start(false);
    if (!QTest::qWaitFor([&cycles] { return !cycles.isEmpty(); }, 20000)) {
        error = QStringLiteral("the first pass did not end");
        return nullptr;
    }
    return desktop;
}

FamilyVerification makeVerification(AddressFamily family, FamilyVerification::Status status, const QString &expected,
                                    const QStringList &answers)
{
    FamilyVerification check;
    check.family = family;
    check.status = status;
    check.expected = expected;
    check.zone = QStringLiteral("example.org.");
    check.checkedAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < answers.size(); ++i) {
        ServerCheck server;
        server.server = QStringLiteral("ns%1.example.org.").arg(i + 1);
        server.address = QHostAddress(QStringLiteral("192.0.2.%1").arg(53 + i));
        server.answer = answers.at(i).isEmpty() ? ServerCheck::Answer::NoRecord
            : answers.at(i) == expected         ? ServerCheck::Answer::Match
                                                : ServerCheck::Answer::Other;
        if (!answers.at(i).isEmpty())
            server.addresses = {answers.at(i)};
        check.servers.append(server);
        check.matching += server.answer == ServerCheck::Answer::Match ? 1 : 0;
        ++check.reachable;
    }
    return check;
}

} // namespace Homing::Test
