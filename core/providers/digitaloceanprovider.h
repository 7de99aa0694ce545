#pragma once

#include "provider.h"

namespace Homing {

// DigitalOcean API v2 (Authorization: Bearer <token>). For each family:
// GET <server>/domains/<zone>/records?type=A|AAAA&name=<fqdn>; same data → unchanged; different →
// PATCH /domains/<zone>/records/<id> {"type","data"} (plus "ttl" when the host sets one; otherwise
// the record keeps its TTL); none → POST /domains/<zone>/records {type,name,data,ttl} when the host
// allows creating, else needs you.
// A client bound to an account (by token) reads the domain's listing instead,
// GET /domains/<zone>/records?per_page=200, one for all the hosts that need it at once
// (SharedRequest; a domain with a next page is looked up host by host), and keeps each record's id
// in the HTTP client's ProviderCache (kept across restarts): the next change is the PATCH alone, a
// 404 on it forgets the id and looks again, and a 403 or 404 outcome forgets the account.
// Replies: {"id":"unauthorized",...} 401/403 stop the host; 404 (unknown domain) stops it with
// DigitalOcean's message; 429 waits until ratelimit-reset (5000/h, 250/min); 5xx retry later.
// Test credentials: GET /domains/<zone>.
// Parking (DeleteRecord): for each family the host uses, the same lookup, then
// DELETE /domains/<zone>/records/<id> for every record listed (204; none listed, or 404: gone
// already). A parking host's next update creates the record again, whatever "create" says.
class DigitalOceanProvider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
    void testCredentials(const UpdateRequest &request, QObject *context, Callback callback) override;
    void park(const UpdateRequest &request, QObject *context, Callback callback) override;
};

} // namespace Homing
