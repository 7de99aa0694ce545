#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Homing {

// A TSIG key (RFC 8945) as the name server knows it: its name, its algorithm and the secret
// (the raw bytes, not base64).
struct TsigKey
{
    QString name; // e.g. "ddns-key", without or with the trailing dot
    QString algorithm = QStringLiteral("hmac-sha256"); // see Tsig::algorithms()
    QByteArray secret;
};

// The TSIG record of a message, as parsed from the wire.
struct TsigRecord
{
    QString keyName; // lower case, no trailing dot
    QString algorithm; // lower case, no trailing dot, e.g. "hmac-sha256" or "hmac-md5.sig-alg.reg.int"
    quint64 timeSigned = 0; // Unix seconds
    quint16 fudge = 0;
    QByteArray mac;
    quint16 originalId = 0;
    quint16 error = 0;
    QByteArray otherData;

    // With BADTIME, BIND and Knot put their own time (48-bit Unix seconds) in Other Data.
    std::optional<quint64> serverTime() const;
};

// TSIG signing and verification, done with Qt's HMAC so that every algorithm the servers speak
// works (libldns 1.8.3 cannot do hmac-sha224 and hmac-sha384).
namespace Tsig {

inline constexpr quint16 kType = 250;
inline constexpr quint16 kClassAny = 255;
inline constexpr quint16 kDefaultFudge = 300;
// TSIG errors (RFC 8945 §5.3.2); carried with RCODE NOTAUTH.
inline constexpr quint16 kBadSig = 16;
inline constexpr quint16 kBadKey = 17;
inline constexpr quint16 kBadTime = 18;
inline constexpr quint16 kBadTrunc = 22;

// The names Homing offers, hmac-sha256 first (the default).
QStringList algorithms();
// "hmac-sha256" for "HMAC-SHA256." and the like; "hmac-md5" for the legacy
// "hmac-md5.sig-alg.reg.int"; empty for an algorithm Homing does not know.
QString normalizedAlgorithm(const QString &name);
// The name as it goes on the wire (the legacy long form for hmac-md5).
QString wireAlgorithm(const QString &name);
std::optional<QCryptographicHash::Algorithm> hashOf(const QString &name);

// Signs message (a whole DNS message without TSIG) at time now: appends the TSIG record and
// counts it in ARCOUNT. Returns the MAC (needed to verify the reply), empty if the key's algorithm
// is unknown or the message is too short.
QByteArray sign(QByteArray *message, const TsigKey &key, quint64 now, quint16 fudge = kDefaultFudge);

// Checks the TSIG of a reply to a request whose MAC was requestMac. body is the reply without its
// TSIG record and with ARCOUNT not counting it (DnsUpdateReply gives both). Checks key name,
// algorithm, MAC and, unless the reply reports BADTIME, that the reply was signed within fudge of
// now. Returns an empty string when the reply is genuine, else why not, in words for a person.
QString verify(const QByteArray &body, const TsigRecord &tsig, const TsigKey &key, const QByteArray &requestMac,
               quint64 now);

// A domain name in uncompressed wire form, lower case (the canonical form TSIG uses); empty for a
// name that cannot be encoded.
QByteArray canonicalName(const QString &name);
QString errorName(quint16 error);

} // namespace Tsig

} // namespace Homing
