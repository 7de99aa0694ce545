#include "dnsechosource.h"

#include "clock.h"
#include "echoparser.h"
#include "logging.h"

#include <QTimer>

namespace Homing {

namespace {

DnsEchoSource::Service makeService(const char *name, DnsQuestion v4, DnsQuestion v6, const char *server4,
                                   const char *server6)
{
    return DnsEchoSource::Service {QLatin1String(name), v4, v6, QLatin1String(server4), QLatin1String(server6)};
}

} // namespace

const QList<DnsEchoSource::Service> &DnsEchoSource::services()
{
    static const QList<Service> list = {
        makeService("opendns", {QStringLiteral("myip.opendns.com"), DnsType::A, DnsClass::IN},
                    {QStringLiteral("myip.opendns.com"), DnsType::AAAA, DnsClass::IN}, "208.67.222.222",
                    "2620:0:ccc::2"),
        makeService("cloudflare", {QStringLiteral("whoami.cloudflare"), DnsType::TXT, DnsClass::CH},
                    {QStringLiteral("whoami.cloudflare"), DnsType::TXT, DnsClass::CH}, "1.1.1.1",
                    "2606:4700:4700::1111"),
        // The authoritative server itself: through a resolver it would echo the resolver's address.
        makeService("google", {QStringLiteral("o-o.myaddr.l.google.com"), DnsType::TXT, DnsClass::IN},
                    {QStringLiteral("o-o.myaddr.l.google.com"), DnsType::TXT, DnsClass::IN}, "216.239.32.10",
                    "2001:4860:4802:32::a"),
    };
    return list;
}

const DnsEchoSource::Service *DnsEchoSource::service(const QString &name)
{
    for (const Service &candidate : services()) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

DnsEchoSource::DnsEchoSource(const SourceConfig &config, const Clock *clock, QObject *parent)
    : AddressSource(config.id, parent)
    , m_client(this)
    , m_clock(clock)
    , m_service(service(config.option(QStringLiteral("service"))))
{
    if (!m_service)
        return; // SourceConfig::fromJson rejects this; supports() then says no to everything
    const quint16 port = static_cast<quint16>(config.options.value(QStringLiteral("port"), 53).toUInt());
    auto server = [&](const char *key, const QString &fallback) {
        const QString name = QLatin1String(key);
        const QString text = config.options.contains(name) ? config.option(name) : fallback;
        return DnsServer {QHostAddress(text), port};
    };
    m_ipv4Server = server("ipv4Server", m_service->ipv4Server);
    m_ipv6Server = server("ipv6Server", m_service->ipv6Server);
    const int timeoutMs = config.options.value(QStringLiteral("timeoutMs"), 3000).toInt();
    m_options.timeout = std::chrono::milliseconds(timeoutMs > 0 ? timeoutMs : 3000);
}

bool DnsEchoSource::supports(AddressFamily family) const
{
    if (!m_service)
        return false;
    return family == AddressFamily::IPv4 ? !m_ipv4Server.address.isNull() : !m_ipv6Server.address.isNull();
}

void DnsEchoSource::detect(AddressFamily family, QObject *context, Callback callback)
{
    if (!supports(family)) {
        const QString error = tr("this source has no server for %1").arg(familyName(family));
        QTimer::singleShot(0, context, [callback, error] { callback(SourceResult {false, {}, error}); });
        return;
    }
    const DnsQuestion question = family == AddressFamily::IPv4 ? m_service->ipv4Question : m_service->ipv6Question;
    const DnsServer server = family == AddressFamily::IPv4 ? m_ipv4Server : m_ipv6Server;
    const QString sourceId = id();
    m_client.query(
        server, question, m_options, context, [this, family, sourceId, question, callback](const DnsResult &dns) {
            SourceResult result;
            QHostAddress address;
            if (!dns.ok()) {
                result.error = dns.errorText;
            } else if (interpret(dns.reply, question, family, &address, &result.error)) {
                result.ok = true;
                result.observation = Observation {address, family, sourceId, m_clock->now()};
            }
            if (!result.ok)
                qCInfo(lcAddress).noquote() << "source" << sourceId << familyName(family) << "failed:" << result.error;
            callback(result);
        });
}

bool DnsEchoSource::interpret(const DnsMessage &reply, const DnsQuestion &question, AddressFamily family,
                              QHostAddress *address, QString *error)
{
    if (reply.rcode != DnsRcode::NoError) {
        *error = tr("the server answered %1 for %2").arg(DnsMessage::rcodeName(reply.rcode), question.toString());
        return false;
    }
    const QList<DnsRecord> records = reply.answersFor(question);
    if (question.type == DnsType::A || question.type == DnsType::AAAA) {
        if (records.size() != 1) {
            *error = records.isEmpty() ? tr("the answer for %1 is empty").arg(question.toString())
                                       : tr("the answer has %1 addresses, not one").arg(records.size());
            return false;
        }
        const QHostAddress found = records.first().address();
        if (found.isNull()) {
            *error = tr("the %1 record is malformed").arg(DnsMessage::typeName(question.type));
            return false;
        }
        if (familyOf(found) != family) {
            *error = tr("the answer is an address of the other family");
            return false;
        }
        *address = found;
        return true;
    }
    // TXT: one string holding the address. Google adds "edns0-client-subnet a.b.c.d/n" when asked with
    // ECS; that string describes the query, not this network, so it is skipped.
    QList<QByteArray> texts;
    for (const DnsRecord &record : records) {
        const QByteArray text = record.joinedText();
        if (!text.startsWith("edns0-client-subnet"))
            texts.append(text);
    }
    if (texts.size() != 1) {
        *error = texts.isEmpty() ? tr("the answer for %1 is empty").arg(question.toString())
                                 : tr("the answer has %1 TXT records, not one").arg(texts.size());
        return false;
    }
    return EchoParser::parse(texts.first(), EchoParser::Format::Plain, family, address, error);
}

} // namespace Homing
