#pragma once

#include "net/httpclient.h"
#include "provider.h"

namespace Homing {

class ProviderJob;

// Cloudflare API v4 with an API token (Authorization: Bearer; needs Zone.DNS Edit, and Zone.Zone
// Read when the zone is not given).
//  1. Zone: the zone setting, else the longest suffix of the host name that is a zone not
//     "deleted". A client with an account finds the zone's id in the token's zones (GET
//     /zones?per_page=50, one listing for all the hosts that need an id at once); where that is
//     more than one page, or without an account, GET /zones?name=<suffix> for each suffix,
//     longest first. A client made for a
//     host's account keeps each answer in the HTTP client's ProviderCache (kept across restarts),
//     so the hosts of one zone look it up once; a 403 or 404 forgets what the account remembered.
//  2. Record: GET /zones/<zone>/dns_records?type=A|AAAA&name=<fqdn>. A client bound to an account
//     reads the zone's listing instead (?per_page=5000), one for all the hosts that need it at once,
//     and remembers each record's id: the next change is the PATCH alone.
//  3. Same content: unchanged, nothing sent. Different: PATCH /zones/<zone>/dns_records/<id> with
//     {"content": ...} only, so proxied and TTL stay as they are (TTL too if the host sets one).
//     Missing: POST /zones/<zone>/dns_records when the host allows creating, else needs you.
// A and AAAA are separate records, one pass each; the address is always explicit.
// Replies: the {success, errors[], result} envelope; 401/403 and authentication error codes stop
// the host; 429 waits Retry-After or Cloudflare's five-minute block; 5xx retries later; 400 with
// error details (e.g. 9021 invalid TTL) stops the host with Cloudflare's message.
// Test credentials: GET /user/tokens/verify.
class CloudflareProvider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
    void testCredentials(const UpdateRequest &request, QObject *context, Callback callback) override;
    // Deletes the host's A and/or AAAA records (found as in step 2) with DELETE
    // /zones/<zone>/dns_records/<id>; update() creates them again.
    void park(const UpdateRequest &request, QObject *context, Callback callback) override;

private:
    void deleteRecords(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, const QString &zoneId,
                       QStringList types);
    void deleteEach(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, const QString &records,
                    QStringList ids, const std::function<void()> &then);
    using ZoneDone = std::function<void(const QString &zoneId, std::optional<UpdateOutcome> failure)>;
    void findZone(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, QStringList suffixes,
                  const ZoneDone &done);
    // Whether the zone cache answers this walk without a request.
    bool walkIsKnown(const QStringList &suffixes) const;
    // What a listing of the token's zones tells about suffixes, into the zone cache.
    void learnZones(const HttpResponse &response, const QStringList &suffixes);
    // Step 1, then `then` with the zone; a failure ends the job.
    void withZone(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                  const std::function<void(const QString &zoneId)> &then);
    void updateRecord(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, const QString &zoneId,
                      const QHostAddress &address, const std::function<void(UpdateOutcome)> &done);
    HttpRequest apiRequest(const UpdateRequest &request, const QByteArray &method, const QString &path) const;
    // Runs handler with the listing of the zone's records (`records`: its path), shared by the hosts
    // that need it at once (SharedRequest::listing); with ownLookup's answer where the zone has more
    // than one page.
    void zoneListing(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, const QString &records,
                     const HttpRequest &ownLookup, const std::function<void(const HttpResponse &)> &handler);
};

} // namespace Homing
