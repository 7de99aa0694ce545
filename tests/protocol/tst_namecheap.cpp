// Namecheap dynamic DNS against a loopback server answering its XML <interface-response>.
#include "providertest.h"

#include <QTest>

using namespace Homing;
using namespace Homing::Test;

namespace {
QByteArray reply(int errors, const QByteArray &ip = "81.2.69.160", const QByteArray &error = {},
                 const QByteArray &number = "0")
{
    QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<interface-response><Command>SETDNSHOST</Command>"
                      "<Language>eng</Language><IP>"
        + ip + "</IP><ErrCount>" + QByteArray::number(errors) + "</ErrCount>";
    if (errors)
        body += "<errors><Err1>" + error
            + "</Err1></errors><ResponseCount>1</ResponseCount><responses><response>"
              "<ResponseNumber>"
            + number + "</ResponseNumber><ResponseString>" + error + "</ResponseString></response></responses>";
    return body + "<Done>true</Done><debug><![CDATA[]]></debug></interface-response>";
}
} // namespace

class TestNamecheap : public ProviderTest
{
    Q_OBJECT

private:
    const QHash<QString, QString> m_secrets {
        {QStringLiteral("password"), QStringLiteral("0123456789abcdef0123456789abcdef")}};
    UpdateRequest make(const QString &name = QStringLiteral("home.example.org"), bool v4 = true, bool v6 = false)
    {
        Host h = host(QStringLiteral("namecheap"), name);
        h.settings.insert(QStringLiteral("zone"), QStringLiteral("example.org"));
        return request(h, m_secrets, v4, v6);
    }
    QUrlQuery query() const { return m_server.requests().first().query(); }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRequests(); }

    void ipv4()
    {
        m_server.respondWith(Response::text(reply(0)));
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().first().method, QByteArray("GET"));
        QCOMPARE(m_server.requests().first().path(), QStringLiteral("/update"));
        QCOMPARE(query().queryItemValue(QStringLiteral("host")), QStringLiteral("home"));
        QCOMPARE(query().queryItemValue(QStringLiteral("domain")), QStringLiteral("example.org"));
        QCOMPARE(query().queryItemValue(QStringLiteral("password")), m_secrets.value(QStringLiteral("password")));
        QCOMPARE(query().queryItemValue(QStringLiteral("ip")), QStringLiteral("81.2.69.160"));
        checkRedacted(outcome, m_secrets);
    }

    void apexIsAt()
    {
        m_server.respondWith(Response::text(reply(0)));
        QCOMPARE(run(make(QStringLiteral("example.org"))).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(query().queryItemValue(QStringLiteral("host")), QStringLiteral("@"));
    }

    void ipv6IsNotPossible()
    {
        m_server.respondWith(Response::text(reply(0)));
        QCOMPARE(run(make(QStringLiteral("home.example.org"), false, true)).kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(m_server.requests().isEmpty());
        // Both requested: only IPv4 could go, so the host is told rather than half-updated silently.
        QCOMPARE(run(make(QStringLiteral("home.example.org"), true, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(query().queryItemValue(QStringLiteral("ip")), QStringLiteral("81.2.69.160"));
    }

    void nameOutsideTheZone()
    {
        QCOMPARE(run(make(QStringLiteral("home.example.net"))).kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(m_server.requests().isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        const int user = static_cast<int>(UpdateOutcome::Kind::NeedsUser);
        const int retry = static_cast<int>(UpdateOutcome::Kind::RetryLater);
        QTest::newRow("password") << reply(1, "", "Passwords do not match", "304156") << user;
        QTest::newRow("domain") << reply(1, "", "Domain name not found", "316153") << user;
        QTest::newRow("record") << reply(1, "", "No Records updated. A record not Found;", "380091") << user;
        QTest::newRow("invalid ip") << reply(1, "", "Invalid IP", "304156") << user;
        QTest::newRow("other") << reply(1, "", "Server is busy", "1") << retry;
        QTest::newRow("other address") << reply(0, "81.2.69.161") << retry;
        QTest::newRow("no errcount") << QByteArray("<interface-response><Done>true</Done></interface-response>")
                                     << retry;
    }

    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        m_server.respondWith(Response::text(body));
        const UpdateOutcome outcome = run(make());
        QCOMPARE(static_cast<int>(outcome.kind), kind);
        if (outcome.kind == UpdateOutcome::Kind::RetryLater)
            QVERIFY(outcome.retryAfter.count() >= 300);
        else
            QVERIFY(!outcome.fix.isEmpty());
    }

    void commonFailures() { checkCommonFailures(make(), reply(0).left(60)); }

    void testCredentialsResends()
    {
        m_server.respondWith(Response::text(reply(0)));
        QVERIFY(runTest(make()).succeeded());
    }
};

QTEST_GUILESS_MAIN(TestNamecheap)
#include "tst_namecheap.moc"
