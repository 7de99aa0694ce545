#pragma once

#include "httptestserver.h"
#include "net/httpclient.h"
#include "providers/provider.h"
#include "redactor.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTcpServer>

#include <chrono>
#include <functional>

namespace Homing::Test {

using Response = HttpTestServer::Response;

// A JSON reply (object or array) with Content-Type application/json.
Response jsonReply(const QJsonValue &value, int status = 200);

// What every provider protocol test needs: a loopback server, a real HttpClient pointed at it
// (through each host's server/base-URL setting), and a way to run one provider call to its end.
class ProviderTest : public QObject
{
    Q_OBJECT
protected:
    // A host for providerId named name whose server setting points at the loopback server.
    Host host(const QString &providerId, const QString &name, const QString &serverPath = QStringLiteral("/")) const;
    UpdateRequest request(const Host &host, const QHash<QString, QString> &secrets, bool v4 = true,
                          bool v6 = false) const;

    // Request i as "METHOD /path?query", and its body as a JSON object.
    QString line(int i) const;
    QJsonObject body(int i) const;

    // Every request so far, as line() gives them, sorted (requests sent at once come in any order).
    QStringList sortedLines() const;
    // The authorization headers of the requests so far with method.
    QSet<QByteArray> authorizations(const QByteArray &method) const;
    // model's host under each label of its zone setting (home, nas and pi unless given), with the
    // token given; at address if any.
    static QList<UpdateRequest>
    hostsOfZone(const UpdateRequest &model, const QByteArray &token, const QString &address = QString(),
                const QStringList &labels = {QStringLiteral("home"), QStringLiteral("nas"), QStringLiteral("pi")});
    // pass(http, address) updates the hosts of one account at once to address. Run cold, then with a
    // new address on the same HTTP client, whose cache is attached to a file, then on a fresh client
    // whose cache reads that file (a restart): the requests each time (sorted) must be cold, warm,
    // warm.
    using Pass = std::function<void(HttpClient *http, const QString &address)>;
    void checkRemembered(const Pass &pass, const QStringList &cold, const QStringList &warm);
    // Two hosts of model's zone under token and a third under otherToken, run at once through update
    // on a fresh HTTP client: the requests (sorted) must be expected, and the GETs carry both tokens
    // (each account asks for itself).
    using Update = std::function<void(HttpClient *http, const QList<UpdateRequest> &hosts)>;
    void checkAccountsApart(const Update &update, const UpdateRequest &model, const QByteArray &token,
                            const QByteArray &otherToken, const QStringList &expected);

    UpdateOutcome run(const UpdateRequest &request);
    // Runs update() for every request at once, each through a client made for its host's account
    // (as the engine makes them) on http: the outcomes, once all came and no request is out.
    QList<UpdateOutcome> runTogether(HttpClient *http, const QList<UpdateRequest> &requests);
    // runTogether(), where every outcome must be Updated.
    void updateTogether(HttpClient *http, const QList<UpdateRequest> &requests);
    UpdateOutcome runTest(const UpdateRequest &request); // testCredentials()
    UpdateOutcome runPark(const UpdateRequest &request); // park()
    // request for a host that parks and publishes both families.
    static UpdateRequest parkingBoth(UpdateRequest request);
    // Clears the server's requests and parks: the outcome must be Updated with no address, after
    // exactly requests requests, and keep no secret.
    void checkParked(const UpdateRequest &request, int requests);

    // The standard failures every provider must survive, each on the first request: 401, 403, 429
    // (with and without Retry-After), 500/502/503, a garbage, empty, truncated and 10 MB body, and
    // a stalled server. truncated is the start of a valid reply, cut off.
    void checkCommonFailures(const UpdateRequest &request, const QByteArray &truncated,
                             std::chrono::seconds default429 = std::chrono::seconds(300));
    // No secret value may appear in what the outcome keeps for history.
    void checkRedacted(const UpdateOutcome &outcome, const QHash<QString, QString> &secrets);

    // A loopback server that announces a 1000-byte body, sends a few bytes of it and hangs up.
    QTcpServer m_cutServer;

    static const QHostAddress kV4;
    static const QHostAddress kV6;

    QNetworkAccessManager m_manager;
    Redactor m_redactor;
    HttpClient m_http {&m_manager, &m_redactor};
    HttpTestServer m_server;
};

} // namespace Homing::Test
