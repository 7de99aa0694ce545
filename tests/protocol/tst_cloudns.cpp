// ClouDNS: the per-record dynamic URL and the auth-id/password API, against a loopback server.
#include "providertest.h"

#include <QTest>

using namespace Homing;
using namespace Homing::Test;

class TestClouDns : public ProviderTest
{
    Q_OBJECT

private:
    const QHash<QString, QString> m_key {{QStringLiteral("key"), QStringLiteral("MjE4NDk1NTo0NjQ2NDU3")}};
    const QHash<QString, QString> m_password {{QStringLiteral("password"), QStringLiteral("api-pass-4711")}};

    UpdateRequest dynamic(bool v4 = true, bool v6 = false)
    {
        Host h = host(QStringLiteral("cloudns"), QStringLiteral("home.example.org"));
        h.settings.insert(QStringLiteral("server6"), m_server.url(QStringLiteral("/six")).toString());
        return request(h, m_key, v4, v6);
    }
    UpdateRequest api(bool v4 = true, bool v6 = false)
    {
        Host h = host(QStringLiteral("cloudns-api"), QStringLiteral("home.example.org"));
        h.settings.insert(QStringLiteral("authId"), QStringLiteral("1234"));
        h.settings.insert(QStringLiteral("zone"), QStringLiteral("example.org"));
        return request(h, m_password, v4, v6);
    }
    QUrlQuery form(int i) const { return QUrlQuery(QString::fromUtf8(m_server.requests().at(i).body)); }

    // A ClouDNS API with one A record (home, 81.2.69.1, TTL 300) and one AAAA record already current.
    static Response fakeApi(const HttpTestServer::Request &request)
    {
        const QUrlQuery q(QString::fromUtf8(request.body));
        if (q.queryItemValue(QStringLiteral("auth-password")) != QLatin1String("api-pass-4711"))
            return Response::text("{\"status\":\"Failed\",\"statusDescription\":\"Invalid authentication, incorrect "
                                  "auth-id or auth-password.\"}");
        if (request.path() == QLatin1String("/dns/login.json"))
            return Response::text("{\"status\":\"Success\",\"statusDescription\":\"Success login.\"}");
        if (request.path() == QLatin1String("/dns/records.json")) {
            if (q.queryItemValue(QStringLiteral("host")) != QLatin1String("home"))
                return Response::text("[]");
            if (q.queryItemValue(QStringLiteral("type")) == QLatin1String("A"))
                return Response::text("{\"4711\":{\"id\":\"4711\",\"type\":\"A\",\"host\":\"home\",\"record\":\"81.2."
                                      "69.1\",\"ttl\":\"300\",\"status\":1}}");
            return Response::text("{\"4712\":{\"id\":\"4712\",\"type\":\"AAAA\",\"host\":\"home\",\"record\":\"2a01:"
                                  "4f8:c0c:1234::7\",\"ttl\":\"60\",\"status\":1}}");
        }
        if (request.path() == QLatin1String("/dns/mod-record.json"))
            return Response::text(
                "{\"status\":\"Success\",\"statusDescription\":\"The record was modified successfully.\"}");
        return Response::text("not found", 404);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRequests(); }

    void dynamicUrlIpv4()
    {
        m_server.respondWith(Response::text("OK"));
        const UpdateOutcome outcome = run(dynamic());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        const HttpTestServer::Request &request = m_server.requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path(), QStringLiteral("/api/dynamicURL/"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("q")), m_key.value(QStringLiteral("key")));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("proxy")), QStringLiteral("1"));
        QCOMPARE(request.header("x-forwarded-for"), QByteArray("81.2.69.160"));
        checkRedacted(outcome, m_key);
    }

    void dynamicUrlIpv6UsesTheIpv6Server()
    {
        m_server.respondWith(Response::text("OK"));
        QCOMPARE(run(dynamic(false, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().first().path(), QStringLiteral("/six/api/dynamicURL/"));
        QCOMPARE(m_server.requests().first().header("x-forwarded-for"), QByteArray("2a01:4f8:c0c:1234::7"));
    }

    void dynamicUrlBothFamiliesNeedTwoHosts()
    {
        QCOMPARE(run(dynamic(true, true)).kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(m_server.requests().isEmpty());
    }

    void dynamicUrlErrors()
    {
        m_server.respondWith(Response::text("The record's key is wrong!"));
        QCOMPARE(run(dynamic()).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.respondWith(Response::text("Invalid request."));
        QCOMPARE(run(dynamic()).kind, UpdateOutcome::Kind::NeedsUser);
    }

    void dynamicUrlCommonFailures() { checkCommonFailures(dynamic(), "O"); }

    void apiFindsAndModifiesTheRecordKeepingItsTtl()
    {
        m_server.setHandler(&fakeApi);
        const UpdateOutcome outcome = run(api());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(m_server.requests().at(0).method, QByteArray("POST"));
        QCOMPARE(m_server.requests().at(0).path(), QStringLiteral("/dns/records.json"));
        QCOMPARE(form(0).queryItemValue(QStringLiteral("auth-id")), QStringLiteral("1234"));
        QCOMPARE(form(0).queryItemValue(QStringLiteral("domain-name")), QStringLiteral("example.org"));
        QCOMPARE(form(0).queryItemValue(QStringLiteral("host")), QStringLiteral("home"));
        QCOMPARE(form(0).queryItemValue(QStringLiteral("type")), QStringLiteral("A"));
        QCOMPARE(m_server.requests().at(1).path(), QStringLiteral("/dns/mod-record.json"));
        QCOMPARE(form(1).queryItemValue(QStringLiteral("record-id")), QStringLiteral("4711"));
        QCOMPARE(form(1).queryItemValue(QStringLiteral("record")), QStringLiteral("81.2.69.160"));
        QCOMPARE(form(1).queryItemValue(QStringLiteral("ttl")), QStringLiteral("300"));
        QVERIFY(!m_server.requests().at(0).target.contains("api-pass"));
        checkRedacted(outcome, m_password);
    }

    void apiIpv6AlreadyCurrentIsUnchangedAndBothFamiliesWork()
    {
        m_server.setHandler(&fakeApi);
        QCOMPARE(run(api(false, true)).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(m_server.requests().size(), 1);
        m_server.clearRequests();
        const UpdateOutcome both = run(api(true, true));
        QCOMPARE(both.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(both.addresses.size(), 2);
        QCOMPARE(m_server.requests().size(), 3);
    }

    void apiHostTtlIsRoundedToAnAllowedOne()
    {
        m_server.setHandler(&fakeApi);
        UpdateRequest r = api();
        r.host.ttl = 120;
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(form(1).queryItemValue(QStringLiteral("ttl")), QStringLiteral("300"));
    }

    void apiErrors()
    {
        m_server.setHandler(&fakeApi);
        UpdateRequest wrong = api();
        wrong.secrets.insert(QStringLiteral("password"), QStringLiteral("nope-nope"));
        const UpdateOutcome denied = run(wrong);
        QCOMPARE(denied.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(denied.reason.contains(QStringLiteral("Invalid authentication")));
        UpdateRequest missing = api();
        missing.host.name = QStringLiteral("www.example.org");
        QCOMPARE(run(missing).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.respondWith(Response::text("{\"status\":\"Failed\",\"statusDescription\":\"Missing domain-name\"}"));
        QCOMPARE(run(api()).kind, UpdateOutcome::Kind::NeedsUser);
    }

    void apiCommonFailures() { checkCommonFailures(api(), "{\"4711\":{\"id\":\"47"); }

    void apiTestCredentials()
    {
        m_server.setHandler(&fakeApi);
        QCOMPARE(runTest(api()).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(m_server.requests().first().path(), QStringLiteral("/dns/login.json"));
        UpdateRequest wrong = api();
        wrong.secrets.insert(QStringLiteral("password"), QStringLiteral("nope-nope"));
        QCOMPARE(runTest(wrong).kind, UpdateOutcome::Kind::NeedsUser);
    }
};

QTEST_GUILESS_MAIN(TestClouDns)
#include "tst_cloudns.moc"
