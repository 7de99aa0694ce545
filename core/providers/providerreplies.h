#pragma once

#include "model/updateoutcome.h"
#include "net/httpclient.h"

#include <QJsonObject>

#include <chrono>
#include <optional>

namespace Homing::ProviderReplies {

using namespace std::chrono_literals;

inline constexpr std::chrono::seconds kTransient = 5min; // a failure that is likely gone soon
inline constexpr std::chrono::seconds kServerTrouble = 30min; // the provider says it has trouble (911, dnserr)

// The cases every HTTP provider treats alike: nothing sent (URL refused), no usable reply (timeout,
// network, too large), HTTP 429, 401/403 and 5xx. Returns nullopt when the reply needs the
// provider's own reading. detail (e.g. the provider's error message) is appended to the reason.
// A 429 waits as long as the reply asks, or rateLimitWait when it does not say.
std::optional<UpdateOutcome> commonProblem(const HttpResponse &response, const QString &detail = {},
                                           std::chrono::seconds rateLimitWait = kTransient);
// The outcome for a reply that is none of the documented ones.
UpdateOutcome notUnderstood(const HttpResponse &response);
// A needs-you outcome for a 4xx reply the provider explains with message.
UpdateOutcome refused(const HttpResponse &response, const QString &message);
// The wait the reply asks for: the longer of Retry-After and a `ratelimit-reset` header.
std::optional<std::chrono::seconds> askedWait(const HttpResponse &response);
// The longer of least and askedWait().
std::chrono::seconds waitFor(const HttpResponse &response, std::chrono::seconds least);

// A request to a JSON API: method, url, extra headers (e.g. Authorization) and, if given, a JSON body.
HttpRequest jsonRequest(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                        const std::optional<QJsonObject> &body = std::nullopt);
// "Authorization: Bearer <token>", with the token registered for redaction.
QPair<QByteArray, QByteArray> bearer(HttpClient *http, const QString &token);
// nullopt for a 2xx reply carrying a JSON object, else the outcome that ends this pass (common
// problems first, then other 4xx as "refused" with the API's message, else "not understood").
std::optional<UpdateOutcome> jsonProblem(const HttpResponse &response);
// The message of a JSON error reply ("message", "error.message", "detail" or "errors[0].message").
QString jsonMessage(const QByteArray &body);
// "A" or "AAAA".
QString recordTypeOf(const QHostAddress &address);

// A JSON object reply, or nullopt for anything else (garbage, empty, truncated, an array).
std::optional<QJsonObject> jsonObject(const QByteArray &body);

// While one lives (on this thread), jsonObject() of these very bytes (the same shared buffer, as
// every copy of one reply holds) parses them once: for an answer that many waiting hosts read in
// turn, such as a zone's listing, which would otherwise be parsed once per host.
class SharedAnswer
{
public:
    explicit SharedAnswer(const QByteArray &body);
    ~SharedAnswer();
    SharedAnswer(const SharedAnswer &) = delete;
    SharedAnswer &operator=(const SharedAnswer &) = delete;

private:
    friend std::optional<QJsonObject> jsonObject(const QByteArray &body);
    SharedAnswer *m_outer;
    QByteArray m_body;
    bool m_parsed = false;
    std::optional<QJsonObject> m_object;
};
QByteArray toJson(const QJsonObject &object);

} // namespace Homing::ProviderReplies
