// Many Cloudflare hosts, one pass: a loopback stand-in for the Cloudflare API (HTTPS with the test
// certificates, each answer delayed by the latency given) and the agent's engine in this process
// (Runtime and Scheduler, as `homingd --once` runs them). For 20 and 200 hosts at 50 and 150 ms
// (and 1,000 at 150 ms with --large) it prints the wall time of a cold pass (nothing known about the
// token yet) and of a warm one (every host's address changed since), the requests sent, the most
// requests in any 5 minutes against Cloudflare's 1,200, the hosts that did not end up to date, and
// the process's peak resident memory (stand-in included), and the TLS connections it took. ddclient
// ($DDCLIENT, or one on PATH) updates the same hosts at the same stand-in afterwards, when there is
// one. Nothing leaves the machine: the stand-in and the address source listen on 127.0.0.1.
#include "clock.h"
#include "engine/scheduler.h"
#include "httptestserver.h"
#include "redactor.h"
#include "runtime.h"
#include "storage/configstore.h"
#include "storage/memorysecretstore.h"
#include "storage/paths.h"
#include "testtls.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace Homing;
using namespace Homing::Test;

namespace {

using Response = HttpTestServer::Response;

Response envelope(const QJsonValue &result, int delayMs)
{
    Response response = Response::text(QJsonDocument(QJsonObject {{QStringLiteral("success"), true},
                                                                  {QStringLiteral("errors"), QJsonArray()},
                                                                  {QStringLiteral("result"), result}})
                                           .toJson(QJsonDocument::Compact));
    response.addHeader("Content-Type", "application/json");
    response.delayMs = delayMs;
    return response;
}

// The Cloudflare API as the provider uses it: zone example.org (z1), an A record per host.
Response serve(const HttpTestServer::Request &request, int hosts, int delayMs, QList<qint64> *times,
               const QElapsedTimer &clock)
{
    times->append(clock.elapsed());
    const QString path = request.path();
    if (path == QLatin1String("/client/v4/zones") || path == QLatin1String("/client/v4/zones/")) { // ddclient: "zones/"
        QJsonArray zones;
        // One zone, example.org: the token's listing (no name asked) or the lookup of that name.
        const QString name = request.query().queryItemValue(QStringLiteral("name"));
        if (name.isEmpty() || name == QLatin1String("example.org"))
            zones.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("z1")},
                                      {QStringLiteral("name"), QStringLiteral("example.org")},
                                      {QStringLiteral("status"), QStringLiteral("active")}});
        return envelope(zones, delayMs);
    }
    if (path == QLatin1String("/client/v4/zones/z1/dns_records") && request.method == "GET") {
        auto record = [](const QString &name) {
            return QJsonObject {{QStringLiteral("id"), QString(QStringLiteral("r-") + name)},
                                {QStringLiteral("type"), QStringLiteral("A")},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("content"), QStringLiteral("192.0.2.1")},
                                {QStringLiteral("ttl"), 60}};
        };
        QJsonArray listed;
        if (request.query().hasQueryItem(QStringLiteral("name"))) {
            listed.append(record(request.query().queryItemValue(QStringLiteral("name"))));
        } else { // the zone's listing, one page
            for (int i = 0; i < hosts; ++i)
                listed.append(record(QStringLiteral("h%1.example.org").arg(i)));
        }
        return envelope(listed, delayMs);
    }
    if (path.startsWith(QLatin1String("/client/v4/zones/z1/dns_records/")) && request.method == "PATCH")
        return envelope(QJsonDocument::fromJson(request.body).object(), delayMs);
    return Response::text("no such route", 404);
}

qint64 peakInWindow(QList<qint64> times, qint64 windowMs)
{
    std::sort(times.begin(), times.end());
    qint64 peak = 0;
    for (qsizetype first = 0, last = 0; last < times.size(); ++last) {
        while (times.at(last) - times.at(first) >= windowMs)
            ++first;
        peak = std::max<qint64>(peak, last - first + 1);
    }
    return peak;
}

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// The real clock, moved on by the benchmark between passes (past the least interval per host).
class ShiftedClock final : public Clock
{
public:
    QDateTime now() const override { return m_real.now().addSecs(m_shift); }
    qint64 monotonicMs() const override { return m_real.monotonicMs() + m_shift * 1000; }
    void advance(qint64 seconds) { m_shift += seconds; }

private:
    SystemClock m_real;
    qint64 m_shift = 0;
};

struct Pass
{
    qint64 wallMs = 0;
    qsizetype requests = 0;
    qint64 peak5min = 0;
    int lost = 0;
};

// The ddclient to run beside Homing: $DDCLIENT, else one on PATH; empty when there is none.
QString ddclientProgram()
{
    const QString given = qEnvironmentVariable("DDCLIENT");
    return given.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("ddclient")) : given;
}

struct PeerRun
{
    qint64 wallMs = 0;
    qsizetype requests = 0;
    int connections = 0;
    int updated = 0;
    QString error;
};

// ddclient 3.10 updating the same hosts once at the same stand-in (its cloudflare protocol, an API
// token, the test CA), forced, in the foreground; what it printed tells the hosts it updated.
PeerRun runDdclient(const QString &program, const QStringList &names, const QUrl &api, const QString &token,
                    const QString &dir)
{
    PeerRun result;
    QFile conf(dir + QStringLiteral("/ddclient.conf"));
    if (!conf.open(QIODevice::WriteOnly)) {
        result.error = conf.errorString();
        return result;
    }
    conf.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString text = QStringLiteral("daemon=0\nsyslog=no\nssl=yes\nssl_ca_file=%1\ncache=%2/ddclient.cache\n"
                                        "pid=%2/ddclient.pid\nuse=ip, ip=81.2.69.170\n"
                                        "protocol=cloudflare, zone=example.org, server=%3:%4/client/v4, login=token, "
                                        "password=%5 %6\n")
                             .arg(QStringLiteral(HOMING_TEST_CA), dir, api.host(), QString::number(api.port()), token,
                                  names.join(QLatin1Char(',')));
    conf.write(text.toUtf8());
    conf.close();
    QProcess ddclient;
    ddclient.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer wall;
    wall.start();
    ddclient.start(program,
                   {QStringLiteral("-file"), conf.fileName(), QStringLiteral("-foreground"),
                    QStringLiteral("-daemon=0"), QStringLiteral("-force"), QStringLiteral("-noquiet")});
    if (!ddclient.waitForStarted() || !ddclient.waitForFinished(30 * 60 * 1000)) {
        result.error = ddclient.errorString();
        ddclient.kill();
        ddclient.waitForFinished();
        return result;
    }
    result.wallMs = wall.elapsed();
    result.updated = int(ddclient.readAll().count("SUCCESS:"));
    return result;
}

// One scenario: hosts at this latency, a cold pass and then a warm one with a new address.
void run(int hosts, int latencyMs, bool zoneGiven, int scenario, QStringList *peerRows)
{
    QTemporaryDir dir;
    // The stand-in runs in a thread of its own, as a provider's server runs on a machine of its own:
    // the engine's work (TLS, JSON, a durable commit per outcome) never delays its answers.
    QThread apiThread;
    apiThread.start();
    auto *apiServer = new HttpTestServer;
    apiServer->moveToThread(&apiThread);
    HttpTestServer &api = *apiServer;
    auto stopApi = qScopeGuard([&] {
        QMetaObject::invokeMethod(
            apiServer, [apiServer] { delete apiServer; }, Qt::BlockingQueuedConnection);
        apiThread.quit();
        apiThread.wait();
    });
    QElapsedTimer clock;
    clock.start();
    QMutex timesLock;
    QList<qint64> times;
    bool apiListening = false;
    QMetaObject::invokeMethod(
        apiServer,
        [&] {
            api.setTls(serverTls(QStringLiteral("server")));
            api.setHandler([&](const HttpTestServer::Request &request) {
                QMutexLocker locked(&timesLock);
                return serve(request, hosts, latencyMs, &times, clock);
            });
            apiListening = api.listen();
        },
        Qt::BlockingQueuedConnection);
    HttpTestServer echo;
    if (!apiListening || !echo.listen()) {
        std::printf("cannot listen on loopback\n");
        return;
    }
    echo.respondWith(Response::text("81.2.69.160\n"));

    Config config;
    SourceConfig source;
    source.id = QStringLiteral("loopback");
    source.kind = QStringLiteral("http");
    source.options.insert(QStringLiteral("ipv4Url"), echo.url(QStringLiteral("/ip")).toString());
    source.options.insert(QStringLiteral("format"), QStringLiteral("plain"));
    config.sources = {source};
    config.settings.verify = false;
    for (int i = 0; i < hosts; ++i) {
        Host host;
        host.id = QUuid::createUuid();
        host.name = QStringLiteral("h%1.example.org").arg(i);
        host.providerId = QStringLiteral("cloudflare");
        host.settings.insert(QStringLiteral("server"), api.url(QStringLiteral("/client/v4")).toString());
        if (zoneGiven)
            host.settings.insert(QStringLiteral("zone"), QStringLiteral("example.org"));
        config.hosts.append(host);
    }
    QString error;
    if (!ConfigStore(dir.filePath(QStringLiteral("config.json"))).save(config, &error)) {
        std::printf("%s\n", qPrintable(error));
        return;
    }
    Redactor redactor;
    Runtime runtime(&redactor);
    if (runtime.open(Paths::inDirectory(dir.path()), &error) != Runtime::Failure::None) {
        std::printf("%s\n", qPrintable(error));
        return;
    }
    ShiftedClock shifted;
    runtime.setClock(&shifted);
    auto *secrets = new MemorySecretStore(&redactor, &runtime);
    // A token of its own per scenario: what the agent remembers about one token is not reused.
    const QString token = QStringLiteral("bench-token-%1-0123456789abcdefghijklmnopqrstuvwxyz").arg(scenario);
    for (const Host &host : std::as_const(config.hosts))
        secrets->write(SecretStore::keyFor(host.id, QStringLiteral("token")), token, &runtime,
                       [](const SecretResult &) {});
    runtime.setSecretStore(secrets);
    Scheduler::Options options;
    options.jitter = 0;
    options.watchChanges = false;
    options.autoTick = false;
    options.minimumIntervalSeconds = 0;
    Scheduler scheduler(&runtime, options);

    auto pass = [&] {
        Pass result;
        timesLock.lock();
        times.clear();
        timesLock.unlock();
        bool done = false;
        UpdateCycle::Summary summary;
        // The loop sleeps until something happens, as homingd's does (a loop of timed
        // processEvents() calls would spin and take a core from the engine and the stand-in).
        QEventLoop loop;
        QObject::connect(&scheduler, &Scheduler::passFinished, &loop, [&](const UpdateCycle::Summary &finished) {
            summary = finished;
            done = true;
            loop.quit();
        });
        QElapsedTimer wall;
        wall.start();
        scheduler.runOnce();
        if (!done)
            loop.exec();
        result.wallMs = wall.elapsed();
        QMutexLocker locked(&timesLock);
        result.requests = times.size();
        result.peak5min = peakInWindow(times, 300000);
        result.lost = hosts - summary.count(UpdateCycle::HostResult::Kind::Updated);
        return result;
    };
    auto connections = [&] {
        int count = 0;
        QMetaObject::invokeMethod(
            apiServer,
            [&] {
                count = api.connections();
                api.resetConnections();
            },
            Qt::BlockingQueuedConnection);
        return count;
    };
    connections();
    const Pass cold = pass();
    const int coldConnections = connections();
    echo.respondWith(Response::text("81.2.69.161\n"));
    shifted.advance(120); // past the least time between two updates of a host
    const Pass warm = pass();
    const int warmConnections = connections();
    std::printf("| %d | %d ms | %s | %.2f s | %lld | %.2f s | %lld | %d + %d | %lld / 1200 | %d + %d | %ld |\n", hosts,
                latencyMs, zoneGiven ? "given" : "walked", cold.wallMs / 1000.0, static_cast<long long>(cold.requests),
                warm.wallMs / 1000.0, static_cast<long long>(warm.requests), coldConnections, warmConnections,
                static_cast<long long>(std::max(cold.peak5min, warm.peak5min)), cold.lost, warm.lost,
                peakRssKiB() / 1024);
    std::fflush(stdout);

    const QString ddclient = ddclientProgram();
    if (ddclient.isEmpty() || !zoneGiven)
        return;
    QStringList names;
    for (const Host &host : std::as_const(config.hosts))
        names.append(host.name);
    timesLock.lock();
    times.clear();
    timesLock.unlock();
    PeerRun peer = runDdclient(ddclient, names, api.url(), token, dir.path());
    peer.connections = connections();
    QMutexLocker locked(&timesLock);
    peer.requests = times.size();
    if (!peer.error.isEmpty()) {
        peerRows->append(
            QStringLiteral("| %1 | %2 ms | could not run ddclient: %3 |").arg(hosts).arg(latencyMs).arg(peer.error));
        return;
    }
    peerRows->append(QStringLiteral("| %1 | %2 ms | %3 s | %4 | %5 | %6 |")
                         .arg(hosts)
                         .arg(latencyMs)
                         .arg(peer.wallMs / 1000.0, 0, 'f', 2)
                         .arg(peer.requests)
                         .arg(peer.connections)
                         .arg(hosts - peer.updated));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    trustTestCa();
    const bool large = app.arguments().contains(QStringLiteral("--large"));
    std::printf("| hosts | latency | zone | cold pass | requests | warm pass | requests | TLS connections (cold + "
                "warm) | most in 5 min | not up to date (cold + warm) | peak RSS MiB |\n"
                "|---|---|---|---|---|---|---|---|---|---|---|\n");
    std::fflush(stdout);
    QStringList peerRows;
    int scenario = 0;
    for (int latency : {50, 150}) {
        for (int hosts : {20, 200})
            run(hosts, latency, true, ++scenario, &peerRows);
    }
    run(200, 50, false, ++scenario, &peerRows);
    if (large)
        run(1000, 150, true, ++scenario, &peerRows);
    if (ddclientProgram().isEmpty()) {
        std::printf("\nddclient is not installed here (nor named by DDCLIENT): no side-by-side run.\n");
        return 0;
    }
    // ddclient sends "Connection: close": a new TLS connection for every request. Homing keeps at
    // most 6 open to the server and sends every request over them.
    std::printf("\nddclient (%s), the same hosts once, forced, at the same stand-in:\n\n"
                "| hosts | latency | wall | requests | TLS connections | not up to date |\n"
                "|---|---|---|---|---|---|\n%s\n",
                qPrintable(ddclientProgram()), qPrintable(peerRows.join(QLatin1Char('\n'))));
    return 0;
}
