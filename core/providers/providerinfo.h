#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include "model/host.h"
#include "net/requestbudget.h"

namespace Homing {

// One thing a provider needs from the user. The host editor builds its form from these; secret
// fields go to the SecretStore, every other field to Host::settings.
struct FieldInfo
{
    enum class Kind
    {
        Text,
        Secret,
        Choice,
        Number,
        Url,
        Bool
    };

    QString name; // key in Host::settings or the secret's field name
    QString label;
    Kind kind = Kind::Text;
    bool required = true;
    QString placeholder;
    QString help;
    QStringList choices; // with Choice
    QString defaultValue;
    int minimum = 0; // with Number
    int maximum = 0;
    // The value means the same at every provider that has this field (the zone: a property of the
    // name, not of an account or a service), so the host editor keeps it when the user switches
    // provider. Every other field starts afresh: one service's server, user name or token is no
    // other service's.
    bool sharedMeaning = false;
    // Where the provider documents the form of a value (a DuckDNS token is a UUID): a regular
    // expression the whole value must match, and the words that say so when it does not.
    QString pattern;
    QString patternHelp;

    // Checks one value as typed; on failure says why in words for the user.
    bool validate(const QString &value, QString *error) const;
};

QString fieldKindName(FieldInfo::Kind kind);

// How a provider parks a record when the machine leaves (DESIGN.md §7).
enum class ParkingMethod
{
    None, // cannot park
    Offline, // the protocol's "offline" flag (dyndns2 offline=YES)
    DeleteRecord, // deletes the host's A/AAAA RRset (API providers, RFC 2136); Provider::park()
    SinkAddress // points the record at an address the user controls or an unroutable one
};

QString parkingMethodName(ParkingMethod method);

struct ProviderInfo
{
    QString id;
    QString name;
    QString protocol; // implementation family, e.g. "dyndns2"
    QString helpUrl;
    QString summary; // one line for the chooser
    QList<FieldInfo> fields;
    bool ipv4 = true;
    bool ipv6 = false;
    bool ttl = false; // can set the record's TTL
    // With ttl: the least TTL the provider accepts as documented (TRUST.md §5); 0 where the server
    // decides (PowerDNS, RFC 2136).
    int minTtl = 0;
    // How it parks the record when the machine leaves. The registry gives SinkAddress to every
    // provider that takes an explicit address and declares nothing better; parking follows.
    bool parking = false;
    ParkingMethod parkingMethod = ParkingMethod::None;
    int minIntervalSeconds = 60; // least time between two calls for one host
    // How long the zone's authoritative servers may take to answer a new address after the
    // provider accepted it; until then a server that lags is Propagating, afterwards a Mismatch.
    // Where nothing is documented or measured (TRUST.md §3), 300 s.
    int expectedLagSeconds = 300;
    QString rateLimit; // as documented, for people
    // The documented limit as Homing keeps it: every host of one account shares it (HttpClient).
    RequestBudget budget;
    // The settings and secrets whose values make one account for the budget (Cloudflare: the token;
    // deSEC: the domain), besides the provider and its server. Empty: every secret field.
    QStringList budgetFields;
    // The key of the host's account for the budget: a hash, never a secret itself.
    QByteArray budgetAccount(const Host &host, const QHash<QString, QString> &secrets) const;
    bool explicitAddress = true; // false: the service takes the address from the connection
    bool testCredentials = false; // Provider::testCredentials() has a harmless call for it
    // The editor offers a field to paste a TSIG key block (TsigKeyBlock) into the fields keyname,
    // algorithm and secret.
    bool tsigKeyBlock = false;
    QString notes;
    // Where the service only serves names under its own domain (DuckDNS): that domain.
    QString nameSuffix;

    const FieldInfo *field(const QString &name) const;
    // What "Take the name offline when this machine goes away" does at this provider, or why it
    // cannot, in a user's words.
    QString parkingText() const;
    // The TTL Homing sends for a host that leaves it at "lowest": the provider's minimum, or 60 s
    // if that is higher, so that resolvers forget an old address soon. 0 without ttl.
    int defaultTtl() const;
    // The TTL to send for a host whose own TTL is hostTtl: defaultTtl() for 0 ("lowest").
    int ttlFor(int hostTtl) const { return ttl && hostTtl <= 0 ? defaultTtl() : hostTtl; }
    // Whether this provider can serve the host name (ACE form); if not, why in words.
    bool acceptsName(const QString &name, QString *error) const;
    QStringList secretFields() const;
    // Validates a host's settings and secrets against the fields; returns problems by field name.
    QHash<QString, QString> validate(const QVariantMap &settings, const QHash<QString, QString> &secrets) const;
    QJsonObject toJson() const;
};

} // namespace Homing
