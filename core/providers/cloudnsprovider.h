#pragma once

#include "provider.h"

#include <QUrlQuery>

namespace Homing {

class ProviderJob;

// ClouDNS, two ways in.
// "cloudns" (dynamic URL, every account): GET <server>/api/dynamicURL/?q=<record key>; one key per
// A or AAAA record, so a host updates one family (ipv4.cloudns.net or ipv6.cloudns.net). ClouDNS
// takes the address from the connection; its documented proxy mode (&proxy=1 with the address in
// X-Forwarded-For) is how Homing sends it explicitly. That this sets the record to the forwarded
// address for every account is UNVERIFIED: if ClouDNS ignores it, the connection's address (the
// same one, when this machine reaches ClouDNS directly) is used. Replies: "OK" succeeds (ClouDNS
// does not say whether anything changed), "The record's key is wrong!" and "Invalid request." stop
// the host.
// "cloudns-api" (paid accounts): auth-id (or sub-auth-id / sub-auth-user) + auth-password, form
// POSTs to <server>/dns/records.json to find the record and /dns/mod-record.json to change it,
// keeping its TTL. "Failed" with an authentication message stops the host (HTTP is 200 even then).
// Test credentials: /dns/login.json.
class ClouDnsProvider final : public Provider
{
    Q_OBJECT
public:
    ClouDnsProvider(const ProviderInfo &info, HttpClient *http, QObject *parent = nullptr);
    static QList<ProviderInfo> catalogue();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
    void testCredentials(const UpdateRequest &request, QObject *context, Callback callback) override;

private:
    void updateDynamicUrl(const UpdateRequest &request, const std::shared_ptr<ProviderJob> &job);
    void updateRecord(const UpdateRequest &request, const QHostAddress &address,
                      const std::shared_ptr<ProviderJob> &job, const std::function<void(UpdateOutcome)> &done);
    QUrlQuery auth(const UpdateRequest &request) const;
};

} // namespace Homing
