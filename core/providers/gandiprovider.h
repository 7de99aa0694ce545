#pragma once

#include "provider.h"

namespace Homing {

// Gandi LiveDNS v5: for each family GET <server>/domains/<zone>/records/<name|@>/<A|AAAA>; the same
// single value → unchanged; otherwise PUT the same path with {"rrset_values":[<ip>],"rrset_ttl":<s>}
// (201 Created; PUT creates a missing rrset too). TTL: the host's (at least 300), else the rrset's
// own, else Gandi's default 10800. Auth: "Authorization: Bearer <personal access token>", or the
// deprecated "Apikey <key>" when the host says so.
// Replies: 401/403 stop the host (token expired or without LiveDNS rights); 404 on the zone stops
// it with Gandi's message; 429/5xx retry later. Test credentials: GET /domains/<zone>.
// Parking (DeleteRecord): DELETE the same path for each family the host uses (204 No Content; 404
// means the rrset is gone already, which is parked too). The next update's PUT creates it again.
class GandiProvider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
    void testCredentials(const UpdateRequest &request, QObject *context, Callback callback) override;
    void park(const UpdateRequest &request, QObject *context, Callback callback) override;

private:
    QList<QPair<QByteArray, QByteArray>> authorization(const UpdateRequest &request) const;
};

} // namespace Homing
