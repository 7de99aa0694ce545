#pragma once

#include "provider.h"

namespace Homing {

// FreeDNS (afraid.org) v2 randomized-token URLs: GET <server>/u/<token>/?address=<ip>, with
// sync.afraid.org for IPv4 and v6.sync.afraid.org for IPv6, one request per family. The token is
// the only credential and travels in the path, so it is registered with the redactor.
// Explicit address: FreeDNS documents v2 as taking the address from the connection; whether it
// honours address= is UNVERIFIED. Homing sends address= anyway (both readings then give the right
// record when the connection's address is the detected one) and, when the reply names a different
// address, stops the host and says so instead of publishing a wrong one silently.
// Replies: "Updated ..." succeeds, "No IP change detected" / "has not changed" is unchanged, any
// other "ERROR" or unknown-token reply stops the host until the user acts.
class FreeDnsProvider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
};

} // namespace Homing
