// Homing's DNS transport and the DNS echo sources against a real BIND on 127.0.0.1 and a high port,
// serving zones that mimic myip.opendns.com, whoami.cloudflare (class CH) and o-o.myaddr.l.google.com.
#include "address/addressmonitor.h"
#include "address/dnsechosource.h"
#include "dns/dnsclient.h"
#include "dns/dnsqueryjob.h"
#include "dnstestserver.h"
#include "fakeclock.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QTest>
#include <QUdpSocket>

using namespace Homing;
using Homing::Test::DnsTestServer;

namespace {

const QByteArray kOpenDnsGood = "@ IN A 81.2.69.160\n@ IN AAAA 2a01:4f8:c17:1::7\n";

DnsTestServer::Zone zone(const char *name, const QByteArray &records, const char *klass = "IN")
{
    return DnsTestServer::Zone {QLatin1String(name), records, QLatin1String(klass)};
}

// 20 TXT records of 200 bytes: far beyond 512 bytes, so BIND truncates the UDP reply.
QByteArray bigTxt(const QByteArray &owner)
{
    QByteArray records;
    for (int i = 0; i < 20; ++i)
        records
            += owner + " IN TXT \"edns0-client-subnet " + QByteArray::number(i) + ' ' + QByteArray(180, 'x') + "\"\n";
    return records;
}

} // namespace

class TestDnsEcho : public QObject
{
    Q_OBJECT

private:
    Homing::Test::FakeClock m_clock;

    DnsResult ask(const DnsServer &server, const DnsQuestion &question, int timeoutMs = 3000)
    {
        DnsClient client;
        DnsQueryOptions options;
        options.timeout = std::chrono::milliseconds(timeoutMs);
        std::optional<DnsResult> result;
        int calls = 0;
        client.query(server, question, options, this, [&](const DnsResult &r) {
            result = r;
            ++calls;
        });
        [&] { QVERIFY(!result); }(); // never synchronously
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), timeoutMs + 3000); }();
        // A second callback would need the query job, which ends (and goes) once it has answered.
        [&] { QTRY_VERIFY_WITH_TIMEOUT(client.findChildren<DnsQueryJob *>().isEmpty(), timeoutMs + 3000); }();
        [&] { QCOMPARE(calls, 1); }();
        return result.value_or(DnsResult {});
    }

    SourceResult detect(const QString &service, const DnsTestServer &server, AddressFamily family, int timeoutMs = 3000)
    {
        return detectAt(service, server.port(), family, timeoutMs);
    }

    SourceResult detectAt(const QString &service, quint16 port, AddressFamily family, int timeoutMs = 3000)
    {
        DnsEchoSource source(config(service, port, timeoutMs), &m_clock);
        std::optional<SourceResult> result;
        source.detect(family, this, [&](const SourceResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), timeoutMs + 3000); }();
        return result.value_or(SourceResult {});
    }

    static SourceConfig config(const QString &service, quint16 port, int timeoutMs = 3000)
    {
        SourceConfig config;
        config.id = service + QStringLiteral("-test");
        config.kind = QStringLiteral("dns");
        config.options.insert(QStringLiteral("service"), service);
        config.options.insert(QStringLiteral("ipv4Server"), QStringLiteral("127.0.0.1"));
        config.options.insert(QStringLiteral("ipv6Server"), QStringLiteral("127.0.0.1"));
        config.options.insert(QStringLiteral("port"), port);
        config.options.insert(QStringLiteral("timeoutMs"), timeoutMs);
        return config;
    }

    void startOrSkip(DnsTestServer &server, const QList<DnsTestServer::Zone> &zones)
    {
        QString error;
        QVERIFY2(server.start(zones, &error), qPrintable(error));
        QVERIFY(server.pid() > 0);
    }

private slots:
    void initTestCase()
    {
        if (!DnsTestServer::available())
            QSKIP("BIND (/usr/sbin/named) is not installed; packaging/install-deps.sh installs it");
    }

    // --- the transport ---

    void transportAnswersAndCountsBytes()
    {
        DnsTestServer server;
        startOrSkip(server, {zone("myip.opendns.com", kOpenDnsGood)});
        const DnsQuestion question {QStringLiteral("myip.opendns.com"), DnsType::A, DnsClass::IN};
        const DnsResult result = ask({server.address(), server.port()}, question);
        QVERIFY2(result.ok(), qPrintable(result.errorText));
        QCOMPARE(result.reply.rcode, DnsRcode::NoError);
        QVERIFY(result.reply.authoritative);
        QVERIFY(!result.viaTcp);
        const QList<DnsRecord> answers = result.reply.answersFor(question);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().address(), QHostAddress(QStringLiteral("81.2.69.160")));
        QCOMPARE(answers.first().ttl, 60u);
        QCOMPARE(result.bytesSent, 34); // 12 header + 18 name + 4
        QVERIFY2(result.bytesReceived > 34 && result.bytesReceived < 100,
                 qPrintable(QString::number(result.bytesReceived)));
    }

    void transportReportsRcodes()
    {
        DnsTestServer server;
        startOrSkip(server, {zone("opendns.com", "www IN A 81.2.69.160\n")});
        const DnsResult result
            = ask({server.address(), server.port()}, {QStringLiteral("myip.opendns.com"), DnsType::A, DnsClass::IN});
        QVERIFY(result.ok());
        QCOMPARE(result.reply.rcode, DnsRcode::NxDomain);
        const DnsResult refused
            = ask({server.address(), server.port()}, {QStringLiteral("example.org"), DnsType::A, DnsClass::IN});
        QVERIFY(refused.ok());
        QCOMPARE(refused.reply.rcode, DnsRcode::Refused); // not authoritative, no recursion
    }

    void transportFallsBackToTcpOnTruncation()
    {
        DnsTestServer server;
        startOrSkip(server, {zone("big.test", bigTxt("@"))});
        const DnsQuestion question {QStringLiteral("big.test"), DnsType::TXT, DnsClass::IN};
        const DnsResult result = ask({server.address(), server.port()}, question);
        QVERIFY2(result.ok(), qPrintable(result.errorText));
        QVERIFY(result.viaTcp);
        QVERIFY(!result.reply.truncated);
        QCOMPARE(result.reply.answersFor(question).size(), 20);
        QVERIFY(result.bytesReceived > 4000);
    }

    void transportTimesOutOnASilentServer()
    {
        QUdpSocket silent; // reads and never answers
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        int queries = 0;
        connect(&silent, &QUdpSocket::readyRead, this, [&] {
            while (silent.hasPendingDatagrams()) {
                silent.receiveDatagram();
                ++queries;
            }
        });
        QElapsedTimer timer;
        timer.start();
        const DnsResult result = ask({QHostAddress::LocalHost, silent.localPort()},
                                     {QStringLiteral("myip.opendns.com"), DnsType::A, DnsClass::IN}, 600);
        QCOMPARE(result.error, DnsResult::Error::Timeout);
        QVERIFY2(result.errorText.contains(QStringLiteral("127.0.0.1 port %1").arg(silent.localPort())),
                 qPrintable(result.errorText));
        QVERIFY(timer.elapsed() >= 550 && timer.elapsed() < 2500);
        QCOMPARE(queries, 2); // sent twice over the timeout
    }

    void transportSeesRefusal()
    {
        const quint16 port = Homing::Test::freeLoopbackPort();
        const DnsResult result = ask({QHostAddress::LocalHost, port},
                                     {QStringLiteral("myip.opendns.com"), DnsType::A, DnsClass::IN}, 2000);
        // Qt does not surface the ICMP "port unreachable" on a connected UDP socket reliably, so
        // this ends as refused or as a timeout; either way it ends, once, with the server named.
        QVERIFY(result.error == DnsResult::Error::Network || result.error == DnsResult::Error::Timeout);
        QVERIFY2(result.errorText.contains(QStringLiteral("127.0.0.1 port %1").arg(port)),
                 qPrintable(result.errorText));
    }

    void transportIgnoresRepliesThatDoNotMatch_data()
    {
        QTest::addColumn<bool>("wrongId");
        QTest::newRow("wrong id") << true;
        QTest::newRow("wrong question") << false;
    }

    void transportIgnoresRepliesThatDoNotMatch()
    {
        QFETCH(bool, wrongId);
        QUdpSocket liar; // answers every query with a reply that does not belong to it
        QVERIFY(liar.bind(QHostAddress::LocalHost, 0));
        connect(&liar, &QUdpSocket::readyRead, this, [&] {
            while (liar.hasPendingDatagrams()) {
                const QNetworkDatagram query = liar.receiveDatagram();
                QByteArray reply = query.data();
                reply[2] = static_cast<char>(reply[2] | 0x80); // QR: a response
                if (wrongId)
                    reply[1] = static_cast<char>(reply[1] ^ 0x5a);
                else
                    reply[13] = 'x'; // first label "myip" -> "xyip"
                liar.writeDatagram(reply, query.senderAddress(), static_cast<quint16>(query.senderPort()));
            }
        });
        const DnsResult result = ask({QHostAddress::LocalHost, liar.localPort()},
                                     {QStringLiteral("myip.opendns.com"), DnsType::A, DnsClass::IN}, 500);
        QCOMPARE(result.error, DnsResult::Error::Timeout);
        QVERIFY2(result.errorText.contains(wrongId ? QStringLiteral("does not match query id")
                                                   : QStringLiteral("another question")),
                 qPrintable(result.errorText));
    }

    void transportRejectsBadNamesLater()
    {
        const DnsResult result
            = ask({QHostAddress::LocalHost, 9}, {QString(300, QLatin1Char('a')), DnsType::A, DnsClass::IN});
        QCOMPARE(result.error, DnsResult::Error::BadQuery);
        QCOMPARE(result.bytesSent, 0);
    }

    // --- the echo sources ---

    void goodAnswers_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<bool>("ipv6");
        QTest::addColumn<QString>("expected");
        QTest::newRow("opendns A") << "opendns" << false << "81.2.69.160";
        QTest::newRow("opendns AAAA") << "opendns" << true << "2a01:4f8:c17:1::7";
        QTest::newRow("cloudflare CH TXT v4") << "cloudflare" << false << "81.2.69.161";
        QTest::newRow("cloudflare CH TXT v6") << "cloudflare" << true << "2a01:4f8:c17:1::8";
        QTest::newRow("google TXT") << "google" << false << "81.2.69.162";
    }

    void goodAnswers()
    {
        QFETCH(QString, service);
        QFETCH(bool, ipv6);
        QFETCH(QString, expected);
        DnsTestServer server;
        const QByteArray cloudflare = ipv6 ? "@ CH TXT \"2a01:4f8:c17:1::8\"\n" : "@ CH TXT \"81.2.69.161\"\n";
        startOrSkip(server,
                    {zone("myip.opendns.com", kOpenDnsGood), zone("whoami.cloudflare", cloudflare, "CH"),
                     zone("o-o.myaddr.l.google.com", "@ IN TXT \"81.2.69.162\"\n")});
        const SourceResult result = detect(service, server, ipv6 ? AddressFamily::IPv6 : AddressFamily::IPv4);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.observation.address, QHostAddress(expected));
        QCOMPARE(result.observation.sourceId, service + QStringLiteral("-test"));
        QCOMPARE(result.observation.time, m_clock.now());
    }

    void badAnswers_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("zoneName");
        QTest::addColumn<QString>("klass");
        QTest::addColumn<QByteArray>("records");
        QTest::addColumn<QString>("error");
        QTest::newRow("two addresses") << "opendns"
                                       << "myip.opendns.com"
                                       << "IN" << QByteArray("@ IN A 81.2.69.160\n@ IN A 81.2.69.161\n")
                                       << "2 addresses";
        QTest::newRow("empty answer") << "opendns"
                                      << "myip.opendns.com"
                                      << "IN" << QByteArray("@ IN AAAA 2a01:4f8:c17:1::7\n") << "is empty";
        QTest::newRow("nxdomain") << "opendns"
                                  << "opendns.com"
                                  << "IN" << QByteArray("www IN A 81.2.69.160\n") << "NXDOMAIN";
        QTest::newRow("txt not an address")
            << "cloudflare"
            << "whoami.cloudflare"
            << "CH" << QByteArray("@ CH TXT \"hello world\"\n") << "not a single address";
        QTest::newRow("txt wrong family") << "google"
                                          << "o-o.myaddr.l.google.com"
                                          << "IN" << QByteArray("@ IN TXT \"2a01:4f8:c17:1::7\"\n") << "IPv6";
        QTest::newRow("two txt") << "google"
                                 << "o-o.myaddr.l.google.com"
                                 << "IN" << QByteArray("@ IN TXT \"81.2.69.160\"\n@ IN TXT \"81.2.69.161\"\n")
                                 << "2 TXT records";
        QTest::newRow("refused (no such zone)") << "google"
                                                << "example.test"
                                                << "IN" << QByteArray("www IN A 81.2.69.160\n") << "REFUSED";
    }

    void badAnswers()
    {
        QFETCH(QString, service);
        QFETCH(QString, zoneName);
        QFETCH(QString, klass);
        QFETCH(QByteArray, records);
        QFETCH(QString, error);
        DnsTestServer server;
        startOrSkip(server, {DnsTestServer::Zone {zoneName, records, klass}});
        const SourceResult result = detect(service, server, AddressFamily::IPv4);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    void truncatedAnswerComesOverTcp()
    {
        // Google-style padding: 20 "edns0-client-subnet" strings push the reply past 512 bytes.
        DnsTestServer server;
        startOrSkip(server, {zone("o-o.myaddr.l.google.com", bigTxt("@") + "@ IN TXT \"81.2.69.162\"\n")});
        const SourceResult result = detect(QStringLiteral("google"), server, AddressFamily::IPv4);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.observation.address, QHostAddress(QStringLiteral("81.2.69.162")));
    }

    void silentServerTimesOut()
    {
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        QElapsedTimer timer;
        timer.start();
        const SourceResult result = detectAt(QStringLiteral("opendns"), silent.localPort(), AddressFamily::IPv4, 500);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("no reply")), qPrintable(result.error));
        QVERIFY(timer.elapsed() < 2500);
    }

    void monitorRejectsReservedAndAgreesOverDns()
    {
        DnsTestServer good;
        startOrSkip(good,
                    {zone("myip.opendns.com", kOpenDnsGood),
                     zone("whoami.cloudflare", "@ CH TXT \"81.2.69.160\"\n", "CH"),
                     zone("o-o.myaddr.l.google.com", "@ IN TXT \"240.0.0.1\"\n")});
        AddressMonitor monitor({config(QStringLiteral("opendns"), good.port()),
                                config(QStringLiteral("cloudflare"), good.port()),
                                config(QStringLiteral("google"), good.port())},
                               2, nullptr, &m_clock);
        std::optional<Detection> detection;
        monitor.detect({AddressFamily::IPv4}, this, [&](const Detection &d) { detection = d; });
        QTRY_VERIFY_WITH_TIMEOUT(detection.has_value(), 10000);
        const FamilyDetection *v4 = detection->family(AddressFamily::IPv4);
        QVERIFY(v4->ok);
        QCOMPARE(v4->address, QHostAddress(QStringLiteral("81.2.69.160")));
        QCOMPARE(v4->agreeingSources.size(), 2);
        QCOMPARE(v4->failures.size(), 1);
        QVERIFY2(v4->failures.first().startsWith(QStringLiteral("google-test: 240.0.0.1 is a reserved")),
                 qPrintable(v4->failures.first()));
    }
};

QTEST_GUILESS_MAIN(TestDnsEcho)
#include "tst_dnsecho.moc"
