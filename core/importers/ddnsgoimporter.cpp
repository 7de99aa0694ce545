#include "ddnsgoimporter.h"

#include "importsupport.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Homing {

namespace S = ImportSupport;

namespace {

struct DdnsGoText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Importer)
};

const QStringList &ddnsGoProviders()
{
    static const QStringList names
        = {QStringLiteral("alidns"),       QStringLiteral("aliesa"),      QStringLiteral("tencentcloud"),
           QStringLiteral("trafficroute"), QStringLiteral("dnspod"),      QStringLiteral("dnsla"),
           QStringLiteral("cloudflare"),   QStringLiteral("huaweicloud"), QStringLiteral("callback"),
           QStringLiteral("baiducloud"),   QStringLiteral("porkbun"),     QStringLiteral("godaddy"),
           QStringLiteral("namecheap"),    QStringLiteral("namesilo"),    QStringLiteral("vercel"),
           QStringLiteral("dynadot"),      QStringLiteral("dynv6"),       QStringLiteral("spaceship"),
           QStringLiteral("nowcn"),        QStringLiteral("eranet"),      QStringLiteral("tnethk"),
           QStringLiteral("gcore"),        QStringLiteral("edgeone"),     QStringLiteral("nsone"),
           QStringLiteral("name_com"),     QStringLiteral("rainyun"),     QStringLiteral("hipmdnsmgr"),
           QStringLiteral("cloudns"),      QStringLiteral("desec")};
    return names;
}

QString ddnsGoString(const QVariantMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString();
}

bool enabled(const QVariantMap &map)
{
    const QString v = ddnsGoString(map, "enable").toLower();
    return v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on");
}

// Keys are lower-case field names matched exactly: "Ipv4:" is silently ignored by ddns-go.
void checkKeys(const QVariantMap &map, const QStringList &known, const QString &where, ImportPreview *preview)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        preview->issues.append({where, it.key(),
                                known.contains(it.key().toLower())
                                    ? DdnsGoText::tr("ddns-go ignores \"%1\": its keys are lower case").arg(it.key())
                                    : DdnsGoText::tr("ddns-go has no setting \"%1\" here").arg(it.key())});
    }
}

struct Domain
{
    QString name;
    QUrlQuery params;
};

bool parseDomain(const QString &line, Domain *domain, QString *why)
{
    QString text = line.trimmed();
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        domain->params = QUrlQuery(text.mid(question + 1));
        text = text.left(question);
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const QString sub = text.left(colon).trimmed();
        const QString zone = text.mid(colon + 1).trimmed();
        if (!zone.contains(QLatin1Char('.'))) {
            *why = DdnsGoText::tr("the zone after ':' needs a dot");
            return false;
        }
        domain->name = sub.isEmpty() || sub == QLatin1String("@") ? zone : sub + QLatin1Char('.') + zone;
    } else {
        domain->name = text;
    }
    return true;
}

class DdnsGoMapper
{
public:
    DdnsGoMapper(ImportPreview *preview, const ImportOptions &options)
        : m_preview(preview)
        , m_options(options)
    {
    }
    void map(const QVariantMap &entry, const QString &origin);
    QStringList secretValues;

private:
    bool source(const QVariantMap &family, bool v6, const QString &where);

    ImportPreview *m_preview;
    const ImportOptions &m_options;
};

bool DdnsGoMapper::source(const QVariantMap &family, bool v6, const QString &where)
{
    const QString gettype = ddnsGoString(family, "gettype");
    const QString familyKey = v6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4");
    if (gettype == QLatin1String("url")) {
        const QStringList urls = ddnsGoString(family, "url").split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &raw : urls) {
            bool upgraded = false;
            const QString url = S::echoUrl(raw.trimmed(), m_options.keepHttp, &upgraded);
            ImportedSource source;
            source.source.id = QStringLiteral("ddns-go-") + QUrl(url).host();
            source.source.kind = QStringLiteral("http");
            source.source.options.insert(v6 ? QStringLiteral("ipv6Url") : QStringLiteral("ipv4Url"), url);
            source.source.options.insert(QStringLiteral("format"), QStringLiteral("auto"));
            source.origin = where;
            if (upgraded)
                source.note = DdnsGoText::tr("http:// changed to https://");
            S::addSource(&m_preview->sources, source);
        }
        return true;
    }
    if (gettype == QLatin1String("netInterface")) {
        ImportedSource source;
        const QString name = ddnsGoString(family, "netinterface");
        source.source.id = QStringLiteral("ddns-go-if-") + name;
        source.source.kind = QStringLiteral("interface");
        source.source.options.insert(QStringLiteral("interface"), name);
        source.source.options.insert(QStringLiteral("families"), QStringList {familyKey});
        source.origin = where;
        if (v6 && !ddnsGoString(family, "ipv6reg").isEmpty())
            source.note = DdnsGoText::tr("ipv6reg %1 is not imported: choose stable or temporary addresses in Homing")
                              .arg(ddnsGoString(family, "ipv6reg"));
        S::addSource(&m_preview->sources, source);
        return true;
    }
    if (gettype == QLatin1String("cmd")) {
        const QStringList words = ddnsGoString(family, "cmd").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ImportedSource source;
        source.source.id = QStringLiteral("ddns-go-cmd");
        source.source.kind = QStringLiteral("command");
        source.source.enabled = false;
        source.source.options.insert(QStringLiteral("program"), words.value(0));
        source.source.options.insert(QStringLiteral("arguments"), QStringList(words.mid(1)));
        source.source.options.insert(QStringLiteral("families"), QStringList {familyKey});
        source.origin = where;
        source.note
            = DdnsGoText::tr("imported switched off: Homing never runs an imported command; read it, then switch "
                             "the source on in Settings");
        S::addSource(&m_preview->sources, source);
        return true;
    }
    m_preview->issues.append(
        {where, QStringLiteral("gettype: ") + gettype,
         DdnsGoText::tr("ddns-go detects no address with gettype \"%1\" (it takes url, netInterface "
                        "or cmd)")
             .arg(gettype)});
    return false;
}

void DdnsGoMapper::map(const QVariantMap &entry, const QString &origin)
{
    checkKeys(entry,
              {QStringLiteral("name"), QStringLiteral("ipv4"), QStringLiteral("ipv6"), QStringLiteral("dns"),
               QStringLiteral("ttl"), QStringLiteral("httpinterface")},
              origin, m_preview);
    const QVariantMap dns = entry.value(QStringLiteral("dns")).toMap();
    checkKeys(dns, {QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("secret"), QStringLiteral("extparam")},
              origin + QStringLiteral(".dns"), m_preview);
    const QString name = ddnsGoString(dns, "name");
    const QString id = ddnsGoString(dns, "id");
    const QString secretValue = ddnsGoString(dns, "secret");
    secretValues << id << secretValue;
    QString provider;
    QVariantMap settings;
    QList<ImportedSecret> secrets;
    QStringList notes;
    const QString idOrigin = DdnsGoText::tr("dns.id of %1").arg(origin);
    const QString secretOrigin = DdnsGoText::tr("dns.secret of %1").arg(origin);
    bool needsZone = false;
    if (name == QLatin1String("cloudflare")) {
        provider = name;
        secrets.append({QStringLiteral("token"), secretValue, secretOrigin});
    } else if (name == QLatin1String("porkbun")) {
        provider = name;
        secrets.append({QStringLiteral("apikey"), id, idOrigin});
        secrets.append({QStringLiteral("secretapikey"), secretValue, secretOrigin});
        needsZone = true;
    } else if (name == QLatin1String("namecheap")) {
        provider = name;
        secrets.append({QStringLiteral("password"), secretValue, secretOrigin});
        needsZone = true;
    } else if (name == QLatin1String("cloudns")) {
        provider = QStringLiteral("cloudns-api");
        settings.insert(QStringLiteral("authId"), id);
        secrets.append({QStringLiteral("password"), secretValue, secretOrigin});
        needsZone = true;
    } else if (name == QLatin1String("desec")) {
        provider = name;
        secrets.append({QStringLiteral("password"), secretValue, secretOrigin});
    } else if (name == QLatin1String("dynv6")) {
        provider = name;
        secrets.append({QStringLiteral("token"), secretValue, secretOrigin});
        notes.append(DdnsGoText::tr("ddns-go uses dynv6's REST API; Homing its update API with the same token "
                                    "(UNVERIFIED that every REST token works there)"));
    } else if (name == QLatin1String("callback")) {
        provider = QStringLiteral("custom");
        QString url = id;
        url.replace(QLatin1String("#{ip}"), QLatin1String("{ip}"))
            .replace(QLatin1String("#{domain}"), QLatin1String("{host}"));
        QStringList urlNotes;
        settings.insert(QStringLiteral("url"),
                        S::urlTemplate(url, {}, DdnsGoText::tr("dns.id of %1").arg(origin), &secrets, &urlNotes));
        for (const ImportedSecret &s : std::as_const(secrets))
            secretValues << s.value;
        notes += urlNotes;
        if (!secretValue.isEmpty()) {
            if (secretValue.contains(QLatin1String("#{recordType}")) || secretValue.contains(QLatin1String("#{ttl}"))) {
                m_preview->issues.append({origin, QStringLiteral("callback"),
                                          DdnsGoText::tr("the POST body uses #{recordType} or #{ttl}, which Homing's "
                                                         "custom URL does not fill in")});
                return;
            }
            QString body = secretValue;
            body.replace(QLatin1String("#{ip}"), QLatin1String("{ip}"))
                .replace(QLatin1String("#{domain}"), QLatin1String("{host}"));
            settings.insert(QStringLiteral("method"), QStringLiteral("POST"));
            settings.insert(QStringLiteral("body"), body);
            notes.append(DdnsGoText::tr("the POST body is kept in the config file: if it holds a token, move it to "
                                        "{password}"));
        }
    } else if (name.isEmpty() || !ddnsGoProviders().contains(name)) {
        m_preview->issues.append({origin, QStringLiteral("dns.name: ") + name,
                                  DdnsGoText::tr("ddns-go turns an unknown or empty provider name into alidns (Alibaba "
                                                 "Cloud DNS), which Homing does not support")});
        return;
    } else {
        m_preview->issues.append({origin, QStringLiteral("dns.name: ") + name,
                                  DdnsGoText::tr("ddns-go's provider \"%1\" has no Homing provider").arg(name)});
        return;
    }
    secrets.erase(
        std::remove_if(secrets.begin(), secrets.end(), [](const ImportedSecret &s) { return s.value.isEmpty(); }),
        secrets.end());

    QHash<QString, QPair<bool, bool>> families; // name -> (v4, v6)
    QHash<QString, QUrlQuery> params;
    QStringList order;
    for (const bool v6 : {false, true}) {
        const QString key = v6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4");
        const QVariantMap family = entry.value(key).toMap();
        checkKeys(family,
                  {QStringLiteral("enable"), QStringLiteral("gettype"), QStringLiteral("url"),
                   QStringLiteral("netinterface"), QStringLiteral("cmd"), QStringLiteral("domains"),
                   QStringLiteral("ipv6reg")},
                  origin + QLatin1Char('.') + key, m_preview);
        if (!enabled(family))
            continue;
        if (!source(family, v6, origin + QLatin1Char('.') + key))
            continue;
        QVariantList lines = family.value(QStringLiteral("domains")).toList();
        if (lines.isEmpty() && !ddnsGoString(family, "domains").isEmpty())
            lines = {ddnsGoString(family, "domains")};
        for (int n = 0; n < lines.size(); ++n) {
            const QString line = lines.at(n).toString();
            if (line.trimmed().isEmpty())
                continue;
            Domain domain;
            QString why;
            const QString where = QStringLiteral("%1.%2.domains[%3]").arg(origin, key).arg(n);
            if (!parseDomain(line, &domain, &why)) {
                m_preview->issues.append({where, line, why});
                continue;
            }
            if (!families.contains(domain.name))
                order << domain.name;
            auto &pair = families[domain.name];
            (v6 ? pair.second : pair.first) = true;
            params[domain.name] = domain.params;
        }
    }
    for (const QString &hostName : std::as_const(order)) {
        QVariantMap hostSettings = settings;
        const QUrlQuery query = params.value(hostName);
        QStringList hostNotes = notes;
        for (const auto &[key, value] : query.queryItems()) {
            if (key == QLatin1String("proxied") && provider == QLatin1String("cloudflare"))
                hostSettings.insert(QStringLiteral("proxied"),
                                    value == QLatin1String("true") ? QStringLiteral("true") : QStringLiteral("false"));
            else if (key == QLatin1String("comment"))
                hostNotes.append(DdnsGoText::tr("comment: %1").arg(value));
            else
                hostNotes.append(DdnsGoText::tr("parameter %1=%2 is not imported").arg(key, value));
        }
        QString zone;
        QString label;
        if (needsZone && S::splitRegistrable(hostName, &zone, &label))
            hostSettings.insert(QStringLiteral("zone"), zone);
        if (provider == QLatin1String("cloudns-api"))
            hostSettings.insert(QStringLiteral("idKind"), QStringLiteral("auth-id"));
        ImportedHost host;
        QString why;
        const auto [v4, v6] = families.value(hostName);
        if (!S::makeHost(hostName, provider, hostSettings, secrets, v4, v6, &host, &why)) {
            m_preview->issues.append({origin, hostName, why});
            continue;
        }
        const int ttl = ddnsGoString(entry, "ttl").toInt();
        if (ttl > 1)
            host.host.ttl = ttl;
        host.notes = hostNotes;
        host.origin = origin;
        m_preview->hosts.append(host);
    }
}

} // namespace

ImportPreview DdnsGoImporter::read(const QByteArray &data, const QString &path, const ImportOptions &options)
{
    ImportPreview preview;
    preview.format = ImportFormat::DdnsGo;
    preview.path = path;
    const YamlReader::Result yaml = YamlReader::parse(data);
    if (!yaml.error.isEmpty()) {
        preview.error
            = DdnsGoText::tr("line %1: %2 (ddns-go refuses this file too)").arg(yaml.errorLine).arg(yaml.error);
        return preview;
    }
    const QVariantMap root = yaml.root.toMap();
    DdnsGoMapper mapper(&preview, options);
    if (root.contains(QStringLiteral("dnsconf"))) {
        preview.version = QStringLiteral("v5+");
        const QVariantList list = root.value(QStringLiteral("dnsconf")).toList();
        for (int i = 0; i < list.size(); ++i) {
            const QVariantMap entry = list.at(i).toMap();
            const QString name = ddnsGoString(entry, "name");
            mapper.map(entry,
                       name.isEmpty() ? QStringLiteral("dnsconf[%1]").arg(i)
                                      : QStringLiteral("dnsconf[%1] (%2)").arg(i).arg(name));
        }
    } else if (root.contains(QStringLiteral("dns")) || root.contains(QStringLiteral("ipv4"))
               || root.contains(QStringLiteral("ipv6"))) {
        preview.version = QStringLiteral("before v5");
        QVariantMap entry = root;
        for (const char *key : {"user", "webhook", "notallowwanaccess", "lang"})
            entry.remove(QLatin1String(key));
        mapper.map(entry, QStringLiteral("top level"));
    } else {
        preview.error = DdnsGoText::tr("no dnsconf list: this is not a ddns-go configuration");
        return preview;
    }
    if (root.contains(QStringLiteral("webhook"))
        && !root.value(QStringLiteral("webhook")).toMap().value(QStringLiteral("webhookurl")).toString().isEmpty())
        preview.issues.append({QStringLiteral("webhook"), QString(),
                               DdnsGoText::tr("webhooks are not imported; Homing notifies on the desktop")});
    for (ImportIssue &issue : preview.issues)
        issue.text = S::mask(issue.text, mapper.secretValues);
    preview.stopCommand = QStringLiteral("sudo ./ddns-go -s uninstall   (or: sudo systemctl disable --now ddns-go)");
    return preview;
}

} // namespace Homing
