#pragma once

#include "addressfamily.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariantMap>

namespace Homing {

enum class Ipv6Policy
{
    Stable, // a global address that is neither temporary nor deprecated
    Temporary, // the current privacy (temporary) address
    FixedInterfaceId // the current prefix with a fixed interface identifier
};

// A DNS name Homing keeps pointing at this machine. Holds no secret: the provider's secret fields
// live in the SecretStore under keys derived from id().
struct Host
{
    QUuid id;
    QString name; // ACE (punycode) form, no trailing dot
    QString providerId;
    QVariantMap settings; // the provider's non-secret fields, by field name
    bool ipv4 = true;
    bool ipv6 = false;
    Ipv6Policy ipv6Policy = Ipv6Policy::Stable;
    QString ipv6InterfaceId; // with FixedInterfaceId, e.g. "::1234:5678"
    QString sourceOverride; // address source id, empty for the configured defaults
    int ttl = 0; // 0: the provider's default
    bool allowPrivate = false;
    bool enabled = true;
    // "Take the name offline when this machine goes away" (quit, shutdown, sleep): the record is
    // parked by the provider's ParkingMethod and restored when the machine is back.
    bool park = false;
    // With a provider that parks by pointing the name elsewhere (ParkingMethod::SinkAddress): the
    // address for each family, e.g. "192.0.2.1" and "::"; empty for a family it does not publish.
    QString parkIpv4;
    QString parkIpv6;

    QString displayName() const; // Unicode form of name
    QList<AddressFamily> families() const;
    bool wants(AddressFamily family) const { return family == AddressFamily::IPv4 ? ipv4 : ipv6; }
    QString setting(const QString &key) const { return settings.value(key).toString(); }

    // Changes whenever anything the user can edit changes; a host that needs the user's attention
    // stays quiet until this differs from the value recorded when it stopped.
    QByteArray fingerprint() const;

    QJsonObject toJson() const;
    // Reads one host; on failure returns false and says which field is wrong and why.
    static bool fromJson(const QJsonObject &object, Host *host, QString *field, QString *error);

    // Validates a host name as typed by a person (Unicode allowed) and gives its ACE form.
    static bool normalizeName(const QString &input, QString *ace, QString *error);

    bool operator==(const Host &other) const = default;
};

QString ipv6PolicyName(Ipv6Policy policy);

} // namespace Homing
