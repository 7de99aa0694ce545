#pragma once

#include "net/httpclient.h"
#include "provider.h"

namespace Homing {

class ProviderJob;

// The PowerDNS Authoritative HTTP API. Header X-API-Key. One PATCH of
// <server>/api/v1/servers/<server id>/zones/<zone>. with an rrset per family, changetype REPLACE
// and the host's TTL. 204 is success; 422 carries the server's message ({"error": …}); 401 needs
// you; 404 is an unknown zone. Test credentials: GET of the zone. Parking: the same PATCH with
// changetype DELETE.
class PowerDnsProvider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
    void testCredentials(const UpdateRequest &request, QObject *context, Callback callback) override;
    void park(const UpdateRequest &request, QObject *context, Callback callback) override;

private:
    // Sends one PATCH with rrsets; finishes the job with success (Updated) or the problem.
    void patch(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, const QJsonArray &rrsets,
               const QList<QHostAddress> &addresses, const QString &success);
    // A job for request, or nullptr when the host name is not in the zone (the job then finished).
    std::shared_ptr<ProviderJob> inZone(const UpdateRequest &request, QObject *context, Callback callback) const;
    QUrl zoneUrl(const UpdateRequest &request) const;
    QList<QPair<QByteArray, QByteArray>> apiKey(const UpdateRequest &request) const;
};

} // namespace Homing
