// The powerdns provider against a real PowerDNS Authoritative started by DnsServerFixture: PATCH
// with REPLACE and the host's TTL, then dig shows the new A and AAAA; 401, 404 and 422 in the
// user's words; test credentials with a GET of the zone; parking deletes the RRsets.
#include "providers/providerregistry.h"
#include "selfdnstest.h"

#include <QTest>

#include <memory>

using namespace Homing;
using namespace Homing::Test;

namespace {
const QString kZone = QStringLiteral("example.test");
const QHostAddress kV4(QStringLiteral("192.0.2.20"));
const QHostAddress kV6(QStringLiteral("2001:db8::20"));
} // namespace

class TestPowerDnsApi : public SelfDnsTest
{
    Q_OBJECT

    DnsServerFixture m_server {DnsServerFixture::Kind::PowerDns};
    std::unique_ptr<Provider> m_provider;

    Host host(const QString &name, const QString &zone = kZone) const
    {
        Host host;
        host.id = QUuid::createUuid();
        host.name = name;
        host.providerId = QStringLiteral("powerdns");
        host.ipv6 = true;
        host.ttl = 90;
        host.settings = {{QStringLiteral("server"), QStringLiteral("http://127.0.0.1:%1").arg(m_server.apiPort())},
                         {QStringLiteral("zone"), zone}};
        return host;
    }
    QHash<QString, QString> key(const QString &value = {}) const
    {
        return {{QStringLiteral("apikey"), value.isEmpty() ? m_server.apiKey() : value}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(DnsServerFixture::available(DnsServerFixture::Kind::PowerDns),
                 "PowerDNS is not installed (packaging/install-deps.sh --tests)");
        QString error;
        QVERIFY2(m_server.start(kZone, {},
                                {{QStringLiteral("home"), QStringLiteral("A"), QStringLiteral("198.51.100.5"), 300}},
                                &error),
                 qPrintable(error));
        m_provider.reset(ProviderRegistry::create(QStringLiteral("powerdns"), &m_http, nullptr));
        QVERIFY(m_provider);
    }

    void replaceSetsBothFamiliesWithTtl()
    {
        const QString name = QStringLiteral("home.") + kZone;
        QCOMPARE(m_server.dig(name, QStringLiteral("A")), QStringList {QStringLiteral("300 198.51.100.5")});
        const UpdateOutcome outcome = run(m_provider.get(), request(host(name), key(), kV4, kV6));
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Updated, qPrintable(outcome.reason + outcome.reply));
        QCOMPARE(outcome.httpStatus, 204);
        QCOMPARE(outcome.addresses, (QList<QHostAddress> {kV4, kV6}));
        QCOMPARE(m_server.dig(name, QStringLiteral("A")), QStringList {QStringLiteral("90 192.0.2.20")});
        QCOMPARE(m_server.dig(name, QStringLiteral("AAAA")), QStringList {QStringLiteral("90 2001:db8::20")});
        QVERIFY(outcome.requestSummary.startsWith(QStringLiteral("PATCH http://127.0.0.1:")));
        QVERIFY(!outcome.requestSummary.contains(m_server.apiKey()));
    }

    void wrongKeyNeedsYou()
    {
        const QString name = QStringLiteral("home.") + kZone;
        const UpdateOutcome outcome = run(m_provider.get(), request(host(name), key(QStringLiteral("wrong")), kV4, {}));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QCOMPARE(outcome.httpStatus, 401);
        QVERIFY(outcome.fix.contains(QStringLiteral("api-key")));
        QVERIFY(!m_server.dig(name, QStringLiteral("A")).isEmpty());
    }

    void unknownZoneNeedsYou()
    {
        const UpdateOutcome outcome
            = run(m_provider.get(),
                  request(host(QStringLiteral("home.other.test"), QStringLiteral("other.test")), key(), kV4, {}));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QCOMPARE(outcome.httpStatus, 404);
        QVERIFY2(outcome.reason.contains(QStringLiteral("does not serve the zone other.test")),
                 qPrintable(outcome.reason));
    }

    void rejectedChangeCarriesTheServersMessage()
    {
        // A name PowerDNS will not take (a label longer than 63 bytes) gives 422 with its message.
        const QString name = QString(70, QLatin1Char('x')) + QLatin1Char('.') + kZone;
        const UpdateOutcome outcome = run(m_provider.get(), request(host(name), key(), kV4, {}));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QCOMPARE(outcome.httpStatus, 422);
        QVERIFY2(outcome.reason.startsWith(QStringLiteral("PowerDNS refused the change: ")),
                 qPrintable(outcome.reason));
        QVERIFY2(outcome.reason.size() > 30, qPrintable(outcome.reason));
    }

    void testCredentials()
    {
        UpdateOutcome outcome = run(m_provider.get(), request(host(QStringLiteral("home.") + kZone), key(), {}, {}),
                                    Call::TestCredentials);
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Unchanged, qPrintable(outcome.reason));
        QVERIFY(outcome.requestSummary.startsWith(QStringLiteral("GET ")));
        outcome = run(m_provider.get(),
                      request(host(QStringLiteral("home.") + kZone), key(QStringLiteral("wrong")), {}, {}),
                      Call::TestCredentials);
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QCOMPARE(outcome.httpStatus, 401);
    }

    void parkDeletesTheRecords()
    {
        const QString name = QStringLiteral("parked.") + kZone;
        UpdateOutcome outcome = run(m_provider.get(), request(host(name), key(), kV4, kV6));
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Updated, qPrintable(outcome.reason));
        QCOMPARE(m_server.dig(name, QStringLiteral("A")), QStringList {QStringLiteral("90 192.0.2.20")});
        outcome = run(m_provider.get(), request(host(name), key(), {}, {}), Call::Park);
        QVERIFY2(outcome.kind == UpdateOutcome::Kind::Updated, qPrintable(outcome.reason));
        QCOMPARE(m_server.dig(name, QStringLiteral("A")), QStringList());
        QCOMPARE(m_server.dig(name, QStringLiteral("AAAA")), QStringList());
        QCOMPARE(ProviderRegistry::find(QStringLiteral("powerdns"))->parkingMethod, ParkingMethod::DeleteRecord);
    }
};

QTEST_GUILESS_MAIN(TestPowerDnsApi)
#include "tst_powerdnsapi.moc"
