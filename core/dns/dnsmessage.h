#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace Homing {

// The few DNS numbers Homing uses by name (RFC 1035, 3596, 2136).
namespace DnsType {
constexpr quint16 A = 1;
constexpr quint16 NS = 2;
constexpr quint16 CNAME = 5;
constexpr quint16 SOA = 6;
constexpr quint16 TXT = 16;
constexpr quint16 AAAA = 28;
constexpr quint16 ANY = 255;
} // namespace DnsType

namespace DnsClass {
constexpr quint16 IN = 1;
constexpr quint16 CH = 3;
} // namespace DnsClass

namespace DnsRcode {
constexpr int NoError = 0;
constexpr int FormErr = 1;
constexpr int ServFail = 2;
constexpr int NxDomain = 3;
constexpr int NotImp = 4;
constexpr int Refused = 5;
} // namespace DnsRcode

struct DnsQuestion
{
    QString name; // absolute or relative; compared without the trailing dot, case-insensitively
    quint16 type = DnsType::A;
    quint16 klass = DnsClass::IN;

    bool matches(const DnsQuestion &other) const;
    QString toString() const; // "myip.opendns.com. IN A"
};

struct DnsRecord
{
    QString name; // as text, with the trailing dot
    quint16 type = 0;
    quint16 klass = 0;
    quint32 ttl = 0;
    QList<QByteArray> fields; // raw rdata fields; for TXT the character-strings without length bytes

    // A or AAAA rdata as an address; null for other types.
    QHostAddress address() const;
    // TXT: the character-strings joined (RFC 7208 §3.3); empty for other types.
    QByteArray joinedText() const;
    // NS or CNAME rdata as a name with the trailing dot, lower case; empty for other types.
    QString targetName() const;
};

// A parsed DNS message (built and parsed with ldns).
struct DnsMessage
{
    quint16 id = 0;
    bool response = false;
    bool authoritative = false;
    bool truncated = false;
    bool recursionAvailable = false;
    int rcode = 0;
    QList<DnsQuestion> questions;
    QList<DnsRecord> answers;
    QList<DnsRecord> authority;
    QList<DnsRecord> additional;

    // Records in the answer section that answer this question (owner, type and class match).
    QList<DnsRecord> answersFor(const DnsQuestion &question) const;

    static std::optional<DnsMessage> fromWire(const QByteArray &wire, QString *error);
    // A query in wire format; ednsUdpSize 0 sends no OPT record.
    static QByteArray buildQuery(quint16 id, const DnsQuestion &question, bool recursionDesired, int ednsUdpSize,
                                 QString *error);
    static QString rcodeName(int rcode);
    static QString typeName(quint16 type);
};

} // namespace Homing
