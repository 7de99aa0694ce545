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

#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace Homing {

namespace {

using Describe = QList<ProviderInfo> (*)();
using Make = Provider *(*)(const ProviderInfo &info, HttpClient *http, QObject *parent);

template<typename T>
Provider *make(const ProviderInfo &info, HttpClient *http, QObject *parent)
{
    return new T(info, http, parent);
}

template<typename T>
QList<ProviderInfo> one()
{
    return {T::info()};
}

struct Registration
{
    Describe describe;
    Make make;
};

// The registration table: one line per provider implementation, in the order the chooser lists them.
const Registration kProviders[] = {
    {&Dyndns2Provider::catalogue,
     [](const ProviderInfo &info, HttpClient *http, QObject *parent) -> Provider * {
         return new Dyndns2Provider(info, Dyndns2Provider::quirksFor(info.id), http, parent);
     }},
    {&one<DuckDnsProvider>, &make<DuckDnsProvider>},
    {&ClouDnsProvider::catalogue, &make<ClouDnsProvider>},
    {&one<CloudflareProvider>, &make<CloudflareProvider>},
    {&one<NamecheapProvider>, &make<NamecheapProvider>},
    {&one<FreeDnsProvider>, &make<FreeDnsProvider>},
    {&one<Dynv6Provider>, &make<Dynv6Provider>},
    {&one<PorkbunProvider>, &make<PorkbunProvider>},
    {&one<GandiProvider>, &make<GandiProvider>},
    {&one<DigitalOceanProvider>, &make<DigitalOceanProvider>},
    {&one<HetznerProvider>, &make<HetznerProvider>},
    {&one<Rfc2136Provider>, &make<Rfc2136Provider>},
    {&one<PowerDnsProvider>, &make<PowerDnsProvider>},
    {&one<CustomUrlProvider>, &make<CustomUrlProvider>},
};

// Marks the built catalogue stale when the application's translators change: installTranslator()
// and removeTranslator() send QEvent::LanguageChange to the application object.
class LanguageWatch final : public QObject
{
public:
    bool stale = true;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            stale = true;
        return QObject::eventFilter(watched, event);
    }
};

struct Built
{
    QList<ProviderInfo> catalogue;
    QHash<QString, qsizetype> byId; // index into catalogue
    QHash<QString, Make> makers; // by id
    QPointer<LanguageWatch> watch; // lives on the application object; gone with it
    bool builtWithoutApplication = false;
};

Built &built()
{
    static Built state;
    QCoreApplication *app = QCoreApplication::instance();
    if (app && !state.watch) {
        state.watch = new LanguageWatch;
        state.watch->setParent(app);
        app->installEventFilter(state.watch);
    }
    // Without an application no translator can be installed, so what was built stays true until one
    // appears.
    const bool stale = state.watch ? state.watch->stale : state.catalogue.isEmpty();
    if (stale || (app && state.builtWithoutApplication)) {
        state.catalogue.clear();
        state.byId.clear();
        state.makers.clear();
        for (const Registration &registration : kProviders) {
            for (ProviderInfo &info : registration.describe()) {
                // A provider that takes the address as given can at least point the name elsewhere.
                if (info.parkingMethod == ParkingMethod::None && info.explicitAddress)
                    info.parkingMethod = ParkingMethod::SinkAddress;
                info.parking = info.parkingMethod != ParkingMethod::None;
                state.byId.insert(info.id, state.catalogue.size());
                state.makers.insert(info.id, registration.make);
                state.catalogue.append(std::move(info));
            }
        }
        if (state.watch)
            state.watch->stale = false;
        state.builtWithoutApplication = !app;
    }
    return state;
}

// The host a URL setting sends requests to, lower case; "" when it names none. A value without a
// scheme is read as https, as the providers read it.
QString serverHost(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    return QUrl(text.contains(QLatin1String("://")) ? text : QStringLiteral("https://") + text).host().toLower();
}

QSet<QString> defaultServerHosts(const ProviderInfo &info)
{
    QSet<QString> hosts;
    for (const FieldInfo &field : info.fields) {
        if (field.kind == FieldInfo::Kind::Url && !field.defaultValue.isEmpty())
            hosts.insert(serverHost(field.defaultValue));
    }
    hosts.remove(QString());
    return hosts;
}

} // namespace

QList<ProviderInfo> ProviderRegistry::catalogue()
{
    return built().catalogue;
}

std::optional<ProviderInfo> ProviderRegistry::find(const QString &id)
{
    const Built &state = built();
    const auto it = state.byId.constFind(id);
    if (it == state.byId.cend())
        return std::nullopt;
    return state.catalogue.at(*it);
}

Provider *ProviderRegistry::create(const QString &id, HttpClient *http, QObject *parent)
{
    const Built &state = built();
    const auto it = state.byId.constFind(id);
    if (it == state.byId.cend())
        return nullptr;
    return state.makers.value(id)(state.catalogue.at(*it), http, parent);
}

Provider *ProviderRegistry::create(const UpdateRequest &request, HttpClient *http, QObject *parent)
{
    Provider *provider = create(request.host.providerId, http, parent);
    if (provider && provider->info().budget.limits())
        provider->setAccount(provider->info().budgetAccount(request.host, request.secrets));
    return provider;
}

std::optional<ProviderInfo> ProviderRegistry::foreignServer(const Host &host, QString *field)
{
    const Built &state = built();
    const auto own = find(host.providerId);
    if (!own)
        return std::nullopt; // which settings are servers is the provider's to say
    const QSet<QString> ownHosts = defaultServerHosts(*own);
    for (auto it = host.settings.cbegin(); it != host.settings.cend(); ++it) {
        const FieldInfo *info = own->field(it.key());
        if (!info || info->kind != FieldInfo::Kind::Url)
            continue;
        const QString server = serverHost(it.value().toString());
        if (server.isEmpty() || ownHosts.contains(server))
            continue;
        for (const ProviderInfo &other : state.catalogue) {
            if (other.id != host.providerId && defaultServerHosts(other).contains(server)) {
                *field = it.key();
                return other;
            }
        }
    }
    return std::nullopt;
}

} // namespace Homing
