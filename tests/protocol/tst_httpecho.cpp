// The HTTPS/HTTP echo address source against a loopback echo server.
#include "address/httpechosource.h"
#include "fakeclock.h"
#include "httptestserver.h"
#include "net/httpclient.h"
#include "redactor.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Homing;
using Homing::Test::HttpTestServer;

class TestHttpEcho : public QObject
{
    Q_OBJECT

private:
    SourceResult detect(const QString &format, AddressFamily family = AddressFamily::IPv4)
    {
        SourceConfig config;
        config.id = QStringLiteral("loopback-echo");
        config.kind = QStringLiteral("http");
        config.options.insert(family == AddressFamily::IPv4 ? QStringLiteral("ipv4Url") : QStringLiteral("ipv6Url"),
                              m_server.url(QStringLiteral("/ip")).toString());
        config.options.insert(QStringLiteral("format"), format);
        HttpEchoSource source(config, &m_http, &m_clock);
        std::optional<SourceResult> result;
        source.detect(family, this, [&](const SourceResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(SourceResult {});
    }

    QNetworkAccessManager m_manager;
    Redactor m_redactor;
    HttpClient m_http {&m_manager, &m_redactor};
    Homing::Test::FakeClock m_clock;
    HttpTestServer m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void goodAnswers_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "plain" << QByteArray("81.2.69.160\n") << "81.2.69.160";
        QTest::newRow("plain-auto") << "auto" << QByteArray("81.2.69.160") << "81.2.69.160";
        QTest::newRow("json") << "json" << QByteArray(R"({"ip":"81.2.69.160"})") << "81.2.69.160";
        QTest::newRow("json-auto") << "auto" << QByteArray(R"({"ip": "81.2.69.160", "country": "GB"})")
                                   << "81.2.69.160";
        QTest::newRow("trace") << "trace" << QByteArray("fl=1\nh=www.cloudflare.com\nip=81.2.69.160\nts=1\nwarp=off\n")
                               << "81.2.69.160";
        QTest::newRow("checkip") << "checkip"
                                 << QByteArray("<html><head><title>Current IP Check</title></head><body>"
                                               "Current IP Address: 81.2.69.160</body></html>")
                                 << "81.2.69.160";
    }

    void goodAnswers()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        m_server.respondWith(HttpTestServer::Response::text(body));
        const SourceResult result = detect(format);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.observation.address.toString(), expected);
        QCOMPARE(result.observation.sourceId, QStringLiteral("loopback-echo"));
        QCOMPARE(result.observation.time, m_clock.now());
    }

    void ipv6Answer()
    {
        m_server.respondWith(HttpTestServer::Response::text("2a01:4f8:c17:1::7\n"));
        const SourceResult result = detect(QStringLiteral("plain"), AddressFamily::IPv6);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.observation.address, QHostAddress(QStringLiteral("2a01:4f8:c17:1::7")));
    }

    void badAnswers_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("html") << "auto" << QByteArray("<html><body>Welcome</body></html>") << 200;
        QTest::newRow("two-addresses") << "plain" << QByteArray("81.2.69.160 81.2.69.161") << 200;
        QTest::newRow("two-lines") << "plain" << QByteArray("81.2.69.160\n81.2.69.161\n") << 200;
        QTest::newRow("empty") << "plain" << QByteArray() << 200;
        QTest::newRow("wrong-family") << "plain" << QByteArray("2a01:4f8::1") << 200;
        QTest::newRow("json-no-ip") << "json" << QByteArray(R"({"address":"81.2.69.160"})") << 200;
        QTest::newRow("trace-warp") << "trace" << QByteArray("ip=81.2.69.160\nwarp=on\n") << 200;
        QTest::newRow("trace-two") << "trace" << QByteArray("ip=81.2.69.160\nip=81.2.69.161\n") << 200;
        QTest::newRow("server-error") << "plain" << QByteArray("81.2.69.160") << 503;
        QTest::newRow("text-around") << "plain" << QByteArray("Your IP is 81.2.69.160") << 200;
    }

    void badAnswers()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        m_server.respondWith(HttpTestServer::Response::text(body, status));
        const SourceResult result = detect(format);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
    }

    void hugeBodyIsRefused()
    {
        HttpTestServer::Response response;
        response.repeatBodyBytes = 10 * 1024 * 1024;
        m_server.respondWith(response);
        const SourceResult result = detect(QStringLiteral("plain"));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("larger than")));
    }

    void silentServerTimesOut()
    {
        HttpTestServer::Response response;
        response.stall = true;
        m_server.respondWith(response);
        const SourceResult result = detect(QStringLiteral("plain"));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("time")));
    }
};

QTEST_GUILESS_MAIN(TestHttpEcho)
#include "tst_httpecho.moc"
