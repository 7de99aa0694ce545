#pragma once

#include "dns/dnsclient.h"
#include "dns/dnsupdate.h"
#include "provider.h"

#include <memory>

namespace Homing {

class Clock;
class ProviderJob;

// RFC 2136 dynamic update signed with TSIG (RFC 8945), for people who run their own name server
// (BIND, Knot, PowerDNS). For each family one atomic UPDATE: delete the name's A (or AAAA) RRset
// and add the new address with the host's TTL, with an optional prerequisite. UDP, TCP when the
// message is large or the reply truncated. Success needs NOERROR and a reply TSIG that verifies.
// The zone comes from the SOA when left empty; the server from the SOA MNAME when left empty (a
// fallback only: MNAME is often junk). Test credentials: a signed SOA query for the zone.
// Parking deletes the RRset. Reply classification: Rfc2136Reply.
class Rfc2136Provider final : public Provider
{
    Q_OBJECT
public:
    Rfc2136Provider(const ProviderInfo &info, HttpClient *http, QObject *parent = nullptr);
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
    void testCredentials(const UpdateRequest &request, QObject *context, Callback callback) override;
    void park(const UpdateRequest &request, QObject *context, Callback callback) override;

    // The time TSIG signs with and checks against (tests inject a skewed clock); not owned.
    void setClock(const Clock *clock) { m_clock = clock; }
    // The resolvers asked for the SOA and the MNAME's address when no server is set; by default
    // those of /etc/resolv.conf.
    void setResolvers(const QList<DnsServer> &resolvers) { m_resolvers = resolvers; }
    void setDnsOptions(const DnsQueryOptions &options) { m_options = options; }
    static QList<DnsServer> systemResolvers();

private:
    struct Target
    {
        TsigKey key;
        QString zone;
        DnsServer server;
    };
    using Ready = std::function<void(const Target &)>;
    using Done = std::function<void(UpdateOutcome)>;

    // Reads the key, finds the server and the zone, then calls ready (or finishes the job).
    void prepare(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, QObject *context, Ready ready);
    void findZone(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, QObject *context,
                  Target target, bool haveServer, Ready ready);
    void findPrimary(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, QObject *context,
                     Target target, const QString &mname, quint16 type, Ready ready);
    void sendUpdate(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, QObject *context,
                    const Target &target, quint16 type, const std::optional<QHostAddress> &address, Done done);
    void sendSigned(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, QObject *context,
                    const Target &target, QByteArray message, const QString &summary, const QString &typeName,
                    std::function<void(bool success, UpdateOutcome failure)> then);
    // After an unsigned REFUSED: compares this computer's clock with a second time source (an HTTPS
    // Date header) before blaming the key.
    void checkClock(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, UpdateOutcome refused,
                    Done done);
    QList<DnsServer> resolvers() const;
    quint64 now() const;

    DnsClient *m_dns;
    const Clock *m_clock = nullptr;
    std::optional<QList<DnsServer>> m_resolvers;
    DnsQueryOptions m_options;
};

} // namespace Homing
