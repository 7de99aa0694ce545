#include "sourceconfig.h"

#include "net/urlpolicy.h"

#include <QCoreApplication>

namespace Homing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Homing::SourceConfig", text);
}

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
        *error = tr("must be a short name for the source, e.g. \"ipify\"");
        return false;
    }
    result.id = id.toString();
    result.kind = object.value(QStringLiteral("kind")).toString();
    const QJsonValue enabled = object.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool()) {
        *field = QStringLiteral("enabled");
        *error = tr("must be true or false");
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
            *error = tr("an http source needs ipv4Url, ipv6Url or both");
            return false;
        }
        const QString format = result.options.value(QStringLiteral("format"), QStringLiteral("auto")).toString();
        if (!formats.contains(format)) {
            *field = QStringLiteral("format");
            *error = tr("must be one of auto, plain, json, trace, checkip");
            return false;
        }
    } else {
        *field = QStringLiteral("kind");
        *error = tr("unknown source kind \"%1\"; known: http").arg(result.kind);
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
    };
}

} // namespace Homing
