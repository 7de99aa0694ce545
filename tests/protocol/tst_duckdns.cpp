// DuckDNS against a loopback server speaking its documented update API.
#include "providertest.h"

#include <QTest>

using namespace Homing;
using namespace Homing::Test;

class TestDuckDns : public ProviderTest
{
    Q_OBJECT

private:
    const QHash<QString, QString> m_secrets {
        {QStringLiteral("token"), QStringLiteral("a7c4d0ad-114e-40ef-ba1d-d217904a50f2")}};
    UpdateRequest make(bool v4 = true, bool v6 = false, const QString &name = QStringLiteral("myhome.duckdns.org"))
    {
        return request(host(QStringLiteral("duckdns"), name), m_secrets, v4, v6);
    }
    QUrlQuery query() const { return m_server.requests().first().query(); }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRequests(); }

    void ipv4()
    {
        m_server.respondWith(Response::text("OK\n81.2.69.160\n\nUPDATED"));
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().method, QByteArray("GET"));
        QCOMPARE(m_server.requests().first().path(), QStringLiteral("/update"));
        QCOMPARE(query().queryItemValue(QStringLiteral("domains")), QStringLiteral("myhome"));
        QCOMPARE(query().queryItemValue(QStringLiteral("token")), m_secrets.value(QStringLiteral("token")));
        QCOMPARE(query().queryItemValue(QStringLiteral("ip")), QStringLiteral("81.2.69.160"));
        QCOMPARE(query().queryItemValue(QStringLiteral("verbose")), QStringLiteral("true"));
        QVERIFY(!query().hasQueryItem(QStringLiteral("ipv6")));
        QVERIFY(m_server.requests().first().header("authorization").isEmpty());
        checkRedacted(outcome, m_secrets);
    }

    void ipv6OnlySendsNoIpSoNothingIsGuessed()
    {
        m_server.respondWith(Response::text("OK\n\n2a01:4f8:c0c:1234::7\nUPDATED"));
        QCOMPARE(run(make(false, true)).kind, UpdateOutcome::Kind::Updated);
        QVERIFY(!query().hasQueryItem(QStringLiteral("ip")));
        QCOMPARE(query().queryItemValue(QStringLiteral("ipv6")), QStringLiteral("2a01:4f8:c0c:1234::7"));
    }

    void bothFamiliesInOneRequest()
    {
        m_server.respondWith(Response::text("OK\n81.2.69.160\n2a01:4f8:c0c:1234::7\nUPDATED"));
        QCOMPARE(run(make(true, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(query().queryItemValue(QStringLiteral("ip")), QStringLiteral("81.2.69.160"));
        QCOMPARE(query().queryItemValue(QStringLiteral("ipv6")), QStringLiteral("2a01:4f8:c0c:1234::7"));
    }

    // Parking: clear=true and no address, which empties both records; a KO still needs the user.
    void parkClearsTheName()
    {
        m_server.respondWith(Response::text("OK"));
        const UpdateOutcome parked = runPark(make(true, true));
        QCOMPARE(parked.kind, UpdateOutcome::Kind::Updated);
        QVERIFY(parked.addresses.isEmpty());
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(query().queryItemValue(QStringLiteral("domains")), QStringLiteral("myhome"));
        QCOMPARE(query().queryItemValue(QStringLiteral("clear")), QStringLiteral("true"));
        QVERIFY(!query().hasQueryItem(QStringLiteral("ip")));
        QVERIFY(!query().hasQueryItem(QStringLiteral("ipv6")));
        checkRedacted(parked, m_secrets);
        m_server.clearRequests();
        m_server.respondWith(Response::text("KO"));
        QCOMPARE(runPark(make()).kind, UpdateOutcome::Kind::NeedsUser);
    }

    void nochangeIsUnchanged()
    {
        m_server.respondWith(Response::text("OK\n81.2.69.160\n\nNOCHANGE"));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::Unchanged);
    }

    void koNeedsTheUser()
    {
        m_server.respondWith(Response::text("KO"));
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(outcome.reason.contains(QStringLiteral("token")));
    }

    void subdomainsAndForeignNames()
    {
        m_server.respondWith(Response::text("OK"));
        QCOMPARE(run(make(true, false, QStringLiteral("www.myhome.duckdns.org"))).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(query().queryItemValue(QStringLiteral("domains")), QStringLiteral("myhome"));
        m_server.clearRequests();
        QCOMPARE(run(make(true, false, QStringLiteral("home.example.org"))).kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(m_server.requests().isEmpty());
    }

    void unknownStateIsNotSuccess()
    {
        m_server.respondWith(Response::text("OK\n81.2.69.160\n\nMAYBE"));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::RetryLater);
    }

    void commonFailures() { checkCommonFailures(make(), "O"); }

    void testCredentialsResends()
    {
        m_server.respondWith(Response::text("OK\n81.2.69.160\n\nNOCHANGE"));
        QCOMPARE(runTest(make()).kind, UpdateOutcome::Kind::Unchanged);
    }
};

QTEST_GUILESS_MAIN(TestDuckDns)
#include "tst_duckdns.moc"
