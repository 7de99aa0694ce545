// The dyndns2 family: one ProviderInfo and one quirks entry per service.
#include "dyndns2provider.h"
#include "providerfields.h"

namespace Homing {

namespace F = ProviderFields;

namespace {

struct CatalogueEntry
{
    const char *id;
    const char *name;
    const char *helpUrl;
    Dyndns2Provider::Quirks quirks;
};

using Families = Dyndns2Provider::Quirks::Families;
using Auth = Dyndns2Provider::Quirks::Auth;

const CatalogueEntry kEntries[] = {
    {"dyndns",
     "DynDNS (Dyn)",
     "https://help.dyn.com/remote-access-api/",
     {QStringLiteral("https://members.dyndns.org"), QStringLiteral("/nic/update"), false, Families::MyipList,
      Auth::Basic, false, true, 20}},
    {"noip",
     "No-IP",
     "https://www.noip.com/integrate/request",
     {QStringLiteral("https://dynupdate.no-ip.com"), QStringLiteral("/nic/update"), false, Families::MyipList,
      Auth::Basic, true, true, 20}},
    {"dynu",
     "Dynu",
     "https://www.dynu.com/DynamicDNS/IP-Update-Protocol",
     {QStringLiteral("https://api.dynu.com"), QStringLiteral("/nic/update"), false, Families::MyipOrNo, Auth::Basic,
      false}},
    {"he",
     "Hurricane Electric (dns.he.net)",
     "https://dns.he.net/docs.html",
     {QStringLiteral("https://dyn.dns.he.net"), QStringLiteral("/nic/update"), false, Families::OnePerRequest,
      Auth::BasicHostName, false}},
    {"ovh",
     "OVH DynHost",
     "https://help.ovhcloud.com/csm/en-dns-dynhost",
     {QStringLiteral("https://www.ovh.com"), QStringLiteral("/nic/update"), true, Families::OnePerRequest, Auth::Basic,
      false}},
    {"strato",
     "Strato DynDNS",
     "https://www.strato.de/faq/domains/so-einfach-richten-sie-dyndns-fuer-ihre-domains-ein/",
     {QStringLiteral("https://dyndns.strato.com"), QStringLiteral("/nic/update"), false, Families::MyipList,
      Auth::Basic, false}},
    {"desec",
     "deSEC (dedyn.io)",
     "https://desec.readthedocs.io/en/latest/dyndns/update-api.html",
     {QStringLiteral("https://update.dedyn.io"), QStringLiteral("/"), false, Families::Desec, Auth::Basic, false}},
    {"ipv64",
     "IPv64.net",
     "https://ipv64.net/dyndns_updater_api",
     {QStringLiteral("https://ipv64.net"), QStringLiteral("/nic/update"), false, Families::MyipAndMyipv6, Auth::Bearer,
      false}},
    {"dyndns2",
     QT_TRANSLATE_NOOP("QObject", "dyndns2-compatible server"),
     "https://help.dyn.com/remote-access-api/perform-update/",
     {QString(), QStringLiteral("/nic/update"), false, Families::MyipList, Auth::Basic, false}},
};

ProviderInfo baseInfo(const CatalogueEntry &entry)
{
    ProviderInfo info;
    info.id = QLatin1String(entry.id);
    info.name = QObject::tr(entry.name); // service names stay as they are; a description is translated
    info.protocol = QStringLiteral("dyndns2");
    info.helpUrl = QLatin1String(entry.helpUrl);
    info.ipv4 = true;
    info.ipv6 = true;
    info.testCredentials = true;
    info.fields = {F::server(entry.quirks.defaultServer),
                   F::text("username", QObject::tr("User name"), QObject::tr("The account's user name.")),
                   F::secret("password", QObject::tr("Password"), QObject::tr("The account's password."))};
    // TRUST.md §5: Dyn and No-IP document offline=YES (a paid feature); deSEC deletes a record
    // sent with an empty value; the others can only point the name at a sink address.
    if (entry.quirks.offline)
        info.parkingMethod = ParkingMethod::Offline;
    else if (entry.quirks.families == Families::Desec)
        info.parkingMethod = ParkingMethod::DeleteRecord;
    return info;
}

} // namespace

QList<ProviderInfo> Dyndns2Provider::catalogue()
{
    QList<ProviderInfo> all;
    for (const CatalogueEntry &entry : kEntries) {
        ProviderInfo info = baseInfo(entry);
        const QString id = info.id;
        if (id == QLatin1String("dyndns")) {
            info.summary = QObject::tr("Dyn's Remote Access API (dyndns2)");
            info.fields[2].help = QObject::tr("The account password or an updater client key.");
            info.notes = QObject::tr("Both families go in one request (myip=<IPv4>,<IPv6>). Codes 911 and dnserr wait "
                                     "30 minutes; every other error stops the host until you act.");
        } else if (id == QLatin1String("noip")) {
            info.summary = QObject::tr("No-IP dynamic update (dyndns2)");
            info.fields[1].label = QObject::tr("E-mail or group user name");
            info.fields[1].help = QObject::tr("The account e-mail address, or a group's user name.");
            info.fields.append(F::text("group", QObject::tr("Group"),
                                       QObject::tr("Optional: a No-IP group name to update instead of the single host "
                                                   "(every host in the group gets the address)."),
                                       false));
            info.notes = QObject::tr("Sends No-IP's required User-Agent form. Free hosts expire unless refreshed; "
                                     "Homing re-sends every 25 days. 911 waits 30 minutes.");
        } else if (id == QLatin1String("dynu")) {
            info.expectedLagSeconds = 180;
            info.summary = QObject::tr("Dynu IP update protocol (dyndns2 dialect)");
            info.fields[2].help = QObject::tr("The account password, its MD5/SHA-256 hash, or an IP-update password.");
            info.notes = QObject::tr("Sends myip and myipv6; a family the host does not update is sent as \"no\" so "
                                     "Dynu does not guess it from the connection.");
        } else if (id == QLatin1String("he")) {
            info.summary = QObject::tr("Hurricane Electric free DNS, dynamic records");
            info.fields.removeAt(1); // the user name is the host name
            info.fields[1].label = QObject::tr("DDNS key");
            info.fields[1].help = QObject::tr("The key generated for this record in dns.he.net.");
            info.minIntervalSeconds = 300;
            info.expectedLagSeconds = 300;
            info.notes = QObject::tr("One family per request (two requests for a dual-stack host). The A/AAAA record "
                                     "must exist and be marked dynamic. \"interval\" waits 10 minutes.");
        } else if (id == QLatin1String("ovh")) {
            info.expectedLagSeconds = 60;
            info.summary = QObject::tr("OVH DynHost (dyndns2)");
            info.fields[1].label = QObject::tr("DynHost login");
            info.fields[1].help = QObject::tr("The DynHost login created for the zone, e.g. example.org-home.");
            info.notes = QObject::tr("One address per request. OVH documents IPv4; IPv6 is UNVERIFIED: Homing sends "
                                     "it as a separate request and shows OVH's answer if it refuses.");
        } else if (id == QLatin1String("strato")) {
            info.summary = QObject::tr("Strato DynDNS (dyndns2)");
            info.fields[1].label = QObject::tr("Domain");
            info.fields[1].help = QObject::tr("The domain the DynDNS password belongs to.");
            info.notes = QObject::tr("Dual stack is sent as myip=<IPv4>,<IPv6> (UNVERIFIED at Strato: if it answers "
                                     "badrequest, update one family per host).");
        } else if (id == QLatin1String("desec")) {
            info.summary = QObject::tr("deSEC dynDNS update API");
            info.fields[1] = F::text("username", QObject::tr("Domain"),
                                     QObject::tr("The domain registered at deSEC; empty means the host name."), false);
            info.fields[2].label = QObject::tr("Token");
            info.fields[2].help = QObject::tr("A deSEC token allowed to update this domain.");
            info.fields[2].pattern = QStringLiteral("[A-Za-z0-9_-]{28}|[0-9a-f]{40}");
            info.fields[2].patternHelp = QObject::tr("A deSEC token is 28 letters, digits, - and _, as deSEC showed it "
                                                     "once when it was created.");
            info.minIntervalSeconds = 60;
            info.expectedLagSeconds = 120;
            info.rateLimit = QObject::tr("2 updates per 2 minutes per domain; 429 with Retry-After beyond that");
            info.budget = {2, std::chrono::seconds(120), 1, std::chrono::seconds(120)};
            info.budgetFields = {QStringLiteral("username")};
            info.notes = QObject::tr("Always sends both families: a family the host does not update is sent as "
                                     "\"preserve\", because deSEC deletes a record it is not told about. TTL is "
                                     "fixed at 60 s.");
        } else if (id == QLatin1String("ipv64")) {
            info.summary = QObject::tr("IPv64.net dynamic update");
            info.fields.removeAt(1);
            info.fields[1] = F::secret("password", QObject::tr("Update token"),
                                       QObject::tr("The account's DynDNS update token (sent as a Bearer token)."));
            info.minIntervalSeconds = 60;
            info.expectedLagSeconds = 60;
            info.rateLimit = QObject::tr("By account class, 48 updates a day by default; at most 3 requests in 10 s");
            info.budget = {3, std::chrono::seconds(10), 1, std::chrono::seconds(60)};
        } else {
            info.summary = QObject::tr("Any server that speaks the dyndns2 protocol");
            info.notes = QObject::tr("Both families go in one request (myip=<IPv4>,<IPv6>).");
        }
        all.append(info);
    }
    return all;
}

Dyndns2Provider::Quirks Dyndns2Provider::quirksFor(const QString &providerId)
{
    for (const CatalogueEntry &entry : kEntries) {
        if (providerId == QLatin1String(entry.id))
            return entry.quirks;
    }
    return {};
}

} // namespace Homing
