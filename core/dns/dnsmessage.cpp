#include "dnsmessage.h"

#include <QCoreApplication>

#include <ldns/ldns.h>

#include <cstdlib>
#include <memory>

namespace Homing {

namespace {

// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct DnsMessageText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::DnsMessage)
};

struct PacketDeleter
{
    void operator()(ldns_pkt *packet) const { ldns_pkt_free(packet); }
};
using PacketPtr = std::unique_ptr<ldns_pkt, PacketDeleter>;

// ldns returns malloc'ed strings; take one over as a QString.
QString takeString(char *text)
{
    if (!text)
        return {};
    const QString result = QString::fromLatin1(text);
    std::free(text);
    return result;
}

QString normalized(const QString &name)
{
    QString result = name.toLower();
    if (result.endsWith(QLatin1Char('.')))
        result.chop(1);
    return result;
}

QList<DnsRecord> recordsOf(const ldns_rr_list *list)
{
    QList<DnsRecord> records;
    if (!list)
        return records;
    for (size_t i = 0; i < ldns_rr_list_rr_count(list); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(list, i);
        DnsRecord record;
        record.name = takeString(ldns_rdf2str(ldns_rr_owner(rr)));
        record.type = static_cast<quint16>(ldns_rr_get_type(rr));
        record.klass = static_cast<quint16>(ldns_rr_get_class(rr));
        record.ttl = ldns_rr_ttl(rr);
        for (size_t f = 0; f < ldns_rr_rd_count(rr); ++f) {
            const ldns_rdf *rdf = ldns_rr_rdf(rr, f);
            const auto *data = reinterpret_cast<const char *>(ldns_rdf_data(rdf));
            const auto size = static_cast<qsizetype>(ldns_rdf_size(rdf));
            if (ldns_rdf_get_type(rdf) == LDNS_RDF_TYPE_STR && size >= 1)
                record.fields.append(QByteArray(data + 1, size - 1)); // drop the length byte
            else
                record.fields.append(QByteArray(data, size));
        }
        records.append(record);
    }
    return records;
}

} // namespace

bool DnsQuestion::matches(const DnsQuestion &other) const
{
    return type == other.type && klass == other.klass && normalized(name) == normalized(other.name);
}

QString DnsQuestion::toString() const
{
    const QString className = klass == DnsClass::CH ? QStringLiteral("CH")
        : klass == DnsClass::IN                     ? QStringLiteral("IN")
                                                    : QStringLiteral("CLASS%1").arg(klass);
    QString owner = name;
    if (!owner.endsWith(QLatin1Char('.')))
        owner += QLatin1Char('.');
    return owner + QLatin1Char(' ') + className + QLatin1Char(' ') + DnsMessage::typeName(type);
}

QHostAddress DnsRecord::address() const
{
    if (fields.size() != 1)
        return {};
    const QByteArray &data = fields.first();
    if (type == DnsType::A && data.size() == 4) {
        const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
        return QHostAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | bytes[3]);
    }
    if (type == DnsType::AAAA && data.size() == 16)
        return QHostAddress(reinterpret_cast<const quint8 *>(data.constData()));
    return {};
}

QByteArray DnsRecord::joinedText() const
{
    return type == DnsType::TXT ? fields.join() : QByteArray();
}

QString DnsRecord::targetName() const
{
    if ((type != DnsType::NS && type != DnsType::CNAME) || fields.size() != 1)
        return {};
    // The rdata is the name in wire format, uncompressed (ldns expands compression).
    const QByteArray &wire = fields.first();
    QString name;
    qsizetype at = 0;
    while (at < wire.size()) {
        const int length = static_cast<uchar>(wire.at(at));
        if (length == 0)
            return name.isEmpty() ? QStringLiteral(".") : name.toLower();
        if (length > 63 || at + 1 + length > wire.size())
            return {};
        name += QString::fromLatin1(wire.mid(at + 1, length)) + QLatin1Char('.');
        at += 1 + length;
    }
    return {};
}

QList<DnsRecord> DnsMessage::answersFor(const DnsQuestion &question) const
{
    QList<DnsRecord> result;
    for (const DnsRecord &record : answers) {
        if (record.type == question.type && record.klass == question.klass
            && normalized(record.name) == normalized(question.name))
            result.append(record);
    }
    return result;
}

std::optional<DnsMessage> DnsMessage::fromWire(const QByteArray &wire, QString *error)
{
    ldns_pkt *raw = nullptr;
    const ldns_status status
        = ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t *>(wire.constData()), static_cast<size_t>(wire.size()));
    PacketPtr packet(raw);
    if (status != LDNS_STATUS_OK || !packet) {
        *error = DnsMessageText::tr("malformed DNS message (%1)")
                     .arg(QString::fromLatin1(ldns_get_errorstr_by_id(status)));
        return std::nullopt;
    }
    DnsMessage message;
    message.id = ldns_pkt_id(packet.get());
    message.response = ldns_pkt_qr(packet.get());
    message.authoritative = ldns_pkt_aa(packet.get());
    message.truncated = ldns_pkt_tc(packet.get());
    message.recursionAvailable = ldns_pkt_ra(packet.get());
    message.rcode = ldns_pkt_get_rcode(packet.get());
    for (const DnsRecord &record : recordsOf(ldns_pkt_question(packet.get())))
        message.questions.append(DnsQuestion {record.name, record.type, record.klass});
    message.answers = recordsOf(ldns_pkt_answer(packet.get()));
    message.authority = recordsOf(ldns_pkt_authority(packet.get()));
    message.additional = recordsOf(ldns_pkt_additional(packet.get()));
    return message;
}

QByteArray DnsMessage::buildQuery(quint16 id, const DnsQuestion &question, bool recursionDesired, int ednsUdpSize,
                                  QString *error)
{
    ldns_rdf *name = ldns_dname_new_frm_str(question.name.toLatin1().constData());
    if (!name || question.name.isEmpty() || question.name.size() > 253) {
        if (name)
            ldns_rdf_deep_free(name);
        *error = DnsMessageText::tr("\"%1\" is not a valid DNS name").arg(question.name.left(80));
        return {};
    }
    // The packet takes ownership of the name.
    PacketPtr packet(ldns_pkt_query_new(name, static_cast<ldns_rr_type>(question.type),
                                        static_cast<ldns_rr_class>(question.klass), recursionDesired ? LDNS_RD : 0));
    if (!packet) {
        *error = DnsMessageText::tr("could not build a DNS query");
        return {};
    }
    ldns_pkt_set_id(packet.get(), id);
    if (ednsUdpSize > 0)
        ldns_pkt_set_edns_udp_size(packet.get(), static_cast<uint16_t>(ednsUdpSize));
    uint8_t *wire = nullptr;
    size_t size = 0;
    if (ldns_pkt2wire(&wire, packet.get(), &size) != LDNS_STATUS_OK || !wire) {
        *error = DnsMessageText::tr("could not encode a DNS query");
        return {};
    }
    QByteArray result(reinterpret_cast<const char *>(wire), static_cast<qsizetype>(size));
    std::free(wire);
    return result;
}

QString DnsMessage::rcodeName(int rcode)
{
    switch (rcode) {
    case DnsRcode::NoError:
        return QStringLiteral("NOERROR");
    case DnsRcode::FormErr:
        return QStringLiteral("FORMERR");
    case DnsRcode::ServFail:
        return QStringLiteral("SERVFAIL");
    case DnsRcode::NxDomain:
        return QStringLiteral("NXDOMAIN");
    case DnsRcode::NotImp:
        return QStringLiteral("NOTIMP");
    case DnsRcode::Refused:
        return QStringLiteral("REFUSED");
    case 9:
        return QStringLiteral("NOTAUTH");
    case 10:
        return QStringLiteral("NOTZONE");
    default:
        return QStringLiteral("RCODE%1").arg(rcode);
    }
}

QString DnsMessage::typeName(quint16 type)
{
    return takeString(ldns_rr_type2str(static_cast<ldns_rr_type>(type)));
}

} // namespace Homing
