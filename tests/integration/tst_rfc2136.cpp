// The rfc2136 provider against real BIND, Knot and PowerDNS started on loopback by
// DnsServerFixture: an update per TSIG algorithm, then dig shows the new A and AAAA with the
// host's TTL; key, algorithm and clock problems in the user's words; an unsigned update refused; a
// zone the server does not serve; TCP after a truncated reply and for a large message; forged or
// missing reply TSIG never taken as success; parking; key blocks pasted from the servers' tools.
#include "dns/dnsclient.h"
#include "fakeclock.h"
#include "fakednsupdateserver.h"
#include "httptestserver.h"
#include "providers/providerregistry.h"
#include "providers/rfc2136provider.h"
#include "providers/rfc2136reply.h"
#include "providers/tsigkeyblock.h"
#include "selfdnstest.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <map>
#include <memory>

using namespace Homing;
using namespace Homing::Test;
using Kind = DnsServerFixture::Kind;

Q_DECLARE_METATYPE(Homing::Test::DnsServerFixture::Kind)

namespace {
const QString kZone = QStringLiteral("example.test");
const QHostAddress kV4(QStringLiteral("192.0.2.10"));
const QHostAddress kV6(QStringLiteral("2001:db8::10"));

QString keyNameFor(const QString &algorithm)
{
    return QStringLiteral("key-") + algorithm;
}
} // namespace

class TestRfc2136 : public SelfDnsTest
{
    Q_OBJECT

    std::map<Kind, std::unique_ptr<DnsServerFixture>> m_servers;
    QMap<QString, QByteArray> m_secrets; // algorithm -> base64 secret, one key per algorithm
    HttpTestServer m_timeServer; // a second time source: answers with the true Date
    std::unique_ptr<Rfc2136Provider> m_provider;

    DnsServerFixture &server(Kind kind) { return *m_servers.at(kind); }

    Host host(Kind kind, const QString &name, const QString &algorithm = QStringLiteral("hmac-sha256"))
    {
        Host host;
        host.id = QUuid::createUuid();
        host.name = name;
        host.providerId = QStringLiteral("rfc2136");
        host.ipv4 = true;
        host.ipv6 = true;
        host.ttl = 120;
        host.settings = {{QStringLiteral("server"), QStringLiteral("127.0.0.1")},
                         {QStringLiteral("port"), QString::number(server(kind).port())},
                         {QStringLiteral("keyname"), keyNameFor(algorithm)},
                         {QStringLiteral("algorithm"), algorithm},
                         {QStringLiteral("timecheck"), m_timeServer.url().toString()}};
        return host;
    }
    QHash<QString, QString> secretFor(const QString &algorithm) const
    {
        return {{QStringLiteral("secret"), QString::fromLatin1(m_secrets.value(algorithm))}};
    }
    static void addKinds()
    {
        QTest::addColumn<Kind>("kind");
        for (Kind kind : {Kind::Bind, Kind::Knot, Kind::PowerDns})
            QTest::newRow(qPrintable(DnsServerFixture::kindName(kind))) << kind;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_timeServer.listen());
        m_timeServer.setHandler([](const HttpTestServer::Request &) {
            HttpTestServer::Response response = HttpTestServer::Response::text("ok\n");
            response.addHeader("Date", QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1());
            return response;
        });
        QList<DnsServerFixture::Key> keys;
        for (const QString &algorithm : Tsig::algorithms()) {
            m_secrets.insert(algorithm,
                             DnsServerFixture::newSecret(algorithm == QLatin1String("hmac-sha512") ? 64 : 32));
            keys.append({keyNameFor(algorithm), algorithm, m_secrets.value(algorithm)});
        }
        QList<DnsServerFixture::Record> records;
        for (const QString &algorithm : Tsig::algorithms())
            records.append({algorithm, QStringLiteral("A"), QStringLiteral("198.51.100.1"), 300});
        records.append({QStringLiteral("old"), QStringLiteral("A"), QStringLiteral("198.51.100.2"), 300});
        for (Kind kind : {Kind::Bind, Kind::Knot, Kind::PowerDns}) {
            QVERIFY2(DnsServerFixture::available(kind),
                     qPrintable(DnsServerFixture::kindName(kind)
                                + QStringLiteral(" is not installed "
                                                 "(packaging/install-deps.sh --tests)")));
            auto fixture = std::make_unique<DnsServerFixture>(kind);
            QString error;
            QVERIFY2(fixture->start(kZone, keys, records, &error), qPrintable(error));
            m_servers.emplace(kind, std::move(fixture));
        }
    }

    void init()
    {
        m_provider.reset(
            static_cast<Rfc2136Provider *>(ProviderRegistry::create(QStringLiteral("rfc2136"), &m_http, nullptr)));
        QVERIFY(m_provider);
        m_provider->setResolvers({}); // never the system's resolvers in a test
        DnsQueryOptions options;
        options.timeout = std::chrono::milliseconds(8000);
        options.udpAttempts = 2;
        m_provider->setDnsOptions(options);
    }

    void updateEachAlgorithm_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("algorithm");
        for (Kind kind : {Kind::Bind, Kind::Knot, Kind::PowerDns}) {
            for (const QString &algorithm : Tsig::algorithms())
                QTest::newRow(qPrintable(DnsServerFixture::kindName(kind) + QLatin1Char(' ') + algorithm))
                    << kind << algorithm;
        }
    }
    void updateEachAlgorithm()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, algorithm);
        const QString name = algorithm + QLatin1Char('.') + kZone;
        QCOMPARE(server(kind).dig(name, QStringLiteral("A")), QStringList {QStringLiteral("300 198.51.100.1")});
        // The zone is left empty: Homing finds it from the SOA.
        const UpdateOutcome outcome
            = run(m_provider.get(), request(host(kind, name, algorithm), secretFor(algorithm), kV4, kV6));
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Updated,
                 qPrintable(outcome.reason + QLatin1Char('\n') + outcome.reply));
        QCOMPARE(outcome.addresses, (QList<QHostAddress> {kV4, kV6}));
        QCOMPARE(server(kind).dig(name, QStringLiteral("A")), QStringList {QStringLiteral("120 192.0.2.10")});
        QCOMPARE(server(kind).dig(name, QStringLiteral("AAAA")), QStringList {QStringLiteral("120 2001:db8::10")});
        QVERIFY2(outcome.requestSummary.contains(QStringLiteral("zone example.test")),
                 qPrintable(outcome.requestSummary));
        QVERIFY2(outcome.reply.contains(QStringLiteral("NOERROR, signed by ") + keyNameFor(algorithm)),
                 qPrintable(outcome.reply));
        QVERIFY(!outcome.requestSummary.contains(QString::fromLatin1(m_secrets.value(algorithm))));
    }

    void testCredentials_data() { addKinds(); }
    void testCredentials()
    {
        QFETCH(Kind, kind);
        Host h = host(kind, QStringLiteral("creds.") + kZone);
        h.settings.insert(QStringLiteral("zone"), kZone);
        UpdateOutcome outcome = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), {}, {}),
                                    Call::TestCredentials);
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Unchanged, qPrintable(outcome.reason));
        QVERIFY(outcome.reason.contains(QStringLiteral("accepted the key")));
        outcome
            = run(m_provider.get(),
                  request(h, {{QStringLiteral("secret"), QString::fromLatin1(DnsServerFixture::newSecret())}}, {}, {}),
                  Call::TestCredentials);
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QCOMPARE(server(kind).dig(QStringLiteral("creds.") + kZone, QStringLiteral("A")), QStringList());
    }

    void wrongSecret_data() { addKinds(); }
    void wrongSecret()
    {
        QFETCH(Kind, kind);
        const QString name = QStringLiteral("old.") + kZone;
        const UpdateOutcome outcome
            = run(m_provider.get(),
                  request(host(kind, name),
                          {{QStringLiteral("secret"), QString::fromLatin1(DnsServerFixture::newSecret())}}, kV4, {}));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        if (kind == Kind::PowerDns) {
            QVERIFY2(outcome.reason.contains(QStringLiteral("REFUSED")), qPrintable(outcome.reason));
            QVERIFY2(outcome.reason.contains(QStringLiteral("clock agrees")), qPrintable(outcome.reason));
            QVERIFY(!m_timeServer.requests().isEmpty());
        } else {
            QVERIFY2(outcome.reason.contains(QStringLiteral("BADSIG")), qPrintable(outcome.reason));
            QVERIFY2(outcome.reason.contains(QStringLiteral("secret or the algorithm is wrong")),
                     qPrintable(outcome.reason));
        }
        QVERIFY(outcome.fix.contains(QStringLiteral("key")));
        QCOMPARE(server(kind).dig(name, QStringLiteral("A")), QStringList {QStringLiteral("300 198.51.100.2")});
    }

    void unknownKey_data() { addKinds(); }
    void unknownKey()
    {
        QFETCH(Kind, kind);
        const QString name = QStringLiteral("old.") + kZone;
        Host h = host(kind, name);
        h.settings.insert(QStringLiteral("keyname"), QStringLiteral("no-such-key"));
        const UpdateOutcome outcome
            = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), kV4, {}));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY2(outcome.reason.contains(kind == Kind::PowerDns ? QStringLiteral("REFUSED") : QStringLiteral("BADKEY")),
                 qPrintable(outcome.reason));
        QVERIFY(outcome.reason.contains(QStringLiteral("no-such-key")));
        QCOMPARE(server(kind).dig(name, QStringLiteral("A")), QStringList {QStringLiteral("300 198.51.100.2")});
    }

    void wrongAlgorithm_data() { addKinds(); }
    void wrongAlgorithm()
    {
        QFETCH(Kind, kind);
        const QString name = QStringLiteral("old.") + kZone;
        Host h = host(kind, name); // the hmac-sha256 key, signed as hmac-sha512
        h.settings.insert(QStringLiteral("algorithm"), QStringLiteral("hmac-sha512"));
        const UpdateOutcome outcome
            = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), kV4, {}));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY2(outcome.reason.contains(kind == Kind::PowerDns ? QStringLiteral("REFUSED") : QStringLiteral("BADKEY")),
                 qPrintable(outcome.reason));
        QVERIFY(outcome.reason.contains(QStringLiteral("hmac-sha512")));
        QCOMPARE(server(kind).dig(name, QStringLiteral("A")), QStringList {QStringLiteral("300 198.51.100.2")});
    }

    void clockSkew_data() { addKinds(); }
    void clockSkew()
    {
        QFETCH(Kind, kind);
        // This computer's clock, as the provider reads it, is one hour and ten seconds ahead.
        FakeClock clock(QDateTime::currentDateTimeUtc().addSecs(3610));
        m_provider->setClock(&clock);
        const QString name = QStringLiteral("old.") + kZone;
        const UpdateOutcome outcome
            = run(m_provider.get(), request(host(kind, name), secretFor(QStringLiteral("hmac-sha256")), kV4, {}));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        // 3610 s ahead, give or take a second: the server tells its time in whole seconds, and the
        // fake clock was set a moment before the request left.
        QVERIFY2(outcome.reason.contains(
                     QRegularExpression(QStringLiteral("1 hour\\(s\\) (9|10|11) second\\(s\\) ahead of"))),
                 qPrintable(outcome.reason));
        if (kind == Kind::PowerDns) {
            QVERIFY2(outcome.reason.contains(QStringLiteral("127.0.0.1")), qPrintable(outcome.reason));
        } else {
            QVERIFY2(outcome.reason.contains(QStringLiteral("BADTIME")), qPrintable(outcome.reason));
            // the server's own time from Other Data, to the minute
            QVERIFY2(outcome.reason.contains(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH"))),
                     qPrintable(outcome.reason));
        }
        QVERIFY(outcome.fix.contains(QStringLiteral("clock")));
        QCOMPARE(server(kind).dig(name, QStringLiteral("A")), QStringList {QStringLiteral("300 198.51.100.2")});
    }

    void unsignedUpdateIsRefused_data() { addKinds(); }
    void unsignedUpdateIsRefused()
    {
        QFETCH(Kind, kind);
        DnsUpdate update;
        update.id = 4242;
        update.zone = kZone;
        update.name = QStringLiteral("old.") + kZone;
        update.address = kV4;
        QString error;
        const QByteArray message = update.toWire(&error);
        QVERIFY2(!message.isEmpty(), qPrintable(error));
        DnsClient client;
        std::optional<DnsResult> result;
        QObject context;
        client.send(DnsServer {server(kind).address(), server(kind).port()}, message, {}, &context,
                    [&](const DnsResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok(), qPrintable(result->errorText));
        const Rfc2136Reply::Reading reading = Rfc2136Reply::read(
            result->wire, {update.name, kZone, QStringLiteral("A"), QStringLiteral("test"), {}, {}, 0});
        QVERIFY(!reading.success);
        QCOMPARE(reading.outcome.kind, UpdateOutcome::Kind::NeedsUser);
        // BIND and PowerDNS answer REFUSED, Knot NOTAUTH (no key matches its acl); never signed
        const QString refusal
            = kind == Kind::Knot ? QStringLiteral("NOTAUTH, unsigned") : QStringLiteral("REFUSED, unsigned");
        QVERIFY2(reading.summary == refusal, qPrintable(reading.summary));
        QCOMPARE(server(kind).dig(update.name, QStringLiteral("A")), QStringList {QStringLiteral("300 198.51.100.2")});
    }

    void zoneNotServed_data() { addKinds(); }
    void zoneNotServed()
    {
        QFETCH(Kind, kind);
        Host h = host(kind, QStringLiteral("home.other.test"));
        UpdateOutcome outcome = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), kV4, {}));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY2(outcome.reason.contains(QStringLiteral("does not serve a zone that holds home.other.test")),
                 qPrintable(outcome.reason));
        // With the zone given, the UPDATE itself goes out and the server refuses it.
        h.settings.insert(QStringLiteral("zone"), QStringLiteral("other.test"));
        outcome = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), kV4, {}));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY2(outcome.reason.contains(QStringLiteral("NOTAUTH"))
                     || outcome.reason.contains(QStringLiteral("REFUSED"))
                     || outcome.reason.contains(QStringLiteral("NOTZONE")),
                 qPrintable(outcome.reason));
    }

    void zoneAndServerFromSoa()
    {
        // Neither zone nor server: the SOA gives the zone, its MNAME ns1.example.test the primary.
        Host h = host(Kind::Bind, QStringLiteral("fromsoa.") + kZone);
        h.settings.remove(QStringLiteral("server"));
        m_provider->setResolvers({DnsServer {server(Kind::Bind).address(), server(Kind::Bind).port()}});
        const UpdateOutcome outcome
            = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), kV4, kV6));
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Updated, qPrintable(outcome.reason));
        QCOMPARE(server(Kind::Bind).dig(h.name, QStringLiteral("A")), QStringList {QStringLiteral("120 192.0.2.10")});
        QCOMPARE(server(Kind::Bind).dig(h.name, QStringLiteral("AAAA")),
                 QStringList {QStringLiteral("120 2001:db8::10")});
    }

    void prerequisite()
    {
        Host h = host(Kind::Bind, QStringLiteral("absent.") + kZone);
        h.settings.insert(QStringLiteral("prerequisite"), QStringLiteral("record-exists"));
        const UpdateOutcome outcome
            = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), kV4, {}));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY2(outcome.reason.contains(QStringLiteral("prerequisite failed")), qPrintable(outcome.reason));
        QCOMPARE(server(Kind::Bind).dig(h.name, QStringLiteral("A")), QStringList());
    }

    void truncatedReplyFallsBackToTcp()
    {
        FakeDnsUpdateServer fake(server(Kind::Bind).address(), server(Kind::Bind).port());
        QVERIFY(fake.listen());
        fake.setMode(FakeDnsUpdateServer::Mode::TruncateUdp);
        Host h = host(Kind::Bind, QStringLiteral("tcp.") + kZone);
        h.settings.insert(QStringLiteral("port"), QString::number(fake.port()));
        h.settings.insert(QStringLiteral("zone"), kZone);
        const UpdateOutcome outcome
            = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), kV4, {}));
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Updated, qPrintable(outcome.reason));
        QCOMPARE(fake.udpMessages(), 1);
        QCOMPARE(fake.tcpMessages(), 1);
        QVERIFY2(outcome.requestSummary.contains(QStringLiteral("(over TCP)")), qPrintable(outcome.requestSummary));
        QCOMPARE(server(Kind::Bind).dig(h.name, QStringLiteral("A")), QStringList {QStringLiteral("120 192.0.2.10")});
    }

    void largeMessageGoesOverTcp()
    {
        FakeDnsUpdateServer fake(server(Kind::Bind).address(), server(Kind::Bind).port());
        QVERIFY(fake.listen());
        const QString label(60, QLatin1Char('l'));
        // The owner name appears twice in the message; 2 x 200 bytes and more pass 512.
        Host h = host(Kind::Bind, QStringList {label, label, label}.join(QLatin1Char('.')) + QLatin1Char('.') + kZone);
        h.settings.insert(QStringLiteral("port"), QString::number(fake.port()));
        h.settings.insert(QStringLiteral("zone"), kZone);
        const UpdateOutcome outcome
            = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), kV4, {}));
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Updated, qPrintable(outcome.reason));
        QCOMPARE(fake.udpMessages(), 0);
        QCOMPARE(fake.tcpMessages(), 1);
        QCOMPARE(server(Kind::Bind).dig(h.name, QStringLiteral("A")), QStringList {QStringLiteral("120 192.0.2.10")});
    }

    void forgedOrMissingReplyTsig_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("words");
        QTest::newRow("forged MAC") << int(FakeDnsUpdateServer::Mode::ForgeMac)
                                    << QStringLiteral("signature does not match");
        QTest::newRow("TSIG removed") << int(FakeDnsUpdateServer::Mode::StripTsig) << QStringLiteral("not signed");
    }
    void forgedOrMissingReplyTsig()
    {
        QFETCH(int, mode);
        QFETCH(QString, words);
        FakeDnsUpdateServer fake(server(Kind::Bind).address(), server(Kind::Bind).port());
        QVERIFY(fake.listen());
        fake.setMode(static_cast<FakeDnsUpdateServer::Mode>(mode));
        fake.setKey(keyNameFor(QStringLiteral("hmac-sha256")), QStringLiteral("hmac-sha256"));
        Host h = host(Kind::Bind, QStringLiteral("forged.") + kZone);
        h.settings.insert(QStringLiteral("port"), QString::number(fake.port()));
        h.settings.insert(QStringLiteral("zone"), kZone);
        const UpdateOutcome outcome
            = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), kV4, {}));
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::RetryLater);
        QVERIFY2(outcome.reason.contains(words), qPrintable(outcome.reason));
        QVERIFY2(outcome.reason.contains(QStringLiteral("cannot be trusted")), qPrintable(outcome.reason));
        QCOMPARE(fake.udpMessages(), 1);
    }

    void park_data() { addKinds(); }
    void park()
    {
        QFETCH(Kind, kind);
        const QString name = QStringLiteral("parked.") + kZone;
        const Host h = host(kind, name);
        UpdateOutcome outcome = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), kV4, kV6));
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Updated, qPrintable(outcome.reason));
        QCOMPARE(server(kind).dig(name, QStringLiteral("AAAA")), QStringList {QStringLiteral("120 2001:db8::10")});
        outcome = run(m_provider.get(), request(h, secretFor(QStringLiteral("hmac-sha256")), {}, {}), Call::Park);
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Updated, qPrintable(outcome.reason));
        QVERIFY(outcome.reason.contains(QStringLiteral("Parked")));
        QCOMPARE(server(kind).dig(name, QStringLiteral("A")), QStringList());
        QCOMPARE(server(kind).dig(name, QStringLiteral("AAAA")), QStringList());
        QCOMPARE(ProviderRegistry::find(QStringLiteral("rfc2136"))->parkingMethod, ParkingMethod::DeleteRecord);
    }

    void keyBlockFromServerTools_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("BIND tsig-keygen hmac-sha384")
            << Kind::Bind << QStringLiteral("/usr/sbin/tsig-keygen")
            << QStringList {QStringLiteral("-a"), QStringLiteral("hmac-sha384"), QStringLiteral("pasted-bind")};
        QTest::newRow("Knot keymgr -t hmac-sha224")
            << Kind::Knot << QStringLiteral("/usr/sbin/keymgr")
            << QStringList {QStringLiteral("-t"), QStringLiteral("pasted-knot"), QStringLiteral("hmac-sha224")};
    }
    void keyBlockFromServerTools()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QProcess tool;
        tool.start(program, arguments);
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(tool.exitCode(), 0);
        const QString block = QString::fromLatin1(tool.readAllStandardOutput());
        QString error;
        const std::optional<TsigKeyBlock> key = TsigKeyBlock::parse(block, &error);
        QVERIFY2(key, qPrintable(error + QLatin1Char('\n') + block));
        QCOMPARE(key->name,
                 arguments.contains(QStringLiteral("pasted-bind")) ? QStringLiteral("pasted-bind")
                                                                   : QStringLiteral("pasted-knot"));
        // The server is configured with the very block the user pasted.
        DnsServerFixture fixture(kind);
        QVERIFY2(fixture.start(kZone, {{key->name, key->algorithm, key->secret.toLatin1()}}, {}, &error),
                 qPrintable(error));
        Host h;
        h.id = QUuid::createUuid();
        h.name = QStringLiteral("pasted.") + kZone;
        h.providerId = QStringLiteral("rfc2136");
        h.ipv6 = true;
        h.settings = {{QStringLiteral("server"), QStringLiteral("127.0.0.1")},
                      {QStringLiteral("port"), QString::number(fixture.port())},
                      {QStringLiteral("keyname"), key->name},
                      {QStringLiteral("algorithm"), key->algorithm}};
        const UpdateOutcome outcome
            = run(m_provider.get(), request(h, {{QStringLiteral("secret"), key->secret}}, kV4, kV6));
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Updated, qPrintable(outcome.reason));
        QCOMPARE(fixture.dig(h.name, QStringLiteral("A")), QStringList {QStringLiteral("60 192.0.2.10")});
        QCOMPARE(fixture.dig(h.name, QStringLiteral("AAAA")), QStringList {QStringLiteral("60 2001:db8::10")});
    }

    void serversStopByPid()
    {
        for (auto &[kind, fixture] : m_servers) {
            const qint64 pid = fixture->pid();
            QVERIFY(pid > 0);
            fixture->stop();
            QVERIFY2(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)), qPrintable(DnsServerFixture::kindName(kind)));
            QCOMPARE(fixture->dig(QStringLiteral("ns1.") + kZone, QStringLiteral("A")), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestRfc2136)
#include "tst_rfc2136.moc"
