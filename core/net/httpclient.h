#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include "requestbudget.h"

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Homing {

class Clock;
class Redactor;

struct HttpRequest
{
    enum class Redirects
    {
        Refuse, // a 3xx is the answer (Error::Redirected): providers, whose requests carry credentials
        SameOriginHttps // follow https:// redirects to the same scheme, host and port (echo sources)
    };

    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // HTTP Basic authorization, sent with the first request (providers expect it up front).
    std::optional<QPair<QString, QString>> basicAuth;
    std::chrono::milliseconds timeout {20000}; // the whole exchange, connection to last byte
    qint64 maxBodyBytes = 64 * 1024; // replies above this are cut off and reported as too large
    Redirects redirects = Redirects::Refuse;
    int maxRedirects = 3; // with SameOriginHttps
    // The provider account this request is counted against (a hash, never a secret), and its
    // budget. Empty: none. While the budget is spent, the request waits; `queued` hears how many
    // requests of the account are ahead of it, each time that changes (-1: it went out).
    QByteArray account;
    RequestBudget budget;
    std::function<void(int ahead)> queued;
};

struct HttpResponse
{
    enum class Error
    {
        None,
        Refused, // the URL breaks the policy (not https, not loopback); nothing was sent
        Timeout,
        TooLarge,
        Network, // connection, TLS or protocol failure; errorText says which
        Redirected // a redirect Homing does not follow (see HttpRequest::Redirects); redirectTarget says where
    };

    Error error = Error::None;
    QString errorText;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    qint64 elapsedMs = 0;
    QUrl url; // the URL that gave this reply (the request's, or the last redirect followed)
    QUrl redirectTarget; // with Error::Redirected
    // False when nothing left the machine: the URL policy refused it, or the provider had stopped
    // the account's requests (a 429) and this answer stands in for the provider's.
    bool sent = true;

    bool ok() const { return error == Error::None; }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The delay a Retry-After header asks for (seconds or an HTTP date), if any.
    std::optional<std::chrono::seconds> retryAfter(const QDateTime &now) const;
};

// The one way Homing talks HTTP: HTTPS (plain HTTP only to loopback), certificate checks always on,
// an overall timeout, a cap on the reply size, redirects only as the request allows (never to another
// origin, each hop checked against the URL policy; Qt itself follows none), a truthful User-Agent,
// and a redacted description for logs and history.
class ProviderCache;

class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &)>;

    HttpClient(QNetworkAccessManager *manager, Redactor *redactor, QObject *parent = nullptr);

    // The callback runs exactly once, later, unless context is destroyed first.
    void send(const HttpRequest &request, QObject *context, Callback callback);

    // "GET https://host/path?query" with secrets masked; safe for logs and history.
    QString describe(const HttpRequest &request) const;
    // A reply body shortened and masked for logs and history.
    QString describeBody(const QByteArray &body) const;

    Redactor *redactor() const { return m_redactor; }

    // Requests sent whose callback (or, with its context gone, its end) is still to come. A request
    // that a callback sends in turn is counted before the first one ends, so 0 means that nothing
    // is left to answer.
    int inFlight() const { return m_inFlight; }
    // Requests waiting for a connection to their server: at most connectionsPerServer are handed
    // to Qt at a time for one scheme, host and port (Qt itself opens no more), so a request's time
    // limit counts from when it goes out, never from when it was queued behind others.
    int waiting() const;
    static constexpr int connectionsPerServer = 6;

    // A provider account's requests wait for its budget (HttpRequest::account): requests sent
    // within the current window, and whether a 429 stopped the account (until when).
    int accountWaiting(const QByteArray &account) const;
    QDateTime accountPausedUntil(const QByteArray &account) const;
    // Budget windows and pauses are read from this clock (tests move it, then call recheck()).
    void setClock(const Clock *clock) { m_clock = clock; }
    void recheck();

    static QByteArray userAgent();

    // What the provider clients that send through this client learned about their accounts (zone
    // and record ids), shared by them; Runtime keeps it in a file across restarts.
    ProviderCache *providerCache() const { return m_providerCache; }

private:
    using Deliver = std::function<void(const HttpResponse &)>;
    void sendHop(const HttpRequest &request, const QUrl &url, int redirectsLeft, qint64 startedMs,
                 const Deliver &deliver);
    void refuse(const QUrl &url, const QString &why, const Deliver &deliver);
    // Whether a redirect from `from` to `to` may be followed under this request's rule.
    static bool mayFollow(const HttpRequest &request, const QUrl &from, const QUrl &to);

    // Sends or queues a request for its server; done ends it and lets the next one go.
    void dispatch(const QString &server, std::function<void()> start);
    void finished(const QString &server);

    struct AccountQueue
    {
        RequestBudget budget;
        int active = 0;
        QList<qint64> sent; // monotonic ms of the requests sent within the window
        qint64 pausedUntil = 0; // monotonic ms
        QDateTime pausedUntilWall;
        struct Waiting
        {
            std::function<void()> start;
            std::function<void(int)> queued;
            std::function<void(const QDateTime &until)> refuse;
        };
        QList<Waiting> waiting;
        QTimer *timer = nullptr;
    };
    // Sends or queues a request of a provider account by its budget.
    void admit(const QByteArray &account, const RequestBudget &budget, AccountQueue::Waiting entry);
    void accountDone(const QByteArray &account, const HttpResponse &response);
    void pumpAccount(const QByteArray &account);

    struct ServerQueue
    {
        int active = 0;
        QList<std::function<void()>> waiting;
    };

    QNetworkAccessManager *m_manager;
    Redactor *m_redactor;
    ProviderCache *m_providerCache;
    int m_inFlight = 0;
    QHash<QString, ServerQueue> m_servers; // by "scheme://host:port"
    QHash<QByteArray, AccountQueue> m_accounts;
    const Clock *m_clock = nullptr;
};

} // namespace Homing
