#pragma once

#include "provider.h"

namespace Homing {

// DuckDNS: GET <server>/update?domains=<name>&token=<token>&ip=<v4>&ipv6=<v6>&verbose=true.
// The domain is the host name without ".duckdns.org". Both families go in one request, always
// explicitly (DuckDNS guesses IPv4 from the connection when ip is missing, so an IPv6-only host
// sends only ipv6, which turns that guess off). Replies: "OK" (verbose: OK, v4, v6, UPDATED or
// NOCHANGE) succeeds; "KO" (bad token or domain) stops the host until the user acts.
// Parking: the same request with clear=true instead of addresses, which empties A and AAAA.
class DuckDnsProvider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
    void park(const UpdateRequest &request, QObject *context, Callback callback) override;

private:
    void send(const UpdateRequest &request, bool clear, QObject *context, Callback callback);
};

} // namespace Homing
