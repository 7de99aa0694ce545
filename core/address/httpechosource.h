#pragma once

#include "addresssource.h"
#include "echoparser.h"
#include "sourceconfig.h"

#include <QUrl>

namespace Homing {

class Clock;
class HttpClient;

// An HTTPS echo service (ipify, icanhazip, Cloudflare trace, checkip pages): one URL per family.
class HttpEchoSource final : public AddressSource
{
    Q_OBJECT
public:
    HttpEchoSource(const SourceConfig &config, HttpClient *http, const Clock *clock, QObject *parent = nullptr);

    bool supports(AddressFamily family) const override;
    void detect(AddressFamily family, QObject *context, Callback callback) override;

private:
    QUrl m_ipv4Url;
    QUrl m_ipv6Url;
    EchoParser::Format m_format = EchoParser::Format::Auto;
    HttpClient *m_http;
    const Clock *m_clock;
};

} // namespace Homing
