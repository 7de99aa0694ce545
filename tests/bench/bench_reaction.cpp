// Time from an interface address change to the provider request, through the real agent.
// Needs root: it makes a network namespace of its own (nothing leaves it), gives a veth there a
// public-looking address, runs homingd inside with an interface address source and a dyndns2
// host whose server is a loopback server in the same namespace, then changes the address 10
// times and prints the median delay. Between changes it waits out the per-host least interval
// between provider calls (60 s), so a full run takes about 11 minutes.
#include "httptestserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

using Homing::Test::HttpTestServer;

namespace {

bool ip(const QStringList &arguments)
{
    return QProcess::execute(QStringLiteral("ip"), arguments) == 0;
}

bool enterNamespace(const QString &name)
{
    if (!ip({QStringLiteral("netns"), QStringLiteral("add"), name}))
        return false;
    const int fd = ::open(QFile::encodeName(QStringLiteral("/var/run/netns/") + name).constData(), O_RDONLY);
    if (fd < 0 || ::setns(fd, CLONE_NEWNET) != 0)
        return false;
    ::close(fd);
    return ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")})
        && ip({QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("hb0"), QStringLiteral("type"),
               QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("hb1")})
        && ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("hb0"), QStringLiteral("up")})
        && ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("hb1"), QStringLiteral("up")})
        // Without a default route the system reports "offline" and Homing, rightly, sends nothing.
        // The route leads only to the veth peer inside this namespace.
        && ip({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"), QStringLiteral("dev"),
               QStringLiteral("hb0")});
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString bin = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app");
    const QString homingd = bin + QStringLiteral("/homingd/homingd");
    const QString homingctl = bin + QStringLiteral("/homingctl/homingctl");
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    if (geteuid() != 0) {
        std::fprintf(stderr, "bench_reaction: needs root (it makes its own network namespace)\n");
        return 1;
    }
    const QString ns = QStringLiteral("homing-bench-%1").arg(getpid());
    if (!enterNamespace(ns)) {
        std::fprintf(stderr, "bench_reaction: could not set up the namespace\n");
        ip({QStringLiteral("netns"), QStringLiteral("del"), ns});
        return 1;
    }

    HttpTestServer provider;
    provider.setHandler([](const HttpTestServer::Request &request) {
        return HttpTestServer::Response::text("good "
                                              + request.query().queryItemValue(QStringLiteral("myip")).toLatin1());
    });
    provider.listen();
    QTemporaryDir dir;
    const QJsonObject config {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("settings"),
         QJsonObject {{QStringLiteral("secretStore"), QStringLiteral("file")},
                      {QStringLiteral("quorum"), 1},
                      {QStringLiteral("verify"), false}}},
        {QStringLiteral("sources"),
         QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("wan")},
                                  {QStringLiteral("kind"), QStringLiteral("interface")},
                                  {QStringLiteral("interface"), QStringLiteral("hb0")},
                                  {QStringLiteral("families"), QJsonArray {QStringLiteral("ipv4")}}}}},
        {QStringLiteral("hosts"),
         QJsonArray {QJsonObject {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                  {QStringLiteral("name"), QStringLiteral("bench.example.org")},
                                  {QStringLiteral("provider"), QStringLiteral("dyndns2")},
                                  {QStringLiteral("settings"),
                                   QJsonObject {{QStringLiteral("server"), provider.url().toString()},
                                                {QStringLiteral("username"), QStringLiteral("bench")}}}}}}};
    QFile file(dir.filePath(QStringLiteral("config.json")));
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(config).toJson());
    file.close();
    QProcess secret;
    secret.start(homingctl,
                 {QStringLiteral("--config-dir"), dir.path(), QStringLiteral("secret"), QStringLiteral("set"),
                  QStringLiteral("bench.example.org"), QStringLiteral("password")});
    secret.write("bench-password\n");
    secret.closeWriteChannel();
    secret.waitForFinished();

    auto address = [](int n) { return QStringLiteral("81.2.69.%1/32").arg(100 + n); };
    ip({QStringLiteral("addr"), QStringLiteral("add"), address(0), QStringLiteral("dev"), QStringLiteral("hb0")});
    QProcess agent;
    agent.setStandardErrorFile(QProcess::nullDevice());
    agent.start(homingd, {QStringLiteral("--config-dir"), dir.path()});
    if (!waitFor([&] { return provider.requests().size() == 1; }, 20000)) {
        std::fprintf(stderr, "bench_reaction: the agent never sent its first update\n");
        agent.kill();
        ip({QStringLiteral("netns"), QStringLiteral("del"), ns});
        return 1;
    }
    QElapsedTimer sinceLastCall;
    sinceLastCall.start();

    QList<qint64> delays;
    for (int round = 1; round <= rounds; ++round) {
        // Wait out the least interval between two provider calls for one host (60 s).
        waitFor([&] { return sinceLastCall.elapsed() > 61000; }, 70000);
        const qsizetype before = provider.requests().size();
        QElapsedTimer timer;
        timer.start();
        ip({QStringLiteral("addr"), QStringLiteral("replace"), address(round), QStringLiteral("dev"),
            QStringLiteral("hb0")});
        ip({QStringLiteral("addr"), QStringLiteral("del"), address(round - 1), QStringLiteral("dev"),
            QStringLiteral("hb0")});
        if (!waitFor([&] { return provider.requests().size() > before; }, 30000)) {
            std::printf("round %d: no request within 30 s\n", round);
            continue;
        }
        delays.append(timer.elapsed());
        sinceLastCall.restart();
        std::printf("round %2d: %s -> request after %lld ms\n", round, qPrintable(address(round)),
                    static_cast<long long>(delays.last()));
        std::fflush(stdout);
    }
    agent.terminate();
    agent.waitForFinished(5000);
    ip({QStringLiteral("netns"), QStringLiteral("del"), ns});
    if (delays.isEmpty())
        return 1;
    std::sort(delays.begin(), delays.end());
    std::printf(
        "interface address change -> provider request: median %lld ms, min %lld ms, max %lld ms (%lld rounds)\n",
        static_cast<long long>(delays.at(delays.size() / 2)), static_cast<long long>(delays.first()),
        static_cast<long long>(delays.last()), static_cast<long long>(delays.size()));
    return 0;
}
