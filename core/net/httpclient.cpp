#include "httpclient.h"

#include "logging.h"
#include "redactor.h"
#include "urlpolicy.h"

#include <QElapsedTimer>
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
    auto deliver = [guard, callback](const HttpResponse &response) {
        if (guard)
            callback(response);
    };

    QString why;
    if (!isAllowedServiceUrl(request.url, &why)) {
        HttpResponse refused;
        refused.error = HttpResponse::Error::Refused;
        refused.errorText = m_redactor->redact(request.url.toDisplayString()) + QLatin1Char(' ') + why;
        QMetaObject::invokeMethod(
            this, [deliver, refused] { deliver(refused); }, Qt::QueuedConnection);
        return;
    }
    if (request.basicAuth)
        m_redactor->addBasicCredentials(request.basicAuth->first, request.basicAuth->second);

    QNetworkRequest networkRequest(request.url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setTransferTimeout(static_cast<int>(request.timeout.count()));
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (request.basicAuth) {
        const QByteArray credentials
            = (request.basicAuth->first + QLatin1Char(':') + request.basicAuth->second).toUtf8();
        networkRequest.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }

    qCDebug(lcNet) << "sending" << describe(request);
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
    deadline->start(request.timeout);

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

    connect(reply, &QNetworkReply::finished, this, [this, reply, state, cap, deliver] {
        if (!state->tooLarge && !state->timedOut)
            state->body += reply->read(cap + 1 - state->body.size());
        HttpResponse response;
        response.elapsedMs = state->elapsed.elapsed();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        response.body = state->body;
        if (state->body.size() > cap) {
            state->tooLarge = true;
            response.body.truncate(cap);
        }
        if (state->tooLarge) {
            response.error = HttpResponse::Error::TooLarge;
            response.errorText = tr("the reply was larger than %1 bytes and was cut off").arg(cap);
        } else if (state->timedOut || reply->error() == QNetworkReply::OperationCanceledError
                   || reply->error() == QNetworkReply::TimeoutError) {
            response.error = HttpResponse::Error::Timeout;
            response.errorText = tr("no complete reply within the time limit");
        } else if (reply->error() != QNetworkReply::NoError
                   && (response.status == 0 || isTransportError(reply->error()))) {
            // A status line followed by a connection that broke (e.g. a body cut short) is no reply.
            response.error = HttpResponse::Error::Network;
            response.errorText = m_redactor->redact(reply->errorString());
        }
        qCDebug(lcNet) << "reply" << response.status << "after" << response.elapsedMs
                       << "ms:" << (response.ok() ? describeBody(response.body) : response.errorText);
        reply->deleteLater();
        deliver(response);
    });
}

} // namespace Homing
