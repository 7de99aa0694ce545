#pragma once

#include "net/httpclient.h"
#include "provider.h"

#include <QJsonObject>

namespace Homing {

class ProviderJob;

// Porkbun API v3: JSON POSTs with apikey and secretapikey in the body (the only place the
// protocol puts them). For each family: POST /dns/retrieveByNameType/<zone>/<A|AAAA>/<label>;
// same content → unchanged; different → POST /dns/editByNameType/<zone>/<type>/<label> with the
// content and the record's own TTL (or the host's, at least 600); none → POST /dns/create/<zone>.
// Replies: {"status":"SUCCESS"} succeeds; {"status":"ERROR","message":...} (invalid key, domain not
// opted in to API access) stops the host with Porkbun's message; 5xx/429 retry later.
// Test credentials: POST /ping.
// Parking (DeleteRecord): POST /dns/deleteByNameType/<zone>/<type>/<label> with the keys, for each
// family the host uses. What Porkbun answers when no record matches is not documented: an ERROR
// reply is followed by retrieveByNameType, and no record there counts as parked. The next update
// creates the record again.
class PorkbunProvider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
    void testCredentials(const UpdateRequest &request, QObject *context, Callback callback) override;
    void park(const UpdateRequest &request, QObject *context, Callback callback) override;

private:
    HttpRequest call(const UpdateRequest &request, const QString &path, QJsonObject body) const;
};

} // namespace Homing
