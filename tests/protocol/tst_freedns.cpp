// FreeDNS v2 token URLs against a loopback server.
#include "providertest.h"

#include <QTest>

using namespace Homing;
using namespace Homing::Test;

class TestFreeDns : public ProviderTest
{
    Q_OBJECT

private:
    const QHash<QString, QString> m_secrets {{QStringLiteral("token"), QStringLiteral("R4nd0mT0k3nXYZ")}};
    UpdateRequest make(bool v4 = true, bool v6 = false)
    {
        Host h = host(QStringLiteral("freedns"), QStringLiteral("home.mooo.com"));
        h.settings.insert(QStringLiteral("server6"), m_server.url(QStringLiteral("/six")).toString());
        return request(h, m_secrets, v4, v6);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRequests(); }

    void ipv4()
    {
        m_server.respondWith(Response::text("Updated 1 host(s) home.mooo.com to 81.2.69.160 in 0.21 seconds"));
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        const HttpTestServer::Request &request = m_server.requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path(), QStringLiteral("/u/R4nd0mT0k3nXYZ/"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("address")), QStringLiteral("81.2.69.160"));
        checkRedacted(outcome, m_secrets);
    }

    void ipv6GoesToTheIpv6Server()
    {
        m_server.respondWith(Response::text("Updated 1 host(s) home.mooo.com to 2a01:4f8:c0c:1234::7 in 0.2 seconds"));
        QCOMPARE(run(make(false, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().first().path(), QStringLiteral("/six/u/R4nd0mT0k3nXYZ/"));
        QCOMPARE(m_server.requests().first().query().queryItemValue(QStringLiteral("address"), QUrl::FullyDecoded),
                 QStringLiteral("2a01:4f8:c0c:1234::7"));
    }

    void bothFamiliesNeedTwoHosts()
    {
        const UpdateOutcome outcome = run(make(true, true));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(outcome.fix.contains(QStringLiteral("second host")));
        QVERIFY(m_server.requests().isEmpty());
    }

    void unchanged()
    {
        m_server.respondWith(
            Response::text("No IP change detected for home.mooo.com with IP 81.2.69.160, skipping update"));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::Unchanged);
        m_server.respondWith(Response::text("ERROR: Address 81.2.69.160 has not changed."));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::Unchanged);
    }

    void connectionAddressWonIsReported()
    {
        m_server.respondWith(Response::text("Updated 1 host(s) home.mooo.com to 198.51.100.9 in 0.2 seconds"));
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(outcome.reason.contains(QStringLiteral("198.51.100.9")));
    }

    void errors()
    {
        m_server.respondWith(
            Response::text("ERROR: Unable to locate this record (changed password recently? deleted?)"));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.respondWith(Response::text("Invalid update URL (2)", 404));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::NeedsUser);
    }

    void commonFailures() { checkCommonFailures(make(), "Upd"); }

    void testCredentialsIsNotOffered()
    {
        QCOMPARE(runTest(make()).kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(m_server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFreeDns)
#include "tst_freedns.moc"
