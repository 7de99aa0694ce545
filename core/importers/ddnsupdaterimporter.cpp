#include "ddnsupdaterimporter.h"

#include "importsupport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Homing {

namespace S = ImportSupport;

namespace {

struct DdnsUpdaterText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Importer)
};

// Go's encoding/json matches keys case-insensitively.
QJsonValue field(const QJsonObject &object, const QString &key)
{
    if (object.contains(key))
        return object.value(key);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

QString ddnsUpdaterString(const QJsonObject &object, const char *key)
{
    const QJsonValue value = field(object, QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString describeJsonError(const QByteArray &data, const QJsonParseError &error)
{
    const QByteArray before = data.left(error.offset);
    const int line = static_cast<int>(before.count('\n')) + 1;
    static const QRegularExpression trailingComma(QStringLiteral(",\\s*[}\\]]"));
    QString text = DdnsUpdaterText::tr("not valid JSON (line %1: %2); ddns-updater refuses it too")
                       .arg(line)
                       .arg(error.errorString());
    if (trailingComma.match(QString::fromUtf8(data)).hasMatch())
        text += DdnsUpdaterText::tr(
            ". It has a comma before a closing } or ], as ddns-updater's README template does: remove "
            "those commas");
    return text;
}

struct DdnsUpdaterEntry
{
    QJsonObject object;
    QString origin;
};

class DdnsUpdaterMapper
{
public:
    DdnsUpdaterMapper(ImportPreview *preview, const ImportOptions &options)
        : m_preview(preview)
        , m_options(options)
    {
    }

    void map(const DdnsUpdaterEntry &entry);
    QStringList secretValues;

private:
    void skip(const DdnsUpdaterEntry &entry, const QString &reason)
    {
        QJsonObject shown = entry.object;
        for (auto it = shown.begin(); it != shown.end(); ++it) {
            static const QRegularExpression secretKey(QStringLiteral("password|token|key|secret|client_key|url"),
                                                      QRegularExpression::CaseInsensitiveOption);
            if (secretKey.match(it.key()).hasMatch() && it.value().isString() && !it.value().toString().isEmpty())
                it.value() = QStringLiteral("•••");
        }
        const QString text = QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact));
        m_preview->issues.append({entry.origin, text, reason});
    }

    ImportPreview *m_preview;
    const ImportOptions &m_options;
};

void DdnsUpdaterMapper::map(const DdnsUpdaterEntry &entry)
{
    const QJsonObject &o = entry.object;
    const QString provider = ddnsUpdaterString(o, "provider");
    QString homing;
    QVariantMap settings;
    QList<ImportedSecret> secrets;
    QStringList notes;
    auto secret = [&](const char *key, const QString &target) {
        const QString value = ddnsUpdaterString(o, key);
        if (!value.isEmpty()) {
            secrets.append({target, value, DdnsUpdaterText::tr("\"%1\" of %2").arg(QLatin1String(key), entry.origin)});
            secretValues.append(value);
        }
    };
    bool needsZone = false;
    if (provider == QLatin1String("dyn") || provider == QLatin1String("noip") || provider == QLatin1String("dynu")) {
        homing = provider == QLatin1String("dyn") ? QStringLiteral("dyndns") : provider;
        settings.insert(QStringLiteral("username"), ddnsUpdaterString(o, "username"));
        secret("password", QStringLiteral("password"));
        if (ddnsUpdaterString(o, "password").isEmpty())
            secret("client_key", QStringLiteral("password"));
        if (!ddnsUpdaterString(o, "group").isEmpty()) {
            if (homing == QLatin1String("noip"))
                settings.insert(QStringLiteral("group"), ddnsUpdaterString(o, "group"));
            else
                notes.append(DdnsUpdaterText::tr("group %1 is not imported").arg(ddnsUpdaterString(o, "group")));
        }
    } else if (provider == QLatin1String("he")) {
        homing = provider;
        secret("password", QStringLiteral("password"));
    } else if (provider == QLatin1String("ovh")) {
        if (!ddnsUpdaterString(o, "mode").isEmpty() && ddnsUpdaterString(o, "mode") != QLatin1String("dynamic")) {
            skip(entry,
                 DdnsUpdaterText::tr("OVH in \"%1\" mode (the OVH API with application keys) is not supported; use a "
                                     "DynHost login")
                     .arg(ddnsUpdaterString(o, "mode")));
            return;
        }
        homing = provider;
        settings.insert(QStringLiteral("username"), ddnsUpdaterString(o, "username"));
        secret("password", QStringLiteral("password"));
    } else if (provider == QLatin1String("strato")) {
        homing = provider;
        secret("password", QStringLiteral("password"));
        needsZone = true;
    } else if (provider == QLatin1String("desec")) {
        homing = provider;
        secret("token", QStringLiteral("password"));
    } else if (provider == QLatin1String("ipv64")) {
        homing = provider;
        secret("key", QStringLiteral("password"));
    } else if (provider == QLatin1String("duckdns") || provider == QLatin1String("dynv6")
               || provider == QLatin1String("freedns")) {
        homing = provider;
        secret("token", QStringLiteral("token"));
    } else if (provider == QLatin1String("cloudflare")) {
        homing = provider;
        if (ddnsUpdaterString(o, "token").isEmpty()) {
            skip(entry,
                 DdnsUpdaterText::tr(
                     "Cloudflare with an e-mail and global key, or a user service key: Homing uses an API "
                     "token. Create one allowed to edit the zone's DNS."));
            return;
        }
        secret("token", QStringLiteral("token"));
        if (field(o, QStringLiteral("proxied")).toBool())
            settings.insert(QStringLiteral("proxied"), QStringLiteral("true"));
        if (!ddnsUpdaterString(o, "zone_identifier").isEmpty())
            notes.append(DdnsUpdaterText::tr("the zone identifier is not needed: Homing finds the zone by name"));
    } else if (provider == QLatin1String("namecheap")) {
        homing = provider;
        secret("password", QStringLiteral("password"));
        needsZone = true;
    } else if (provider == QLatin1String("porkbun")) {
        homing = provider;
        secret("api_key", QStringLiteral("apikey"));
        secret("secret_api_key", QStringLiteral("secretapikey"));
        needsZone = true;
    } else if (provider == QLatin1String("gandi")) {
        homing = provider;
        if (!ddnsUpdaterString(o, "personal_access_token").isEmpty()) {
            secret("personal_access_token", QStringLiteral("token"));
            settings.insert(QStringLiteral("authKind"), QStringLiteral("pat"));
        } else {
            secret("key", QStringLiteral("token"));
            settings.insert(QStringLiteral("authKind"), QStringLiteral("apikey"));
        }
        needsZone = true;
    } else if (provider == QLatin1String("digitalocean") || provider == QLatin1String("hetznercloud")
               || provider == QLatin1String("hetzner")) {
        homing = provider == QLatin1String("digitalocean") ? provider : QStringLiteral("hetzner");
        secret("token", QStringLiteral("token"));
        needsZone = true;
        if (provider == QLatin1String("hetzner"))
            notes.append(DdnsUpdaterText::tr(
                "ddns-updater's \"hetzner\" is the old DNS console (dns.hetzner.com); Homing speaks "
                "the Hetzner Cloud API, whose tokens differ: check which token this is"));
    } else if (provider == QLatin1String("custom")) {
        homing = provider;
        const QString v4key = ddnsUpdaterString(o, "ipv4key");
        const QString v6key = ddnsUpdaterString(o, "ipv6key");
        QList<QPair<QString, QString>> extra;
        if (!v4key.isEmpty())
            extra.append({v4key, QStringLiteral("{ip}")});
        else if (!v6key.isEmpty())
            extra.append({v6key, QStringLiteral("{ip}")});
        settings.insert(QStringLiteral("url"),
                        S::urlTemplate(ddnsUpdaterString(o, "url"), extra, entry.origin, &secrets, &notes));
        for (const ImportedSecret &s : std::as_const(secrets))
            secretValues.append(s.value);
        if (!ddnsUpdaterString(o, "success_regex").isEmpty())
            notes.append(
                DdnsUpdaterText::tr("success_regex %1 is not imported; Homing checks the reply for its success words")
                    .arg(ddnsUpdaterString(o, "success_regex")));
    } else if (provider == QLatin1String("google")) {
        skip(entry, DdnsUpdaterText::tr("Google Domains is no longer supported (ddns-updater refuses it too)"));
        return;
    } else {
        skip(entry,
             provider.isEmpty()
                 ? DdnsUpdaterText::tr("no provider is given")
                 : DdnsUpdaterText::tr("ddns-updater's provider \"%1\" has no Homing provider").arg(provider));
        return;
    }

    // Families.
    const QString version = ddnsUpdaterString(o, "ip_version").toLower();
    bool v4 = true;
    bool v6 = true;
    if (version == QLatin1String("ipv4"))
        v6 = false;
    else if (version == QLatin1String("ipv6"))
        v4 = false;
    else if (version.isEmpty() || version == QLatin1String("ipv4 or ipv6"))
        notes.append(
            DdnsUpdaterText::tr("\"ipv4 or ipv6\" updates one record with whichever address was found; imported as "
                                "IPv4 and IPv6"));
    else {
        skip(entry, DdnsUpdaterText::tr("ip_version \"%1\" is not one of ipv4, ipv6, \"ipv4 or ipv6\"").arg(version));
        return;
    }
    QString interfaceId;
    const QString suffix = ddnsUpdaterString(o, "ipv6_suffix");
    if (!suffix.isEmpty()) {
        const QPair<QHostAddress, int> prefix = QHostAddress::parseSubnet(suffix);
        if (prefix.first.protocol() != QAbstractSocket::IPv6Protocol || prefix.second != 64) {
            notes.append(DdnsUpdaterText::tr("ipv6_suffix %1 is not imported: Homing takes a fixed 64-bit interface id")
                             .arg(suffix));
        } else {
            Q_IPV6ADDR bytes = QHostAddress(suffix.section(QLatin1Char('/'), 0, 0)).toIPv6Address();
            for (int i = 0; i < 8; ++i)
                bytes.c[i] = 0;
            interfaceId = QHostAddress(bytes).toString();
        }
    }

    // Names: "domain" is a comma list; retro "host"/"owner" combine with a bare domain.
    QStringList names;
    const QStringList domains = ddnsUpdaterString(o, "domain").split(QLatin1Char(','), Qt::SkipEmptyParts);
    QString owners = ddnsUpdaterString(o, "owner");
    if (owners.isEmpty())
        owners = ddnsUpdaterString(o, "host");
    if (!owners.isEmpty()) {
        notes.append(DdnsUpdaterText::tr(
            "\"host\"/\"owner\" is ddns-updater's old form; the names are combined with the domain"));
        for (const QString &owner : owners.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString d = domains.value(0).trimmed();
            names << (owner.trimmed() == QLatin1String("@") ? d : owner.trimmed() + QLatin1Char('.') + d);
        }
    } else {
        for (const QString &d : domains)
            names << d.trimmed();
    }
    if (names.isEmpty()) {
        skip(entry, DdnsUpdaterText::tr("no domain is given"));
        return;
    }
    for (const QString &name : std::as_const(names)) {
        QVariantMap hostSettings = settings;
        QString zone;
        QString label;
        if (needsZone && S::splitRegistrable(name, &zone, &label))
            hostSettings.insert(homing == QLatin1String("strato") ? QStringLiteral("username") : QStringLiteral("zone"),
                                zone);
        ImportedHost host;
        QString why;
        if (!S::makeHost(name, homing, hostSettings, secrets, v4, v6, &host, &why)) {
            m_preview->issues.append({entry.origin, name, why});
            continue;
        }
        const int ttl = ddnsUpdaterString(o, "ttl").toInt();
        if (ttl > 1)
            host.host.ttl = ttl;
        if (!interfaceId.isEmpty() && host.host.ipv6) {
            host.host.ipv6Policy = Ipv6Policy::FixedInterfaceId;
            host.host.ipv6InterfaceId = interfaceId;
        }
        host.notes = notes;
        host.origin = entry.origin;
        m_preview->hosts.append(host);
    }
}

} // namespace

ImportPreview DdnsUpdaterImporter::read(const QByteArray &fileData, const QString &path, const ImportOptions &options)
{
    ImportPreview preview;
    preview.format = ImportFormat::DdnsUpdater;
    preview.path = path;
    preview.version = QStringLiteral("2");
    QByteArray data = fileData;
    const QString config = options.environment.value(QStringLiteral("CONFIG"));
    if (!config.isEmpty()) {
        data = config.toUtf8();
        preview.path = path.isEmpty() ? QStringLiteral("CONFIG") : path;
        preview.notes.append(
            DdnsUpdaterText::tr("Read from the CONFIG variable, which ddns-updater prefers to the file and "
                                "writes back over it"));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        preview.error = describeJsonError(data, error);
        return preview;
    }
    if (!document.isObject()) {
        preview.error = DdnsUpdaterText::tr("the JSON is not an object with \"settings\"");
        return preview;
    }
    const QJsonValue settings = field(document.object(), QStringLiteral("settings"));
    if (!settings.isArray()) {
        preview.error = DdnsUpdaterText::tr("there is no \"settings\" list");
        return preview;
    }
    DdnsUpdaterMapper mapper(&preview, options);
    const QJsonArray list = settings.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString origin = QStringLiteral("settings[%1]").arg(i);
        if (!list.at(i).isObject()) {
            preview.issues.append({origin, QString(), DdnsUpdaterText::tr("an entry that is not an object")});
            continue;
        }
        mapper.map({list.at(i).toObject(), origin});
    }
    if (!options.environment.value(QStringLiteral("IPV6_PREFIX")).isEmpty())
        preview.notes.append(DdnsUpdaterText::tr("IPV6_PREFIX=%1 is not imported; set a fixed interface id per host")
                                 .arg(options.environment.value(QStringLiteral("IPV6_PREFIX"))));
    for (ImportIssue &issue : preview.issues)
        issue.text = S::mask(issue.text, mapper.secretValues);
    preview.stopCommand = QStringLiteral("docker stop ddns-updater && docker update --restart=no ddns-updater");
    return preview;
}

} // namespace Homing
