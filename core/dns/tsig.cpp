#include "tsig.h"

#include "dnsupdate.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace Homing {

namespace {

// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct TsigText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Tsig)
};

struct Algorithm
{
    const char *name;
    const char *wire;
    QCryptographicHash::Algorithm hash;
};

constexpr Algorithm kAlgorithms[] = {
    {"hmac-sha256", "hmac-sha256", QCryptographicHash::Sha256},
    {"hmac-sha512", "hmac-sha512", QCryptographicHash::Sha512},
    {"hmac-sha384", "hmac-sha384", QCryptographicHash::Sha384},
    {"hmac-sha224", "hmac-sha224", QCryptographicHash::Sha224},
    {"hmac-sha1", "hmac-sha1", QCryptographicHash::Sha1},
    {"hmac-md5", "hmac-md5.sig-alg.reg.int", QCryptographicHash::Md5},
};

const Algorithm *findAlgorithm(const QString &name)
{
    QString key = name.trimmed().toLower();
    if (key.endsWith(QLatin1Char('.')))
        key.chop(1);
    for (const Algorithm &algorithm : kAlgorithms) {
        if (key == QLatin1String(algorithm.name) || key == QLatin1String(algorithm.wire))
            return &algorithm;
    }
    return nullptr;
}

void appendTsigU16(QByteArray *out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out->append(bytes, 2);
}

void appendU48(QByteArray *out, quint64 value)
{
    for (int shift = 40; shift >= 0; shift -= 8)
        out->append(static_cast<char>((value >> shift) & 0xff));
}

// The TSIG variables of RFC 8945 §4.3.3 (no MAC, no original id).
QByteArray variables(const QByteArray &keyName, const QByteArray &algorithm, quint64 timeSigned, quint16 fudge,
                     quint16 error, const QByteArray &otherData)
{
    QByteArray out = keyName;
    appendTsigU16(&out, Tsig::kClassAny);
    out.append(4, '\0'); // TTL 0
    out += algorithm;
    appendU48(&out, timeSigned);
    appendTsigU16(&out, fudge);
    appendTsigU16(&out, error);
    appendTsigU16(&out, static_cast<quint16>(otherData.size()));
    out += otherData;
    return out;
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

std::optional<quint64> TsigRecord::serverTime() const
{
    if (otherData.size() != 6)
        return std::nullopt;
    quint64 value = 0;
    for (char byte : otherData)
        value = value << 8 | static_cast<unsigned char>(byte);
    return value;
}

QStringList Tsig::algorithms()
{
    QStringList names;
    for (const Algorithm &algorithm : kAlgorithms)
        names.append(QLatin1String(algorithm.name));
    return names;
}

QString Tsig::normalizedAlgorithm(const QString &name)
{
    const Algorithm *algorithm = findAlgorithm(name);
    return algorithm ? QLatin1String(algorithm->name) : QString();
}

QString Tsig::wireAlgorithm(const QString &name)
{
    const Algorithm *algorithm = findAlgorithm(name);
    return algorithm ? QLatin1String(algorithm->wire) : QString();
}

std::optional<QCryptographicHash::Algorithm> Tsig::hashOf(const QString &name)
{
    const Algorithm *algorithm = findAlgorithm(name);
    if (!algorithm)
        return std::nullopt;
    return algorithm->hash;
}

QByteArray Tsig::canonicalName(const QString &name)
{
    QString text = name.toLower();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    QByteArray out;
    if (!text.isEmpty()) {
        for (const QString &label : text.split(QLatin1Char('.'))) {
            const QByteArray bytes = label.toLatin1();
            if (bytes.isEmpty() || bytes.size() > 63 || label.toLatin1() != label.toUtf8())
                return {};
            out.append(static_cast<char>(bytes.size()));
            out += bytes;
        }
    }
    out.append('\0');
    return out.size() > 255 ? QByteArray() : out;
}

QString Tsig::errorName(quint16 error)
{
    switch (error) {
    case 0:
        return QStringLiteral("NOERROR");
    case kBadSig:
        return QStringLiteral("BADSIG");
    case kBadKey:
        return QStringLiteral("BADKEY");
    case kBadTime:
        return QStringLiteral("BADTIME");
    case kBadTrunc:
        return QStringLiteral("BADTRUNC");
    default:
        return QStringLiteral("TSIG error %1").arg(error);
    }
}

QByteArray Tsig::sign(QByteArray *message, const TsigKey &key, quint64 now, quint16 fudge)
{
    const Algorithm *algorithm = findAlgorithm(key.algorithm);
    const QByteArray keyName = canonicalName(key.name);
    const QByteArray algorithmName = canonicalName(QLatin1String(algorithm ? algorithm->wire : ""));
    if (!algorithm || keyName.isEmpty() || message->size() < 12)
        return {};
    const QByteArray mac = QMessageAuthenticationCode::hash(
        *message + variables(keyName, algorithmName, now, fudge, 0, {}), key.secret, algorithm->hash);

    QByteArray rdata = algorithmName;
    appendU48(&rdata, now);
    appendTsigU16(&rdata, fudge);
    appendTsigU16(&rdata, static_cast<quint16>(mac.size()));
    rdata += mac;
    rdata += message->left(2); // original id
    appendTsigU16(&rdata, 0); // error
    appendTsigU16(&rdata, 0); // other len

    QByteArray record = keyName;
    appendTsigU16(&record, kType);
    appendTsigU16(&record, kClassAny);
    record.append(4, '\0');
    appendTsigU16(&record, static_cast<quint16>(rdata.size()));
    record += rdata;

    const quint16 additional = qFromBigEndian<quint16>(message->constData() + 10);
    char count[2];
    qToBigEndian(static_cast<quint16>(additional + 1), count);
    message->replace(10, 2, QByteArray(count, 2));
    message->append(record);
    return mac;
}

QString Tsig::verify(const QByteArray &body, const TsigRecord &tsig, const TsigKey &key, const QByteArray &requestMac,
                     quint64 now)
{
    const Algorithm *algorithm = findAlgorithm(key.algorithm);
    if (!algorithm)
        return TsigText::tr("the key's algorithm %1 is unknown").arg(key.algorithm);
    QString keyName = key.name.toLower();
    if (keyName.endsWith(QLatin1Char('.')))
        keyName.chop(1);
    if (tsig.keyName != keyName)
        return TsigText::tr("the reply is signed with another key (%1)").arg(tsig.keyName);
    if (findAlgorithm(tsig.algorithm) != algorithm)
        return TsigText::tr("the reply is signed with another algorithm (%1)").arg(tsig.algorithm);
    if (tsig.mac.isEmpty())
        return TsigText::tr("the reply carries no signature");
    QByteArray input;
    appendTsigU16(&input, static_cast<quint16>(requestMac.size()));
    input += requestMac;
    input += body;
    input += variables(canonicalName(keyName), canonicalName(QLatin1String(algorithm->wire)), tsig.timeSigned,
                       tsig.fudge, tsig.error, tsig.otherData);
    const QByteArray expected = QMessageAuthenticationCode::hash(input, key.secret, algorithm->hash);
    if (!sameBytes(expected, tsig.mac))
        return TsigText::tr("the reply's signature does not match the key");
    if (tsig.error != kBadTime) {
        const quint64 skew = now > tsig.timeSigned ? now - tsig.timeSigned : tsig.timeSigned - now;
        if (skew > tsig.fudge)
            return TsigText::tr("the reply was signed %1 s away from this computer's time").arg(skew);
    }
    return {};
}

} // namespace Homing
