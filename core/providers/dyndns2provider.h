#pragma once

#include "provider.h"

namespace Homing {

class ProviderJob;
struct HttpRequest;
struct HttpResponse;

// The dyndns2 ("Members NIC Update") protocol that Dyn, No-IP and many others speak:
//   GET <server>/nic/update?hostname=<fqdn>&myip=<address>  with HTTP Basic authorization.
// One implementation; the services differ only in the small table of quirks below (how the two
// families are sent, the user name, the User-Agent, extra parameters). The address is always sent
// explicitly, never left to the server's guess.
// Reply classification follows the protocol's rules: good/nochg succeed; badauth, !donator,
// notfqdn, nohost, numhost, abuse, badagent, badsys, !yours, !active, badrequest and HE's
// noipv4/noipv6 stop the host until the user acts; 911/dnserr wait at least 30 minutes; HE's
// "interval" waits 10 minutes; "good 127.0.0.1" that we did not send means the service refused
// this client (treated as badagent). A 429 waits for Retry-After (deSEC sends it).
class Dyndns2Provider final : public Provider
{
    Q_OBJECT
public:
    struct Quirks
    {
        enum class Families
        {
            MyipList, // myip=<v4>,<v6> in one request (Dyn, No-IP, Strato)
            MyipAndMyipv6, // myip=<v4> and myipv6=<v6> in one request (IPv64)
            MyipOrNo, // myip=<v4>|no and myipv6=<v6>|no: "no" keeps Dynu from guessing the other
            OnePerRequest, // one family per request (Hurricane Electric, OVH)
            Desec // myipv4=<v4>|preserve and myipv6=<v6>|preserve
        };
        enum class Auth
        {
            Basic, // username:password
            BasicHostName, // <host name>:password (Hurricane Electric)
            Bearer // Authorization: Bearer <password> (IPv64)
        };

        QString defaultServer; // empty: the user must give one
        QString path = QStringLiteral("/nic/update");
        bool sendSystem = false; // add system=dyndns
        Families families = Families::MyipList;
        Auth auth = Auth::Basic;
        bool noipUserAgent = false; // No-IP's "Company Program/OS-Version contact" form
        bool offline = false; // documents offline=YES|NO (Dyn, No-IP: a paid feature)
        // Where the service documents hostname=a,b,c (Dyn: at most 20; No-IP): the names one
        // request may carry. 1: one host per request.
        int maxNamesPerRequest = 1;
    };

    Dyndns2Provider(const ProviderInfo &info, const Quirks &quirks, HttpClient *http, QObject *parent = nullptr);

    void update(const UpdateRequest &request, QObject *context, Callback callback) override;
    // Offline services: the update with offline=YES; deSEC: empty myipv4/myipv6, which deletes
    // the records; others point the name at the host's sink address (Provider::park).
    void park(const UpdateRequest &request, QObject *context, Callback callback) override;

    // Classifies one reply body line (e.g. "good 1.2.3.4") for a request that sent `sent`.
    static UpdateOutcome classify(const QByteArray &line, const QList<QHostAddress> &sent);
    // Classifies a whole reply: body first, then the HTTP status.
    static UpdateOutcome interpret(const HttpResponse &response, const QList<QHostAddress> &sent);
    // Classifies the reply to one request for several names (hostname=a,b,c), one outcome per name
    // in order: line i is name i's; a name without its line was not understood. A failure of the
    // whole request (no reply, HTTP 4xx/5xx, no lines, or one account-wide code such as badauth or
    // 911 for several names) is every name's outcome.
    static QList<UpdateOutcome> interpretEach(const HttpResponse &response, const QList<QHostAddress> &sent,
                                              const QStringList &names);
    static QList<ProviderInfo> catalogue(); // dyndns2catalogue.cpp
    static Quirks quirksFor(const QString &providerId); // dyndns2catalogue.cpp

private:
    enum class Mode
    {
        Publish,
        Offline, // offline=YES with the published address
        Delete // deSEC: empty values delete the records
    };
    void send(const UpdateRequest &request, Mode mode, QObject *context, Callback callback);
    void sendOne(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request, const QList<QHostAddress> &sent,
                 Mode mode, const std::function<void(UpdateOutcome)> &done);
    HttpRequest buildRequest(const UpdateRequest &request, const QList<QHostAddress> &sent, Mode mode) const;
    // Whether this host's update may share one request with other hosts' (Publish only, a
    // service that documents several names, no No-IP group).
    bool mayShare(const UpdateRequest &request, Mode mode) const;
    // Adds the job to the request waiting for hosts of the same account, server, addresses and
    // parameters; it goes out at the next turn of the event loop, or when it holds the most names.
    void sendShared(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                    const HttpRequest &httpRequest, const QList<QHostAddress> &sent,
                    const std::function<void(UpdateOutcome)> &done);

    Quirks m_quirks;
};

} // namespace Homing
