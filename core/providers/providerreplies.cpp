#include "providerreplies.h"

#include "redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Homing::ProviderReplies {

namespace {
// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct ProviderRepliesText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::ProviderReplies)
};

QString withDetail(const QString &reason, const QString &detail)
{
    return detail.isEmpty() ? reason : reason + QStringLiteral(": ") + detail;
}
} // namespace

std::optional<std::chrono::seconds> askedWait(const HttpResponse &response)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<std::chrono::seconds> wait = response.retryAfter(now);
    bool isNumber = false;
    const qint64 reset = response.header("ratelimit-reset").trimmed().toLongLong(&isNumber);
    std::optional<std::chrono::seconds> untilReset;
    if (isNumber && reset > 1000000000) // an epoch time (DigitalOcean, Hetzner)
        untilReset = std::chrono::seconds(std::clamp<qint64>(reset - now.toSecsSinceEpoch(), 0, 86400));
    else if (isNumber && reset > 0) // seconds from now in other dialects
        untilReset = std::chrono::seconds(std::min<qint64>(reset, 86400));
    if (untilReset && (!wait || *untilReset > *wait))
        wait = untilReset;
    return wait;
}

std::chrono::seconds waitFor(const HttpResponse &response, std::chrono::seconds least)
{
    const std::optional<std::chrono::seconds> asked = askedWait(response);
    return asked && *asked > least ? *asked : least;
}

std::optional<UpdateOutcome> commonProblem(const HttpResponse &response, const QString &detail,
                                           std::chrono::seconds rateLimitWait)
{
    switch (response.error) {
    case HttpResponse::Error::None:
        break;
    case HttpResponse::Error::Refused:
        return UpdateOutcome::needsUser(response.errorText,
                                        ProviderRepliesText::tr("Change the server address to an https:// URL."));
    case HttpResponse::Error::Redirected:
        // Nothing is re-sent to the new address: it may be another party's, and the request carries
        // credentials. The user decides whether the new address is the provider's.
        return UpdateOutcome::needsUser(
            ProviderRepliesText::tr("The provider moved: %1").arg(response.errorText),
            ProviderRepliesText::tr(
                "Check the server setting of this host; if the provider really moved, enter the new address."));
    case HttpResponse::Error::Timeout:
    case HttpResponse::Error::TooLarge:
    case HttpResponse::Error::Network:
        return UpdateOutcome::retryLater(
            ProviderRepliesText::tr("No usable reply from the provider: %1").arg(response.errorText), kTransient);
    }
    if (response.status == 429) {
        return UpdateOutcome::retryLater(
            withDetail(ProviderRepliesText::tr("The provider asks Homing to slow down (HTTP 429)"), detail),
            std::max(askedWait(response).value_or(rateLimitWait), std::chrono::seconds(1)));
    }
    if (response.status == 401 || response.status == 403) {
        return UpdateOutcome::credentialsRefused(
            withDetail(ProviderRepliesText::tr("The provider refused the credentials (HTTP %1)").arg(response.status),
                       detail),
            ProviderRepliesText::tr(
                "Check the credentials stored for this host, and that they are allowed to change this name."));
    }
    if (response.status >= 500) {
        return UpdateOutcome::retryLater(
            withDetail(ProviderRepliesText::tr("The provider has a problem on its side (HTTP %1)").arg(response.status),
                       detail),
            waitFor(response, kTransient));
    }
    return std::nullopt;
}

UpdateOutcome notUnderstood(const HttpResponse &response)
{
    return UpdateOutcome::retryLater(
        ProviderRepliesText::tr("The provider's reply was not understood (HTTP %1, %2 bytes).")
            .arg(response.status)
            .arg(response.body.size()),
        kTransient);
}

UpdateOutcome refused(const HttpResponse &response, const QString &message)
{
    return UpdateOutcome::needsUser(
        withDetail(ProviderRepliesText::tr("The provider refused the request (HTTP %1)").arg(response.status), message),
        ProviderRepliesText::tr(
            "Check this host's settings (zone, host name, record) against the provider's control panel."));
}

HttpRequest jsonRequest(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                        const std::optional<QJsonObject> &body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers = headers;
    request.headers.append(qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")));
    if (body) {
        request.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
        request.body = toJson(*body);
    }
    return request;
}

QPair<QByteArray, QByteArray> bearer(HttpClient *http, const QString &token)
{
    http->redactor()->addSecret(token);
    return qMakePair(QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8());
}

std::optional<UpdateOutcome> jsonProblem(const HttpResponse &response)
{
    if (std::optional<UpdateOutcome> problem = commonProblem(response, jsonMessage(response.body)))
        return problem;
    if (response.status >= 400)
        return refused(response, jsonMessage(response.body));
    if (response.status < 200 || response.status >= 300 || !jsonObject(response.body))
        return notUnderstood(response);
    return std::nullopt;
}

QString jsonMessage(const QByteArray &body)
{
    const std::optional<QJsonObject> object = jsonObject(body);
    if (!object)
        return {};
    for (const QJsonValue &candidate :
         {object->value(QStringLiteral("message")),
          object->value(QStringLiteral("error")).toObject().value(QStringLiteral("message")),
          object->value(QStringLiteral("detail")),
          object->value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("message"))}) {
        if (candidate.isString() && !candidate.toString().isEmpty())
            return candidate.toString().left(200);
    }
    return {};
}

QString recordTypeOf(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("AAAA") : QStringLiteral("A");
}

namespace {
thread_local SharedAnswer *t_sharedAnswer = nullptr;
} // namespace

SharedAnswer::SharedAnswer(const QByteArray &body)
    : m_outer(t_sharedAnswer)
    , m_body(body)
{
    t_sharedAnswer = this;
}

SharedAnswer::~SharedAnswer()
{
    t_sharedAnswer = m_outer;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    SharedAnswer *shared = t_sharedAnswer;
    // The same buffer as the one the answer holds (which keeps it alive): the same bytes.
    const bool same = shared && !body.isEmpty() && body.isSharedWith(shared->m_body);
    if (same && shared->m_parsed)
        return shared->m_object;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    std::optional<QJsonObject> object;
    if (error.error == QJsonParseError::NoError && document.isObject())
        object = document.object();
    if (same) {
        shared->m_parsed = true;
        shared->m_object = object;
    }
    return object;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Homing::ProviderReplies
