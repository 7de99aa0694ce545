// TSIG signing and the strict reader of UPDATE replies, without a server: a request signed by
// Homing verifies with an independent HMAC; a reply signed the server's way verifies, and any
// change to it does not; malformed replies are refused; key blocks from each tool are read.
#include "dns/dnsupdate.h"
#include "dns/tsig.h"
#include "providers/rfc2136reply.h"
#include "providers/tsigkeyblock.h"

#include <QMessageAuthenticationCode>
#include <QTest>
#include <QtEndian>

using namespace Homing;

namespace {

QByteArray u16(quint16 value)
{
    QByteArray out(2, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QByteArray u48(quint64 value)
{
    QByteArray out;
    for (int shift = 40; shift >= 0; shift -= 8)
        out.append(static_cast<char>((value >> shift) & 0xff));
    return out;
}

// A reply as a server builds it (RFC 8945 §4.3.3), written out here independently of Tsig::sign.
QByteArray signedReply(const QByteArray &body, const TsigKey &key, const QByteArray &requestMac, quint64 time,
                       quint16 error = 0, const QByteArray &other = {})
{
    const QByteArray name = Tsig::canonicalName(key.name);
    const QByteArray algorithm = Tsig::canonicalName(Tsig::wireAlgorithm(key.algorithm));
    const QByteArray variables = name + u16(255) + QByteArray(4, '\0') + algorithm + u48(time) + u16(300) + u16(error)
        + u16(static_cast<quint16>(other.size())) + other;
    const QByteArray mac
        = QMessageAuthenticationCode::hash(u16(static_cast<quint16>(requestMac.size())) + requestMac + body + variables,
                                           key.secret, *Tsig::hashOf(key.algorithm));
    const QByteArray rdata = algorithm + u48(time) + u16(300) + u16(static_cast<quint16>(mac.size())) + mac
        + body.left(2) + u16(error) + u16(static_cast<quint16>(other.size())) + other;
    QByteArray reply = body;
    reply.replace(10, 2, u16(qFromBigEndian<quint16>(body.constData() + 10) + 1));
    return reply + name + u16(250) + u16(255) + QByteArray(4, '\0') + u16(static_cast<quint16>(rdata.size())) + rdata;
}

QByteArray replyBody(quint16 id, int rcode)
{
    // header (QR, opcode UPDATE), one zone entry example.test SOA IN
    return u16(id) + u16(static_cast<quint16>(0x8000 | 5 << 11 | rcode)) + u16(1) + u16(0) + u16(0) + u16(0)
        + Tsig::canonicalName(QStringLiteral("example.test")) + u16(6) + u16(1);
}

} // namespace

class TestTsig : public QObject
{
    Q_OBJECT

private slots:
    void requestMacIsTheStandardOne_data()
    {
        QTest::addColumn<QString>("algorithm");
        for (const QString &algorithm : Tsig::algorithms())
            QTest::newRow(qPrintable(algorithm)) << algorithm;
    }
    void requestMacIsTheStandardOne()
    {
        QFETCH(QString, algorithm);
        const TsigKey key {QStringLiteral("Key.Example."), algorithm, QByteArrayLiteral("0123456789abcdef")};
        DnsUpdate update;
        update.id = 0x1234;
        update.zone = QStringLiteral("example.test");
        update.name = QStringLiteral("home.example.test");
        update.address = QHostAddress(QStringLiteral("192.0.2.1"));
        QString error;
        const QByteArray unsignedMessage = update.toWire(&error);
        QByteArray message = unsignedMessage;
        const QByteArray mac = Tsig::sign(&message, key, 1700000000);
        QVERIFY(!mac.isEmpty());
        QCOMPARE(qFromBigEndian<quint16>(message.constData() + 10), quint16(1)); // ARCOUNT counts the TSIG
        const QByteArray variables = Tsig::canonicalName(QStringLiteral("key.example")) + u16(255) + QByteArray(4, '\0')
            + Tsig::canonicalName(Tsig::wireAlgorithm(algorithm)) + u48(1700000000) + u16(300) + u16(0) + u16(0);
        QCOMPARE(mac,
                 QMessageAuthenticationCode::hash(unsignedMessage + variables, key.secret, *Tsig::hashOf(algorithm)));
        QVERIFY(message.contains(mac));
        QCOMPARE(Tsig::wireAlgorithm(QStringLiteral("HMAC-MD5.")), QStringLiteral("hmac-md5.sig-alg.reg.int"));
    }

    void updateLayout()
    {
        DnsUpdate update;
        update.zone = QStringLiteral("example.test");
        update.name = QStringLiteral("h.example.test");
        update.type = 28;
        update.address = QHostAddress(QStringLiteral("2001:db8::1"));
        update.ttl = 77;
        update.prerequisite = UpdatePrerequisite::RecordExists;
        QString error;
        const QByteArray wire = update.toWire(&error);
        QCOMPARE(wire.mid(2, 10), u16(5 << 11) + u16(1) + u16(1) + u16(2) + u16(0));
        const QByteArray owner = Tsig::canonicalName(update.name);
        // prerequisite and delete: CLASS ANY, TTL 0, RDLENGTH 0; add: CLASS IN, TTL 77, 16 bytes
        QCOMPARE(wire.count(QByteArray(owner + u16(28) + u16(255) + QByteArray(4, '\0') + u16(0))), 2);
        QVERIFY(wire.endsWith(QByteArray(owner + u16(28) + u16(1) + QByteArray(2, '\0') + u16(77) + u16(16)
                                         + QByteArray::fromHex("20010db8000000000000000000000001"))));
        update.address = QHostAddress(QStringLiteral("192.0.2.1")); // an IPv4 address in an AAAA update
        QVERIFY(update.toWire(&error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void replyVerification()
    {
        const TsigKey key {QStringLiteral("k"), QStringLiteral("hmac-sha384"), QByteArrayLiteral("secret-bytes")};
        const QByteArray requestMac(48, 'm');
        const QByteArray good = signedReply(replyBody(7, 0), key, requestMac, 1000);
        QString error;
        std::optional<DnsUpdateReply> reply = DnsUpdateReply::parse(good, &error);
        QVERIFY2(reply && reply->tsig, qPrintable(error));
        QCOMPARE(Tsig::verify(reply->unsignedBody, *reply->tsig, key, requestMac, 1100), QString());
        // another request MAC, another secret, a time outside the fudge, a flipped body byte
        QVERIFY(!Tsig::verify(reply->unsignedBody, *reply->tsig, key, QByteArray(48, 'x'), 1100).isEmpty());
        QVERIFY(!Tsig::verify(reply->unsignedBody, *reply->tsig, {key.name, key.algorithm, "other"}, requestMac, 1100)
                     .isEmpty());
        QVERIFY(
            Tsig::verify(reply->unsignedBody, *reply->tsig, key, requestMac, 1400).contains(QStringLiteral("400 s")));
        QByteArray changed = good;
        changed[3] = static_cast<char>(changed.at(3) ^ 0x02); // NOERROR -> NXDOMAIN
        reply = DnsUpdateReply::parse(changed, &error);
        QVERIFY(reply);
        QVERIFY(!Tsig::verify(reply->unsignedBody, *reply->tsig, key, requestMac, 1100).isEmpty());

        const Rfc2136Reply::Context context {QStringLiteral("h.example.test"),
                                             QStringLiteral("example.test"),
                                             QStringLiteral("A"),
                                             QStringLiteral("server"),
                                             key,
                                             requestMac,
                                             1100};
        QVERIFY(Rfc2136Reply::read(good, context).success);
        QVERIFY(!Rfc2136Reply::read(replyBody(7, 0), context).success); // unsigned NOERROR
        // BADTIME, signed, with the server's time in Other Data: the skew is named
        const Rfc2136Reply::Reading badTime
            = Rfc2136Reply::read(signedReply(replyBody(7, 9), key, requestMac, 1000, 18, u48(1000)),
                                 {context.name, context.zone, context.typeName, context.server, key, requestMac, 4600});
        QCOMPARE(badTime.outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY2(badTime.outcome.reason.contains(QStringLiteral("1 hour(s) ahead of")),
                 qPrintable(badTime.outcome.reason));
        QCOMPARE(Rfc2136Reply::describeSkew(-75), QStringLiteral("1 minute(s) 15 second(s) behind"));
    }

    void malformedRepliesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("wire");
        const QByteArray body = replyBody(1, 0);
        const TsigKey key {QStringLiteral("k"), QStringLiteral("hmac-sha256"), QByteArrayLiteral("s")};
        const QByteArray good = signedReply(body, key, {}, 1);
        QTest::newRow("short header") << body.left(11);
        QTest::newRow("zone cut") << body.left(body.size() - 1);
        QTest::newRow("trailing byte") << body + '\0';
        QTest::newRow("TSIG cut") << good.left(good.size() - 1);
        QTest::newRow("record count too high") << QByteArray(body).replace(6, 2, u16(3));
        QTest::newRow("name pointer loop")
            << u16(1) + u16(0x8000) + u16(1) + u16(0) + u16(0) + u16(0) + u16(0xc00c) + u16(6) + u16(1);
        QTest::newRow("TSIG not last") << QByteArray(good).replace(10, 2, u16(2))
                + Tsig::canonicalName(QStringLiteral("x")) + u16(1) + u16(1) + QByteArray(4, '\0') + u16(4)
                + QByteArray(4, '\1');
    }
    void malformedRepliesAreRefused()
    {
        QFETCH(QByteArray, wire);
        QString error;
        QVERIFY(!DnsUpdateReply::parse(wire, &error));
        QVERIFY(error.startsWith(QStringLiteral("malformed DNS reply")));
    }

    void keyBlocks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("algorithm");
        const QString secret = QStringLiteral("c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0");
        QTest::newRow("BIND")
            << QStringLiteral("key \"b-key\" {\n\talgorithm hmac-sha512;\n\tsecret \"%1\";\n};").arg(secret)
            << QStringLiteral("b-key") << QStringLiteral("hmac-sha512");
        QTest::newRow("Knot") << QStringLiteral("# hmac-sha1:k-key:%1\nkey:\n  - id: k-key\n    algorithm: hmac-sha1\n"
                                                "    secret: %1\n")
                                     .arg(secret)
                              << QStringLiteral("k-key") << QStringLiteral("hmac-sha1");
        QTest::newRow("PowerDNS") << QStringLiteral("Create new TSIG key p-key hmac-sha224 %1").arg(secret)
                                  << QStringLiteral("p-key") << QStringLiteral("hmac-sha224");
        QTest::newRow("nsupdate -y") << QStringLiteral("hmac-sha256:n-key:%1").arg(secret) << QStringLiteral("n-key")
                                     << QStringLiteral("hmac-sha256");
        QTest::newRow("nsupdate -y without algorithm: md5")
            << QStringLiteral("n-key:%1").arg(secret) << QStringLiteral("n-key") << QStringLiteral("hmac-md5");
    }
    void keyBlocks()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, algorithm);
        QString error;
        const std::optional<TsigKeyBlock> key = TsigKeyBlock::parse(text, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->name, name);
        QCOMPARE(key->algorithm, algorithm);
        QCOMPARE(key->secret, QStringLiteral("c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0"));
    }

    void keyBlockProblems()
    {
        QString error;
        QVERIFY(!TsigKeyBlock::parse(QStringLiteral("just words"), &error));
        QVERIFY(error.contains(QStringLiteral("No key found")));
        QVERIFY(
            !TsigKeyBlock::parse(QStringLiteral("key \"x\" { algorithm hmac-sha3-256; secret \"AAAA\"; };"), &error));
        QVERIFY(error.contains(QStringLiteral("hmac-sha3-256")));
        QVERIFY(!TsigKeyBlock::parse(QStringLiteral("key \"x\" { algorithm hmac-sha256; secret \"not base64!\"; };"),
                                     &error));
        QVERIFY(error.contains(QStringLiteral("base64")));
    }
};

QTEST_GUILESS_MAIN(TestTsig)
#include "tst_tsig.moc"
