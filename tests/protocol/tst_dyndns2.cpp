// The dyndns2 provider against a loopback server speaking the Members NIC Update protocol.
#include "httptestserver.h"
#include "net/httpclient.h"
#include "providers/dyndns2provider.h"
#include "providers/providerregistry.h"
#include "redactor.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Homing;
using Homing::Test::HttpTestServer;
using namespace std::chrono_literals;

class TestDyndns2 : public QObject
{
    Q_OBJECT

private:
    Host host(const QString &provider = QStringLiteral("dyndns2")) const
    {
        Host h;
        h.id = QUuid::createUuid();
        h.name = QStringLiteral("home.example.org");
        h.providerId = provider;
        h.settings.insert(QStringLiteral("server"), m_server.url().toString());
        h.settings.insert(QStringLiteral("username"), QStringLiteral("alice"));
        return h;
    }

    UpdateOutcome run(const UpdateRequest &request, const QString &provider = QStringLiteral("dyndns2"))
    {
        std::unique_ptr<Provider> client(ProviderRegistry::create(provider, &m_http, nullptr));
        std::optional<UpdateOutcome> result;
        client->update(request, this, [&](const UpdateOutcome &outcome) { result = outcome; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result.value_or(UpdateOutcome {});
    }

    UpdateRequest v4Request()
    {
        UpdateRequest request;
        request.host = host();
        request.secrets.insert(QStringLiteral("password"), QStringLiteral("s3cret:pass word"));
        request.ipv4 = QHostAddress(QStringLiteral("81.2.69.160"));
        return request;
    }

    QNetworkAccessManager m_manager;
    Redactor m_redactor;
    HttpClient m_http {&m_manager, &m_redactor};
    HttpTestServer m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRequests(); }

    void sendsTheDocumentedRequest()
    {
        m_server.respondWith(HttpTestServer::Response::text("good 81.2.69.160\n"));
        const UpdateOutcome outcome = run(v4Request());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 1);
        const HttpTestServer::Request &request = m_server.requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path(), QStringLiteral("/nic/update"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("hostname")), QStringLiteral("home.example.org"));
        QCOMPARE(request.query().queryItemValue(QStringLiteral("myip")), QStringLiteral("81.2.69.160"));
        QCOMPARE(request.basicCredentials(), QByteArray("alice:s3cret:pass word"));
        QVERIFY(request.header("user-agent").startsWith("Homing/"));
        // The summary kept for history names the request but not the password.
        QVERIFY(outcome.requestSummary.contains(QStringLiteral("hostname=home.example.org")));
        QVERIFY(!outcome.requestSummary.contains(QStringLiteral("s3cret")));
    }

    void sendsBothFamiliesInOneRequest()
    {
        m_server.respondWith(HttpTestServer::Response::text("good 81.2.69.160,2a01:4f8::7"));
        UpdateRequest request = v4Request();
        request.ipv6 = QHostAddress(QStringLiteral("2a01:4f8::7"));
        QCOMPARE(run(request).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().first().query().queryItemValue(QStringLiteral("myip"), QUrl::FullyDecoded),
                 QStringLiteral("81.2.69.160,2a01:4f8::7"));
    }

    void nochgIsUnchanged()
    {
        m_server.respondWith(HttpTestServer::Response::text("nochg 81.2.69.160"));
        QCOMPARE(run(v4Request()).kind, UpdateOutcome::Kind::Unchanged);
    }

    void errorCodes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("leastRetrySeconds");
        const int needsUser = static_cast<int>(UpdateOutcome::Kind::NeedsUser);
        const int retry = static_cast<int>(UpdateOutcome::Kind::RetryLater);
        for (const char *code : {"badauth", "!donator", "notfqdn", "nohost", "numhost", "abuse", "badagent", "badsys",
                                 "!yours", "!active"})
            QTest::newRow(code) << QByteArray(code) << 200 << needsUser << 0;
        QTest::newRow("badauth-401") << QByteArray("badauth") << 401 << needsUser << 0;
        QTest::newRow("empty-401") << QByteArray() << 401 << needsUser << 0;
        QTest::newRow("911") << QByteArray("911") << 500 << retry << 1800;
        QTest::newRow("dnserr") << QByteArray("dnserr") << 200 << retry << 1800;
        QTest::newRow("good-127-refused") << QByteArray("good 127.0.0.1") << 200 << needsUser << 0;
        QTest::newRow("garbage") << QByteArray("<html>oops</html>") << 200 << retry << 300;
        QTest::newRow("empty") << QByteArray() << 200 << retry << 300;
        QTest::newRow("other-address") << QByteArray("good 81.2.69.161") << 200 << retry << 300;
        QTest::newRow("bad-gateway") << QByteArray("Bad Gateway") << 502 << retry << 300;
    }

    void errorCodes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(int, leastRetrySeconds);
        m_server.respondWith(HttpTestServer::Response::text(body, status));
        const UpdateOutcome outcome = run(v4Request());
        QCOMPARE(static_cast<int>(outcome.kind), kind);
        QVERIFY(outcome.retryAfter.count() >= leastRetrySeconds);
        QVERIFY2(!outcome.reason.isEmpty(), "every outcome says why in words");
        if (outcome.kind == UpdateOutcome::Kind::NeedsUser)
            QVERIFY2(!outcome.fix.isEmpty(), "a needs-you outcome says what to fix");
    }

    void honoursRetryAfterOn429()
    {
        HttpTestServer::Response response = HttpTestServer::Response::text("slow down", 429);
        response.addHeader("Retry-After", "600");
        m_server.respondWith(response);
        const UpdateOutcome outcome = run(v4Request());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::RetryLater);
        QCOMPARE(outcome.retryAfter, 600s);
    }

    void tooLargeReplyIsCutOff()
    {
        HttpTestServer::Response response;
        response.repeatBodyBytes = 10 * 1024 * 1024;
        m_server.respondWith(response);
        const UpdateOutcome outcome = run(v4Request());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::RetryLater);
        QVERIFY(outcome.reason.contains(QStringLiteral("larger than")));
    }

    void stalledServerTimesOut()
    {
        HttpTestServer::Response response;
        response.stall = true;
        m_server.respondWith(response);
        Dyndns2Provider provider(*ProviderRegistry::find(QStringLiteral("dyndns2")), {}, &m_http);
        // The request helper's own limit is 20 s; a stalled server must not hang the host forever.
        std::optional<UpdateOutcome> result;
        provider.update(v4Request(), this, [&](const UpdateOutcome &outcome) { result = outcome; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QCOMPARE(result->kind, UpdateOutcome::Kind::RetryLater);
    }

    void plainHttpToARemoteServerIsRefused()
    {
        UpdateRequest request = v4Request();
        request.host.settings.insert(QStringLiteral("server"), QStringLiteral("http://members.dyndns.invalid"));
        const UpdateOutcome outcome = run(request);
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(m_server.requests().isEmpty());
    }

    void knownServicesUseTheirServers()
    {
        QCOMPARE(ProviderRegistry::find(QStringLiteral("dyndns"))->field(QStringLiteral("server"))->defaultValue,
                 QStringLiteral("https://members.dyndns.org"));
        QCOMPARE(ProviderRegistry::find(QStringLiteral("noip"))->field(QStringLiteral("server"))->defaultValue,
                 QStringLiteral("https://dynupdate.no-ip.com"));
        QVERIFY(ProviderRegistry::find(QStringLiteral("dyndns2"))->field(QStringLiteral("server"))->required);
    }
};

QTEST_GUILESS_MAIN(TestDyndns2)
#include "tst_dyndns2.moc"
