#include "sourceconfig.h"

#include "dnsechosource.h"
#include "inputcheck.h"
#include "interfacesource.h"
#include "net/urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

#include <algorithm>

namespace Homing {

namespace {

// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct SourceConfigText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::SourceConfig)
};

SourceConfig httpSource(const char *id, const char *v4, const char *v6, const char *format)
{
    SourceConfig source;
    source.id = QLatin1String(id);
    source.kind = QStringLiteral("http");
    if (v4)
        source.options.insert(QStringLiteral("ipv4Url"), QLatin1String(v4));
    if (v6)
        source.options.insert(QStringLiteral("ipv6Url"), QLatin1String(v6));
    source.options.insert(QStringLiteral("format"), QLatin1String(format));
    return source;
}

SourceConfig dnsSource(const char *id, const char *service)
{
    SourceConfig source;
    source.id = QLatin1String(id);
    source.kind = QStringLiteral("dns");
    source.options.insert(QStringLiteral("service"), QLatin1String(service));
    return source;
}

bool fail(const char *key, const QString &why, QString *field, QString *error)
{
    *field = QLatin1String(key);
    *error = why;
    return false;
}

// An optional whole number in [low, high].
bool checkNumber(const QJsonObject &object, const char *key, int low, int high, QString *field, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    qint64 number = 0;
    if (!wholeNumber(value, low, high, &number))
        return fail(key, SourceConfigText::tr("must be a whole number from %1 to %2").arg(low).arg(high), field, error);
    return true;
}

bool checkFamilies(const QJsonObject &object, QString *field, QString *error)
{
    const QJsonValue value = object.value(QStringLiteral("families"));
    if (value.isUndefined())
        return true;
    const QJsonArray list = value.toArray();
    if (!value.isArray() || list.isEmpty())
        return fail("families", SourceConfigText::tr("must be a list such as [\"ipv4\", \"ipv6\"]"), field, error);
    for (const QJsonValue &item : list) {
        if (item.toString() != QLatin1String("ipv4") && item.toString() != QLatin1String("ipv6"))
            return fail("families", SourceConfigText::tr("may hold only \"ipv4\" and \"ipv6\""), field, error);
    }
    return true;
}

bool validateDns(const QJsonObject &object, QString *field, QString *error)
{
    const QString service = object.value(QStringLiteral("service")).toString();
    if (!DnsEchoSource::service(service))
        return fail("service", SourceConfigText::tr("must be one of opendns, cloudflare, google"), field, error);
    for (const char *key : {"ipv4Server", "ipv6Server"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            continue;
        if (!value.isString() || (!value.toString().isEmpty() && QHostAddress(value.toString()).isNull()))
            return fail(key, SourceConfigText::tr("must be an IP address (or \"\" to turn this family off)"), field,
                        error);
    }
    // Both families turned off is a source that can never answer (as an http source without URLs).
    const auto off = [&](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isString() && value.toString().isEmpty();
    };
    if (off("ipv4Server") && off("ipv6Server"))
        return fail("ipv4Server", SourceConfigText::tr("a dns source needs a server for IPv4, IPv6 or both"), field,
                    error);
    return checkNumber(object, "port", 1, 65535, field, error)
        && checkNumber(object, "timeoutMs", 100, 60000, field, error);
}

bool validateInterface(const QJsonObject &object, QString *field, QString *error)
{
    const QJsonValue name = object.value(QStringLiteral("interface"));
    if (!name.isUndefined() && (!name.isString() || name.toString().size() > 15))
        return fail("interface", SourceConfigText::tr("must be an interface name such as \"eth0\""), field, error);
    if (!checkFamilies(object, field, error))
        return false;
    InterfaceSource::Ipv6Policy policy = InterfaceSource::Ipv6Policy::Stable;
    const QJsonValue policyValue = object.value(QStringLiteral("ipv6Policy"));
    if (!policyValue.isUndefined()
        && (!policyValue.isString() || !InterfaceSource::policyFromName(policyValue.toString(), &policy)))
        return fail("ipv6Policy", SourceConfigText::tr("must be one of stable, temporary, fixed"), field, error);
    const QJsonValue id = object.value(QStringLiteral("interfaceId"));
    if (policy == InterfaceSource::Ipv6Policy::Fixed || !id.isUndefined()) {
        const QHostAddress parsed(id.toString());
        const Q_IPV6ADDR bytes = parsed.toIPv6Address();
        const bool prefixFree = std::all_of(bytes.c, bytes.c + 8, [](quint8 byte) { return byte == 0; });
        if (parsed.protocol() != QAbstractSocket::IPv6Protocol || !prefixFree)
            return fail("interfaceId",
                        SourceConfigText::tr("must be an IPv6 interface identifier such as \"::1234:5678:9abc:def0\""),
                        field, error);
    }
    return true;
}

bool validateUpnp(const QJsonObject &object, QString *field, QString *error)
{
    const QJsonValue address = object.value(QStringLiteral("ssdpAddress"));
    if (!address.isUndefined() && QHostAddress(address.toString()).protocol() != QAbstractSocket::IPv4Protocol)
        return fail("ssdpAddress", SourceConfigText::tr("must be an IPv4 address (normally 239.255.255.250)"), field,
                    error);
    return checkNumber(object, "ssdpPort", 1, 65535, field, error)
        && checkNumber(object, "timeoutMs", 100, 60000, field, error);
}

bool validateCommand(const QJsonObject &object, QString *field, QString *error)
{
    const QJsonValue program = object.value(QStringLiteral("program"));
    if (!program.isString() || program.toString().trimmed().isEmpty())
        return fail("program", SourceConfigText::tr("must name the program to run, e.g. \"/usr/local/bin/my-ip\""),
                    field, error);
    const QJsonValue arguments = object.value(QStringLiteral("arguments"));
    if (!arguments.isUndefined()) {
        bool strings = arguments.isArray();
        for (const QJsonValue &item : arguments.toArray())
            strings = strings && item.isString();
        if (!strings)
            return fail("arguments", SourceConfigText::tr("must be a list of strings (no shell is used)"), field,
                        error);
    }
    return checkFamilies(object, field, error) && checkNumber(object, "timeoutMs", 100, 300000, field, error);
}

} // namespace

QJsonObject SourceConfig::toJson() const
{
    QJsonObject object = QJsonObject::fromVariantMap(options);
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("kind"), kind);
    object.insert(QStringLiteral("enabled"), enabled);
    return object;
}

bool SourceConfig::fromJson(const QJsonObject &object, SourceConfig *source, QString *field, QString *error)
{
    SourceConfig result;
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        *field = QStringLiteral("id");
        *error = SourceConfigText::tr("must be a short name for the source, e.g. \"ipify\"");
        return false;
    }
    result.id = id.toString();
    result.kind = object.value(QStringLiteral("kind")).toString();
    const QJsonValue enabled = object.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool()) {
        *field = QStringLiteral("enabled");
        *error = SourceConfigText::tr("must be true or false");
        return false;
    }
    result.enabled = enabled.toBool(true);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("id") && it.key() != QLatin1String("kind")
            && it.key() != QLatin1String("enabled"))
            result.options.insert(it.key(), it.value().toVariant());
    }

    if (result.kind == QLatin1String("http")) {
        static const QStringList formats = {QStringLiteral("auto"), QStringLiteral("plain"), QStringLiteral("json"),
                                            QStringLiteral("trace"), QStringLiteral("checkip")};
        bool any = false;
        for (const QString &key : {QStringLiteral("ipv4Url"), QStringLiteral("ipv6Url")}) {
            if (!result.options.contains(key))
                continue;
            any = true;
            QString why;
            if (!isAllowedServiceUrl(QUrl(result.option(key)), &why)) {
                *field = key;
                *error = why;
                return false;
            }
        }
        if (!any) {
            *field = QStringLiteral("ipv4Url");
            *error = SourceConfigText::tr("an http source needs an IPv4 URL (ipv4Url), an IPv6 URL (ipv6Url) or both");
            return false;
        }
        const QString format = result.options.value(QStringLiteral("format"), QStringLiteral("auto")).toString();
        if (!formats.contains(format)) {
            *field = QStringLiteral("format");
            *error = SourceConfigText::tr("must be one of auto, plain, json, trace, checkip");
            return false;
        }
    } else if (result.kind == QLatin1String("dns")) {
        if (!validateDns(object, field, error))
            return false;
    } else if (result.kind == QLatin1String("interface")) {
        if (!validateInterface(object, field, error))
            return false;
    } else if (result.kind == QLatin1String("upnp")) {
        if (!validateUpnp(object, field, error))
            return false;
    } else if (result.kind == QLatin1String("command")) {
        if (!validateCommand(object, field, error))
            return false;
    } else {
        *field = QStringLiteral("kind");
        *error = SourceConfigText::tr("unknown source kind \"%1\"; known: http, dns, interface, upnp, command")
                     .arg(shownInput(result.kind));
        return false;
    }
    *source = result;
    return true;
}

QList<SourceConfig> SourceConfig::defaults()
{
    return {
        httpSource("ipify", "https://api.ipify.org", "https://api6.ipify.org", "plain"),
        httpSource("icanhazip", "https://ipv4.icanhazip.com", "https://ipv6.icanhazip.com", "plain"),
        httpSource("cloudflare-trace", "https://www.cloudflare.com/cdn-cgi/trace", nullptr, "trace"),
        dnsSource("opendns-dns", "opendns"),
        dnsSource("cloudflare-dns", "cloudflare"),
        dnsSource("google-dns", "google"),
    };
}

} // namespace Homing
