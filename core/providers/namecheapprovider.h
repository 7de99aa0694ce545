#pragma once

#include "provider.h"

namespace Homing {

// Namecheap dynamic DNS: GET <server>/update?host=<label|@>&domain=<zone>&password=<ddns password>
// &ip=<v4>. IPv4 only (the service has no IPv6). The address is always sent. The reply is always
// XML <interface-response>, HTTP 200 even on failure: ErrCount 0 succeeds (Namecheap does not say
// whether the address changed, so it counts as Updated); "Passwords do not match", "Domain name not
// found", a missing record and "Invalid IP" stop the host; any other error waits 30 minutes.
class NamecheapProvider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
};

} // namespace Homing
