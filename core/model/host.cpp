#include "host.h"

#include "inputcheck.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Homing {

namespace {

constexpr int kMaxLabelLength = 63; // RFC 1035 2.3.4

bool ipv6PolicyFromName(const QString &name, Ipv6Policy *policy)
{
    if (name == QLatin1String("stable"))
        *policy = Ipv6Policy::Stable;
    else if (name == QLatin1String("temporary"))
        *policy = Ipv6Policy::Temporary;
    else if (name == QLatin1String("fixed"))
        *policy = Ipv6Policy::FixedInterfaceId;
    else
        return false;
    return true;
}

// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct HostText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Host)
};

} // namespace

QString ipv6PolicyName(Ipv6Policy policy)
{
    switch (policy) {
    case Ipv6Policy::Stable:
        return QStringLiteral("stable");
    case Ipv6Policy::Temporary:
        return QStringLiteral("temporary");
    case Ipv6Policy::FixedInterfaceId:
        return QStringLiteral("fixed");
    }
    return QStringLiteral("stable");
}

QString Host::displayName() const
{
    return QUrl::fromAce(name.toLatin1(), QUrl::IgnoreIDNWhitelist);
}

QList<AddressFamily> Host::families() const
{
    QList<AddressFamily> result;
    if (ipv4)
        result.append(AddressFamily::IPv4);
    if (ipv6)
        result.append(AddressFamily::IPv6);
    return result;
}

QByteArray Host::fingerprint() const
{
    QJsonObject object = toJson();
    object.remove(QStringLiteral("enabled"));
    // Parking is what happens when the machine leaves; it does not change what is published now.
    object.remove(QStringLiteral("park"));
    object.remove(QStringLiteral("parkAt"));
    return QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex()
        .left(16);
}

QJsonObject Host::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("provider"), providerId);
    QJsonArray familyList;
    for (AddressFamily family : families())
        familyList.append(familyName(family));
    object.insert(QStringLiteral("families"), familyList);
    object.insert(QStringLiteral("settings"), QJsonObject::fromVariantMap(settings));
    if (ipv6) {
        object.insert(QStringLiteral("ipv6Policy"), ipv6PolicyName(ipv6Policy));
        if (ipv6Policy == Ipv6Policy::FixedInterfaceId)
            object.insert(QStringLiteral("ipv6InterfaceId"), ipv6InterfaceId);
    }
    if (!sourceOverride.isEmpty())
        object.insert(QStringLiteral("source"), sourceOverride);
    if (ttl > 0)
        object.insert(QStringLiteral("ttl"), ttl);
    object.insert(QStringLiteral("allowPrivate"), allowPrivate);
    object.insert(QStringLiteral("enabled"), enabled);
    if (park)
        object.insert(QStringLiteral("park"), true);
    QJsonArray parkAt;
    for (const QString &address : {parkIpv4, parkIpv6}) {
        if (!address.isEmpty())
            parkAt.append(address);
    }
    if (!parkAt.isEmpty())
        object.insert(QStringLiteral("parkAt"), parkAt);
    return object;
}

bool Host::fromJson(const QJsonObject &object, Host *host, QString *field, QString *error)
{
    auto fail = [&](const char *name, const QString &why) {
        *field = QLatin1String(name);
        *error = why;
        return false;
    };
    static const QStringList known = {
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("provider"),
        QStringLiteral("families"),
        QStringLiteral("settings"),
        QStringLiteral("ipv6Policy"),
        QStringLiteral("ipv6InterfaceId"),
        QStringLiteral("source"),
        QStringLiteral("ttl"),
        QStringLiteral("allowPrivate"),
        QStringLiteral("enabled"),
        QStringLiteral("park"),
        QStringLiteral("parkAt"),
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *field = it.key();
            *error = HostText::tr("unknown field");
            return false;
        }
    }

    Host result;
    const QJsonValue id = object.value(QStringLiteral("id"));
    result.id = QUuid::fromString(id.toString());
    if (!id.isString() || result.id.isNull())
        return fail("id", HostText::tr("must be a UUID such as \"3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a\""));

    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isString())
        return fail("name", HostText::tr("must be a host name such as \"home.example.org\""));
    QString why;
    if (!normalizeName(name.toString(), &result.name, &why))
        return fail("name", why);

    const QJsonValue provider = object.value(QStringLiteral("provider"));
    if (!provider.isString() || provider.toString().isEmpty())
        return fail("provider", HostText::tr("must name a provider, e.g. \"dyndns2\""));
    result.providerId = provider.toString();

    const QJsonValue families = object.value(QStringLiteral("families"));
    if (!families.isUndefined()) {
        if (!families.isArray() || families.toArray().isEmpty())
            return fail("families", HostText::tr("must be a list with \"ipv4\", \"ipv6\" or both"));
        result.ipv4 = result.ipv6 = false;
        for (const QJsonValue &value : families.toArray()) {
            AddressFamily family;
            if (!value.isString() || !familyFromName(value.toString(), &family))
                return fail("families", HostText::tr("must be a list with \"ipv4\", \"ipv6\" or both"));
            (family == AddressFamily::IPv4 ? result.ipv4 : result.ipv6) = true;
        }
    }

    const QJsonValue settings = object.value(QStringLiteral("settings"));
    if (!settings.isUndefined()) {
        if (!settings.isObject())
            return fail("settings", HostText::tr("must be an object of the provider's fields"));
        const QJsonObject settingsObject = settings.toObject();
        for (auto it = settingsObject.begin(); it != settingsObject.end(); ++it) {
            if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool()) {
                *field = QStringLiteral("settings.") + it.key();
                *error = HostText::tr("must be a string, a number or true/false");
                return false;
            }
        }
        result.settings = settingsObject.toVariantMap();
    }

    const QJsonValue policy = object.value(QStringLiteral("ipv6Policy"));
    if (!policy.isUndefined() && (!policy.isString() || !ipv6PolicyFromName(policy.toString(), &result.ipv6Policy)))
        return fail("ipv6Policy", HostText::tr("must be \"stable\", \"temporary\" or \"fixed\""));
    const QJsonValue interfaceId = object.value(QStringLiteral("ipv6InterfaceId"));
    if (result.ipv6Policy == Ipv6Policy::FixedInterfaceId) {
        QHostAddress parsed;
        if (!interfaceId.isString() || !parsed.setAddress(interfaceId.toString())
            || parsed.protocol() != QAbstractSocket::IPv6Protocol)
            return fail("ipv6InterfaceId",
                        HostText::tr("must be an interface identifier such as \"::1234:5678:9abc:def0\""));
        result.ipv6InterfaceId = interfaceId.toString();
    }

    const QJsonValue source = object.value(QStringLiteral("source"));
    if (!source.isUndefined() && !source.isString())
        return fail("source", HostText::tr("must be the id of an address source"));
    result.sourceOverride = source.toString();

    const QJsonValue ttl = object.value(QStringLiteral("ttl"));
    if (!ttl.isUndefined()) {
        qint64 value = 0;
        if (!wholeNumber(ttl, 0, 604800, &value))
            return fail("ttl", HostText::tr("must be a whole number of seconds between 0 and 604800"));
        result.ttl = static_cast<int>(value);
    }

    const QJsonValue allowPrivate = object.value(QStringLiteral("allowPrivate"));
    if (!allowPrivate.isUndefined() && !allowPrivate.isBool())
        return fail("allowPrivate", HostText::tr("must be true or false"));
    result.allowPrivate = allowPrivate.toBool(false);

    const QJsonValue enabled = object.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return fail("enabled", HostText::tr("must be true or false"));
    result.enabled = enabled.toBool(true);

    const QJsonValue park = object.value(QStringLiteral("park"));
    if (!park.isUndefined() && !park.isBool())
        return fail("park", HostText::tr("must be true or false"));
    result.park = park.toBool(false);

    const QJsonValue parkAt = object.value(QStringLiteral("parkAt"));
    if (!parkAt.isUndefined()) {
        const QString shape = HostText::tr("must be a list of at most one IPv4 and one IPv6 address, e.g. "
                                           "[\"192.0.2.1\", \"::\"]");
        if (!parkAt.isArray())
            return fail("parkAt", shape);
        for (const QJsonValue &value : parkAt.toArray()) {
            QHostAddress address;
            if (!value.isString() || !address.setAddress(value.toString()))
                return fail("parkAt", shape);
            QString &slot = address.protocol() == QAbstractSocket::IPv4Protocol ? result.parkIpv4 : result.parkIpv6;
            if (!slot.isEmpty())
                return fail("parkAt", shape);
            slot = address.toString();
        }
    }

    *host = result;
    return true;
}

bool Host::normalizeName(const QString &input, QString *ace, QString *error)
{
    QString name = input.trimmed();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty()) {
        *error = HostText::tr("enter a host name, e.g. home.example.org");
        return false;
    }
    if (!QHostAddress(name).isNull()) {
        *error = HostText::tr("%1 is an IP address, not a host name: enter the name that should lead to it, e.g. "
                              "home.example.org")
                     .arg(shownInput(name));
        return false;
    }
    // IDNA refuses a part longer than 63 characters without saying why: check the parts as typed.
    for (const QString &part : name.split(QLatin1Char('.'))) {
        if (part.isEmpty()) {
            *error = HostText::tr("\"%1\" has an empty part: two dots in a row, or a dot at the start")
                         .arg(shownInput(input));
            return false;
        }
        if (part.size() > kMaxLabelLength) {
            *error = HostText::tr("the part \"%1…\" is %2 characters long; each part between dots may have at most %3")
                         .arg(part.left(12))
                         .arg(part.size())
                         .arg(kMaxLabelLength);
            return false;
        }
    }
    // A leading "*." (wildcard record) is not part of IDNA processing.
    const bool wildcard = name.startsWith(QLatin1String("*."));
    QByteArray encoded = QUrl::toAce(wildcard ? name.mid(2) : name, QUrl::IgnoreIDNWhitelist).toLower();
    if (wildcard && !encoded.isEmpty())
        encoded.prepend("*.");
    if (encoded.isEmpty()) {
        const bool international = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; });
        *error = international ? HostText::tr("\"%1\" is not a valid host name: a part may hold a character no name "
                                              "can, or be longer than 63 characters once written in ASCII")
                                     .arg(shownInput(input))
                               : HostText::tr("\"%1\" is not a valid host name").arg(shownInput(input));
        return false;
    }
    if (encoded.size() > 253) {
        *error = HostText::tr("a host name may be at most 253 characters long");
        return false;
    }
    static const QRegularExpression label(QStringLiteral("^(\\*|[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)$"));
    const QList<QByteArray> labels = encoded.split('.');
    if (labels.size() < 2) {
        *error = HostText::tr("\"%1\" needs a domain, e.g. %1.example.org").arg(shownInput(input));
        return false;
    }
    for (const QByteArray &part : labels) {
        if (!label.match(QString::fromLatin1(part)).hasMatch()) {
            *error = HostText::tr("\"%1\" is not a valid host name: each part must be letters, digits or hyphens, "
                                  "not starting or ending with a hyphen")
                         .arg(shownInput(input));
            return false;
        }
    }
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (digitsOnly.match(QString::fromLatin1(labels.last())).hasMatch()) {
        *error = HostText::tr("\"%1\" ends in a number, so it is no host name: the last part is a domain such as org "
                              "or net")
                     .arg(shownInput(input));
        return false;
    }
    *ace = QString::fromLatin1(encoded);
    return true;
}

} // namespace Homing
