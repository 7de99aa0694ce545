// Redirects: a provider's request (which carries credentials) follows none, an echo source follows
// same-origin https:// redirects only, and every hop is checked against the URL policy. Each case
// asserts what the server redirected to received: nothing.
#include "address/httpechosource.h"
#include "fakeclock.h"
#include "netnshelper.h"
#include "providers/providerregistry.h"
#include "providertest.h"
#include "testtls.h"

#include <QTcpSocket>
#include <QTest>

using namespace Homing;
using namespace Homing::Test;
using namespace std::chrono_literals;

namespace {
Response redirectTo(const QUrl &target, int status = 302)
{
    Response response = Response::text("moved", status);
    response.addHeader("Location", target.toEncoded());
    return response;
}
} // namespace

class TestRedirects : public ProviderTest
{
    Q_OBJECT

private:
    HttpTestServer m_otherHost; // https://127.0.0.2: where a hostile redirect points
    HttpTestServer m_plain; // http://127.0.0.1: a downgrade target
    FakeClock m_clock;

    UpdateRequest dyndns2()
    {
        Host h = host(QStringLiteral("dyndns2"), QStringLiteral("home.example.org"));
        h.settings.insert(QStringLiteral("username"), QStringLiteral("alice"));
        return request(h, {{QStringLiteral("password"), QStringLiteral("s3cret-pass")}});
    }
    UpdateRequest cloudflare()
    {
        Host h = host(QStringLiteral("cloudflare"), QStringLiteral("home.example.org"), QStringLiteral("/client/v4"));
        h.settings.insert(QStringLiteral("zone"), QStringLiteral("example.org"));
        return request(h, {{QStringLiteral("token"), QStringLiteral("cf-token-c2VjcmV0")}});
    }

    static SourceResult detect(HttpClient *http, const Clock *clock, const QUrl &url, QObject *context)
    {
        SourceConfig config;
        config.id = QStringLiteral("redirected-echo");
        config.kind = QStringLiteral("http");
        config.options.insert(QStringLiteral("ipv4Url"), url.toString());
        config.options.insert(QStringLiteral("format"), QStringLiteral("plain"));
        HttpEchoSource source(config, http, clock);
        std::optional<SourceResult> result;
        source.detect(AddressFamily::IPv4, context, [&](const SourceResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(SourceResult {});
    }

    // The other servers got no connection at all, so no header, credential or body reached them.
    void verifyNothingElseReceived()
    {
        QCOMPARE(m_otherHost.connections(), 0);
        QVERIFY(m_otherHost.requests().isEmpty());
        QCOMPARE(m_plain.connections(), 0);
        QVERIFY(m_plain.requests().isEmpty());
    }

private slots:
    void initTestCase()
    {
        trustTestCa();
        m_server.setTls(serverTls(QStringLiteral("server")));
        QVERIFY(m_server.listen());
        m_otherHost.setTls(serverTls(QStringLiteral("server")));
        QVERIFY(m_otherHost.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
        m_otherHost.respondWith(Response::text("good 81.2.69.160\n"));
        QVERIFY(m_plain.listen());
        m_plain.respondWith(Response::text("good 81.2.69.160\n"));
    }
    void init()
    {
        m_server.clearRequests();
        m_otherHost.clearRequests();
        m_plain.clearRequests();
    }

    // The other host is a working HTTPS server this process trusts: only the redirect rule keeps
    // the request from it.
    void theOtherHostWouldAnswer()
    {
        QVERIFY(m_otherHost.url().toString().startsWith(QLatin1String("https://127.0.0.2:")));
        std::optional<HttpResponse> response;
        HttpRequest request;
        request.url = m_otherHost.url(QStringLiteral("/probe"));
        m_http.send(request, this, [&](const HttpResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 10000);
        QVERIFY2(response->ok(), qPrintable(response->errorText));
        QCOMPARE(response->status, 200);
        QCOMPARE(m_otherHost.requests().size(), 1);
        m_otherHost.clearRequests();
        m_otherHost.resetConnections();
    }

    void providerCrossHost_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 303, 307, 308})
            QTest::addRow("%d", status) << status;
    }
    void providerCrossHost()
    {
        QFETCH(int, status);
        for (const UpdateRequest &request : {dyndns2(), cloudflare()}) {
            m_server.clearRequests();
            m_server.setHandler([&](const HttpTestServer::Request &received) {
                return redirectTo(m_otherHost.url(received.path()), status);
            });
            const UpdateOutcome outcome = run(request);
            QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
            QVERIFY2(outcome.reason.contains(QLatin1String("moved")), qPrintable(outcome.reason));
            QVERIFY2(outcome.reason.contains(m_otherHost.url().host() + QLatin1Char(':')
                                             + QString::number(m_otherHost.port())),
                     qPrintable(outcome.reason));
            QVERIFY2(outcome.fix.contains(QLatin1String("server setting")), qPrintable(outcome.fix));
            QCOMPARE(m_server.requests().size(), 1); // asked once, never re-sent
            checkRedacted(outcome, request.secrets);
            verifyNothingElseReceived();
        }
    }

    void providerDowngradeToHttp()
    {
        m_server.setHandler(
            [&](const HttpTestServer::Request &received) { return redirectTo(m_plain.url(received.path())); });
        const UpdateOutcome outcome = run(dyndns2());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY2(outcome.reason.contains(m_plain.url().toString(QUrl::RemovePath | QUrl::StripTrailingSlash)),
                 qPrintable(outcome.reason));
        QCOMPARE(m_server.requests().size(), 1);
        verifyNothingElseReceived();
    }

    void providerSameOriginRedirectIsNotFollowedEither()
    {
        m_server.setHandler([&](const HttpTestServer::Request &received) {
            return received.path() == QLatin1String("/nic/update") ? redirectTo(m_server.url(QStringLiteral("/v2")))
                                                                   : Response::text("good 81.2.69.160\n");
        });
        const UpdateOutcome outcome = run(dyndns2());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY2(outcome.reason.contains(QLatin1String("/v2")), qPrintable(outcome.reason));
        QCOMPARE(m_server.requests().size(), 1);
    }

    void echoFollowsSameOriginHttps()
    {
        m_server.setHandler([&](const HttpTestServer::Request &received) {
            if (received.path() == QLatin1String("/ip"))
                return redirectTo(QUrl(QStringLiteral("/v4/ip"))); // relative, as servers often send
            return Response::text("81.2.69.160\n");
        });
        const SourceResult result = detect(&m_http, &m_clock, m_server.url(QStringLiteral("/ip")), this);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.observation.address, QHostAddress(QStringLiteral("81.2.69.160")));
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(m_server.requests().at(1).path(), QStringLiteral("/v4/ip"));
    }

    void echoRefusesOtherOrigins_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("other host") << "other";
        QTest::newRow("downgrade to http") << "plain";
    }
    void echoRefusesOtherOrigins()
    {
        QFETCH(QString, which);
        const QUrl target = (which == QLatin1String("other") ? m_otherHost : m_plain).url(QStringLiteral("/ip"));
        m_server.respondWith(redirectTo(target));
        const SourceResult result = detect(&m_http, &m_clock, m_server.url(QStringLiteral("/ip")), this);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(target.toDisplayString()), qPrintable(result.error));
        QCOMPARE(m_server.requests().size(), 1);
        verifyNothingElseReceived();
    }

    void echoPlainHttpRedirectIsRefusedEvenOnTheSameServer()
    {
        m_plain.setHandler([&](const HttpTestServer::Request &received) {
            return received.path() == QLatin1String("/ip") ? redirectTo(m_plain.url(QStringLiteral("/v4")))
                                                           : Response::text("81.2.69.160\n");
        });
        const SourceResult result = detect(&m_http, &m_clock, m_plain.url(QStringLiteral("/ip")), this);
        QVERIFY(!result.ok);
        QCOMPARE(m_plain.requests().size(), 1);
        m_plain.respondWith(Response::text("good 81.2.69.160\n"));
    }

    void echoRedirectLoopEnds()
    {
        m_server.respondWith(redirectTo(m_server.url(QStringLiteral("/again"))));
        const SourceResult result = detect(&m_http, &m_clock, m_server.url(QStringLiteral("/ip")), this);
        QVERIFY(!result.ok);
        QCOMPARE(m_server.requests().size(), 4); // the request and three redirects, then no more
    }

    // Last: it moves this thread into a network namespace for good. There, a loopback provider and a
    // loopback echo server redirect to a plain-http server on a non-loopback address.
    void loopbackToNonLoopback()
    {
        const QString why = NetnsHelper::unavailableReason();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        NetnsHelper netns(QStringLiteral("redirect"));
        QString error;
        QVERIFY2(netns.create(&error), qPrintable(error));
        QVERIFY2(netns.ip(QStringLiteral("addr add 10.231.0.1/24 dev veth0").split(QLatin1Char(' ')), &error),
                 qPrintable(error));
        QVERIFY2(netns.ip(QStringLiteral("addr add 10.231.0.2/24 dev veth1").split(QLatin1Char(' ')), &error),
                 qPrintable(error));
        QVERIFY2(netns.enter(&error), qPrintable(error));

        // Sockets and the network manager's thread made from here on live in the namespace.
        HttpTestServer provider;
        QVERIFY(provider.listen());
        HttpTestServer remote;
        QVERIFY(remote.listen(QHostAddress(QStringLiteral("10.231.0.2"))));
        QNetworkAccessManager manager;
        Redactor redactor;
        HttpClient http(&manager, &redactor);
        provider.setHandler(
            [&](const HttpTestServer::Request &received) { return redirectTo(remote.url(received.path())); });

        UpdateRequest request;
        request.host.id = QUuid::createUuid();
        request.host.name = QStringLiteral("home.example.org");
        request.host.providerId = QStringLiteral("dyndns2");
        request.host.settings.insert(QStringLiteral("server"), provider.url(QString()).toString());
        request.host.settings.insert(QStringLiteral("username"), QStringLiteral("alice"));
        request.secrets.insert(QStringLiteral("password"), QStringLiteral("s3cret-pass"));
        request.ipv4 = kV4;
        std::unique_ptr<Provider> dyndns(ProviderRegistry::create(QStringLiteral("dyndns2"), &http, nullptr));
        std::optional<UpdateOutcome> outcome;
        dyndns->update(request, this, [&](const UpdateOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QCOMPARE(outcome->kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY2(outcome->reason.contains(QLatin1String("10.231.0.2")), qPrintable(outcome->reason));

        const SourceResult echo = detect(&http, &m_clock, provider.url(QStringLiteral("/ip")), this);
        QVERIFY(!echo.ok);
        QVERIFY2(echo.error.contains(QLatin1String("10.231.0.2")), qPrintable(echo.error));

        QCOMPARE(provider.requests().size(), 2);
        QCOMPARE(remote.connections(), 0);
        QVERIFY(remote.requests().isEmpty());

        // The remote server was there and reachable all along.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress(QStringLiteral("10.231.0.2")), remote.port());
        QVERIFY(probe.waitForConnected(5000));
        QTRY_COMPARE(remote.connections(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRedirects)
#include "tst_redirects.moc"
