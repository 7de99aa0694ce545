#include "providerregistry.h"

#include "cloudflareprovider.h"
#include "cloudnsprovider.h"
#include "customurlprovider.h"
#include "digitaloceanprovider.h"
#include "duckdnsprovider.h"
#include "dyndns2provider.h"
#include "dynv6provider.h"
#include "freednsprovider.h"
#include "gandiprovider.h"
#include "hetznerprovider.h"
#include "namecheapprovider.h"
#include "porkbunprovider.h"
#include "powerdnsprovider.h"
#include "rfc2136provider.h"

namespace Homing {

QList<ProviderInfo> ProviderRegistry::catalogue()
{
    QList<ProviderInfo> all;
    all += Dyndns2Provider::catalogue();
    all += DuckDnsProvider::info();
    all += ClouDnsProvider::catalogue();
    all += CloudflareProvider::info();
    all += NamecheapProvider::info();
    all += FreeDnsProvider::info();
    all += Dynv6Provider::info();
    all += PorkbunProvider::info();
    all += GandiProvider::info();
    all += DigitalOceanProvider::info();
    all += HetznerProvider::info();
    all += Rfc2136Provider::info();
    all += PowerDnsProvider::info();
    all += CustomUrlProvider::info();
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
    const QString &protocol = info->protocol;
    if (protocol == QLatin1String("dyndns2"))
        return new Dyndns2Provider(*info, Dyndns2Provider::quirksFor(id), http, parent);
    if (protocol == QLatin1String("duckdns"))
        return new DuckDnsProvider(*info, http, parent);
    if (protocol == QLatin1String("cloudns"))
        return new ClouDnsProvider(*info, http, parent);
    if (protocol == QLatin1String("cloudflare"))
        return new CloudflareProvider(*info, http, parent);
    if (protocol == QLatin1String("namecheap"))
        return new NamecheapProvider(*info, http, parent);
    if (protocol == QLatin1String("freedns"))
        return new FreeDnsProvider(*info, http, parent);
    if (protocol == QLatin1String("dynv6"))
        return new Dynv6Provider(*info, http, parent);
    if (protocol == QLatin1String("porkbun"))
        return new PorkbunProvider(*info, http, parent);
    if (protocol == QLatin1String("gandi"))
        return new GandiProvider(*info, http, parent);
    if (protocol == QLatin1String("digitalocean"))
        return new DigitalOceanProvider(*info, http, parent);
    if (protocol == QLatin1String("hetzner"))
        return new HetznerProvider(*info, http, parent);
    if (protocol == QLatin1String("rfc2136"))
        return new Rfc2136Provider(*info, http, parent);
    if (protocol == QLatin1String("powerdns"))
        return new PowerDnsProvider(*info, http, parent);
    if (protocol == QLatin1String("custom"))
        return new CustomUrlProvider(*info, http, parent);
    return nullptr;
}

} // namespace Homing
