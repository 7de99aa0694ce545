#pragma once

#include "net/httpclient.h"
#include "provider.h"

namespace Homing {

class ProviderJob;

// Hetzner Cloud DNS (the current API at api.hetzner.cloud; the old DNS Console API at
// dns.hetzner.com is being shut down and is not spoken). Authorization: Bearer <token>.
// For each family: GET <server>/zones/<zone>/rrsets/<name|@>/<A|AAAA> (404 when absent); the same
// single value → unchanged; different → POST …/rrsets/<name>/<type>/actions/set_records
// {"records":[{"value":<ip>}]}; absent → POST /zones/<zone>/rrsets {name,type,ttl,records} when the
// host allows creating. Both answer 201 with an action; Homing polls it until success or error.
// Where to poll is documented two ways (UNVERIFIED which is current): /zones/actions/<id>, and
// /actions/<id>; Homing asks the first and falls back to the second on 404. An action still
// running after the polls counts as accepted (Updated); verification then checks DNS.
// A client bound to an account (by token) reads the zone's listing instead,
// GET /zones/<zone>/rrsets?type=A&type=AAAA&per_page=50, one for all the hosts that need it at once
// (SharedRequest; with a next page, or a 404/422, each host looks its own rrset up), and keeps
// which rrsets exist in the HTTP client's ProviderCache (kept across restarts): the next change is
// set_records alone, a 404 on it forgets the entry and looks again, and a 403 or 404 outcome forgets
// the account. The Cloud API names zones and rrsets, so there is no zone id or record id to learn.
// Replies: 401/403 stop the host; an action "error" stops it with Hetzner's message; 429 waits for
// RateLimit-Reset; 5xx retry later. Test credentials: GET /zones/<zone>.
// Parking (DeleteRecord): DELETE /zones/<zone>/rrsets/<name|@>/<A|AAAA> for each family the host
// uses (the old DNS Console's DELETE /api/v1/records/<id> is not spoken, as above). It answers with
// an action, polled like an update's; 404 means the rrset is gone already. A parking host's next
// update creates the rrset again, whatever "create" says.
class HetznerProvider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
    void testCredentials(const UpdateRequest &request, QObject *context, Callback callback) override;
    void park(const UpdateRequest &request, QObject *context, Callback callback) override;

    static constexpr int kPolls = 10;
    static constexpr std::chrono::milliseconds kPollInterval {500};

private:
    void awaitAction(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, qint64 actionId,
                     int pollsLeft, bool zonesPath, const QHostAddress &address,
                     const std::function<void(UpdateOutcome)> &done);
    QList<QPair<QByteArray, QByteArray>> bearer(const UpdateRequest &request) const;
};

} // namespace Homing
