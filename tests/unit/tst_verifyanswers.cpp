// How one authoritative server's reply counts for verification (VerifyJob::classify), and the
// small name helpers verification relies on. The end-to-end cases run against real BIND in
// tests/integration/tst_verify.cpp.
#include "dns/dnsmessage.h"
#include "verify/verifier.h"
#include "verify/verifyjob.h"
#include "verify/zonefinder.h"

#include <QTest>

using namespace Homing;

Q_DECLARE_METATYPE(Homing::DnsResult)

namespace {

const QString kName = QStringLiteral("home.example.net");

DnsRecord aRecord(const QString &owner, const QByteArray &rdata)
{
    DnsRecord record;
    record.name = owner;
    record.type = DnsType::A;
    record.klass = DnsClass::IN;
    record.ttl = 60;
    record.fields = {rdata};
    return record;
}

DnsResult reply(bool authoritative, int rcode, const QList<DnsRecord> &answers, const QList<DnsRecord> &authority = {})
{
    DnsResult result;
    result.reply.response = true;
    result.reply.authoritative = authoritative;
    result.reply.rcode = rcode;
    result.reply.questions = {DnsQuestion {kName, DnsType::A, DnsClass::IN}};
    result.reply.answers = answers;
    result.reply.authority = authority;
    return result;
}

const QHostAddress kExpected(QStringLiteral("192.0.2.1"));
const QByteArray kExpectedWire("\xc0\x00\x02\x01", 4);
const QByteArray kOtherWire("\xc0\x00\x02\x63", 4); // 192.0.2.99

} // namespace

class TestVerifyAnswers : public QObject
{
    Q_OBJECT

private slots:
    void classify_data()
    {
        QTest::addColumn<DnsResult>("result");
        QTest::addColumn<int>("answer");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QString>("detail");

        DnsResult timeout;
        timeout.error = DnsResult::Error::Timeout;
        timeout.errorText = QStringLiteral("no reply from 192.0.2.53 port 53 within 3000 ms");
        QTest::newRow("timeout") << timeout << int(ServerCheck::Answer::Unreachable) << QStringList()
                                 << timeout.errorText;
        QTest::newRow("match") << reply(true, DnsRcode::NoError, {aRecord(kName + QLatin1Char('.'), kExpectedWire)})
                               << int(ServerCheck::Answer::Match) << QStringList {QStringLiteral("192.0.2.1")}
                               << QString();
        // Owner names compare without case (0x20 or servers that do not echo case).
        QTest::newRow("match-case") << reply(true, DnsRcode::NoError,
                                             {aRecord(QStringLiteral("HOME.Example.NET."), kExpectedWire)})
                                    << int(ServerCheck::Answer::Match) << QStringList {QStringLiteral("192.0.2.1")}
                                    << QString();
        QTest::newRow("other") << reply(true, DnsRcode::NoError, {aRecord(kName, kOtherWire)})
                               << int(ServerCheck::Answer::Other) << QStringList {QStringLiteral("192.0.2.99")}
                               << QString();
        QTest::newRow("published-and-another")
            << reply(true, DnsRcode::NoError, {aRecord(kName, kExpectedWire), aRecord(kName, kOtherWire)})
            << int(ServerCheck::Answer::Other)
            << QStringList {QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.99")} << QString();
        QTest::newRow("nodata") << reply(true, DnsRcode::NoError, {}) << int(ServerCheck::Answer::NoRecord)
                                << QStringList() << QString();
        QTest::newRow("nxdomain") << reply(true, DnsRcode::NxDomain, {}) << int(ServerCheck::Answer::NoRecord)
                                  << QStringList() << QString();
        // An A record for another owner (e.g. a CNAME's target) is not an answer for the name.
        QTest::newRow("other-owner") << reply(true, DnsRcode::NoError,
                                              {aRecord(QStringLiteral("elsewhere.example.net."), kExpectedWire)})
                                     << int(ServerCheck::Answer::NoRecord) << QStringList() << QString();
        QTest::newRow("refused") << reply(false, DnsRcode::Refused, {}) << int(ServerCheck::Answer::Lame)
                                 << QStringList() << QStringLiteral("REFUSED");
        QTest::newRow("servfail") << reply(true, DnsRcode::ServFail, {}) << int(ServerCheck::Answer::Lame)
                                  << QStringList() << QStringLiteral("SERVFAIL");
        DnsRecord ns;
        ns.name = QStringLiteral("example.net.");
        ns.type = DnsType::NS;
        ns.klass = DnsClass::IN;
        ns.fields = {QByteArray("\x03ns1\x07"
                                "example\x03net\x00",
                                17)};
        QTest::newRow("referral") << reply(false, DnsRcode::NoError, {}, {ns}) << int(ServerCheck::Answer::Lame)
                                  << QStringList() << QStringLiteral("a referral, not an answer");
        // Without the AA bit even the right address proves nothing (a cache, not the zone).
        QTest::newRow("no-aa") << reply(false, DnsRcode::NoError, {aRecord(kName, kExpectedWire)})
                               << int(ServerCheck::Answer::Lame) << QStringList()
                               << QStringLiteral("not authoritative (no AA bit)");
    }

    void classify()
    {
        QFETCH(DnsResult, result);
        QFETCH(int, answer);
        QFETCH(QStringList, addresses);
        QFETCH(QString, detail);
        const ServerCheck check = VerifyJob::classify(result, kName, DnsType::A, kExpected);
        QCOMPARE(serverAnswerName(check.answer), serverAnswerName(ServerCheck::Answer(answer)));
        QCOMPARE(check.addresses, addresses);
        if (!detail.isEmpty())
            QCOMPARE(check.detail, detail);
    }

    void tcpIsReported()
    {
        DnsResult result = reply(true, DnsRcode::NoError, {aRecord(kName, kExpectedWire)});
        result.viaTcp = true;
        QVERIFY(VerifyJob::classify(result, kName, DnsType::A, kExpected).viaTcp);
    }

    void nameServerTargets()
    {
        DnsRecord ns;
        ns.type = DnsType::NS;
        ns.fields = {QByteArray("\x03NS1\x04good\x04test\x00", 15)};
        QCOMPARE(ns.targetName(), QStringLiteral("ns1.good.test."));
        ns.fields = {QByteArray("\x05ns1", 4)}; // a label longer than the data
        QCOMPARE(ns.targetName(), QString());
        ns.type = DnsType::A;
        QCOMPARE(ns.targetName(), QString());
    }

    void namesWithinZones()
    {
        QVERIFY(ZoneFinder::isWithin(QStringLiteral("home.example.net."), QStringLiteral("example.net.")));
        QVERIFY(ZoneFinder::isWithin(QStringLiteral("example.net."), QStringLiteral("example.net.")));
        QVERIFY(ZoneFinder::isWithin(QStringLiteral("example.net."), QStringLiteral(".")));
        QVERIFY(!ZoneFinder::isWithin(QStringLiteral("badexample.net."), QStringLiteral("example.net.")));
        QCOMPARE(ZoneFinder::normalized(QStringLiteral("Home.Example.NET")), QStringLiteral("home.example.net."));
    }

    void reservedNamesAreNeverLookedUpAtTheRoot()
    {
        QVERIFY(Verifier::isReservedName(QStringLiteral("home.example.org")));
        QVERIFY(Verifier::isReservedName(QStringLiteral("nas.test")));
        QVERIFY(Verifier::isReservedName(QStringLiteral("printer.local.")));
        QVERIFY(!Verifier::isReservedName(QStringLiteral("me.duckdns.org")));
        QVERIFY(!Verifier::isReservedName(QStringLiteral("notexample.org")));
    }
};

QTEST_GUILESS_MAIN(TestVerifyAnswers)
#include "tst_verifyanswers.moc"
