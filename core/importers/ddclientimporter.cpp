#include "ddclientimporter.h"

#include "ddclientparser.h"
#include "importsupport.h"
#include "providers/providerregistry.h"
#include "providers/tsigkeyblock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace Homing {

namespace S = ImportSupport;

namespace {

struct DdclientImporterText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Importer)
};

using Options = QMap<QString, QString>;

bool truthy(const QString &value, bool fallback)
{
    const QString v = value.toLower();
    if (v == QLatin1String("y") || v == QLatin1String("yes") || v == QLatin1String("t") || v == QLatin1String("true")
        || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("n") || v == QLatin1String("no") || v == QLatin1String("f") || v == QLatin1String("false")
        || v == QLatin1String("0"))
        return false;
    return fallback;
}

// ddclient's builtin web services (webv4=NAME), as echo URLs.
QString builtinWebService(const QString &name, bool v6)
{
    static const QHash<QString, QString> v4 = {
        {QStringLiteral("ipify-ipv4"), QStringLiteral("https://api.ipify.org/")},
        {QStringLiteral("ipify"), QStringLiteral("https://api.ipify.org/")},
        {QStringLiteral("icanhazip"), QStringLiteral("https://ipv4.icanhazip.com/")},
        {QStringLiteral("dyndns"), QStringLiteral("https://checkip.dyndns.org/")},
        {QStringLiteral("he"), QStringLiteral("https://checkip.dns.he.net/")},
        {QStringLiteral("freedns"), QStringLiteral("https://freedns.afraid.org/dynamic/check.php")},
        {QStringLiteral("noip-ipv4"), QStringLiteral("https://ip1.dynupdate.no-ip.com/")},
        {QStringLiteral("nsupdate.info-ipv4"), QStringLiteral("https://ipv4.nsupdate.info/myip")},
        {QStringLiteral("myonlineportal-ipv4"), QStringLiteral("https://ipv4.myonlineportal.net/checkip")},
        {QStringLiteral("zoneedit"), QStringLiteral("https://dynamic.zoneedit.com/checkip.html")},
        {QStringLiteral("cloudflare"), QStringLiteral("https://www.cloudflare.com/cdn-cgi/trace")},
    };
    static const QHash<QString, QString> six = {
        {QStringLiteral("ipify-ipv6"), QStringLiteral("https://api6.ipify.org/")},
        {QStringLiteral("icanhazip"), QStringLiteral("https://ipv6.icanhazip.com/")},
        {QStringLiteral("noip-ipv6"), QStringLiteral("https://ip1.dynupdate6.no-ip.com/")},
        {QStringLiteral("nsupdate.info-ipv6"), QStringLiteral("https://ipv6.nsupdate.info/myip")},
        {QStringLiteral("myonlineportal-ipv6"), QStringLiteral("https://ipv6.myonlineportal.net/checkip")},
    };
    return (v6 ? six : v4).value(name);
}

class DdclientMapper
{
public:
    DdclientMapper(ImportPreview *preview, const DdclientParser::Result &parsed, const ImportOptions &options)
        : m_preview(preview)
        , m_parsed(parsed)
        , m_options(options)
    {
    }

    void map(const DdclientParser::HostEntry &entry);

private:
    bool addSources(const DdclientParser::HostEntry &entry, bool *ipv4, bool *ipv6);
    bool source(const Options &o, bool v6, const QString &where);
    void skip(const DdclientParser::HostEntry &entry, const QString &reason)
    {
        m_preview->issues.append({DdclientImporterText::tr("line %1").arg(entry.line), entry.name, reason});
    }
    ImportedSecret secret(const DdclientParser::HostEntry &entry, const QString &option, const QString &field) const
    {
        const Options &o = entry.options;
        QString origin = DdclientImporterText::tr("%1 on line %2").arg(option).arg(entry.lines.value(option));
        if (o.contains(option + QStringLiteral("@from")))
            origin = DdclientImporterText::tr("%1_env (%2) on line %3")
                         .arg(option, o.value(option + QStringLiteral("@from")))
                         .arg(entry.lines.value(option + QStringLiteral("@from")));
        return {field, o.value(option), origin};
    }

    ImportPreview *m_preview;
    const DdclientParser::Result &m_parsed;
    const ImportOptions &m_options;
};

bool DdclientMapper::source(const Options &o, bool v6, const QString &where)
{
    const QString suffix = v6 ? QStringLiteral("v6") : QStringLiteral("v4");
    QString use = o.value(QStringLiteral("use") + suffix);
    bool legacy = false;
    if (use.isEmpty() && !v6) {
        use = o.value(QStringLiteral("use"));
        legacy = true;
    }
    if (use.isEmpty() || use == QLatin1String("no") || use == QLatin1String("disabled"))
        return false;
    auto value = [&](const char *key) {
        const QString k = QLatin1String(key);
        return legacy ? o.value(k) : o.value(k + suffix);
    };
    const QString family = v6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
    const QString useKey = legacy ? QStringLiteral("use") : QStringLiteral("use") + suffix;
    ImportedSource imported;
    imported.origin = where;
    if (use == QLatin1String("web") || use == QLatin1String("webv4") || use == QLatin1String("webv6")) {
        QString web = value("web");
        if (web.isEmpty())
            web = v6 ? QStringLiteral("ipify-ipv6") : QStringLiteral("ipify-ipv4");
        QString url = web.contains(QLatin1String("://")) ? web : builtinWebService(web, v6);
        if (url.isEmpty() && web.contains(QLatin1Char('.')) && !web.contains(QLatin1Char('/')))
            url = QStringLiteral("https://") + web + QLatin1Char('/');
        if (url.isEmpty()) {
            m_preview->issues.append(
                {where, useKey + QLatin1Char('=') + use,
                 DdclientImporterText::tr(
                     "ddclient's web service \"%1\" is not known to Homing; add an echo URL instead")
                     .arg(web)});
            return false;
        }
        bool upgraded = false;
        url = S::echoUrl(url, m_options.keepHttp, &upgraded);
        imported.source.kind = QStringLiteral("http");
        imported.source.id = QStringLiteral("ddclient-web");
        imported.source.options.insert(v6 ? QStringLiteral("ipv6Url") : QStringLiteral("ipv4Url"), url);
        imported.source.options.insert(QStringLiteral("format"), QStringLiteral("auto"));
        if (upgraded)
            imported.note = DdclientImporterText::tr("http:// changed to https://");
        if (!value("web-skip").isEmpty())
            imported.note
                = DdclientImporterText::tr("web-skip is not needed: Homing finds the address in the page itself");
    } else if (use == QLatin1String("if") || use == QLatin1String("ifv4") || use == QLatin1String("ifv6")) {
        const QString name = value("if");
        if (name.isEmpty()) {
            m_preview->issues.append(
                {where, useKey + QLatin1Char('=') + use, DdclientImporterText::tr("no interface is named")});
            return false;
        }
        imported.source.kind = QStringLiteral("interface");
        imported.source.id = QStringLiteral("ddclient-if-") + name;
        imported.source.options.insert(QStringLiteral("interface"), name);
        imported.source.options.insert(QStringLiteral("families"),
                                       QStringList {v6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4")});
    } else if (use == QLatin1String("cmd") || use == QLatin1String("cmdv4") || use == QLatin1String("cmdv6")) {
        const QStringList words = value("cmd").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            m_preview->issues.append(
                {where, useKey + QLatin1Char('=') + use, DdclientImporterText::tr("no command is given")});
            return false;
        }
        imported.source.kind = QStringLiteral("command");
        imported.source.id = QStringLiteral("ddclient-cmd");
        imported.source.enabled = false;
        imported.source.options.insert(QStringLiteral("program"), words.first());
        imported.source.options.insert(QStringLiteral("arguments"), QStringList(words.mid(1)));
        imported.source.options.insert(QStringLiteral("families"),
                                       QStringList {v6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4")});
        imported.note
            = DdclientImporterText::tr("imported switched off: Homing never runs an imported command; read it, then "
                                       "switch the source on in Settings");
    } else if (use == QLatin1String("ip") || use == QLatin1String("ipv4") || use == QLatin1String("ipv6")) {
        m_preview->issues.append(
            {where, useKey + QLatin1Char('=') + use,
             DdclientImporterText::tr("a fixed %1 address (%2) is not an address source; Homing detects the "
                                      "address itself")
                 .arg(family, value("ip"))});
        return true;
    } else {
        m_preview->issues.append(
            {where, useKey + QLatin1Char('=') + use,
             DdclientImporterText::tr("reading the address from a router (%1) is not supported; Homing uses echo "
                                      "services, interfaces, UPnP or DNS instead")
                 .arg(use)});
        return true;
    }
    S::addSource(&m_preview->sources, imported);
    return true;
}

bool DdclientMapper::addSources(const DdclientParser::HostEntry &entry, bool *ipv4, bool *ipv6)
{
    const Options &o = entry.options;
    const QString where = DdclientImporterText::tr("line %1").arg(entry.line);
    const bool anyUse = o.contains(QStringLiteral("use")) || o.contains(QStringLiteral("usev4"))
        || o.contains(QStringLiteral("usev6"));
    *ipv4 = source(o, false, where);
    *ipv6 = source(o, true, where);
    if (!anyUse)
        *ipv4 = true; // ddclient's default use=ip without ip= does nothing; Homing's sources will detect
    return *ipv4 || *ipv6;
}

void DdclientMapper::map(const DdclientParser::HostEntry &entry)
{
    const Options &o = entry.options;
    const bool v4 = m_parsed.version == DdclientParser::Version::V4;
    QString protocol = o.value(QStringLiteral("protocol"), QStringLiteral("dyndns2"));
    const bool ssl = truthy(o.value(QStringLiteral("ssl")), v4);
    QString name = entry.name;
    QString provider;
    QVariantMap settings;
    QList<ImportedSecret> secrets;
    QStringList notes;
    const QString login = o.value(QStringLiteral("login"));
    const bool hasPassword = o.contains(QStringLiteral("password"));
    QString passwordField;
    auto password = [&](const QString &field) {
        passwordField = field;
        if (hasPassword)
            secrets.append(secret(entry, QStringLiteral("password"), field));
    };
    auto zone = [&]() {
        QString z = o.value(QStringLiteral("zone"));
        QString label;
        if (z.isEmpty() && !S::splitRegistrable(name, &z, &label))
            z.clear();
        return z;
    };
    if (name == QLatin1String("\\")) {
        skip(entry,
             DdclientImporterText::tr("a host called \"\\\": ddclient 3 joins a line only when \"\\\" is its very last "
                                      "character, so the line after it became a separate host. Check the file."));
        return;
    }

    if (protocol == QLatin1String("dyndns2") || protocol == QLatin1String("noip") || protocol == QLatin1String("dynu")
        || protocol == QLatin1String("he.net") || protocol == QLatin1String("ovh")) {
        const QString server = o.value(QStringLiteral("server"), QStringLiteral("members.dyndns.org"));
        if (protocol == QLatin1String("dyndns2"))
            provider = S::dyndns2ProviderForServer(server);
        else
            provider = protocol == QLatin1String("he.net") ? QStringLiteral("he") : protocol;
        const QString script = o.value(QStringLiteral("script"), QStringLiteral("/nic/update"));
        if (provider.isEmpty()) {
            if (script != QLatin1String("/nic/update")) {
                skip(entry,
                     DdclientImporterText::tr("the dyndns2 server %1 uses the path %2; Homing's dyndns2 client sends "
                                              "/nic/update. Add the host with a Custom URL provider.")
                         .arg(server, script));
                return;
            }
            provider = QStringLiteral("dyndns2");
            bool upgraded = false;
            settings.insert(QStringLiteral("server"),
                            m_options.keepHttp && !ssl ? QStringLiteral("http://") + server
                                                       : S::baseUrl(server, ssl, &upgraded));
            if (upgraded)
                notes.append(
                    v4 || o.contains(QStringLiteral("ssl"))
                        ? DdclientImporterText::tr("http:// changed to https://")
                        : DdclientImporterText::tr("ddclient 3 sends plain http by default; Homing uses https://"));
        }
        if (provider == QLatin1String("dynv6")) {
            password(QStringLiteral("token"));
        } else if (provider == QLatin1String("he") || provider == QLatin1String("ipv64")) {
            password(QStringLiteral("password"));
        } else {
            if (!login.isEmpty())
                settings.insert(QStringLiteral("username"), login);
            password(QStringLiteral("password"));
        }
        for (const char *unsupported : {"mx", "backupmx", "wildcard"}) {
            if (o.contains(QLatin1String(unsupported)))
                notes.append(DdclientImporterText::tr("%1=%2 is not imported")
                                 .arg(QLatin1String(unsupported), o.value(QLatin1String(unsupported))));
        }
    } else if (protocol == QLatin1String("duckdns")) {
        provider = protocol;
        if (!name.contains(QLatin1Char('.')))
            name += QStringLiteral(".duckdns.org");
        password(QStringLiteral("token"));
    } else if (protocol == QLatin1String("cloudns")) {
        provider = protocol;
        const QString url = o.value(QStringLiteral("dynurl"));
        const QString key = QUrlQuery(QUrl(url).query()).queryItemValue(QStringLiteral("q"));
        if (!url.isEmpty() && !key.isEmpty())
            secrets.append({QStringLiteral("key"), key,
                            DdclientImporterText::tr("the q= part of dynurl on line %1")
                                .arg(entry.lines.value(QStringLiteral("dynurl")))});
        else if (!url.isEmpty()) {
            skip(entry, DdclientImporterText::tr("dynurl does not hold a q= key"));
            return;
        }
    } else if (protocol == QLatin1String("cloudflare")) {
        provider = protocol;
        if (!login.isEmpty() && login != QLatin1String("token")) {
            skip(entry,
                 DdclientImporterText::tr(
                     "Cloudflare with an e-mail (%1) and the global API key: Homing uses an API token. "
                     "Create a token allowed to edit the zone's DNS and add the host with it.")
                     .arg(login));
            return;
        }
        password(QStringLiteral("token"));
        if (!o.value(QStringLiteral("zone")).isEmpty())
            settings.insert(QStringLiteral("zone"), o.value(QStringLiteral("zone")));
    } else if (protocol == QLatin1String("namecheap")) {
        provider = protocol;
        settings.insert(QStringLiteral("zone"), login.isEmpty() ? zone() : login);
        if (name.startsWith(QLatin1String("@.")))
            name = name.mid(2);
        password(QStringLiteral("password"));
    } else if (protocol == QLatin1String("freedns")) {
        skip(entry,
             DdclientImporterText::tr(
                 "FreeDNS with login and password (the v1 API): Homing uses the v2 update token. Add "
                 "the host with the token from freedns.afraid.org/dynamic/v2/."));
        return;
    } else if (protocol == QLatin1String("porkbun")) {
        provider = protocol;
        QString root = o.value(QStringLiteral("root-domain"));
        if (root.isEmpty() && truthy(o.value(QStringLiteral("on-root-domain")), false)) {
            root = name;
            notes.append(DdclientImporterText::tr("on-root-domain is deprecated; the host is the zone's apex"));
        }
        settings.insert(QStringLiteral("zone"), root.isEmpty() ? zone() : root);
        if (o.contains(QStringLiteral("apikey")))
            secrets.append(secret(entry, QStringLiteral("apikey"), QStringLiteral("apikey")));
        if (o.contains(QStringLiteral("secretapikey")))
            secrets.append(secret(entry, QStringLiteral("secretapikey"), QStringLiteral("secretapikey")));
    } else if (protocol == QLatin1String("gandi")) {
        provider = protocol;
        settings.insert(QStringLiteral("zone"), zone());
        settings.insert(QStringLiteral("authKind"),
                        truthy(o.value(QStringLiteral("use-personal-access-token")), false) ? QStringLiteral("pat")
                                                                                            : QStringLiteral("apikey"));
        password(QStringLiteral("token"));
    } else if (protocol == QLatin1String("digitalocean") || protocol == QLatin1String("hetzner")) {
        provider = protocol;
        settings.insert(QStringLiteral("zone"), zone());
        password(QStringLiteral("token"));
        if (protocol == QLatin1String("hetzner"))
            notes.append(
                DdclientImporterText::tr("Homing speaks the Hetzner Cloud API (api.hetzner.cloud). ddclient up to 4.0 "
                                         "used the old DNS console (dns.hetzner.com), whose tokens do not work there: "
                                         "check which token this is."));
    } else if (protocol == QLatin1String("nsupdate")) {
        // ddclient's password is the path of nsupdate's key file (-k): the key itself is read here
        // and goes to the secret store; the file stays as it is.
        provider = QStringLiteral("rfc2136");
        const QString keyPath = o.value(QStringLiteral("password"));
        QFile keyFile(m_options.resolve(keyPath));
        if (keyPath.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
            skip(entry,
                 DdclientImporterText::tr(
                     "nsupdate: the TSIG key file \"%1\" cannot be read (%2). Import as a user who can "
                     "read it, or add the host with the RFC 2136 provider and paste the key.")
                     .arg(keyPath, keyFile.errorString()));
            return;
        }
        QString why;
        const std::optional<TsigKeyBlock> key = TsigKeyBlock::parse(QString::fromUtf8(keyFile.read(64 * 1024)), &why);
        if (!key) {
            skip(entry,
                 DdclientImporterText::tr("nsupdate: %1 holds no TSIG key Homing can read: %2").arg(keyPath, why));
            return;
        }
        settings.insert(QStringLiteral("server"), o.value(QStringLiteral("server")));
        settings.insert(QStringLiteral("zone"), o.value(QStringLiteral("zone")));
        settings.insert(QStringLiteral("keyname"), key->name);
        settings.insert(QStringLiteral("algorithm"), key->algorithm);
        passwordField = QStringLiteral("secret");
        secrets.append({QStringLiteral("secret"), key->secret,
                        DdclientImporterText::tr("the key in %1 (password on line %2)")
                            .arg(keyPath)
                            .arg(entry.lines.value(QStringLiteral("password")))});
        if (truthy(o.value(QStringLiteral("tcp")), false))
            notes.append(
                DdclientImporterText::tr("tcp=yes is not needed: Homing sends over UDP and uses TCP by itself when a "
                                         "message needs it"));
    } else {
        skip(entry, DdclientImporterText::tr("ddclient's protocol \"%1\" has no Homing provider").arg(protocol));
        return;
    }

    bool ipv4 = true;
    bool ipv6 = false;
    if (!addSources(entry, &ipv4, &ipv6)) {
        skip(entry, DdclientImporterText::tr("no address family is enabled (use/usev4/usev6)"));
        return;
    }
    if (o.contains(QStringLiteral("ttl")))
        notes.append(DdclientImporterText::tr("TTL %1 taken over").arg(o.value(QStringLiteral("ttl"))));

    ImportedHost host;
    QString why;
    if (!S::makeHost(name, provider, settings, secrets, ipv4, ipv6, &host, &why)) {
        skip(entry, why);
        return;
    }
    if (o.contains(QStringLiteral("ttl")))
        host.host.ttl = o.value(QStringLiteral("ttl")).toInt();
    else if (protocol == QLatin1String("nsupdate"))
        host.host.ttl = 600; // ddclient's own default for nsupdate
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().endsWith(QLatin1String("@env"))) {
            const QString option = it.key().chopped(4);
            const QString field = option == QLatin1String("password") ? passwordField : option;
            if (field.isEmpty())
                continue;
            host.notes.append(
                DdclientImporterText::tr("%1 comes from the environment variable %2, which is not set here: enter it "
                                         "after the import")
                    .arg(it.key().chopped(4), it.value()));
            if (!host.missingSecrets.contains(field))
                host.missingSecrets.append(field);
        }
    }
    host.notes += notes;
    host.origin = DdclientImporterText::tr("line %1").arg(entry.line);
    m_preview->hosts.append(host);
}

void readCache(ImportPreview *preview, const QString &path, const ImportOptions &options)
{
    QFile file(options.resolve(path));
    if (!file.open(QIODevice::ReadOnly))
        return;
    preview->cachePath = path;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString rest;
        QHash<QString, QString> values;
        for (const auto &[key, value] : DdclientParser::assignments(line, &rest))
            values.insert(key, value);
        for (ImportedHost &host : preview->hosts) {
            if (rest != host.host.name && values.value(QStringLiteral("host")) != host.host.name)
                continue;
            auto good = [&](const QString &family) {
                const QString status
                    = values.value(QStringLiteral("status-") + family, values.value(QStringLiteral("status")));
                return status.isEmpty() || status == QLatin1String("good") || status == QLatin1String("nochg");
            };
            const QString v4 = values.value(QStringLiteral("ipv4"), values.value(QStringLiteral("ip")));
            const QString v6 = values.value(QStringLiteral("ipv6"));
            if (host.host.ipv4 && good(QStringLiteral("ipv4"))
                && QHostAddress(v4).protocol() == QAbstractSocket::IPv4Protocol)
                host.publishedIpv4 = v4;
            if (host.host.ipv6 && good(QStringLiteral("ipv6"))
                && QHostAddress(v6).protocol() == QAbstractSocket::IPv6Protocol)
                host.publishedIpv6 = v6;
            const qint64 mtime = values.value(QStringLiteral("mtime")).toLongLong();
            if (mtime > 0)
                host.publishedAt = QDateTime::fromSecsSinceEpoch(mtime, Qt::UTC);
            else
                host.publishedAt = QFileInfo(file).lastModified().toUTC();
        }
    }
}

} // namespace

ImportPreview DdclientImporter::read(const QByteArray &data, const QString &path, const ImportOptions &options)
{
    ImportPreview preview;
    preview.format = ImportFormat::Ddclient;
    preview.path = path;
    DdclientParser::Version version = DdclientParser::Version::Auto;
    if (options.peerVersion.startsWith(QLatin1Char('3')))
        version = DdclientParser::Version::V3;
    else if (options.peerVersion.startsWith(QLatin1Char('4')))
        version = DdclientParser::Version::V4;
    const DdclientParser::Result parsed = DdclientParser::parse(data, version, path, options.environment);
    preview.version = parsed.version == DdclientParser::Version::V4 ? QStringLiteral("4.x") : QStringLiteral("3.10");
    if (!parsed.versionDetected)
        preview.notes.append(
            DdclientImporterText::tr("Read as ddclient 4.x. If this file belongs to ddclient 3.10 or older, import "
                                     "it again with the version chosen: the two read continuation lines and "
                                     "repeated hosts differently."));
    preview.issues = parsed.issues;
    if (!parsed.ignoredOptions.isEmpty())
        preview.notes.append(DdclientImporterText::tr("Not needed by Homing (ddclient's own settings): %1")
                                 .arg(parsed.ignoredOptions.join(QStringLiteral(", "))));
    DdclientMapper mapper(&preview, parsed, options);
    for (const DdclientParser::HostEntry &entry : parsed.hosts)
        mapper.map(entry);
    readCache(&preview,
              parsed.globals.value(QStringLiteral("cache"), QStringLiteral("/var/cache/ddclient/ddclient.cache")),
              options);
    preview.stopCommand = QStringLiteral("sudo systemctl disable --now ddclient.service");
    for (ImportIssue &issue : preview.issues)
        issue.text = S::mask(issue.text, parsed.secretValues);
    return preview;
}

} // namespace Homing
