#pragma once

#include "provider.h"

namespace Homing {

// The dyndns2 ("Members NIC Update") protocol that Dyn, No-IP and many others speak:
//   GET <server>/nic/update?hostname=<fqdn>&myip=<address>  with HTTP Basic authorization.
// One implementation; the services differ only in the small table of quirks below.
// Reply classification follows the protocol's rules: good/nochg succeed; badauth, !donator,
// notfqdn, nohost, numhost, abuse, badagent, badsys, !yours, !active stop the host until the user
// acts; 911/dnserr wait at least 30 minutes; "good 127.0.0.1" that we did not send means the
// service refused this client (treated as badagent).
class Dyndns2Provider final : public Provider
{
    Q_OBJECT
public:
    struct Quirks
    {
        QString defaultServer; // empty: the user must give one
        QString path = QStringLiteral("/nic/update");
        bool sendSystem = false; // add system=dyndns
        bool dualStackInMyip = true; // myip=<v4>,<v6> in one request
    };

    Dyndns2Provider(const ProviderInfo &info, const Quirks &quirks, HttpClient *http, QObject *parent = nullptr);

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;

    // Classifies one reply body line (e.g. "good 1.2.3.4") for a request that sent `sent`.
    static UpdateOutcome classify(const QByteArray &line, const QList<QHostAddress> &sent);
    static QList<ProviderInfo> catalogue();
    static Quirks quirksFor(const QString &providerId);

private:
    Quirks m_quirks;
};

} // namespace Homing
