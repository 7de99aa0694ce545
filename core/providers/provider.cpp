#include "provider.h"

namespace Homing {

QList<QHostAddress> UpdateRequest::addresses() const
{
    QList<QHostAddress> result;
    if (ipv4)
        result.append(*ipv4);
    if (ipv6)
        result.append(*ipv6);
    return result;
}

Provider::Provider(const ProviderInfo &info, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_info(info)
    , m_http(http)
{
}

} // namespace Homing
