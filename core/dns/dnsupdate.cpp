#include "dnsupdate.h"

#include "dnsmessage.h"

#include <QCoreApplication>
#include <QtEndian>

namespace Homing {

namespace {

// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct DnsUpdateText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::DnsUpdate)
};

constexpr quint16 kClassNone = 254;
constexpr quint16 kClassAny = 255;

void appendU16(QByteArray *out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out->append(bytes, 2);
}

void appendRecord(QByteArray *out, const QByteArray &owner, quint16 type, quint16 klass, quint32 ttl,
                  const QByteArray &rdata)
{
    *out += owner;
    appendU16(out, type);
    appendU16(out, klass);
    char bytes[4];
    qToBigEndian(ttl, bytes);
    out->append(bytes, 4);
    appendU16(out, static_cast<quint16>(rdata.size()));
    *out += rdata;
}

QByteArray addressBytes(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        QByteArray out(4, Qt::Uninitialized);
        qToBigEndian(address.toIPv4Address(), out.data());
        return out;
    }
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(bytes.c), 16);
}

// Reads the 16-bit value at offset, or fails.
bool readU16(const QByteArray &wire, qsizetype offset, quint16 *value)
{
    if (offset < 0 || offset + 2 > wire.size())
        return false;
    *value = qFromBigEndian<quint16>(wire.constData() + offset);
    return true;
}

// Reads the (possibly compressed) name at *offset into text, moves *offset past it.
bool readName(const QByteArray &wire, qsizetype *offset, QString *text)
{
    qsizetype position = *offset;
    bool jumped = false;
    int jumps = 0;
    QStringList labels;
    qsizetype length = 0;
    while (true) {
        if (position >= wire.size())
            return false;
        const auto byte = static_cast<unsigned char>(wire.at(position));
        if ((byte & 0xc0) == 0xc0) {
            if (position + 2 > wire.size() || ++jumps > 64)
                return false;
            if (!jumped)
                *offset = position + 2;
            jumped = true;
            position = qFromBigEndian<quint16>(wire.constData() + position) & 0x3fff;
            continue;
        }
        if (byte & 0xc0)
            return false; // extended label types are not used
        if (byte == 0) {
            if (!jumped)
                *offset = position + 1;
            break;
        }
        if (position + 1 + byte > wire.size())
            return false;
        length += byte + 1;
        if (length > 255)
            return false;
        labels.append(QString::fromLatin1(wire.constData() + position + 1, byte).toLower());
        position += 1 + byte;
    }
    *text = labels.join(QLatin1Char('.'));
    return true;
}

} // namespace

QByteArray DnsUpdate::toWire(QString *error) const
{
    const QByteArray zoneName = Tsig::canonicalName(zone);
    const QByteArray owner = Tsig::canonicalName(name);
    if (zoneName.isEmpty() || owner.isEmpty()) {
        *error = DnsUpdateText::tr("\"%1\" or \"%2\" is not a DNS name Homing can send").arg(name, zone);
        return {};
    }
    if (address && (address->protocol() == QAbstractSocket::IPv4Protocol) != (type == DnsType::A)) {
        *error = DnsUpdateText::tr("the address %1 does not fit a %2 record")
                     .arg(address->toString(), DnsMessage::typeName(type));
        return {};
    }
    QByteArray out;
    appendU16(&out, id);
    appendU16(&out, 5 << 11); // opcode UPDATE, no flags
    appendU16(&out, 1); // ZOCOUNT
    appendU16(&out, prerequisite == UpdatePrerequisite::None ? 0 : 1); // PRCOUNT
    appendU16(&out, address ? 2 : 1); // UPCOUNT
    appendU16(&out, 0); // ADCOUNT
    out += zoneName;
    appendU16(&out, DnsType::SOA);
    appendU16(&out, DnsClass::IN);
    if (prerequisite == UpdatePrerequisite::RecordExists)
        appendRecord(&out, owner, type, kClassAny, 0, {});
    else if (prerequisite == UpdatePrerequisite::NameExists)
        appendRecord(&out, owner, DnsType::ANY, kClassAny, 0, {});
    appendRecord(&out, owner, type, kClassAny, 0, {}); // delete the RRset
    if (address)
        appendRecord(&out, owner, type, DnsClass::IN, ttl, addressBytes(*address));
    if (out.size() > 65535) {
        *error = DnsUpdateText::tr("the update is too large");
        return {};
    }
    return out;
}

std::optional<DnsUpdateReply> DnsUpdateReply::parse(const QByteArray &wire, QString *error)
{
    const auto malformed = [error](const QString &why) {
        *error = DnsUpdateText::tr("malformed DNS reply: %1").arg(why);
        return std::nullopt;
    };
    if (wire.size() < 12)
        return malformed(
            DnsUpdateText::tr("%n byte(s), shorter than a header", nullptr, static_cast<int>(wire.size())));
    DnsUpdateReply reply;
    const quint16 flags = qFromBigEndian<quint16>(wire.constData() + 2);
    reply.id = qFromBigEndian<quint16>(wire.constData());
    reply.response = flags & 0x8000;
    reply.opcode = (flags >> 11) & 0xf;
    reply.truncated = flags & 0x0200;
    reply.rcode = flags & 0xf;
    quint16 counts[4];
    for (int i = 0; i < 4; ++i)
        counts[i] = qFromBigEndian<quint16>(wire.constData() + 4 + 2 * i);
    reply.zoneCount = counts[0];

    qsizetype offset = 12;
    QString name;
    for (int i = 0; i < counts[0]; ++i) {
        if (!readName(wire, &offset, &name) || offset + 4 > wire.size())
            return malformed(DnsUpdateText::tr("the zone section is cut short"));
        offset += 4;
    }
    const int records = counts[1] + counts[2] + counts[3];
    qsizetype lastStart = -1;
    quint16 lastType = 0;
    for (int i = 0; i < records; ++i) {
        const qsizetype start = offset;
        quint16 type = 0;
        quint16 rdlength = 0;
        if (!readName(wire, &offset, &name) || !readU16(wire, offset, &type) || !readU16(wire, offset + 8, &rdlength)
            || offset + 10 + rdlength > wire.size())
            return malformed(DnsUpdateText::tr("record %1 is cut short").arg(i + 1));
        if (type == Tsig::kType && i != records - 1)
            return malformed(DnsUpdateText::tr("a TSIG record that is not the last record"));
        offset += 10 + rdlength;
        lastStart = start;
        lastType = type;
    }
    if (offset != wire.size())
        return malformed(
            DnsUpdateText::tr("%n byte(s) after the last record", nullptr, static_cast<int>(wire.size() - offset)));

    if (lastType != Tsig::kType || counts[3] == 0) {
        reply.unsignedBody = wire;
        return reply;
    }
    TsigRecord tsig;
    qsizetype position = lastStart;
    quint16 klass = 0;
    if (!readName(wire, &position, &tsig.keyName) || !readU16(wire, position + 2, &klass) || klass != Tsig::kClassAny)
        return malformed(DnsUpdateText::tr("a TSIG record of the wrong class"));
    position += 10;
    quint16 macSize = 0;
    quint16 otherSize = 0;
    if (!readName(wire, &position, &tsig.algorithm) || position + 10 > offset)
        return malformed(DnsUpdateText::tr("a TSIG record that is cut short"));
    for (int i = 0; i < 6; ++i)
        tsig.timeSigned = tsig.timeSigned << 8 | static_cast<unsigned char>(wire.at(position + i));
    position += 6;
    readU16(wire, position, &tsig.fudge);
    readU16(wire, position + 2, &macSize);
    position += 4;
    if (position + macSize + 6 > offset)
        return malformed(DnsUpdateText::tr("a TSIG record that is cut short"));
    tsig.mac = wire.mid(position, macSize);
    position += macSize;
    readU16(wire, position, &tsig.originalId);
    readU16(wire, position + 2, &tsig.error);
    readU16(wire, position + 4, &otherSize);
    position += 6;
    if (position + otherSize != offset)
        return malformed(DnsUpdateText::tr("a TSIG record whose lengths do not add up"));
    tsig.otherData = wire.mid(position, otherSize);

    reply.unsignedBody = wire.left(lastStart);
    char bytes[2];
    qToBigEndian(static_cast<quint16>(counts[3] - 1), bytes);
    reply.unsignedBody.replace(10, 2, QByteArray(bytes, 2));
    qToBigEndian(tsig.originalId, bytes);
    reply.unsignedBody.replace(0, 2, QByteArray(bytes, 2));
    reply.tsig = tsig;
    return reply;
}

} // namespace Homing
