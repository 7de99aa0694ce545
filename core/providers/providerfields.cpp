#include "providerfields.h"

#include <QCoreApplication>
#include <QObject>
#include <QRegularExpression>

namespace Homing::ProviderFields {

namespace {
// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct ProviderFieldsText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::ProviderFields)
};
} // namespace

FieldInfo server(const QString &defaultUrl)
{
    FieldInfo field;
    field.name = QStringLiteral("server");
    field.label = ProviderFieldsText::tr("Server");
    field.kind = FieldInfo::Kind::Url;
    field.required = defaultUrl.isEmpty();
    field.defaultValue = defaultUrl;
    field.placeholder = defaultUrl.isEmpty() ? QStringLiteral("https://dyndns.example.net") : defaultUrl;
    field.help = ProviderFieldsText::tr(
        "The service's address; leave the default unless you run your own server. https:// is required "
        "except for a server on this machine.");
    return field;
}

FieldInfo server6(const QString &defaultUrl)
{
    FieldInfo field = server(defaultUrl);
    field.name = QStringLiteral("server6");
    field.label = ProviderFieldsText::tr("IPv6 server");
    return field;
}

ProviderInfo describe(const char *id, const char *name, const char *helpUrl, const QString &summary,
                      const char *protocol)
{
    ProviderInfo info;
    info.id = QLatin1String(id);
    info.name = QObject::tr(name); // a service's name stays as it is; a description is translated
    info.protocol = QLatin1String(protocol ? protocol : id);
    info.helpUrl = QLatin1String(helpUrl);
    info.summary = summary;
    return info;
}

FieldInfo text(const char *name, const QString &label, const QString &help, bool required)
{
    FieldInfo field;
    field.name = QLatin1String(name);
    field.label = label;
    field.help = help;
    field.required = required;
    return field;
}

FieldInfo secret(const char *name, const QString &label, const QString &help, bool required)
{
    FieldInfo field = text(name, label,
                           help + QLatin1Char(' ')
                               + ProviderFieldsText::tr("Kept in the system keychain, never in the config file."),
                           required);
    field.kind = FieldInfo::Kind::Secret;
    return field;
}

FieldInfo choice(const char *name, const QString &label, const QStringList &choices, const QString &defaultValue,
                 const QString &help)
{
    FieldInfo field = text(name, label, help, false);
    field.kind = FieldInfo::Kind::Choice;
    field.choices = choices;
    field.defaultValue = defaultValue;
    return field;
}

FieldInfo boolean(const char *name, const QString &label, bool defaultValue, const QString &help)
{
    FieldInfo field = text(name, label, help, false);
    field.kind = FieldInfo::Kind::Bool;
    field.defaultValue = defaultValue ? QStringLiteral("true") : QStringLiteral("false");
    return field;
}

FieldInfo zone(bool required)
{
    FieldInfo field = text(
        "zone", ProviderFieldsText::tr("Zone (domain)"),
        required ? ProviderFieldsText::tr("The domain as registered at the provider, e.g. example.org; the host name "
                                          "must be this domain or a name under it.")
                 : ProviderFieldsText::tr("The domain as registered at the provider, e.g. example.org. Leave empty "
                                          "to let Homing find it."),
        required);
    field.placeholder = QStringLiteral("example.org");
    field.sharedMeaning = true;
    return field;
}

FieldInfo createRecord()
{
    return boolean(
        "create", ProviderFieldsText::tr("Create the record if missing"), false,
        ProviderFieldsText::tr("When the A/AAAA record does not exist yet, create it instead of asking you to."));
}

QUrl baseUrl(const Host &host, const QString &defaultUrl, const QString &key)
{
    QString text = host.setting(key).trimmed();
    if (text.isEmpty())
        text = defaultUrl;
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return QUrl(text);
}

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(base.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    return url;
}

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "@"));
}

bool flag(const Host &host, const QString &key, bool defaultValue)
{
    const QString value = host.setting(key);
    if (value.isEmpty())
        return defaultValue;
    return value == QLatin1String("true");
}

bool relativeName(const QString &hostName, const QString &zone, QString *label)
{
    const QString name = hostName.toLower();
    const QString domain = zone.toLower().remove(QRegularExpression(QStringLiteral("\\.$")));
    if (name == domain) {
        label->clear();
        return true;
    }
    if (!domain.isEmpty() && name.endsWith(QLatin1Char('.') + domain)) {
        *label = name.left(name.size() - domain.size() - 1);
        return true;
    }
    return false;
}

std::optional<UpdateOutcome> zoneAndLabel(const Host &host, QString *zone, QString *label)
{
    *zone = host.setting(QStringLiteral("zone"));
    if (relativeName(host.name, *zone, label))
        return std::nullopt;
    return UpdateOutcome::needsUser(ProviderFieldsText::tr("%1 is not inside the zone %2.").arg(host.name, *zone),
                                    ProviderFieldsText::tr("Set the zone to the domain the host name belongs to."));
}

} // namespace Homing::ProviderFields
