#pragma once

#include "addresssource.h"
#include "dns/dnsclient.h"
#include "sourceconfig.h"

namespace Homing {

class Clock;

// A DNS echo service: a server that answers a special name with the address the query came from.
// Options: service (opendns | cloudflare | google), ipv4Server, ipv6Server (an empty string turns
// that family off), port (53), timeoutMs (3000). One exchange is about a hundred bytes.
class DnsEchoSource final : public AddressSource
{
    Q_OBJECT
public:
    struct Service
    {
        QString name;
        DnsQuestion ipv4Question;
        DnsQuestion ipv6Question;
        QString ipv4Server; // the real resolvers (PROTOCOLS.md §22)
        QString ipv6Server;
    };

    DnsEchoSource(const SourceConfig &config, const Clock *clock, QObject *parent = nullptr);

    static const QList<Service> &services();
    static const Service *service(const QString &name);

    bool supports(AddressFamily family) const override;
    void detect(AddressFamily family, QObject *context, Callback callback) override;

    // Reads the address out of a reply (exported for tests and the benchmark).
    static bool interpret(const DnsMessage &reply, const DnsQuestion &question, AddressFamily family,
                          QHostAddress *address, QString *error);

private:
    DnsClient m_client;
    const Clock *m_clock;
    const Service *m_service = nullptr;
    DnsServer m_ipv4Server;
    DnsServer m_ipv6Server;
    DnsQueryOptions m_options;
};

} // namespace Homing
