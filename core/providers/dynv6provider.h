#pragma once

#include "net/httpclient.h"
#include "provider.h"

namespace Homing {

// dynv6 update API: GET <server>/api/update?zone=<zone>&token=<token>&ipv4=<v4>&ipv6=<v6>.
// Both families in one request, always explicit; a family the host does not update is left out,
// which dynv6 documents as "keep". Replies: 200 with text containing "updated" or "unchanged";
// 401 (bad token) and 404 (unknown zone) stop the host until the user acts.
// Parking (DeleteRecord): for each family the host uses, one request with "-" for the address,
// ipv4=- (documented: removes the A record) and ipv6=- (UNVERIFIED: dynv6 documents "-" only for
// ipv4 and ipv6prefix, and ipv6prefix changes the prefix of the zone's other IPv6 records, not its
// AAAA, so it is not sent). A refusal of ipv6=- ends the park with dynv6's message, after the A
// record is gone. "updated" and "unchanged" (gone already) both mean parked. The next update sets
// the addresses again; nothing needs creating.
class Dynv6Provider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
    void park(const UpdateRequest &request, QObject *context, Callback callback) override;

private:
    HttpRequest updateRequest(const UpdateRequest &request, const QList<QPair<QString, QString>> &values) const;
};

} // namespace Homing
