#include "httpclient.h"

#include "clock.h"
#include "logging.h"
#include "providers/providercache.h"
#include "redactor.h"
#include "urlpolicy.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Homing {

namespace {
// Connection and proxy failures (codes below 200), as opposed to the errors Qt derives from an HTTP
// status (e.g. 400 becomes ProtocolInvalidOperationError).
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return code > 0 && code < 200;
}

// A server-chosen text shown to the user, kept to a readable length.
QString shortened(const QString &text)
{
    constexpr int kShown = 200;
    return text.size() > kShown ? text.left(kShown) + QStringLiteral("…") : text;
}
} // namespace

std::optional<std::chrono::seconds> HttpResponse::retryAfter(const QDateTime &now) const
{
    const QByteArray value = header("retry-after").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return std::chrono::seconds(std::max<qint64>(0, seconds));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}

HttpClient::HttpClient(QNetworkAccessManager *manager, Redactor *redactor, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_redactor(redactor)
    , m_providerCache(new ProviderCache(this))
{
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("Homing/" HOMING_VERSION " (+https://github.com/homing-ddns/homing)");
}

QString HttpClient::describe(const HttpRequest &request) const
{
    QString text = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.toDisplayString();
    if (request.basicAuth)
        text += QStringLiteral(" (basic auth as \"%1\")").arg(request.basicAuth->first);
    return m_redactor->redact(text);
}

QString HttpClient::describeBody(const QByteArray &body) const
{
    constexpr int kShown = 300;
    QString text = QString::fromUtf8(body.left(kShown)).trimmed();
    if (body.size() > kShown)
        text += QStringLiteral("… (%1 bytes)").arg(body.size());
    return m_redactor->redact(text);
}

void HttpClient::send(const HttpRequest &request, QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    Deliver deliver = [guard, callback](const HttpResponse &response) {
        if (guard)
            callback(response);
    };
    if (request.basicAuth)
        m_redactor->addBasicCredentials(request.basicAuth->first, request.basicAuth->second);
    ++m_inFlight;
    // Redirects followed stay on the same scheme, host and port, so one slot serves every hop.
    const QString server = request.url.scheme().toLower() + QStringLiteral("://") + request.url.host().toLower()
        + QLatin1Char(':')
        + QString::number(request.url.port(request.url.scheme() == QLatin1String("http") ? 80 : 443));
    const QByteArray account = request.budget.limits() ? request.account : QByteArray();
    auto start = [this, request, server, account, deliver] {
        dispatch(server, [this, request, server, account, deliver] {
            auto started = std::make_shared<QElapsedTimer>();
            started->start();
            sendHop(
                request, request.url, request.redirects == HttpRequest::Redirects::Refuse ? 0 : request.maxRedirects, 0,
                [self = QPointer<HttpClient>(this), server, account, started, deliver](const HttpResponse &response) {
                    HttpResponse total = response;
                    total.elapsedMs = started->elapsed();
                    deliver(total);
                    if (self) {
                        --self->m_inFlight;
                        self->finished(server);
                        if (!account.isEmpty())
                            self->accountDone(account, total);
                    }
                });
        });
    };
    if (account.isEmpty()) {
        start();
        return;
    }
    auto refuse = [this, request, deliver](const QDateTime &until) {
        // Not sent: the account waits out a 429. The provider reads this as its own 429, so the
        // host waits until the account may send again.
        HttpResponse held;
        held.url = request.url;
        held.status = 429;
        held.sent = false;
        const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
        held.headers.insert("retry-after", QByteArray::number(std::max<qint64>(1, now.secsTo(until))));
        held.errorText = tr("Not sent: the provider stopped this account's requests until %1")
                             .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
        QMetaObject::invokeMethod(
            this,
            [self = QPointer<HttpClient>(this), deliver, held] {
                deliver(held);
                if (self)
                    --self->m_inFlight;
            },
            Qt::QueuedConnection);
    };
    admit(account, request.budget, AccountQueue::Waiting {start, request.queued, refuse});
}

namespace {
qint64 monotonicNow(const Clock *clock)
{
    static QElapsedTimer process = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock ? clock->monotonicMs() : process.elapsed();
}
} // namespace

void HttpClient::admit(const QByteArray &account, const RequestBudget &budget, AccountQueue::Waiting entry)
{
    AccountQueue &queue = m_accounts[account];
    queue.budget = budget;
    if (queue.pausedUntil > monotonicNow(m_clock)) {
        entry.refuse(queue.pausedUntilWall);
        return;
    }
    queue.waiting.append(std::move(entry));
    pumpAccount(account);
}

void HttpClient::pumpAccount(const QByteArray &account)
{
    auto it = m_accounts.find(account);
    if (it == m_accounts.end())
        return;
    const qint64 now = monotonicNow(m_clock);
    if (it->pausedUntil > now) {
        // A 429 stopped the account: nothing that waits with it goes out before the pause ends.
        const QList<AccountQueue::Waiting> refused = std::exchange(it->waiting, {});
        const QDateTime until = it->pausedUntilWall;
        for (const AccountQueue::Waiting &entry : refused)
            entry.refuse(until);
        return;
    }
    const qint64 windowMs = std::chrono::milliseconds(it->budget.window).count();
    while (!it->sent.isEmpty() && it->sent.first() <= now - windowMs)
        it->sent.removeFirst();
    qint64 wakeAt = 0;
    while (!it->waiting.isEmpty()) {
        if (it->budget.concurrency > 0 && it->active >= it->budget.concurrency)
            break;
        if (it->budget.requests > 0 && it->sent.size() >= it->budget.requests) {
            wakeAt = it->sent.first() + windowMs;
            break;
        }
        AccountQueue::Waiting entry = it->waiting.takeFirst();
        ++it->active;
        if (it->budget.requests > 0)
            it->sent.append(now);
        if (entry.queued)
            entry.queued(-1);
        entry.start(); // may send again into this account (m_accounts may grow)
        it = m_accounts.find(account);
    }
    for (int i = 0; i < it->waiting.size(); ++i) {
        if (it->waiting.at(i).queued)
            it->waiting.at(i).queued(i);
    }
    if (wakeAt > 0) {
        if (!it->timer) {
            it->timer = new QTimer(this);
            it->timer->setSingleShot(true);
            connect(it->timer, &QTimer::timeout, this, [this, account] { pumpAccount(account); });
        }
        it->timer->start(std::chrono::milliseconds(std::max<qint64>(1, wakeAt - now)));
    }
}

void HttpClient::accountDone(const QByteArray &account, const HttpResponse &response)
{
    const auto it = m_accounts.find(account);
    if (it == m_accounts.end())
        return;
    --it->active;
    if (response.status == 429) {
        const QDateTime wall = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
        const std::chrono::seconds wait = response.retryAfter(wall).value_or(it->budget.pause);
        const qint64 until = monotonicNow(m_clock) + std::chrono::milliseconds(wait).count();
        if (until > it->pausedUntil) {
            it->pausedUntil = until;
            it->pausedUntilWall = wall.addSecs(wait.count());
            qCInfo(lcNet) << "the provider stopped an account's requests for" << wait.count() << "s";
        }
    }
    pumpAccount(account);
}

void HttpClient::recheck()
{
    const QList<QByteArray> accounts = m_accounts.keys();
    for (const QByteArray &account : accounts)
        pumpAccount(account);
}

int HttpClient::accountWaiting(const QByteArray &account) const
{
    const auto it = m_accounts.constFind(account);
    return it == m_accounts.constEnd() ? 0 : static_cast<int>(it->waiting.size());
}

QDateTime HttpClient::accountPausedUntil(const QByteArray &account) const
{
    const auto it = m_accounts.constFind(account);
    if (it == m_accounts.constEnd() || it->pausedUntil <= monotonicNow(m_clock))
        return {};
    return it->pausedUntilWall;
}

int HttpClient::waiting() const
{
    int count = 0;
    for (const ServerQueue &queue : m_servers)
        count += static_cast<int>(queue.waiting.size());
    return count;
}

void HttpClient::dispatch(const QString &server, std::function<void()> start)
{
    ServerQueue &queue = m_servers[server];
    if (queue.active >= connectionsPerServer) {
        queue.waiting.append(std::move(start));
        return;
    }
    ++queue.active;
    start();
}

void HttpClient::finished(const QString &server)
{
    const auto it = m_servers.find(server);
    if (it == m_servers.end())
        return;
    --it->active;
    if (!it->waiting.isEmpty()) {
        ++it->active;
        const std::function<void()> next = it->waiting.takeFirst();
        next();
        return;
    }
    if (it->active <= 0)
        m_servers.erase(it);
}

void HttpClient::refuse(const QUrl &url, const QString &why, const Deliver &deliver)
{
    HttpResponse refused;
    refused.error = HttpResponse::Error::Refused;
    refused.sent = false;
    refused.url = url;
    refused.errorText = m_redactor->redact(url.toDisplayString()) + QLatin1Char(' ') + why;
    QMetaObject::invokeMethod(
        this, [deliver, refused] { deliver(refused); }, Qt::QueuedConnection);
}

bool HttpClient::mayFollow(const HttpRequest &request, const QUrl &from, const QUrl &to)
{
    if (request.redirects != HttpRequest::Redirects::SameOriginHttps)
        return false;
    const QString https = QStringLiteral("https");
    return from.scheme().toLower() == https && to.scheme().toLower() == https
        && from.host().compare(to.host(), Qt::CaseInsensitive) == 0 && from.port(443) == to.port(443)
        && to.userInfo().isEmpty();
}

void HttpClient::sendHop(const HttpRequest &request, const QUrl &url, int redirectsLeft, qint64 startedMs,
                         const Deliver &deliver)
{
    // Every hop, the first included, passes the URL policy before anything is sent.
    QString why;
    if (!isAllowedServiceUrl(url, &why)) {
        refuse(url, why, deliver);
        return;
    }

    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Qt follows nothing: a redirect comes back here, where the request's rule decides. So Qt never
    // re-sends the Authorization header (or a body) to another origin or over a weaker scheme.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    const qint64 remaining = std::max<qint64>(1, request.timeout.count() - startedMs);
    networkRequest.setTransferTimeout(static_cast<int>(remaining));
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (request.basicAuth) {
        const QByteArray credentials
            = (request.basicAuth->first + QLatin1Char(':') + request.basicAuth->second).toUtf8();
        networkRequest.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }

    HttpRequest described = request;
    described.url = url;
    qCDebug(lcNet) << "sending" << describe(described);
    QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
        ? m_manager->get(networkRequest)
        : m_manager->sendCustomRequest(networkRequest, request.method, request.body);

    struct State
    {
        QElapsedTimer elapsed;
        QByteArray body;
        bool tooLarge = false;
        bool timedOut = false;
    };
    auto state = std::make_shared<State>();
    state->elapsed.start();
    const qint64 cap = request.maxBodyBytes;

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    deadline->start(std::chrono::milliseconds(remaining));

    connect(reply, &QNetworkReply::readyRead, reply, [reply, state, cap] {
        if (state->tooLarge)
            return;
        state->body += reply->read(cap + 1 - state->body.size());
        if (state->body.size() > cap) {
            state->tooLarge = true;
            state->body.truncate(cap);
            reply->abort();
        }
    });

    connect(reply, &QNetworkReply::finished, this,
            [this, request, url, redirectsLeft, startedMs, reply, state, cap, deliver] {
                if (!state->tooLarge && !state->timedOut)
                    state->body += reply->read(cap + 1 - state->body.size());
                HttpResponse response;
                response.url = url;
                response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                for (const auto &[name, value] : reply->rawHeaderPairs())
                    response.headers.insert(name.toLower(), value);
                response.body = state->body;
                if (state->body.size() > cap) {
                    state->tooLarge = true;
                    response.body.truncate(cap);
                }
                const bool isRedirect = response.status >= 300 && response.status < 400 && response.status != 304
                    && !response.header("location").isEmpty();
                if (state->tooLarge) {
                    response.error = HttpResponse::Error::TooLarge;
                    response.errorText = tr("the reply was larger than %1 bytes and was cut off").arg(cap);
                } else if (state->timedOut || reply->error() == QNetworkReply::OperationCanceledError
                           || reply->error() == QNetworkReply::TimeoutError) {
                    response.error = HttpResponse::Error::Timeout;
                    response.errorText = tr("no complete reply within the time limit");
                } else if (reply->error() != QNetworkReply::NoError && !isRedirect
                           && (response.status == 0 || isTransportError(reply->error()))) {
                    // A status line followed by a connection that broke (e.g. a body cut short) is no reply.
                    response.error = HttpResponse::Error::Network;
                    response.errorText = m_redactor->redact(reply->errorString());
                } else if (isRedirect) {
                    const QUrl target = url.resolved(QUrl::fromEncoded(response.header("location")));
                    const qint64 spent = startedMs + state->elapsed.elapsed();
                    reply->deleteLater();
                    if (redirectsLeft > 0 && mayFollow(request, url, target)) {
                        qCDebug(lcNet) << "following a same-origin redirect (HTTP" << response.status << ")";
                        HttpRequest next = request;
                        if (response.status == 303) {
                            next.method = "GET";
                            next.body.clear();
                        }
                        sendHop(next, target, redirectsLeft - 1, spent, deliver);
                        return;
                    }
                    response.error = HttpResponse::Error::Redirected;
                    response.redirectTarget = target;
                    response.errorText = tr("the server redirected to %1 (HTTP %2), which Homing does not follow")
                                             .arg(m_redactor->redact(shortened(target.toDisplayString())))
                                             .arg(response.status);
                    qCDebug(lcNet) << "not following a redirect:" << response.errorText;
                    deliver(response);
                    return;
                }
                qCDebug(lcNet) << "reply" << response.status << "after" << state->elapsed.elapsed()
                               << "ms:" << (response.ok() ? describeBody(response.body) : response.errorText);
                reply->deleteLater();
                deliver(response);
            });
}

} // namespace Homing
