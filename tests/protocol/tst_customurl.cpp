// The custom-URL provider: templates, escaping, methods, Basic auth and reply words.
#include "providers/customurlprovider.h"
#include "providertest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Homing;
using namespace Homing::Test;

class TestCustomUrl : public ProviderTest
{
    Q_OBJECT

private:
    const QHash<QString, QString> m_secrets {{QStringLiteral("password"), QStringLiteral("p&ss=w rd/+")}};
    UpdateRequest make(const QString &path, bool v4 = true, bool v6 = false)
    {
        Host h = host(QStringLiteral("custom"), QStringLiteral("home.example.org"));
        h.settings.remove(QStringLiteral("server"));
        h.settings.insert(QStringLiteral("url"), QString(m_server.url(QStringLiteral("/")).toString() + path));
        h.settings.insert(QStringLiteral("username"), QStringLiteral("al ice"));
        return request(h, m_secrets, v4, v6);
    }
    const HttpTestServer::Request &at(int i) const { return m_server.requests().at(i); }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init()
    {
        m_server.clearRequests();
        m_server.respondWith(Response::text("good"));
    }

    void placeholdersAreEscaped()
    {
        const UpdateOutcome outcome
            = run(make(QStringLiteral("update?h={host}&ip={ip}&f={family}&t={type}&u={username}&k={password}")));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(at(0).method, QByteArray("GET"));
        QCOMPARE(at(0).target,
                 QByteArray("/update?h=home.example.org&ip=81.2.69.160&f=ipv4&t=A&u=al%20ice&k=p%26ss%3Dw%20rd%2F%2B"));
        QVERIFY(at(0).header("authorization").isEmpty());
        checkRedacted(outcome, m_secrets);
    }

    void perFamilyTemplatesSendOneRequestPerFamily()
    {
        QCOMPARE(run(make(QStringLiteral("u?ip={ip}&t={type}"), true, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(at(0).target, QByteArray("/u?ip=81.2.69.160&t=A"));
        QCOMPARE(at(1).target, QByteArray("/u?ip=2a01%3A4f8%3Ac0c%3A1234%3A%3A7&t=AAAA"));
    }

    void bothAddressesInOneRequest()
    {
        QCOMPARE(run(make(QStringLiteral("u?a={ipv4}&b={ipv6}"), true, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(at(0).query().queryItemValue(QStringLiteral("b"), QUrl::FullyDecoded),
                 QStringLiteral("2a01:4f8:c0c:1234::7"));
        m_server.clearRequests();
        QCOMPARE(run(make(QStringLiteral("u?a={ipv4}&b={ipv6}"), false, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(at(0).target, QByteArray("/u?a=&b=2a01%3A4f8%3Ac0c%3A1234%3A%3A7"));
    }

    void postWithJsonBodyAndBasicAuth()
    {
        UpdateRequest r = make(QStringLiteral("api"));
        r.host.settings.insert(QStringLiteral("method"), QStringLiteral("POST"));
        r.host.settings.insert(QStringLiteral("body"),
                               QStringLiteral("{\"name\":\"{host}\",\"ip\":\"{ip}\",\"key\":\"{password}\"}"));
        r.host.settings.insert(QStringLiteral("basicAuth"), QStringLiteral("true"));
        r.secrets.insert(QStringLiteral("password"), QStringLiteral("quote\"back\\slash"));
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(at(0).method, QByteArray("POST"));
        QCOMPARE(at(0).header("content-type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(at(0).body).object();
        QCOMPARE(body.value(QStringLiteral("key")).toString(), QStringLiteral("quote\"back\\slash"));
        QCOMPARE(body.value(QStringLiteral("ip")).toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(at(0).basicCredentials(), QByteArray("al ice:quote\"back\\slash"));
    }

    void postWithFormBody()
    {
        UpdateRequest r = make(QStringLiteral("form"));
        r.host.settings.insert(QStringLiteral("method"), QStringLiteral("POST"));
        r.host.settings.insert(QStringLiteral("body"), QStringLiteral("host={host}&ip={ip}&pw={password}"));
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(at(0).header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(at(0).body, QByteArray("host=home.example.org&ip=81.2.69.160&pw=p%26ss%3Dw%20rd%2F%2B"));
    }

    void templatesThatCannotWork()
    {
        QCOMPARE(run(make(QStringLiteral("u?h={host}"))).kind, UpdateOutcome::Kind::NeedsUser); // no address
        QCOMPARE(run(make(QStringLiteral("u?ip={ip}&x={nonsense}"))).kind, UpdateOutcome::Kind::NeedsUser);
        UpdateRequest remote = make(QStringLiteral("u?ip={ip}"));
        remote.host.settings.insert(QStringLiteral("url"), QStringLiteral("http://dyn.example.invalid/u?ip={ip}"));
        QCOMPARE(run(remote).kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(m_server.requests().isEmpty());
    }

    void replyWords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("good") << QByteArray("good 81.2.69.160") << int(UpdateOutcome::Kind::Updated);
        QTest::newRow("OK upper") << QByteArray("OK") << int(UpdateOutcome::Kind::Updated);
        QTest::newRow("nochg") << QByteArray("nochg 81.2.69.160") << int(UpdateOutcome::Kind::Unchanged);
        QTest::newRow("badauth") << QByteArray("badauth") << int(UpdateOutcome::Kind::NeedsUser);
        QTest::newRow("KO") << QByteArray("KO") << int(UpdateOutcome::Kind::NeedsUser);
        QTest::newRow("ok inside a word is not ok")
            << QByteArray("tokens expired") << int(UpdateOutcome::Kind::RetryLater);
        QTest::newRow("404") << QByteArray("no such page") << int(UpdateOutcome::Kind::NeedsUser);
    }

    void replyWords()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        m_server.respondWith(Response::text(body, QTest::currentDataTag() == QByteArray("404") ? 404 : 200));
        QCOMPARE(int(run(make(QStringLiteral("u?ip={ip}"))).kind), kind);
    }

    void customWords()
    {
        UpdateRequest r = make(QStringLiteral("u?ip={ip}"));
        r.host.settings.insert(QStringLiteral("successWords"), QStringLiteral("accepted"));
        r.host.settings.insert(QStringLiteral("needsUserWords"), QStringLiteral("wrong key"));
        m_server.respondWith(Response::text("request accepted"));
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        m_server.respondWith(Response::text("Wrong key, go away"));
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.respondWith(Response::text("good"));
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::RetryLater);
    }

    void commonFailures() { checkCommonFailures(make(QStringLiteral("u?ip={ip}&k={password}")), "go"); }

    void testCredentialsResends()
    {
        m_server.respondWith(Response::text("nochg"));
        QCOMPARE(runTest(make(QStringLiteral("u?ip={ip}"))).kind, UpdateOutcome::Kind::Unchanged);
    }
};

QTEST_GUILESS_MAIN(TestCustomUrl)
#include "tst_customurl.moc"
