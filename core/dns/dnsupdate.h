#pragma once

#include "tsig.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace Homing {

// What must hold before the server applies an update (RFC 2136 §2.4).
enum class UpdatePrerequisite
{
    None,
    RecordExists, // the name already has an RRset of the type being replaced
    NameExists // the name already has some record
};

// One atomic RFC 2136 UPDATE for one record type of one name: delete the name's RRset of that type
// and, when address is set, add the address with ttl. Without an address the RRset is only deleted
// (parking).
struct DnsUpdate
{
    quint16 id = 0;
    QString zone; // "example.org"
    QString name; // "home.example.org"
    quint16 type = 1; // A or AAAA
    std::optional<QHostAddress> address;
    quint32 ttl = 60;
    UpdatePrerequisite prerequisite = UpdatePrerequisite::None;

    // The message in wire form, unsigned; empty (and error set) if a name cannot be encoded.
    QByteArray toWire(QString *error) const;
};

// A reply to an UPDATE (or to any query), read straight from the wire: the header, and the TSIG
// record when the last additional record is one. Strict: any length that does not add up makes
// the whole reply malformed.
struct DnsUpdateReply
{
    quint16 id = 0;
    bool response = false;
    int opcode = 0;
    bool truncated = false;
    int rcode = 0;
    quint16 zoneCount = 0;
    std::optional<TsigRecord> tsig;
    QByteArray unsignedBody; // the reply without the TSIG record, ARCOUNT adjusted, original id

    static std::optional<DnsUpdateReply> parse(const QByteArray &wire, QString *error);
};

// RCODEs of RFC 2136 beyond those in DnsRcode.
namespace DnsUpdateRcode {
constexpr int YxDomain = 6;
constexpr int YxRrset = 7;
constexpr int NxRrset = 8;
constexpr int NotAuth = 9;
constexpr int NotZone = 10;
} // namespace DnsUpdateRcode

} // namespace Homing
