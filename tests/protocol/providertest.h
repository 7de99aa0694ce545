#pragma once

#include "httptestserver.h"
#include "net/httpclient.h"
#include "providers/provider.h"
#include "redactor.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTcpServer>

#include <chrono>

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

    UpdateOutcome run(const UpdateRequest &request);
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
