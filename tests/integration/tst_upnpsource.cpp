// UpnpSource against a loopback "router": an SSDP responder on 127.0.0.1 (never multicast) and a
// loopback HTTP server for the description and the SOAP control URL.
#include "address/upnpsource.h"
#include "fakeclock.h"
#include "httptestserver.h"

#include <QNetworkDatagram>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace Homing;
using Homing::Test::HttpTestServer;

namespace {

QByteArray description(const QByteArray &serviceType, const QByteArray &controlUrl, const QByteArray &urlBase = {})
{
    return "<?xml version=\"1.0\"?><root xmlns=\"urn:schemas-upnp-org:device-1-0\">"
        + (urlBase.isEmpty() ? QByteArray() : "<URLBase>" + urlBase + "</URLBase>")
        + "<device><deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType><deviceList><device>"
          "<deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType><deviceList><device>"
          "<deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:1</deviceType><serviceList>"
          "<service><serviceType>urn:schemas-upnp-org:service:WANCommonInterfaceConfig:1</serviceType>"
          "<controlURL>/ctl/CmnIfCfg</controlURL></service>"
          "<service><serviceType>"
        + serviceType + "</serviceType><serviceId>urn:upnp-org:serviceId:WANIPConn1</serviceId><controlURL>"
        + controlUrl
        + "</controlURL></service></serviceList></device></deviceList></device></deviceList></device></root>";
}

QByteArray soapReply(const QByteArray &address)
{
    return "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
           "s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body>"
           "<u:GetExternalIPAddressResponse xmlns:u=\"urn:schemas-upnp-org:service:WANIPConnection:1\">"
           "<NewExternalIPAddress>"
        + address + "</NewExternalIPAddress></u:GetExternalIPAddressResponse></s:Body></s:Envelope>";
}

const QByteArray kSoapFault
    = "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
      "<s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring>"
      "<detail><UPnPError xmlns=\"urn:schemas-upnp-org:control-1-0\"><errorCode>501</errorCode>"
      "<errorDescription>Action Failed</errorDescription></UPnPError></detail></s:Fault>"
      "</s:Body></s:Envelope>";

} // namespace

class TestUpnpSource : public QObject
{
    Q_OBJECT

private:
    Homing::Test::FakeClock m_clock;
    HttpTestServer m_http;
    QUdpSocket m_ssdp;
    QList<QByteArray> m_searches;
    QByteArray m_location; // what the responder puts in LOCATION ("" = stay silent)
    QByteArray m_description;
    HttpTestServer::Response m_soap;

    SourceConfig config(int timeoutMs = 1000)
    {
        SourceConfig config;
        config.id = QStringLiteral("router");
        config.kind = QStringLiteral("upnp");
        config.options.insert(QStringLiteral("ssdpAddress"), QStringLiteral("127.0.0.1"));
        config.options.insert(QStringLiteral("ssdpPort"), m_ssdp.localPort());
        config.options.insert(QStringLiteral("timeoutMs"), timeoutMs);
        return config;
    }

    SourceResult detect(UpnpSource &source)
    {
        std::optional<SourceResult> result;
        int calls = 0;
        source.detect(AddressFamily::IPv4, this, [&](const SourceResult &r) {
            result = r;
            ++calls;
        });
        [&] { QVERIFY(!result); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 8000); }();
        // A second callback would need a search socket, a timer or a request of this detection.
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(source.findChildren<QUdpSocket *>().isEmpty()
                                         && source.findChildren<QTimer *>().isEmpty()
                                         && source.findChildren<QNetworkReply *>().isEmpty(),
                                     8000);
        }();
        [&] { QCOMPARE(calls, 1); }();
        return result.value_or(SourceResult {});
    }

    void installHandler()
    {
        m_http.setHandler([this](const HttpTestServer::Request &request) {
            if (request.path() == QLatin1String("/rootDesc.xml"))
                return HttpTestServer::Response::text(m_description);
            if (request.path() == QLatin1String("/ctl/IPConn") && request.method == "POST")
                return m_soap;
            return HttpTestServer::Response::text("not found", 404);
        });
    }

    int requestsTo(const QString &path) const
    {
        int count = 0;
        for (const HttpTestServer::Request &request : m_http.requests())
            count += request.path() == path;
        return count;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_http.listen());
        QVERIFY(m_ssdp.bind(QHostAddress::LocalHost, 0));
        connect(&m_ssdp, &QUdpSocket::readyRead, this, [this] {
            while (m_ssdp.hasPendingDatagrams()) {
                const QNetworkDatagram search = m_ssdp.receiveDatagram();
                m_searches.append(search.data());
                if (m_location.isEmpty() || !search.data().contains("InternetGatewayDevice:1"))
                    continue;
                const QByteArray reply = "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\n"
                                         "ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n"
                                         "USN: uuid:test::urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n"
                                         "EXT:\r\nSERVER: Test/1.0 UPnP/1.1 Test/1.0\r\nLOCATION: "
                    + m_location + "\r\n\r\n";
                m_ssdp.writeDatagram(reply, search.senderAddress(), static_cast<quint16>(search.senderPort()));
            }
        });
        installHandler();
    }

    void init()
    {
        m_searches.clear();
        m_http.clearRequests();
        m_location = m_http.url(QStringLiteral("/rootDesc.xml")).toEncoded();
        m_description = description("urn:schemas-upnp-org:service:WANIPConnection:1", "/ctl/IPConn");
        m_soap = HttpTestServer::Response::text(soapReply("81.2.69.160"));
    }

    void discoversAsksAndKeepsTheControlUrl()
    {
        UpnpSource source(config(), &m_clock);
        QVERIFY(source.supports(AddressFamily::IPv4));
        QVERIFY(!source.supports(AddressFamily::IPv6));
        SourceResult result = detect(source);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.observation.address, QHostAddress(QStringLiteral("81.2.69.160")));
        QCOMPARE(result.observation.sourceId, QStringLiteral("router"));

        QVERIFY(!m_searches.isEmpty());
        const QByteArray &search = m_searches.first();
        QVERIFY(search.startsWith("M-SEARCH * HTTP/1.1\r\n"));
        QVERIFY(search.contains("MAN: \"ssdp:discover\"\r\n"));
        QVERIFY(search.contains("ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n"));
        const HttpTestServer::Request &soap = m_http.requests().last();
        QCOMPARE(soap.header("soapaction"),
                 QByteArray("\"urn:schemas-upnp-org:service:WANIPConnection:1#GetExternalIPAddress\""));
        QVERIFY(
            soap.body.contains("<u:GetExternalIPAddress xmlns:u=\"urn:schemas-upnp-org:service:WANIPConnection:1\">"));

        // Steady state: one SOAP exchange, no search, no description.
        const int searches = m_searches.size();
        m_soap = HttpTestServer::Response::text(soapReply("81.2.69.161"));
        result = detect(source);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.observation.address, QHostAddress(QStringLiteral("81.2.69.161")));
        QCOMPARE(m_searches.size(), searches);
        QCOMPARE(requestsTo(QStringLiteral("/rootDesc.xml")), 1);
        QCOMPARE(requestsTo(QStringLiteral("/ctl/IPConn")), 2);
    }

    void pppServiceAndUrlBase()
    {
        m_description = description("urn:schemas-upnp-org:service:WANPPPConnection:1", "ctl/IPConn",
                                    m_http.url(QStringLiteral("/")).toEncoded());
        UpnpSource source(config(), &m_clock);
        const SourceResult result = detect(source);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(m_http.requests().last().header("soapaction").contains("WANPPPConnection:1#GetExternalIPAddress"));
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("descriptionBody");
        QTest::addColumn<QByteArray>("soapBody");
        QTest::addColumn<int>("soapStatus");
        QTest::addColumn<QString>("error");
        const QByteArray good = description("urn:schemas-upnp-org:service:WANIPConnection:1", "/ctl/IPConn");
        QTest::newRow("no wan service") << description("urn:schemas-upnp-org:service:Layer3Forwarding:1", "/ctl/IPConn")
                                        << soapReply("81.2.69.160") << 200 << "offers no WANIPConnection";
        QTest::newRow("not xml") << QByteArray("<html><body>router login") << soapReply("81.2.69.160") << 200
                                 << "not valid XML";
        QTest::newRow("soap fault") << good << kSoapFault << 200 << "refused: Action Failed";
        QTest::newRow("not connected") << good << soapReply("") << 200 << "no WAN address";
        QTest::newRow("not an address") << good << soapReply("fe80::1") << 200 << "not an IPv4 address";
        QTest::newRow("http error") << good << QByteArray("oops") << 500 << "HTTP status 500";
        QTest::newRow("control url elsewhere")
            << description("urn:schemas-upnp-org:service:WANIPConnection:1", "http://192.0.2.1/ctl/IPConn")
            << soapReply("81.2.69.160") << 200 << "points elsewhere";
    }

    void failures()
    {
        QFETCH(QByteArray, descriptionBody);
        QFETCH(QByteArray, soapBody);
        QFETCH(int, soapStatus);
        QFETCH(QString, error);
        m_description = descriptionBody;
        m_soap = HttpTestServer::Response::text(soapBody, soapStatus);
        UpnpSource source(config(), &m_clock);
        const SourceResult result = detect(source);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    void aFailedControlUrlIsForgotten()
    {
        UpnpSource source(config(), &m_clock);
        QVERIFY(detect(source).ok);
        m_soap = HttpTestServer::Response::text("oops", 500);
        QVERIFY(!detect(source).ok);
        m_soap = HttpTestServer::Response::text(soapReply("81.2.69.160"));
        const int searches = m_searches.size();
        QVERIFY(detect(source).ok);
        QVERIFY(m_searches.size() > searches); // searched again
    }

    void noGateway()
    {
        m_location.clear();
        UpnpSource source(config(300), &m_clock);
        const SourceResult result = detect(source);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("no UPnP Internet gateway answered within 300 ms")),
                 qPrintable(result.error));
    }

    void aLocationOnAnotherHostIsIgnored()
    {
        m_location = "http://192.0.2.1:49000/rootDesc.xml"; // not the host that answered
        UpnpSource source(config(300), &m_clock);
        const SourceResult result = detect(source);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("no UPnP Internet gateway")), qPrintable(result.error));
        QVERIFY(m_http.requests().isEmpty());
    }

    void hugeDescriptionIsRefused()
    {
        HttpTestServer::Response huge;
        huge.repeatBodyBytes = 10 * 1024 * 1024;
        m_http.setHandler([&](const HttpTestServer::Request &) { return huge; });
        UpnpSource source(config(), &m_clock);
        const SourceResult result = detect(source);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("larger than 64 KB")), qPrintable(result.error));
        installHandler();
    }

    void stalledGatewayTimesOut()
    {
        m_soap.stall = true;
        UpnpSource source(config(300), &m_clock);
        const SourceResult result = detect(source);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("did not answer"))
                     || result.error.contains(QStringLiteral("within")),
                 qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestUpnpSource)
#include "tst_upnpsource.moc"
