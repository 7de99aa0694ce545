// Verification at the zone's own servers, end to end: a real delegation (a root, the "test" TLD and
// one zone per case) served by BIND on loopback addresses, port 53, in the test's own network
// namespace; the real homingd updates each host through the RFC 2136 provider and then checks it
// by iterative resolution from the test's root (its root hints), never the built-in ones. What is
// asserted is what a user sees: `homingctl status` (JSON and words), the timeline rows and
// `homingctl verify`.
#include "agentfixture.h"
#include "authorityserver.h"
#include "dnsserverfixture.h"
#include "netnshelper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUdpSocket>

#include <memory>

using namespace Homing::Test;

namespace {

const QByteArray kPublished = "81.2.69.160"; // what the loopback echo reports
const QByteArray kOld = "81.2.69.1"; // in the zones before the update
const QByteArray kStale = "81.2.69.99"; // a second authority that never gets the update

QByteArray soa(const QByteArray &origin)
{
    return "$ORIGIN " + origin + "\n$TTL 60\n@ IN SOA ns1 hostmaster 1 3600 600 86400 60\n";
}

// A zone with the given name servers (name -> address) and home A kOld, or `home` if given.
QByteArray zone(const QByteArray &origin, const QList<QPair<QByteArray, QByteArray>> &servers,
                const QByteArray &home = kOld)
{
    QByteArray text = soa(origin);
    for (const auto &[name, address] : servers)
        text += "@ IN NS " + name + "\n" + name + " IN A " + address + '\n';
    return text + "home IN A " + home + '\n';
}

} // namespace

class TestVerify : public QObject
{
    Q_OBJECT

private:
    NetnsHelper m_netns {QStringLiteral("verify")};
    QList<std::shared_ptr<AuthorityServer>> m_servers;
    std::unique_ptr<AgentFixture> m_fixture;
    std::unique_ptr<QProcess> m_agent;
    QByteArray m_secret = DnsServerFixture::newSecret();

    bool serve(const QString &address, const QList<AuthorityServer::Zone> &zones, const QByteArray &options = {},
               AuthorityServer::Kind kind = AuthorityServer::Kind::Bind)
    {
        auto server = std::make_shared<AuthorityServer>(kind);
        QString error;
        if (!server->start(QHostAddress(address), zones, m_secret, options, &error)) {
            qWarning().noquote() << error;
            return false;
        }
        m_servers.append(server);
        return true;
    }

    static QJsonObject host(const QString &name, const QString &server, const QString &zoneName)
    {
        return QJsonObject {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("provider"), QStringLiteral("rfc2136")},
                            {QStringLiteral("families"), QJsonArray {QStringLiteral("ipv4")}},
                            {QStringLiteral("settings"),
                             QJsonObject {{QStringLiteral("server"), server},
                                          {QStringLiteral("zone"), zoneName},
                                          {QStringLiteral("keyname"), QStringLiteral("ddns-key")},
                                          {QStringLiteral("algorithm"), QStringLiteral("hmac-sha256")}}}};
    }

    QJsonObject status(const QString &name)
    {
        const AgentFixture::Run run = m_fixture->homingctl({QStringLiteral("status"), QStringLiteral("--json")});
        for (const QJsonValue &value :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("hosts")).toArray()) {
            if (value.toObject().value(QStringLiteral("name")).toString() == name)
                return value.toObject();
        }
        return {};
    }

    static QJsonObject ipv4(const QJsonObject &host)
    {
        return host.value(QStringLiteral("verification")).toObject().value(QStringLiteral("ipv4")).toObject();
    }

    // Waits (polling homingctl) until the host's IPv4 check ends in `state`; returns the host.
    QJsonObject waitForVerification(const QString &name, const QString &state)
    {
        QJsonObject host;
        (void)QTest::qWaitFor(
            [&] {
                host = status(name);
                return ipv4(host).value(QStringLiteral("status")).toString() == state;
            },
            120000);
        return host;
    }

    QJsonArray history(const QString &name)
    {
        const AgentFixture::Run run = m_fixture->homingctl({QStringLiteral("history"), name, QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out).array();
    }

    // The host's timeline rows of the "DNS checks" kinds (verified, mismatch), newest first.
    QList<QJsonObject> checks(const QString &name)
    {
        QList<QJsonObject> rows;
        for (const QJsonValue &value : history(name)) {
            const QString kind = value.toObject().value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("verified") || kind == QLatin1String("mismatch"))
                rows.append(value.toObject());
        }
        return rows;
    }

    // What a server answers for name A, asked with dig (not Homing's code), RD=0.
    static QByteArray dig(const QString &server, const QString &name)
    {
        QProcess process;
        process.start(QStringLiteral("dig"),
                      {QLatin1Char('@') + server, name, QStringLiteral("A"), QStringLiteral("+norecurse"),
                       QStringLiteral("+short"), QStringLiteral("+time=2"), QStringLiteral("+tries=1")});
        process.waitForFinished(10000);
        return process.readAllStandardOutput().trimmed();
    }

    // Sends a NOTIFY for lag.test from the primary's address, as the primary would (RFC 1996).
    static bool notifySecondary()
    {
        QUdpSocket socket;
        if (!socket.bind(QHostAddress(QStringLiteral("127.0.7.1")), 0))
            return false;
        const QByteArray notify("\x4e\x71\x24\x00\x00\x01\x00\x00\x00\x00\x00\x00"
                                "\x03lag\x04test\x00\x00\x06\x00\x01",
                                12 + 10 + 4);
        return socket.writeDatagram(notify, QHostAddress(QStringLiteral("127.0.7.2")), 53) == notify.size();
    }

private slots:
    void initTestCase()
    {
        if (const QString why = NetnsHelper::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        if (!AuthorityServer::available(AuthorityServer::Kind::Bind)
            || !AuthorityServer::available(AuthorityServer::Kind::Knot))
            QSKIP("BIND (named) or Knot (knotd) is not installed (packaging/install-deps.sh --tests installs both)");
        QString error;
        QVERIFY2(m_netns.create(&error), qPrintable(error));
        QStringList addresses;
        for (const char *address :
             {"127.0.1.1", "127.0.2.1", "127.0.3.1", "127.0.4.1", "127.0.4.2", "127.0.5.1", "127.0.5.2", "127.0.5.3",
              "127.0.6.1", "127.0.6.2", "127.0.7.1", "127.0.7.2", "127.0.8.1"})
            addresses.append(QStringLiteral("address add %1/32 dev lo").arg(QLatin1String(address)));
        // The name server that only IPv6 reaches.
        addresses << QStringLiteral("address add fd00:53::1/128 dev lo nodad");
        // A default route that leads nowhere (veth1 has no address): homingd counts the network
        // as up, and nothing can leave the namespace.
        addresses << QStringLiteral("address add 10.250.0.1/30 dev veth0")
                  << QStringLiteral("route add default dev veth0");
        QVERIFY2(m_netns.ipBatch(addresses, &error), qPrintable(error));
        // From here on every socket of this process, and every process it starts, is in the namespace.
        QVERIFY2(m_netns.enter(&error), qPrintable(error));

        // The root, and the "test" TLD that delegates one zone per case (with glue).
        QVERIFY(serve(QStringLiteral("127.0.1.1"),
                      {{QStringLiteral("."),
                        "$TTL 300\n. IN SOA ns.root. hostmaster.root. 1 3600 600 86400 60\n. IN NS ns.root.\n"
                        "ns.root. IN A 127.0.1.1\ntest. IN NS ns.nic.test.\nns.nic.test. IN A 127.0.2.1\n",
                        false,
                        {}}}));
        QVERIFY(serve(QStringLiteral("127.0.2.1"),
                      {{QStringLiteral("test"),
                        "$ORIGIN test.\n$TTL 300\n@ IN SOA ns.nic hostmaster.nic 1 3600 600 86400 60\n"
                        "@ IN NS ns.nic\nns.nic IN A 127.0.2.1\n"
                        "good IN NS ns1.good\nns1.good IN A 127.0.3.1\n"
                        "stale IN NS ns1.stale\nstale IN NS ns2.stale\nns1.stale IN A 127.0.4.1\n"
                        "ns2.stale IN A 127.0.4.2\n"
                        "lame IN NS ns1.lame\nlame IN NS ns2.lame\nns1.lame IN A 127.0.5.1\nns2.lame IN A 127.0.5.2\n"
                        "big IN NS ns1.big\nbig IN NS ns2.big\nns1.big IN A 127.0.6.1\nns2.big IN A 127.0.6.2\n"
                        "lag IN NS ns1.lag\nlag IN NS ns2.lag\nns1.lag IN A 127.0.7.1\nns2.lag IN A 127.0.7.2\n"
                        "knot IN NS ns1.knot\nns1.knot IN A 127.0.8.1\n"
                        "v6 IN NS ns1.v6\nns1.v6 IN AAAA fd00:53::1\n",
                        false,
                        {}}}));
        // good.test: one authority, the primary the update goes to.
        QVERIFY(serve(QStringLiteral("127.0.3.1"),
                      {{QStringLiteral("good.test"), zone("good.test.", {{"ns1", "127.0.3.1"}}), true, {}}}));
        // stale.test: the primary, and a second authority that keeps another address.
        const QList<QPair<QByteArray, QByteArray>> staleServers {{"ns1", "127.0.4.1"}, {"ns2", "127.0.4.2"}};
        QVERIFY(serve(QStringLiteral("127.0.4.1"),
                      {{QStringLiteral("stale.test"), zone("stale.test.", staleServers), true, {}}}));
        QVERIFY(serve(QStringLiteral("127.0.4.2"),
                      {{QStringLiteral("stale.test"), zone("stale.test.", staleServers, kStale), false, {}}}));
        // lame.test: delegated to a server that does not serve it (REFUSED) and an address where
        // nothing listens; the update goes to a hidden primary that no NS record names.
        QVERIFY(
            serve(QStringLiteral("127.0.5.1"),
                  {{QStringLiteral("elsewhere.test"), zone("elsewhere.test.", {{"ns1", "127.0.5.1"}}), false, {}}}));
        QVERIFY(serve(QStringLiteral("127.0.5.3"),
                      {{QStringLiteral("lame.test"),
                        zone("lame.test.", {{"ns1", "127.0.5.1"}, {"ns2", "127.0.5.2"}}),
                        true,
                        {}}}));
        // big.test: the primary, and a second authority that still has a round-robin set of 40
        // addresses, more than its 512-byte UDP replies hold: its answer comes truncated and is
        // asked again over TCP.
        const QList<QPair<QByteArray, QByteArray>> bigServers {{"ns1", "127.0.6.1"}, {"ns2", "127.0.6.2"}};
        QVERIFY(serve(QStringLiteral("127.0.6.1"),
                      {{QStringLiteral("big.test"), zone("big.test.", bigServers), true, {}}}));
        QByteArray roundRobin = soa("big.test.");
        for (const auto &[name, address] : bigServers)
            roundRobin += "@ IN NS " + name + "\n" + name + " IN A " + address + '\n';
        for (int i = 1; i <= 40; ++i)
            roundRobin += "home IN A 81.2.70." + QByteArray::number(i) + '\n';
        QVERIFY(serve(QStringLiteral("127.0.6.2"), {{QStringLiteral("big.test"), roundRobin, false, {}}},
                      "max-udp-size 512;"));
        // lag.test: the primary, which sends no NOTIFY, and a secondary that keeps the old copy
        // until the test notifies it.
        const QList<QPair<QByteArray, QByteArray>> lagServers {{"ns1", "127.0.7.1"}, {"ns2", "127.0.7.2"}};
        QVERIFY(serve(QStringLiteral("127.0.7.1"),
                      {{QStringLiteral("lag.test"), zone("lag.test.", lagServers), true, {}}},
                      "allow-transfer { any; };"));
        QVERIFY(
            serve(QStringLiteral("127.0.7.2"), {{QStringLiteral("lag.test"), {}, false, QStringLiteral("127.0.7.1")}}));
        QVERIFY2(QTest::qWaitFor(
                     [] { return dig(QStringLiteral("127.0.7.2"), QStringLiteral("home.lag.test")) == kOld; }, 30000),
                 "the secondary did not load lag.test");

        // knot.test: the same as good.test, on Knot.
        QVERIFY(serve(QStringLiteral("127.0.8.1"),
                      {{QStringLiteral("knot.test"), zone("knot.test.", {{"ns1", "127.0.8.1"}}), true, {}}}, {},
                      AuthorityServer::Kind::Knot));

        // v6.test: its only name server has only an IPv6 address.
        QVERIFY(serve(QStringLiteral("fd00:53::1"),
                      {{QStringLiteral("v6.test"),
                        soa("v6.test.") + "@ IN NS ns1\nns1 IN AAAA fd00:53::1\nhome IN A " + kOld + '\n',
                        true,
                        {}}}));

        m_fixture = std::make_unique<AgentFixture>();
        QVERIFY(m_fixture->start());
        QJsonObject config = m_fixture->config(QStringLiteral("file"));
        config.insert(QStringLiteral("settings"),
                      QJsonObject {{QStringLiteral("secretStore"), QStringLiteral("file")},
                                   {QStringLiteral("rootHints"), QJsonArray {QStringLiteral("127.0.1.1")}},
                                   {QStringLiteral("verifyLagSeconds"), 30}});
        config.insert(
            QStringLiteral("hosts"),
            QJsonArray {
                host(QStringLiteral("home.good.test"), QStringLiteral("127.0.3.1"), QStringLiteral("good.test")),
                host(QStringLiteral("home.stale.test"), QStringLiteral("127.0.4.1"), QStringLiteral("stale.test")),
                host(QStringLiteral("home.lame.test"), QStringLiteral("127.0.5.3"), QStringLiteral("lame.test")),
                host(QStringLiteral("home.big.test"), QStringLiteral("127.0.6.1"), QStringLiteral("big.test")),
                host(QStringLiteral("home.lag.test"), QStringLiteral("127.0.7.1"), QStringLiteral("lag.test")),
                host(QStringLiteral("home.knot.test"), QStringLiteral("127.0.8.1"), QStringLiteral("knot.test")),
                host(QStringLiteral("home.v6.test"), QStringLiteral("fd00:53::1"), QStringLiteral("v6.test"))});
        QVERIFY(m_fixture->writeConfig(config));
        for (const char *name : {"home.good.test", "home.stale.test", "home.lame.test", "home.big.test",
                                 "home.lag.test", "home.knot.test", "home.v6.test"}) {
            const AgentFixture::Run set = m_fixture->homingctl(
                {QStringLiteral("secret"), QStringLiteral("set"), QLatin1String(name), QStringLiteral("secret")},
                m_secret + '\n');
            QVERIFY2(set.exitCode == 0, set.err.constData());
        }
        m_agent = m_fixture->startAgent();
        QVERIFY(m_agent->state() == QProcess::Running);
    }

    void cleanupTestCase()
    {
        if (m_agent)
            AgentFixture::stopAgent(*m_agent);
        m_servers.clear();
    }

    // First, while the secondary still lags well within the 30 s the config allows.
    void laggingSecondaryIsPropagatingThenVerified()
    {
        QJsonObject host = waitForVerification(QStringLiteral("home.lag.test"), QStringLiteral("propagating"));
        QJsonObject check = ipv4(host);
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("propagating"));
        QCOMPARE(check.value(QStringLiteral("matching")).toInt(), 1);
        QCOMPARE(check.value(QStringLiteral("reachable")).toInt(), 2);
        QCOMPARE(check.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Propagating: 1 of 2 name servers answer 81.2.69.160 so far"));

        // The secondary hears of the change, transfers the zone, and the next poll sees it.
        QVERIFY(notifySecondary());
        host = waitForVerification(QStringLiteral("home.lag.test"), QStringLiteral("verified"));
        check = ipv4(host);
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(check.value(QStringLiteral("matching")).toInt(), 2);
        QCOMPARE(dig(QStringLiteral("127.0.7.2"), QStringLiteral("home.lag.test")), kPublished);

        // Two rows: propagating, then verified (newest first); not one per poll.
        const QList<QJsonObject> rows = checks(QStringLiteral("home.lag.test"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value(QStringLiteral("outcome")).toString(), QStringLiteral("verified"));
        QCOMPARE(rows.at(1).value(QStringLiteral("outcome")).toString(), QStringLiteral("propagating"));
        QVERIFY(rows.at(1)
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("ns2.lag.test. (127.0.7.2): 81.2.69.1")));
    }

    void updateIsVerifiedAtTheAuthority()
    {
        const QJsonObject host = waitForVerification(QStringLiteral("home.good.test"), QStringLiteral("verified"));
        const QJsonObject check = ipv4(host);
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(host.value(QStringLiteral("lastOutcome")).toString(), QStringLiteral("updated"));
        QCOMPARE(check.value(QStringLiteral("expected")).toString(), QString::fromLatin1(kPublished));
        QCOMPARE(check.value(QStringLiteral("zone")).toString(), QStringLiteral("good.test."));
        QCOMPARE(check.value(QStringLiteral("matching")).toInt(), 1);
        QCOMPARE(check.value(QStringLiteral("reachable")).toInt(), 1);
        const QJsonArray servers = check.value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.size(), 1);
        const QJsonObject server = servers.first().toObject();
        QCOMPARE(server.value(QStringLiteral("server")).toString(), QStringLiteral("ns1.good.test."));
        QCOMPARE(server.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.3.1"));
        QCOMPARE(server.value(QStringLiteral("answer")).toString(), QStringLiteral("match"));
        QCOMPARE(server.value(QStringLiteral("addresses")).toArray(), QJsonArray {QString::fromLatin1(kPublished)});
        QCOMPARE(server.value(QStringLiteral("tcp")).toBool(), false);

        // The timeline's "DNS checks" row.
        const QList<QJsonObject> rows = checks(QStringLiteral("home.good.test"));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().value(QStringLiteral("kind")).toString(), QStringLiteral("verified"));
        QCOMPARE(rows.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("verified"));
        QCOMPARE(rows.first().value(QStringLiteral("new")).toString(), QString::fromLatin1(kPublished));
        QVERIFY2(rows.first()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("ns1.good.test. (127.0.3.1): 81.2.69.160")),
                 qPrintable(rows.first().value(QStringLiteral("detail")).toString()));

        // Plain `homingctl status` says it in words.
        const AgentFixture::Run plain = m_fixture->homingctl({QStringLiteral("status")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.out.contains("IPv4: Verified: 1 of 1 name servers answer 81.2.69.160"), plain.out.constData());
    }

    void knotAuthorityIsVerifiedToo()
    {
        const QJsonObject host = waitForVerification(QStringLiteral("home.knot.test"), QStringLiteral("verified"));
        QCOMPARE(host.value(QStringLiteral("lastOutcome")).toString(), QStringLiteral("updated"));
        const QJsonObject check = ipv4(host);
        QCOMPARE(check.value(QStringLiteral("zone")).toString(), QStringLiteral("knot.test."));
        const QJsonArray servers = check.value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first().toObject().value(QStringLiteral("server")).toString(),
                 QStringLiteral("ns1.knot.test."));
        QCOMPARE(servers.first().toObject().value(QStringLiteral("answer")).toString(), QStringLiteral("match"));
        QCOMPARE(dig(QStringLiteral("127.0.8.1"), QStringLiteral("home.knot.test")), kPublished);
        const QList<QJsonObject> rows = checks(QStringLiteral("home.knot.test"));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("verified"));
    }

    void nameServerReachableOnlyOverIpv6()
    {
        const QJsonObject host = waitForVerification(QStringLiteral("home.v6.test"), QStringLiteral("verified"));
        const QJsonArray servers = ipv4(host).value(QStringLiteral("servers")).toArray();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.first().toObject().value(QStringLiteral("server")).toString(), QStringLiteral("ns1.v6.test."));
        QCOMPARE(servers.first().toObject().value(QStringLiteral("address")).toString(), QStringLiteral("fd00:53::1"));
        QCOMPARE(servers.first().toObject().value(QStringLiteral("answer")).toString(), QStringLiteral("match"));
    }

    void authorityWithAnotherAddressIsAMismatch()
    {
        const QJsonObject host = waitForVerification(QStringLiteral("home.stale.test"), QStringLiteral("mismatch"));
        const QJsonObject check = ipv4(host);
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(check.value(QStringLiteral("matching")).toInt(), 1);
        QCOMPARE(check.value(QStringLiteral("reachable")).toInt(), 2);
        QHash<QString, QJsonObject> byServer;
        for (const QJsonValue &value : check.value(QStringLiteral("servers")).toArray())
            byServer.insert(value.toObject().value(QStringLiteral("server")).toString(), value.toObject());
        QCOMPARE(byServer.size(), 2);
        QCOMPARE(byServer.value(QStringLiteral("ns1.stale.test.")).value(QStringLiteral("answer")).toString(),
                 QStringLiteral("match"));
        const QJsonObject stale = byServer.value(QStringLiteral("ns2.stale.test."));
        QCOMPARE(stale.value(QStringLiteral("answer")).toString(), QStringLiteral("other"));
        QCOMPARE(stale.value(QStringLiteral("addresses")).toArray(), QJsonArray {QString::fromLatin1(kStale)});
        QVERIFY(check.value(QStringLiteral("reason")).toString().contains(QStringLiteral("ns2.stale.test.")));

        const QList<QJsonObject> rows = checks(QStringLiteral("home.stale.test"));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().value(QStringLiteral("kind")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(rows.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("mismatch"));
        QVERIFY(rows.first()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("ns2.stale.test. (127.0.4.2): 81.2.69.99")));
        // Never called verified while a server answered another address.
        for (const QJsonObject &row : rows)
            QVERIFY(row.value(QStringLiteral("outcome")).toString() != QLatin1String("verified"));
    }

    void lameServersMakeItUnverifiable()
    {
        const QJsonObject host = waitForVerification(QStringLiteral("home.lame.test"), QStringLiteral("unverifiable"));
        QCOMPARE(host.value(QStringLiteral("lastOutcome")).toString(), QStringLiteral("updated"));
        const QJsonObject check = ipv4(host);
        QCOMPARE(check.value(QStringLiteral("reachable")).toInt(), 0);
        QHash<QString, QJsonObject> byServer;
        for (const QJsonValue &value : check.value(QStringLiteral("servers")).toArray())
            byServer.insert(value.toObject().value(QStringLiteral("server")).toString(), value.toObject());
        const QJsonObject refused = byServer.value(QStringLiteral("ns1.lame.test."));
        QCOMPARE(refused.value(QStringLiteral("answer")).toString(), QStringLiteral("lame"));
        QCOMPARE(refused.value(QStringLiteral("detail")).toString(), QStringLiteral("REFUSED"));
        QCOMPARE(byServer.value(QStringLiteral("ns2.lame.test.")).value(QStringLiteral("answer")).toString(),
                 QStringLiteral("unreachable"));
        const QString reason = check.value(QStringLiteral("reason")).toString();
        QVERIFY2(reason.contains(QStringLiteral("REFUSED")), qPrintable(reason));

        const QList<QJsonObject> rows = checks(QStringLiteral("home.lame.test"));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().value(QStringLiteral("kind")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(rows.first().value(QStringLiteral("outcome")).toString(), QStringLiteral("unverifiable"));
    }

    void truncatedAnswerIsAskedAgainOverTcp()
    {
        const QJsonObject host = waitForVerification(QStringLiteral("home.big.test"), QStringLiteral("mismatch"));
        QHash<QString, QJsonObject> byServer;
        for (const QJsonValue &value : ipv4(host).value(QStringLiteral("servers")).toArray())
            byServer.insert(value.toObject().value(QStringLiteral("server")).toString(), value.toObject());
        QCOMPARE(byServer.size(), 2);
        const QJsonObject primary = byServer.value(QStringLiteral("ns1.big.test."));
        QCOMPARE(primary.value(QStringLiteral("answer")).toString(), QStringLiteral("match"));
        QCOMPARE(primary.value(QStringLiteral("tcp")).toBool(), false);
        // The whole truncated answer, as TCP carried it.
        const QJsonObject roundRobin = byServer.value(QStringLiteral("ns2.big.test."));
        QCOMPARE(roundRobin.value(QStringLiteral("answer")).toString(), QStringLiteral("other"));
        QCOMPARE(roundRobin.value(QStringLiteral("tcp")).toBool(), true);
        const QJsonArray addresses = roundRobin.value(QStringLiteral("addresses")).toArray();
        QCOMPARE(addresses.size(), 40);
        QVERIFY(addresses.contains(QStringLiteral("81.2.70.1")));
        QVERIFY(addresses.contains(QStringLiteral("81.2.70.40")));
    }

    void verifyCommandAsksNowAndPrintsEachServer()
    {
        // Through the running agent: its timeline gets the row.
        const qsizetype before = checks(QStringLiteral("home.stale.test")).size();
        const AgentFixture::Run stale
            = m_fixture->homingctl({QStringLiteral("verify"), QStringLiteral("home.stale.test")});
        QCOMPARE(stale.exitCode, 1);
        QVERIFY2(stale.out.contains("IPv4: Mismatch"), stale.out.constData());
        QVERIFY2(stale.out.contains("ns1.stale.test. (127.0.4.1): 81.2.69.160"), stale.out.constData());
        QVERIFY2(stale.out.contains("ns2.stale.test. (127.0.4.2): 81.2.69.99"), stale.out.constData());
        QCOMPARE(checks(QStringLiteral("home.stale.test")).size(), before + 1);

        const AgentFixture::Run good = m_fixture->homingctl(
            {QStringLiteral("verify"), QStringLiteral("home.good.test"), QStringLiteral("--json")});
        QCOMPARE(good.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(good.out).object();
        QCOMPARE(result.value(QStringLiteral("host")).toString(), QStringLiteral("home.good.test"));
        QCOMPARE(ipv4(result).value(QStringLiteral("status")).toString(), QStringLiteral("verified"));

        // With nothing running, homingctl asks the servers itself.
        QCOMPARE(AgentFixture::stopAgent(*m_agent), 0);
        m_agent.reset();
        const AgentFixture::Run alone
            = m_fixture->homingctl({QStringLiteral("verify"), QStringLiteral("home.good.test")});
        QCOMPARE(alone.exitCode, 0);
        QVERIFY2(alone.out.contains("IPv4: Verified: 1 of 1 name servers answer 81.2.69.160"), alone.out.constData());
        QVERIFY2(alone.out.contains("ns1.good.test. (127.0.3.1): 81.2.69.160\n"), alone.out.constData());
        const AgentFixture::Run big = m_fixture->homingctl({QStringLiteral("verify"), QStringLiteral("home.big.test")});
        QCOMPARE(big.exitCode, 1);
        QVERIFY2(big.out.contains("ns1.big.test. (127.0.6.1): 81.2.69.160\n"), big.out.constData());
        QVERIFY2(big.out.contains("81.2.70.40 (over TCP)"), big.out.constData());
        const AgentFixture::Run lame
            = m_fixture->homingctl({QStringLiteral("verify"), QStringLiteral("home.lame.test")});
        QCOMPARE(lame.exitCode, 1);
        QVERIFY2(lame.out.contains("ns1.lame.test. (127.0.5.1): lame: REFUSED"), lame.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestVerify)
#include "tst_verify.moc"
