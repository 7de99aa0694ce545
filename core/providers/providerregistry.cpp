#include "providerregistry.h"

#include "dyndns2provider.h"

namespace Homing {

QList<ProviderInfo> ProviderRegistry::catalogue()
{
    QList<ProviderInfo> all;
    all += Dyndns2Provider::catalogue();
    return all;
}

std::optional<ProviderInfo> ProviderRegistry::find(const QString &id)
{
    for (const ProviderInfo &info : catalogue()) {
        if (info.id == id)
            return info;
    }
    return std::nullopt;
}

Provider *ProviderRegistry::create(const QString &id, HttpClient *http, QObject *parent)
{
    const std::optional<ProviderInfo> info = find(id);
    if (!info)
        return nullptr;
    if (info->protocol == QLatin1String("dyndns2"))
        return new Dyndns2Provider(*info, Dyndns2Provider::quirksFor(id), http, parent);
    return nullptr;
}

} // namespace Homing
