#include "importsupport.h"

#include "providers/providerregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace Homing::ImportSupport {

namespace {

struct ImportSupportText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Importer)
};

// The public suffix list: the system's copy (Debian package publicsuffix) where installed, else
// the suffixes DDNS users meet most, so that a name still splits sensibly.
struct SuffixList
{
    QSet<QString> rules;
    QSet<QString> wildcards; // "*.ck" stored as "ck"
    QSet<QString> exceptions; // "!www.ck" stored as "www.ck"

    SuffixList()
    {
        QFile file(QStringLiteral("/usr/share/publicsuffix/public_suffix_list.dat"));
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                if (line.isEmpty() || line.startsWith(QLatin1String("//")))
                    continue;
                add(QString::fromLatin1(QUrl::toAce(line.section(QLatin1Char(' '), 0, 0))));
            }
        }
        if (rules.isEmpty()) {
            for (const char *rule :
                 {"com",        "net",      "org",          "info",      "biz",       "io",          "de",
                  "uk",         "co.uk",    "org.uk",       "fr",        "nl",        "eu",          "ch",
                  "at",         "be",       "it",           "es",        "se",        "no",          "dk",
                  "fi",         "pl",       "cz",           "us",        "ca",        "au",          "com.au",
                  "net.au",     "nz",       "co.nz",        "jp",        "co.jp",     "br",          "com.br",
                  "cn",         "com.cn",   "ru",           "me",        "tv",        "cc",          "xyz",
                  "dev",        "app",      "cloud",        "online",    "site",      "duckdns.org", "dynv6.net",
                  "dedyn.io",   "ddns.net", "hopto.org",    "zapto.org", "sytes.net", "no-ip.org",   "no-ip.biz",
                  "no-ip.info", "mooo.com", "freeddns.org", "dynu.net",  "home64.de", "any64.de",    "dyndns.org",
                  "homeip.net"})
                rules.insert(QLatin1String(rule));
        }
    }

    void add(const QString &rule)
    {
        if (rule.startsWith(QLatin1String("*.")))
            wildcards.insert(rule.mid(2));
        else if (rule.startsWith(QLatin1Char('!')))
            exceptions.insert(rule.mid(1));
        else
            rules.insert(rule);
    }

    // The number of labels of the public suffix of labels (at least 1: an unlisted TLD is one).
    int suffixLength(const QStringList &labels) const
    {
        for (int i = 0; i < labels.size(); ++i) {
            const QString candidate = labels.mid(i).join(QLatin1Char('.'));
            if (exceptions.contains(candidate))
                return static_cast<int>(labels.size()) - i - 1;
            if (rules.contains(candidate))
                return static_cast<int>(labels.size()) - i;
            if (i + 1 < labels.size() && wildcards.contains(labels.mid(i + 1).join(QLatin1Char('.'))))
                return static_cast<int>(labels.size()) - i;
        }
        return 1;
    }
};

const SuffixList &suffixes()
{
    static const SuffixList list;
    return list;
}

bool isLocalHost(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

bool isPlaceholder(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return false;
    if (v.contains(QLatin1Char('<')) && v.contains(QLatin1Char('>')))
        return true;
    static const QRegularExpression your(QStringLiteral("^(your|my)[-_ ]?(api[-_ ]?)?(token|key|secret|password|"
                                                        "passwd|pass|login|user(name)?|e-?mail|domain|host(name)?|"
                                                        "zone|record|id)"));
    static const QRegularExpression yourAny(QStringLiteral("^your[-_.]"));
    static const QRegularExpression filler(QStringLiteral("^(x{3,}|\\*{3,}|\\.{3,}|_+|-+|0{6,})$"));
    static const QStringList exact
        = {QStringLiteral("changeme"),  QStringLiteral("change-me"),   QStringLiteral("change_me"),
           QStringLiteral("password"),  QStringLiteral("passwd"),      QStringLiteral("secret"),
           QStringLiteral("apikey"),    QStringLiteral("api-key"),     QStringLiteral("api_key"),
           QStringLiteral("replaceme"), QStringLiteral("replace-me"),  QStringLiteral("todo"),
           QStringLiteral("fixme"),     QStringLiteral("placeholder"), QStringLiteral("username"),
           QStringLiteral("hostname"),  QStringLiteral("domain"),      QStringLiteral("secretapikey")};
    return exact.contains(v) || your.match(v).hasMatch() || yourAny.match(v).hasMatch() || filler.match(v).hasMatch();
}

QString mask(QString text, const QStringList &secretValues)
{
    for (const QString &secret : secretValues) {
        if (secret.size() >= 2)
            text.replace(secret, QStringLiteral("•••"));
    }
    return text;
}

bool splitRegistrable(const QString &name, QString *zone, QString *label)
{
    QString ace;
    QString why;
    if (!Host::normalizeName(name, &ace, &why))
        return false;
    const bool wildcard = ace.startsWith(QLatin1String("*."));
    QStringList labels = (wildcard ? ace.mid(2) : ace).split(QLatin1Char('.'));
    const int suffix = suffixes().suffixLength(labels);
    if (labels.size() <= suffix)
        return false;
    const int registrable = static_cast<int>(labels.size()) - suffix - 1;
    *zone = labels.mid(registrable).join(QLatin1Char('.'));
    QStringList rest = labels.mid(0, registrable);
    if (wildcard)
        rest.prepend(QStringLiteral("*"));
    *label = rest.join(QLatin1Char('.'));
    return true;
}

QString baseUrl(const QString &serverOrUrl, bool ssl, bool *upgraded)
{
    *upgraded = false;
    QString text = serverOrUrl.trimmed();
    if (!text.contains(QLatin1String("://")))
        text = (ssl ? QStringLiteral("https://") : QStringLiteral("http://")) + text;
    QUrl url(text);
    if (url.scheme() == QLatin1String("http") && !isLocalHost(url.host())) {
        url.setScheme(QStringLiteral("https"));
        *upgraded = true;
    }
    QString result = url.toString(QUrl::RemoveUserInfo);
    while (result.endsWith(QLatin1Char('/')))
        result.chop(1);
    return result;
}

QString echoUrl(const QString &url, bool keepHttp, bool *upgraded)
{
    *upgraded = false;
    QUrl parsed(url.contains(QLatin1String("://")) ? url : QStringLiteral("https://") + url);
    if (!keepHttp && parsed.scheme() == QLatin1String("http") && !isLocalHost(parsed.host())) {
        parsed.setScheme(QStringLiteral("https"));
        *upgraded = true;
    }
    if (parsed.path().isEmpty())
        parsed.setPath(QStringLiteral("/"));
    return parsed.toString(QUrl::RemoveUserInfo);
}

QString dyndns2ProviderForServer(const QString &server)
{
    const QString host
        = QUrl(server.contains(QLatin1String("://")) ? server : QStringLiteral("https://") + server).host().toLower();
    static const QHash<QString, QString> known = {
        {QStringLiteral("members.dyndns.org"), QStringLiteral("dyndns")},
        {QStringLiteral("dynupdate.no-ip.com"), QStringLiteral("noip")},
        {QStringLiteral("api.dynu.com"), QStringLiteral("dynu")},
        {QStringLiteral("dyn.dns.he.net"), QStringLiteral("he")},
        {QStringLiteral("www.ovh.com"), QStringLiteral("ovh")},
        {QStringLiteral("dyndns.strato.com"), QStringLiteral("strato")},
        {QStringLiteral("update.dedyn.io"), QStringLiteral("desec")},
        {QStringLiteral("ipv64.net"), QStringLiteral("ipv64")},
        {QStringLiteral("dynv6.com"), QStringLiteral("dynv6")},
    };
    return known.value(host);
}

bool makeHost(const QString &name, const QString &providerId, const QVariantMap &settings,
              const QList<ImportedSecret> &secrets, bool ipv4, bool ipv6, ImportedHost *host, QString *why)
{
    const std::optional<ProviderInfo> info = ProviderRegistry::find(providerId);
    if (!info) {
        *why = ImportSupportText::tr("Homing has no provider \"%1\"").arg(providerId);
        return false;
    }
    if (isPlaceholder(name)) {
        *why = ImportSupportText::tr("the host name \"%1\" is a placeholder").arg(name);
        return false;
    }
    Host result;
    if (!Host::normalizeName(name, &result.name, why))
        return false;
    result.id = QUuid::createUuid();
    result.providerId = providerId;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!info->field(it.key())) {
            *why = ImportSupportText::tr("the provider %1 has no setting \"%2\"").arg(info->name, it.key());
            return false;
        }
        if (isPlaceholder(it.value().toString())) {
            *why = ImportSupportText::tr("the value of %1 is a placeholder").arg(it.key());
            return false;
        }
    }
    result.settings = settings;
    result.ipv4 = ipv4 && info->ipv4;
    result.ipv6 = ipv6 && info->ipv6;
    if (!result.ipv4 && !result.ipv6) {
        *why = ImportSupportText::tr("the provider %1 cannot update the address family asked for").arg(info->name);
        return false;
    }
    QHash<QString, QString> secretValues;
    for (const ImportedSecret &secret : secrets) {
        if (!info->secretFields().contains(secret.field)) {
            *why = ImportSupportText::tr("the provider %1 has no secret \"%2\"").arg(info->name, secret.field);
            return false;
        }
        if (isPlaceholder(secret.value)) {
            *why = ImportSupportText::tr("the %1 is a placeholder").arg(secret.origin);
            return false;
        }
        secretValues.insert(secret.field, secret.value);
    }
    const QHash<QString, QString> problems = info->validate(settings, secretValues);
    QStringList missing;
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        const FieldInfo *field = info->field(it.key());
        if (field && field->kind == FieldInfo::Kind::Secret && !secretValues.contains(it.key())) {
            missing.append(it.key());
            continue;
        }
        *why = ImportSupportText::tr("%1: %2").arg(it.key(), it.value());
        return false;
    }
    missing.sort();
    host->host = result;
    host->secrets = secrets;
    host->missingSecrets = missing;
    return true;
}

QString urlTemplate(const QString &url, const QList<QPair<QString, QString>> &extra, const QString &origin,
                    QList<ImportedSecret> *secrets, QStringList *notes)
{
    const QUrl parsed(url);
    QList<QPair<QString, QString>> items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    static const QRegularExpression secretKey(QStringLiteral("token|key|pass|secret|auth|pwd"),
                                              QRegularExpression::CaseInsensitiveOption);
    bool moved = false;
    for (auto &[key, value] : items) {
        if (!secretKey.match(key).hasMatch() || value.startsWith(QLatin1Char('{')))
            continue;
        if (moved) {
            notes->append(ImportSupportText::tr("the URL's %1= looks secret too but stays in the URL").arg(key));
            continue;
        }
        secrets->append({QStringLiteral("password"), value,
                         ImportSupportText::tr("the %1= part of the URL of %2").arg(key, origin)});
        value = QStringLiteral("{password}");
        moved = true;
    }
    if (!moved)
        notes->append(ImportSupportText::tr("no secret found in the URL; check that it holds none"));
    items += extra;
    QStringList parts;
    for (const auto &[key, value] : std::as_const(items))
        parts << key + QLatin1Char('=') + value;
    QString result = parsed.toString(QUrl::RemoveQuery | QUrl::FullyDecoded);
    if (!parts.isEmpty())
        result += QLatin1Char('?') + parts.join(QLatin1Char('&'));
    return result;
}

QString expandHome(const QString &path, const QString &home)
{
    if (path == QLatin1String("~"))
        return home;
    if (path.startsWith(QLatin1String("~/")))
        return home + path.mid(1);
    return path;
}

bool sameSource(const SourceConfig &a, const SourceConfig &b)
{
    // Compared as JSON: a list read back from the config file is a QVariantList, not a QStringList.
    return a.kind == b.kind && QJsonObject::fromVariantMap(a.options) == QJsonObject::fromVariantMap(b.options);
}

QString addSource(QList<ImportedSource> *list, ImportedSource source)
{
    for (const ImportedSource &existing : std::as_const(*list)) {
        if (sameSource(existing.source, source.source))
            return existing.source.id;
    }
    QString id = source.source.id;
    int n = 2;
    auto taken = [list](const QString &candidate) {
        return std::any_of(list->begin(), list->end(),
                           [&](const ImportedSource &s) { return s.source.id == candidate; });
    };
    while (taken(id))
        id = source.source.id + QLatin1Char('-') + QString::number(n++);
    source.source.id = id;
    list->append(source);
    return id;
}

} // namespace Homing::ImportSupport
