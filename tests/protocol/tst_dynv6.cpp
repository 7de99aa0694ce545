// dynv6 against a loopback server speaking its documented update API.
#include "providertest.h"

#include <QTest>

using namespace Homing;
using namespace Homing::Test;

class TestDynv6 : public ProviderTest
{
    Q_OBJECT

private:
    const QHash<QString, QString> m_secrets {{QStringLiteral("token"), QStringLiteral("zxcvbnm123456789")}};
    UpdateRequest make(bool v4 = true, bool v6 = false)
    {
        return request(host(QStringLiteral("dynv6"), QStringLiteral("myhome.dynv6.net")), m_secrets, v4, v6);
    }
    QUrlQuery query() const { return m_server.requests().first().query(); }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRequests(); }

    void ipv4()
    {
        m_server.respondWith(Response::text("addresses updated"));
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().first().method, QByteArray("GET"));
        QCOMPARE(m_server.requests().first().path(), QStringLiteral("/api/update"));
        QCOMPARE(query().queryItemValue(QStringLiteral("zone")), QStringLiteral("myhome.dynv6.net"));
        QCOMPARE(query().queryItemValue(QStringLiteral("token")), m_secrets.value(QStringLiteral("token")));
        QCOMPARE(query().queryItemValue(QStringLiteral("ipv4")), QStringLiteral("81.2.69.160"));
        QVERIFY(!query().hasQueryItem(QStringLiteral("ipv6")));
        checkRedacted(outcome, m_secrets);
    }

    void ipv6AndBoth()
    {
        m_server.respondWith(Response::text("addresses updated"));
        QCOMPARE(run(make(false, true)).kind, UpdateOutcome::Kind::Updated);
        QVERIFY(!query().hasQueryItem(QStringLiteral("ipv4")));
        QCOMPARE(query().queryItemValue(QStringLiteral("ipv6")), QStringLiteral("2a01:4f8:c0c:1234::7"));
        m_server.clearRequests();
        QCOMPARE(run(make(true, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(query().queryItemValue(QStringLiteral("ipv4")), QStringLiteral("81.2.69.160"));
        QCOMPARE(query().queryItemValue(QStringLiteral("ipv6")), QStringLiteral("2a01:4f8:c0c:1234::7"));
    }

    void zoneSetting()
    {
        m_server.respondWith(Response::text("addresses updated"));
        UpdateRequest r = make();
        r.host.settings.insert(QStringLiteral("zone"), QStringLiteral("other.dynv6.net"));
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(query().queryItemValue(QStringLiteral("zone")), QStringLiteral("other.dynv6.net"));
    }

    void unchanged()
    {
        m_server.respondWith(Response::text("addresses unchanged"));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::Unchanged);
    }

    void errors()
    {
        m_server.respondWith(Response::text("invalid authentication token", 401));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.respondWith(Response::text("zone not found", 404));
        const UpdateOutcome missing = run(make());
        QCOMPARE(missing.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(missing.reason.contains(QStringLiteral("zone not found")));
        m_server.respondWith(Response::text("invalid IPv4 address", 400));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::NeedsUser);
    }

    void parkRemovesTheFamiliesTheHostUses()
    {
        m_server.respondWith(Response::text("addresses updated"));
        const UpdateRequest both = parkingBoth(make());
        checkParked(both, 2);
        for (int i = 0; i < 2; ++i) {
            const HttpTestServer::Request &sent = m_server.requests().at(i);
            QCOMPARE(sent.method, QByteArray("GET"));
            QCOMPARE(sent.path(), QStringLiteral("/api/update"));
            QCOMPARE(sent.query().queryItemValue(QStringLiteral("zone")), QStringLiteral("myhome.dynv6.net"));
            QCOMPARE(sent.query().queryItemValue(QStringLiteral("token")), m_secrets.value(QStringLiteral("token")));
            // The prefix belongs to the zone's other IPv6 records; parking leaves it alone.
            QVERIFY(!sent.query().hasQueryItem(QStringLiteral("ipv6prefix")));
        }
        QCOMPARE(query().queryItemValue(QStringLiteral("ipv4")), QStringLiteral("-"));
        QVERIFY(!query().hasQueryItem(QStringLiteral("ipv6")));
        QCOMPARE(m_server.requests().at(1).query().queryItemValue(QStringLiteral("ipv6")), QStringLiteral("-"));
        QVERIFY(!m_server.requests().at(1).query().hasQueryItem(QStringLiteral("ipv4")));

        // An IPv4-only host leaves the IPv6 side alone; gone already ("unchanged") is parked too.
        m_server.respondWith(Response::text("addresses unchanged"));
        checkParked(make(), 1);
        QCOMPARE(query().queryItemValue(QStringLiteral("ipv4")), QStringLiteral("-"));

        // Should dynv6 refuse ipv6=- (undocumented), the park says so, after the A record is gone.
        m_server.clearRequests();
        m_server.setHandler([](const HttpTestServer::Request &request) {
            return request.query().queryItemValue(QStringLiteral("ipv6")) == QLatin1String("-")
                ? Response::text("invalid IPv6 address", 400)
                : Response::text("addresses updated");
        });
        const UpdateOutcome refused = runPark(both);
        QCOMPARE(refused.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(refused.reason.contains(QStringLiteral("invalid IPv6 address")));
        QCOMPARE(m_server.requests().size(), 2);

        // Back: the next update sets the addresses again, as any update does.
        m_server.clearRequests();
        m_server.respondWith(Response::text("addresses updated"));
        QCOMPARE(run(both).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(query().queryItemValue(QStringLiteral("ipv4")), QStringLiteral("81.2.69.160"));
        QCOMPARE(query().queryItemValue(QStringLiteral("ipv6")), QStringLiteral("2a01:4f8:c0c:1234::7"));

        m_server.respondWith(Response::text("invalid authentication token", 401));
        QCOMPARE(runPark(make()).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.respondWith(Response::text("something else"));
        QCOMPARE(runPark(make()).kind, UpdateOutcome::Kind::RetryLater);
    }

    void commonFailures() { checkCommonFailures(make(), "addresses upd"); }
};

QTEST_GUILESS_MAIN(TestDynv6)
#include "tst_dynv6.moc"
