// Prints what one steady-state check costs on the wire for each address source kind, what the
// default sources as shipped cost in a routine (poll) and a full (event) check, and how long an
// interface address change takes to become a finished detection (median of 10).
//
// Run as root, it moves itself into a fresh network namespace first, so the loopback device's
// counters hold nothing but its own traffic; everything it talks to (BIND, an HTTP echo server, a
// UPnP gateway, HTTPS and DNS stand-ins for the default echo services) is on that loopback. Without
// root it prints no byte counts.
#include "address/addressmonitor.h"
#include "address/changewatcher.h"
#include "address/dnsechosource.h"
#include "address/httpechosource.h"
#include "address/upnpsource.h"
#include "clock.h"
#include "dnstestserver.h"
#include "echodnsserver.h"
#include "httptestserver.h"
#include "net/httpclient.h"
#include "redactor.h"
#include "testtls.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkDatagram>
#include <QProcess>
#include <QTest>
#include <QUdpSocket>

#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace Homing;
using Homing::Test::DnsTestServer;
using Homing::Test::EchoDnsServer;
using Homing::Test::HttpTestServer;

namespace {

constexpr int kChecks = 10;

using Counters = Homing::Test::LoopbackCounters;
Counters loopback()
{
    return Homing::Test::loopbackCounters();
}

bool run(const QString &command)
{
    QStringList arguments = command.split(QLatin1Char(' '));
    const QString program = arguments.takeFirst();
    return QProcess::execute(program, arguments) == 0;
}

bool detectOnce(AddressSource *source, AddressFamily family, QObject *context, QString *error)
{
    std::optional<SourceResult> result;
    source->detect(family, context, [&](const SourceResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000)) {
        *error = QStringLiteral("no answer");
        return false;
    }
    if (!result->ok)
        *error = result->error;
    return result->ok;
}

// Prints one row: the first (cold) check and the average of kChecks steady-state checks.
void measure(const char *kind, AddressSource *source, AddressFamily family, QObject *context, bool counting)
{
    QString error;
    const Counters before = loopback();
    if (!detectOnce(source, family, context, &error)) {
        std::printf("%-34s failed: %s\n", kind, qPrintable(error));
        return;
    }
    const Counters cold = loopback();
    for (int i = 0; i < kChecks; ++i) {
        if (!detectOnce(source, family, context, &error)) {
            std::printf("%-34s failed: %s\n", kind, qPrintable(error));
            return;
        }
    }
    const Counters after = loopback();
    if (!counting) {
        std::printf("%-34s (no counters without root)\n", kind);
        return;
    }
    // loopback_xmit counts skb->len after the pseudo-Ethernet header is pulled: IP packet bytes.
    std::printf("%-34s %8.0f %8.1f %12lld\n", kind, double(after.bytes - cold.bytes) / kChecks,
                double(after.packets - cold.packets) / kChecks, cold.bytes - before.bytes);
}

SourceConfig dnsConfig(const char *service, quint16 port)
{
    SourceConfig config;
    config.id = QLatin1String(service);
    config.kind = QStringLiteral("dns");
    config.options.insert(QStringLiteral("service"), QLatin1String(service));
    config.options.insert(QStringLiteral("ipv4Server"), QStringLiteral("127.0.0.1"));
    config.options.insert(QStringLiteral("ipv6Server"), QStringLiteral("127.0.0.1"));
    config.options.insert(QStringLiteral("port"), port);
    return config;
}

void benchBytes(bool counting)
{
    QObject context;
    SystemClock clock;
    std::printf("\nBytes on the wire per steady-state check (average of %d after one cold check)\n", kChecks);
    std::printf("%-34s %8s %8s %12s\n", "source kind", "IP bytes", "packets", "cold IP bytes");

    // HTTP echo: plain HTTP on loopback. Real echo services are HTTPS: add TLS records (~30 bytes
    // per record) per check, and a handshake (~4-6 KB) whenever the connection is new.
    QNetworkAccessManager manager;
    Redactor redactor;
    HttpClient http(&manager, &redactor);
    HttpTestServer echo;
    echo.listen();
    echo.respondWith(HttpTestServer::Response::text("81.2.69.160\n"));
    SourceConfig httpConfig;
    httpConfig.id = QStringLiteral("http");
    httpConfig.kind = QStringLiteral("http");
    httpConfig.options.insert(QStringLiteral("ipv4Url"), echo.url(QStringLiteral("/ip")).toString());
    httpConfig.options.insert(QStringLiteral("format"), QStringLiteral("plain"));
    HttpEchoSource httpSource(httpConfig, &http, &clock);
    measure("http echo (plain HTTP, keep-alive)", &httpSource, AddressFamily::IPv4, &context, counting);

    DnsTestServer bind;
    QString error;
    if (!DnsTestServer::available()
        || !bind.start(
            {{QStringLiteral("myip.opendns.com"), "@ IN A 81.2.69.160\n@ IN AAAA 2a01:4f8:c17:1::7\n",
              QStringLiteral("IN")},
             {QStringLiteral("whoami.cloudflare"), "@ CH TXT \"81.2.69.160\"\n", QStringLiteral("CH")},
             {QStringLiteral("o-o.myaddr.l.google.com"), "@ IN TXT \"81.2.69.160\"\n", QStringLiteral("IN")}},
            &error)) {
        std::printf("dns echo: BIND did not start: %s\n", qPrintable(error));
    } else {
        DnsEchoSource opendns(dnsConfig("opendns", bind.port()), &clock);
        DnsEchoSource opendns6(dnsConfig("opendns", bind.port()), &clock);
        DnsEchoSource cloudflare(dnsConfig("cloudflare", bind.port()), &clock);
        DnsEchoSource google(dnsConfig("google", bind.port()), &clock);
        measure("dns echo: opendns A", &opendns, AddressFamily::IPv4, &context, counting);
        measure("dns echo: opendns AAAA", &opendns6, AddressFamily::IPv6, &context, counting);
        measure("dns echo: cloudflare CH TXT", &cloudflare, AddressFamily::IPv4, &context, counting);
        measure("dns echo: google TXT", &google, AddressFamily::IPv4, &context, counting);
    }

    // UPnP-IGD: a loopback gateway; the cold check includes SSDP and the description.
    HttpTestServer gateway;
    gateway.listen();
    const QByteArray soap = "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                            "<s:Body><u:GetExternalIPAddressResponse xmlns:u=\"urn:schemas-upnp-org:service:"
                            "WANIPConnection:1\"><NewExternalIPAddress>81.2.69.160</NewExternalIPAddress>"
                            "</u:GetExternalIPAddressResponse></s:Body></s:Envelope>";
    const QByteArray description = "<?xml version=\"1.0\"?><root><device><serviceList><service><serviceType>"
                                   "urn:schemas-upnp-org:service:WANIPConnection:1</serviceType><controlURL>/ctl"
                                   "</controlURL></service></serviceList></device></root>";
    gateway.setHandler([&](const HttpTestServer::Request &request) {
        return HttpTestServer::Response::text(request.path() == QLatin1String("/ctl") ? soap : description);
    });
    QUdpSocket ssdp;
    ssdp.bind(QHostAddress::LocalHost, 0);
    QObject::connect(&ssdp, &QUdpSocket::readyRead, &context, [&] {
        while (ssdp.hasPendingDatagrams()) {
            const QNetworkDatagram search = ssdp.receiveDatagram();
            ssdp.writeDatagram(
                "HTTP/1.1 200 OK\r\nST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nLOCATION: "
                    + gateway.url(QStringLiteral("/desc.xml")).toEncoded() + "\r\n\r\n",
                search.senderAddress(), static_cast<quint16>(search.senderPort()));
        }
    });
    SourceConfig upnpConfig;
    upnpConfig.id = QStringLiteral("upnp");
    upnpConfig.kind = QStringLiteral("upnp");
    upnpConfig.options.insert(QStringLiteral("ssdpAddress"), QStringLiteral("127.0.0.1"));
    upnpConfig.options.insert(QStringLiteral("ssdpPort"), ssdp.localPort());
    UpnpSource upnp(upnpConfig, &clock);
    measure("upnp-igd (SOAP, keep-alive)", &upnp, AddressFamily::IPv4, &context, counting);

    std::printf("%-34s %8d %8d %12d\n", "interface (netlink, local)", 0, 0, 0);
    std::printf("%-34s %8d %8d %12d\n", "command (local process)", 0, 0, 0);
}

const QHostAddress kEchoed4(QStringLiteral("81.2.69.160"));
const QHostAddress kEchoed6(QStringLiteral("2a01:4f8:c17:1::7"));

// What a Cloudflare trace page holds (about 250 bytes), with the echoed address.
QByteArray traceBody()
{
    return "fl=123f45\nh=www.cloudflare.com\nip=" + kEchoed4.toString().toLatin1()
        + "\nts=1764763200.123\nvisit_scheme=https\nuag=Homing/0.1\ncolo=FRA\nsliver=none\nhttp=http/1.1\n"
          "loc=DE\ntls=TLSv1.3\nsni=plaintext\nwarp=off\ngateway=off\nrbi=off\nkex=X25519\n";
}

// One detection of the families (a routine or a full check) on the monitor, kChecks times or once;
// the bytes and packets per check, and who agreed the last time ("ipv4: a, b; ipv6: c").
struct CheckCost
{
    double bytes = -1;
    double packets = -1;
    QString agreed;
};
CheckCost checkCost(AddressMonitor &monitor, const QList<AddressFamily> &families, bool routine, int checks)
{
    CheckCost cost;
    QTest::qWait(500); // the delayed ACKs of what came before go out before counting starts
    const Counters before = loopback();
    for (int i = 0; i < checks; ++i) {
        std::optional<Detection> result;
        monitor.detect(
            families, &monitor, [&](const Detection &d) { result = d; }, AddressMonitor::Check {routine, {}});
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 35000))
            return cost;
        QStringList parts;
        for (const FamilyDetection &family : std::as_const(result->families))
            parts.append(familyName(family.family) + QStringLiteral(": ")
                         + (family.ok ? family.agreeingSources.join(QStringLiteral(", ")) : family.error));
        cost.agreed = parts.join(QStringLiteral("; "));
    }
    const Counters after = loopback();
    cost.bytes = double(after.bytes - before.bytes) / checks;
    cost.packets = double(after.packets - before.packets) / checks;
    return cost;
}

// SourceConfig::defaults() as shipped, each service pointed at its stand-in on the loopback: an
// HTTPS server of its own per HTTP echo (its own connection, as the real ones are different hosts)
// and one DNS echo server on 127.0.0.1 and ::1 for the three DNS echoes.
QList<SourceConfig> shippedDefaults(const QHash<QString, HttpTestServer *> &web, const EchoDnsServer &dns)
{
    QList<SourceConfig> list = SourceConfig::defaults();
    for (SourceConfig &config : list) {
        if (config.kind == QLatin1String("http")) {
            for (const char *key : {"ipv4Url", "ipv6Url"}) {
                if (config.options.contains(QLatin1String(key)))
                    config.options.insert(QLatin1String(key),
                                          web.value(config.id)->url(QLatin1Char('/') + QLatin1String(key)).toString());
            }
        } else if (config.kind == QLatin1String("dns")) {
            config.options.insert(QStringLiteral("ipv4Server"), QStringLiteral("127.0.0.1"));
            config.options.insert(QStringLiteral("ipv6Server"), dns.hasIpv6() ? QStringLiteral("::1") : QString());
            config.options.insert(QStringLiteral("port"), dns.port());
        }
    }
    return list;
}

void benchDefaults(bool counting)
{
    if (!counting)
        return;
    Homing::Test::trustTestCa();
    QHash<QString, HttpTestServer *> web;
    std::vector<std::unique_ptr<HttpTestServer>> servers;
    for (const SourceConfig &config : SourceConfig::defaults()) {
        if (config.kind != QLatin1String("http"))
            continue;
        auto server = std::make_unique<HttpTestServer>();
        server->setTls(Homing::Test::serverTls(QStringLiteral("server")));
        const bool trace = config.option(QStringLiteral("format")) == QLatin1String("trace");
        server->setHandler([trace](const HttpTestServer::Request &request) {
            const bool v6 = request.path() == QLatin1String("/ipv6Url");
            return HttpTestServer::Response::text(trace ? traceBody()
                                                        : (v6 ? kEchoed6 : kEchoed4).toString().toLatin1() + '\n');
        });
        if (!server->listen()) {
            std::printf("\ndefaults: an HTTPS stand-in did not start\n");
            return;
        }
        web.insert(config.id, server.get());
        servers.push_back(std::move(server));
    }
    EchoDnsServer dns;
    if (!dns.listen()) {
        std::printf("\ndefaults: the DNS stand-in did not start\n");
        return;
    }
    dns.setAddresses(kEchoed4, kEchoed6);
    const QList<SourceConfig> sources = shippedDefaults(web, dns);

    std::printf("\nThe default sources as shipped (SourceConfig::defaults(): 3 HTTPS echoes, 3 DNS echoes, quorum 2),\n"
                "each at a loopback stand-in; per check, the routine ones averaged over %d\n",
                kChecks);
    std::printf("%-46s %8s %8s  %s\n", "check", "IP bytes", "packets", "agreed / asked");
    SystemClock clock;
    const QList<std::pair<const char *, QList<AddressFamily>>> cases = {
        {"IPv4", {AddressFamily::IPv4}},
        {"IPv6", {AddressFamily::IPv6}},
        {"IPv4 + IPv6", {AddressFamily::IPv4, AddressFamily::IPv6}},
    };
    for (const auto &[label, families] : cases) {
        if (families.contains(AddressFamily::IPv6) && !dns.hasIpv6()) {
            std::printf("%s: no IPv6 loopback in this namespace\n", label);
            continue;
        }
        // A fresh network access manager: the first full check opens its TLS connections.
        QNetworkAccessManager manager;
        Redactor redactor;
        HttpClient http(&manager, &redactor);
        AddressMonitor monitor(sources, 2, &http, &clock);
        auto row = [&](const QString &what, const CheckCost &cost) {
            if (cost.bytes < 0)
                std::printf("%-46s failed\n", qPrintable(what));
            else
                std::printf("%-46s %8.0f %8.1f  %s\n", qPrintable(what), cost.bytes, cost.packets,
                            qPrintable(cost.agreed));
        };
        const QString family = QLatin1String(label);
        row(QStringLiteral("full (event), ") + family + QStringLiteral(", new TLS connections"),
            checkCost(monitor, families, false, 1));
        row(QStringLiteral("full (event), ") + family + QStringLiteral(", connections reused"),
            checkCost(monitor, families, false, kChecks));
        row(QStringLiteral("routine (poll, steady state), ") + family, checkCost(monitor, families, true, kChecks));
    }
    std::printf("(HTTPS stand-ins send short headers and one small certificate, and carry IPv6 answers over\n"
                " 127.0.0.1; real services send more of both, so the full checks cost more on the internet.\n"
                " The DNS echo exchange is the one the real services get, over ::1 for IPv6.)\n");
}

// From `ip addr add` to a finished AddressMonitor detection with an interface source.
void benchLatency()
{
    if (!run(QStringLiteral("ip link add veth0 type veth peer name veth1"))
        || !run(QStringLiteral("ip link set veth0 addrgenmode none")) || !run(QStringLiteral("ip link set veth0 up"))
        || !run(QStringLiteral("ip link set veth1 up"))) {
        std::printf("\nlatency: cannot create a veth pair\n");
        return;
    }
    SystemClock clock;
    SourceConfig config;
    config.id = QStringLiteral("lan");
    config.kind = QStringLiteral("interface");
    config.options.insert(QStringLiteral("interface"), QStringLiteral("veth0"));
    config.options.insert(QStringLiteral("families"), QStringList {QStringLiteral("ipv4")});
    AddressMonitor monitor({config}, 2, nullptr, &clock);
    ChangeWatcher::Options options;
    options.reachability = false;
    options.wakeCheckMs = 0;
    ChangeWatcher watcher(&clock, options);
    watcher.start();
    QTest::qWait(300);

    struct Round
    {
        QHostAddress expected;
        qint64 signalMs = -1;
        qint64 detectionMs = -1;
    };
    Round round;
    QList<qint64> toSignal;
    QList<qint64> toDetection;
    QElapsedTimer timer;
    QObject::connect(&watcher, &ChangeWatcher::changed, &monitor, [&] {
        if (round.expected.isNull() || round.signalMs >= 0)
            return;
        round.signalMs = timer.elapsed();
        monitor.detect({AddressFamily::IPv4}, &monitor, [&](const Detection &detection) {
            const FamilyDetection *v4 = detection.family(AddressFamily::IPv4);
            if (!round.expected.isNull() && v4 && v4->ok && v4->address == round.expected)
                round.detectionMs = timer.elapsed();
        });
    });
    for (int i = 0; i < kChecks; ++i) {
        const QString address = QStringLiteral("81.2.69.%1").arg(10 + i);
        round = Round {QHostAddress(address), -1, -1};
        timer.start(); // before the ip command: its run time counts
        run(QStringLiteral("ip addr add %1/32 dev veth0").arg(address));
        if (QTest::qWaitFor([&] { return round.detectionMs >= 0; }, 3000)) {
            toSignal.append(round.signalMs);
            toDetection.append(round.detectionMs);
        }
        round.expected = QHostAddress();
        run(QStringLiteral("ip addr del %1/32 dev veth0").arg(address));
        QTest::qWait(700); // the removal's own check passes unmeasured
    }
    auto report = [](const char *what, QList<qint64> values) {
        if (values.isEmpty()) {
            std::printf("%-44s no measurement\n", what);
            return;
        }
        std::sort(values.begin(), values.end());
        std::printf("%-44s median %4lld ms, min %4lld ms, max %4lld ms (n=%lld)\n", what, values.at(values.size() / 2),
                    values.first(), values.last(), qint64(values.size()));
    };
    std::printf("\nInterface address change (ip addr add) to ...\n");
    report("... ChangeWatcher::changed() (300 ms quiet)", toSignal);
    report("... AddressMonitor detection with the address", toDetection);
}

} // namespace

int main(int argc, char **argv)
{
    // Before Qt starts any thread: a namespace of our own, with only our traffic on its loopback.
    const bool root = ::geteuid() == 0;
    const bool isolated = root && ::unshare(CLONE_NEWNET) == 0;
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("homing.*.info=false"));
    if (isolated && !run(QStringLiteral("ip link set lo up"))) {
        std::printf("cannot bring up lo in the new namespace\n");
        return 1;
    }
    std::printf("Homing address sources: cost per check%s\n",
                isolated ? " (own network namespace: the counters are exact)"
                         : " (not root: no namespace, no counters)");
    benchBytes(isolated);
    benchDefaults(isolated);
    if (isolated)
        benchLatency();
    return 0;
}
