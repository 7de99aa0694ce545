#pragma once

#include "provider.h"

namespace Homing {

// dynv6 update API: GET <server>/api/update?zone=<zone>&token=<token>&ipv4=<v4>&ipv6=<v6>.
// Both families in one request, always explicit; a family the host does not update is left out,
// which dynv6 documents as "keep". Replies: 200 with text containing "updated" or "unchanged";
// 401 (bad token) and 404 (unknown zone) stop the host until the user acts.
class Dynv6Provider final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;
    static ProviderInfo info();

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
};

} // namespace Homing
