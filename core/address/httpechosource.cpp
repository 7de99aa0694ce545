#include "httpechosource.h"

#include "clock.h"
#include "logging.h"
#include "net/httpclient.h"

namespace Homing {

HttpEchoSource::HttpEchoSource(const SourceConfig &config, HttpClient *http, const Clock *clock, QObject *parent)
    : AddressSource(config.id, parent)
    , m_ipv4Url(config.option(QStringLiteral("ipv4Url")))
    , m_ipv6Url(config.option(QStringLiteral("ipv6Url")))
    , m_http(http)
    , m_clock(clock)
{
    EchoParser::formatFromName(config.option(QStringLiteral("format")), &m_format);
}

bool HttpEchoSource::supports(AddressFamily family) const
{
    return family == AddressFamily::IPv4 ? !m_ipv4Url.isEmpty() : !m_ipv6Url.isEmpty();
}

void HttpEchoSource::detect(AddressFamily family, QObject *context, Callback callback)
{
    HttpRequest request;
    request.url = family == AddressFamily::IPv4 ? m_ipv4Url : m_ipv6Url;
    request.timeout = std::chrono::seconds(10);
    request.maxBodyBytes = 8 * 1024;
    // An echo request carries no secret, but its answer is published: a redirect is followed only
    // within the same https:// origin.
    request.redirects = HttpRequest::Redirects::SameOriginHttps;
    request.headers.append(
        qMakePair(QByteArray("Accept"), QByteArray("text/plain, application/json;q=0.9, */*;q=0.1")));
    const QString sourceId = id();
    m_http->send(request, context, [this, family, sourceId, callback](const HttpResponse &response) {
        SourceResult result;
        if (!response.ok()) {
            result.error = response.errorText;
        } else if (response.status != 200) {
            result.error = tr("HTTP status %1").arg(response.status);
        } else {
            QHostAddress address;
            if (EchoParser::parse(response.body, m_format, family, &address, &result.error)) {
                result.ok = true;
                result.observation = Observation {address, family, sourceId, m_clock->now()};
            }
        }
        if (!result.ok)
            qCInfo(lcAddress).noquote() << "source" << sourceId << familyName(family) << "failed:" << result.error;
        callback(result);
    });
}

} // namespace Homing
