#include "agentfixture.h"

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <csignal>

namespace Homing::Test {

AgentFixture::AgentFixture()
    : m_hostId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

bool AgentFixture::start()
{
    if (!m_dir.isValid() || !m_echo.listen() || !m_provider.listen())
        return false;
    m_echo.respondWith(HttpTestServer::Response::text("81.2.69.160\n"));
    m_provider.setHandler([](const HttpTestServer::Request &request) {
        return HttpTestServer::Response::text("good "
                                              + request.query().queryItemValue(QStringLiteral("myip")).toLatin1());
    });
    return true;
}

QJsonObject AgentFixture::config(const QString &secretStore, const QString &username) const
{
    const QJsonObject source {{QStringLiteral("id"), QStringLiteral("loopback-echo")},
                              {QStringLiteral("kind"), QStringLiteral("http")},
                              {QStringLiteral("ipv4Url"), m_echo.url(QStringLiteral("/ip")).toString()},
                              {QStringLiteral("format"), QStringLiteral("plain")}};
    const QJsonObject host {{QStringLiteral("id"), m_hostId},
                            {QStringLiteral("name"), hostName()},
                            {QStringLiteral("provider"), QStringLiteral("dyndns2")},
                            {QStringLiteral("families"), QJsonArray {QStringLiteral("ipv4")}},
                            {QStringLiteral("settings"),
                             QJsonObject {{QStringLiteral("server"), m_provider.url().toString()},
                                          {QStringLiteral("username"), username}}}};
    return QJsonObject {{QStringLiteral("schema"), 1},
                        // Verification is tests/integration/tst_verify's: these hosts have no delegation.
                        {QStringLiteral("settings"),
                         QJsonObject {{QStringLiteral("secretStore"), secretStore}, {QStringLiteral("verify"), false}}},
                        {QStringLiteral("sources"), QJsonArray {source}},
                        {QStringLiteral("hosts"), QJsonArray {host}}};
}

bool AgentFixture::writeConfig(const QJsonObject &config) const
{
    return writeFile(m_dir.filePath(QStringLiteral("config.json")), QJsonDocument(config).toJson());
}

AgentFixture::Run AgentFixture::run(const QString &program, const QStringList &arguments, const QByteArray &stdinData,
                                    const QStringList &extraEnvironment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : extraEnvironment) {
        const int equals = static_cast<int>(entry.indexOf(QLatin1Char('=')));
        env.insert(entry.left(equals), entry.mid(equals + 1));
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    // Wait with the event loop running: the loopback servers answer from this thread.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    m_outputs.append(QString::fromUtf8(result.out));
    m_outputs.append(QString::fromUtf8(result.err));
    return result;
}

AgentFixture::Run AgentFixture::homingd(const QStringList &extra, const QStringList &env)
{
    return run(QString::fromLocal8Bit(qgetenv("HOMINGD")),
               QStringList {QStringLiteral("--once"), QStringLiteral("--config-dir"), configDir()} + extra, {}, env);
}

AgentFixture::Run AgentFixture::homingctl(const QStringList &arguments, const QByteArray &stdinData,
                                          const QStringList &env)
{
    return run(QString::fromLocal8Bit(qgetenv("HOMINGCTL")),
               QStringList {QStringLiteral("--config-dir"), configDir()} + arguments, stdinData, env);
}

bool AgentFixture::prepare()
{
    return start() && writeConfig(config(QStringLiteral("file")))
        && homingctl({QStringLiteral("secret"), QStringLiteral("set"), hostName(), QStringLiteral("password")},
                     "pw-1234\n")
               .exitCode
        == 0;
}

QByteArray AgentFixture::sqlite(const QString &sql)
{
    return run(QStringLiteral("sqlite3"), {m_dir.filePath(QStringLiteral("homing.sqlite")), sql}).out.trimmed();
}

QJsonObject AgentFixture::hostStatus()
{
    const Run status = homingctl({QStringLiteral("status"), QStringLiteral("--json")});
    if (status.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(status.out).object().value(QStringLiteral("hosts")).toArray().first().toObject();
}

QJsonObject AgentFixture::waitForHostState(const QString &state, int timeoutMs)
{
    QJsonObject host;
    (void)QTest::qWaitFor( // a timeout shows in what is returned
        [&] {
            host = hostStatus();
            return host.value(QStringLiteral("state")).toString() == state;
        },
        timeoutMs);
    return host;
}

std::unique_ptr<QProcess> AgentFixture::startAgent() const
{
    auto agent = std::make_unique<QProcess>();
    agent->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    agent->start(QString::fromLocal8Bit(qgetenv("HOMINGD")), {QStringLiteral("--config-dir"), configDir()});
    agent->waitForStarted(10000);
    return agent;
}

int AgentFixture::stopAgent(QProcess &agent)
{
    ::kill(static_cast<pid_t>(agent.processId()), SIGTERM);
    if (!agent.waitForFinished(10000) || agent.exitStatus() != QProcess::NormalExit)
        return -1;
    return agent.exitCode();
}

} // namespace Homing::Test
