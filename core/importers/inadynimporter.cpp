#include "inadynimporter.h"

#include "confuseparser.h"
#include "importsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

namespace Homing {

namespace S = ImportSupport;

namespace {

struct InadynText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Importer)
};

// inadyn's plugin names in the order its guessing walks them (a name that is no plugin's name or
// alias picks the first plugin whose name contains it).
const QStringList &pluginNames()
{
    static const QStringList names = {
        QStringLiteral("default@dyndns.org"),
        QStringLiteral("default@freedns.afraid.org"),
        QStringLiteral("default@zoneedit.com"),
        QStringLiteral("default@no-ip.com"),
        QStringLiteral("default@easydns.com"),
        QStringLiteral("default@tzo.com"),
        QStringLiteral("dyndns@3322.org"),
        QStringLiteral("default@dnsomatic.com"),
        QStringLiteral("dyndns@he.net"),
        QStringLiteral("default@tunnelbroker.net"),
        QStringLiteral("ipv6tb@he.net"),
        QStringLiteral("default@sitelutions.com"),
        QStringLiteral("default@dnsexit.com"),
        QStringLiteral("default@changeip.com"),
        QStringLiteral("default@dhis.org"),
        QStringLiteral("default@nsupdate.info"),
        QStringLiteral("default@duckdns.org"),
        QStringLiteral("default@loopia.com"),
        QStringLiteral("default@domains.google.com"),
        QStringLiteral("default@ovh.com"),
        QStringLiteral("default@dtdns.com"),
        QStringLiteral("default@giradns.com"),
        QStringLiteral("default@duiadns.net"),
        QStringLiteral("default@ddnss.de"),
        QStringLiteral("default@ipv4.dynv6.com"),
        QStringLiteral("default@dynv6.com"),
        QStringLiteral("default@spdyn.de"),
        QStringLiteral("default@strato.com"),
        QStringLiteral("default@cloudxns.net"),
        QStringLiteral("default@dnspod.cn"),
        QStringLiteral("default@dynu.com"),
        QStringLiteral("default@selfhost.de"),
        QStringLiteral("default@pdd.yandex.ru"),
        QStringLiteral("default@cloudflare.com"),
        QStringLiteral("default@simply.com"),
        QStringLiteral("default@myonlineportal.net"),
        QStringLiteral("default@desec.io"),
        QStringLiteral("default@ipv64.net"),
        QStringLiteral("default@namecheap.com"),
        QStringLiteral("default@porkbun.com"),
    };
    return names;
}

struct Account
{
    QString name; // as written
    QString prefix; // default, ipv4, ipv6, dyndns, ipv6tb
    QString domain;
    bool custom = false;
    QString username;
    QString password;
    QStringList hostnames;
    bool ssl = true;
    int ttl = -1;
    bool proxied = false;
    bool wildcard = false;
    QString ddnsServer;
    QString ddnsPath;
    QString checkipServer;
    QString checkipPath;
    bool checkipSsl = true;
    QString checkipCommand;
    QString iface;
    QString origin;
    int line = 0;
};

void resolveName(Account *account, QStringList *notes)
{
    QString name = account->name;
    name.remove(QRegularExpression(QStringLiteral(":\\d+$")));
    const QString lower = name.toLower();
    if (!lower.contains(QLatin1Char('@'))) {
        static const QHash<QString, QString> aliases = {
            {QStringLiteral("dyndns"), QStringLiteral("default@dyndns.org")},
            {QStringLiteral("he"), QStringLiteral("dyndns@he.net")},
            {QStringLiteral("dynv6"), QStringLiteral("default@ipv4.dynv6.com")},
            {QStringLiteral("custom"), QStringLiteral("custom@http_srv_basic_auth")},
        };
        QString full = aliases.value(lower);
        if (full.isEmpty()) {
            for (const QString &plugin : pluginNames()) {
                if (plugin.section(QLatin1Char('@'), 1) == lower) {
                    full = plugin;
                    break;
                }
            }
        }
        if (full.isEmpty()) {
            for (const QString &plugin : pluginNames()) {
                if (plugin.contains(lower)) {
                    full = plugin;
                    notes->append(
                        InadynText::tr("inadyn guesses the provider \"%1\" as %2").arg(account->name, plugin));
                    break;
                }
            }
        }
        if (!full.isEmpty())
            name = full;
    }
    account->prefix
        = name.contains(QLatin1Char('@')) ? name.section(QLatin1Char('@'), 0, 0).toLower() : QStringLiteral("default");
    account->domain = name.contains(QLatin1Char('@')) ? name.section(QLatin1Char('@'), 1).toLower() : lower;
    if (account->domain == QLatin1String("ipv4.dynv6.com")) {
        account->domain = QStringLiteral("dynv6.com");
        account->prefix = QStringLiteral("ipv4");
    }
}

class InadynMapper
{
public:
    InadynMapper(ImportPreview *preview, const ImportOptions &options, bool allowIpv6)
        : m_preview(preview)
        , m_options(options)
        , m_allowIpv6(allowIpv6)
    {
    }

    void map(Account account);

private:
    void skip(const Account &a, const QString &reason) { m_preview->issues.append({a.origin, a.name, reason}); }
    void sources(const Account &a, bool v4, bool v6);

    ImportPreview *m_preview;
    const ImportOptions &m_options;
    bool m_allowIpv6;
};

void InadynMapper::sources(const Account &a, bool v4, bool v6)
{
    if (!a.checkipCommand.isEmpty()) {
        const QStringList words = a.checkipCommand.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ImportedSource source;
        source.source.id = QStringLiteral("inadyn-command");
        source.source.kind = QStringLiteral("command");
        source.source.enabled = false;
        source.source.options.insert(QStringLiteral("program"), words.value(0));
        source.source.options.insert(QStringLiteral("arguments"), QStringList(words.mid(1)));
        source.origin = a.origin;
        source.note
            = InadynText::tr("imported switched off: Homing never runs an imported command; read it, then switch "
                             "the source on in Settings");
        S::addSource(&m_preview->sources, source);
    } else if (!a.iface.isEmpty()) {
        ImportedSource source;
        source.source.id = QStringLiteral("inadyn-if-") + a.iface;
        source.source.kind = QStringLiteral("interface");
        source.source.options.insert(QStringLiteral("interface"), a.iface);
        QStringList families;
        if (v4)
            families << QStringLiteral("ipv4");
        if (v6)
            families << QStringLiteral("ipv6");
        source.source.options.insert(QStringLiteral("families"), families);
        source.origin = a.origin;
        S::addSource(&m_preview->sources, source);
    } else if (!a.checkipServer.isEmpty()) {
        ImportedSource source;
        source.source.id = QStringLiteral("inadyn-checkip");
        source.source.kind = QStringLiteral("http");
        QString server = a.checkipServer == QLatin1String("default") ? QStringLiteral("ifconfig.me") : a.checkipServer;
        QString path = a.checkipPath.isEmpty()
            ? (a.checkipServer == QLatin1String("default") ? QStringLiteral("/ip") : QStringLiteral("/"))
            : a.checkipPath;
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        bool upgraded = false;
        const QString url = (m_options.keepHttp && !a.checkipSsl ? QStringLiteral("http://") + server
                                                                 : S::baseUrl(server, a.checkipSsl, &upgraded))
            + path;
        source.source.options.insert(v6 && !v4 ? QStringLiteral("ipv6Url") : QStringLiteral("ipv4Url"), url);
        source.source.options.insert(QStringLiteral("format"), QStringLiteral("auto"));
        if (upgraded)
            source.note = InadynText::tr("http:// changed to https://");
        source.origin = a.origin;
        S::addSource(&m_preview->sources, source);
    }
}

void InadynMapper::map(Account a)
{
    QStringList notes;
    QString provider;
    QVariantMap settings;
    QList<ImportedSecret> secrets;
    bool v4 = true;
    bool v6 = false;
    const QString passwordOrigin = InadynText::tr("password of %1").arg(a.name);
    const QString usernameOrigin = InadynText::tr("username of %1").arg(a.name);
    auto password = [&](const QString &field) {
        if (!a.password.isEmpty())
            secrets.append({field, a.password, passwordOrigin});
    };
    auto usernameSecret = [&](const QString &field) {
        if (!a.username.isEmpty())
            secrets.append({field, a.username, usernameOrigin});
    };
    auto username = [&]() {
        if (!a.username.isEmpty())
            settings.insert(QStringLiteral("username"), a.username);
    };
    if (a.custom) {
        if (a.ddnsServer.isEmpty()) {
            skip(a, InadynText::tr("a custom section without ddns-server"));
            return;
        }
        bool upgraded = false;
        const QString base = m_options.keepHttp && !a.ssl ? QStringLiteral("http://") + a.ddnsServer
                                                          : S::baseUrl(a.ddnsServer, a.ssl, &upgraded);
        if (upgraded)
            notes.append(InadynText::tr("http:// changed to https://"));
        const QString path = a.ddnsPath.isEmpty() ? QStringLiteral("/") : a.ddnsPath;
        if (path.startsWith(QLatin1String("/nic/update"))) {
            provider = S::dyndns2ProviderForServer(a.ddnsServer);
            if (provider.isEmpty()) {
                provider = QStringLiteral("dyndns2");
                settings.insert(QStringLiteral("server"), base);
            }
            username();
            password(QStringLiteral("password"));
        } else {
            provider = QStringLiteral("custom");
            QString url = base + path;
            url.replace(QLatin1String("%%"), QStringLiteral("\x01"));
            url.replace(QLatin1String("%u"), QStringLiteral("{username}"));
            url.replace(QLatin1String("%p"), QStringLiteral("{password}"));
            url.replace(QLatin1String("%h"), QStringLiteral("{host}"));
            url.replace(QLatin1String("%i"), QStringLiteral("{ip}"));
            url.replace(QLatin1Char('\x01'), QLatin1Char('%'));
            if (!path.contains(QLatin1Char('%')))
                url += QStringLiteral("{host}");
            settings.insert(QStringLiteral("url"), url);
            username();
            password(QStringLiteral("password"));
            if (!a.username.isEmpty() && !a.password.isEmpty() && !path.contains(QLatin1String("%p")))
                settings.insert(QStringLiteral("basicAuth"), QStringLiteral("true"));
        }
    } else {
        const QString &d = a.domain;
        const bool ipv6Only = a.prefix == QLatin1String("ipv6");
        if (d == QLatin1String("dyndns.org") || d == QLatin1String("no-ip.com") || d == QLatin1String("noip.com")
            || d == QLatin1String("dynu.com") || d == QLatin1String("ovh.com") || d == QLatin1String("strato.com")) {
            provider = d == QLatin1String("dyndns.org") ? QStringLiteral("dyndns")
                : d.contains(QLatin1String("no"))       ? QStringLiteral("noip")
                                                        : d.section(QLatin1Char('.'), 0, 0);
            username();
            password(QStringLiteral("password"));
        } else if (d == QLatin1String("he.net") || d == QLatin1String("tunnelbroker.net")) {
            if (d == QLatin1String("tunnelbroker.net") || a.prefix == QLatin1String("ipv6")
                || a.prefix == QLatin1String("ipv6tb")) {
                skip(a,
                     InadynText::tr("this is Hurricane Electric's tunnel broker (the tunnel's endpoint), not DNS; "
                                    "Homing updates DNS records only"));
                return;
            }
            provider = QStringLiteral("he");
            password(QStringLiteral("password"));
        } else if (d == QLatin1String("desec.io")) {
            provider = QStringLiteral("desec");
            username();
            password(QStringLiteral("password"));
        } else if (d == QLatin1String("ipv64.net")) {
            provider = QStringLiteral("ipv64");
            usernameSecret(QStringLiteral("password"));
        } else if (d == QLatin1String("duckdns.org")) {
            provider = QStringLiteral("duckdns");
            usernameSecret(QStringLiteral("token"));
        } else if (d == QLatin1String("dynv6.com")) {
            provider = QStringLiteral("dynv6");
            usernameSecret(QStringLiteral("token"));
            if (a.prefix != QLatin1String("ipv4")) {
                v4 = false;
                v6 = true;
                notes.append(
                    InadynText::tr("%1 updates IPv6 (inadyn's dynv6 default); IPv4 is ipv4@dynv6.com").arg(a.name));
            }
        } else if (d == QLatin1String("freedns.afraid.org")) {
            skip(a,
                 InadynText::tr("FreeDNS with user name and password (the v1 API): Homing uses the v2 update token. "
                                "Add the host with the token from freedns.afraid.org/dynamic/v2/."));
            return;
        } else if (d == QLatin1String("namecheap.com")) {
            provider = QStringLiteral("namecheap");
            settings.insert(QStringLiteral("zone"), a.username);
            QStringList names;
            for (const QString &label : std::as_const(a.hostnames))
                names << (label == QLatin1String("@")      ? a.username
                              : label.endsWith(a.username) ? label
                                                           : label + QLatin1Char('.') + a.username);
            a.hostnames = names;
            password(QStringLiteral("password"));
        } else if (d == QLatin1String("cloudflare.com")) {
            provider = QStringLiteral("cloudflare");
            if (!a.username.isEmpty())
                settings.insert(QStringLiteral("zone"), a.username);
            if (a.proxied)
                settings.insert(QStringLiteral("proxied"), QStringLiteral("true"));
            password(QStringLiteral("token"));
        } else if (d == QLatin1String("porkbun.com")) {
            provider = QStringLiteral("porkbun");
            usernameSecret(QStringLiteral("apikey"));
            password(QStringLiteral("secretapikey"));
        } else {
            skip(a, InadynText::tr("inadyn's provider \"%1\" has no Homing provider").arg(a.name));
            return;
        }
        if (ipv6Only) {
            v4 = false;
            v6 = true;
        }
    }
    if (a.wildcard)
        notes.append(InadynText::tr("wildcard is not imported"));
    if (m_allowIpv6 && !v6 && provider != QLatin1String("dynv6"))
        notes.append(InadynText::tr("allow-ipv6 is on: add IPv6 to the host if its record should follow it"));
    if (a.hostnames.isEmpty()) {
        skip(a, InadynText::tr("no hostname is given"));
        return;
    }
    bool any = false;
    for (const QString &hostname : std::as_const(a.hostnames)) {
        static const QRegularExpression recordId(QStringLiteral("^[0-9a-fA-F]{32}$"));
        if (provider == QLatin1String("cloudflare") && recordId.match(hostname).hasMatch()) {
            m_preview->issues.append(
                {a.origin, hostname, InadynText::tr("a Cloudflare record id, not a host name: add the record's name")});
            continue;
        }
        QVariantMap hostSettings = settings;
        if (provider == QLatin1String("porkbun")) {
            QString zone;
            QString label;
            if (S::splitRegistrable(hostname, &zone, &label))
                hostSettings.insert(QStringLiteral("zone"), zone);
        }
        ImportedHost host;
        QString why;
        if (!S::makeHost(hostname, provider, hostSettings, secrets, v4, v6, &host, &why)) {
            m_preview->issues.append({a.origin, hostname, why});
            continue;
        }
        if (a.ttl > 0)
            host.host.ttl = a.ttl;
        host.notes = notes;
        host.origin = a.origin;
        m_preview->hosts.append(host);
        any = true;
    }
    if (any)
        sources(a, v4, v6);
}

bool boolValue(const QString &text, bool fallback)
{
    const QString v = text.toLower();
    if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("off"))
        return false;
    return fallback;
}

const QStringList &globalOptions()
{
    static const QStringList names
        = {QStringLiteral("period"),         QStringLiteral("forced-update"), QStringLiteral("allow-ipv6"),
           QStringLiteral("verify-address"), QStringLiteral("fake-address"),  QStringLiteral("secure-ssl"),
           QStringLiteral("broken-rtc"),     QStringLiteral("ca-trust-file"), QStringLiteral("iface"),
           QStringLiteral("user-agent"),     QStringLiteral("iterations"),    QStringLiteral("cache-dir")};
    return names;
}

const QStringList &sectionOptions()
{
    static const QStringList names
        = {QStringLiteral("username"),     QStringLiteral("password"),      QStringLiteral("hostname"),
           QStringLiteral("ssl"),          QStringLiteral("wildcard"),      QStringLiteral("ttl"),
           QStringLiteral("proxied"),      QStringLiteral("iface"),         QStringLiteral("checkip-server"),
           QStringLiteral("checkip-path"), QStringLiteral("checkip-ssl"),   QStringLiteral("checkip-command"),
           QStringLiteral("user-agent"),   QStringLiteral("ddns-server"),   QStringLiteral("ddns-path"),
           QStringLiteral("append-myip"),  QStringLiteral("ddns-response"), QStringLiteral("include")};
    return names;
}

void readV2(ImportPreview *preview, const QByteArray &data, const QString &path, const ImportOptions &options,
            QList<Account> *accounts, QStringList *secretValues)
{
    const QString home = options.home.isEmpty() ? QDir::homePath() : options.home;
    const QString dir = QFileInfo(path).absolutePath();
    auto reader = [&](const QString &name, QByteArray *out) {
        QString file = S::expandHome(name, home);
        if (QDir::isRelativePath(file))
            file = QDir(dir).filePath(file);
        else if (!name.startsWith(QLatin1Char('~')))
            file = options.resolve(file);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        *out = f.readAll();
        return true;
    };
    const ConfuseParser::Result parsed = ConfuseParser::parse(data, options.environment, path, reader);
    *secretValues = parsed.secretValues;
    if (!parsed.error.isEmpty()) {
        preview->error
            = InadynText::tr("line %1: %2 (inadyn refuses this file too)").arg(parsed.errorLine).arg(parsed.error);
        return;
    }
    for (const QString &replaced : parsed.replaced)
        preview->issues.append(
            {InadynText::tr("section"), replaced,
             InadynText::tr("a section with the same title comes later; inadyn keeps only the last one. "
                            "Use NAME:1, NAME:2 for several accounts.")});
    for (auto it = parsed.globals.begin(); it != parsed.globals.end(); ++it) {
        if (!globalOptions().contains(it.key()))
            preview->issues.append(
                {InadynText::tr("line %1").arg(it->line), it.key(),
                 InadynText::tr("inadyn has no global option \"%1\" and refuses the file").arg(it.key())});
        else if (it.key() == QLatin1String("cache-dir"))
            preview->notes.append(InadynText::tr("cache-dir is deprecated and ignored by inadyn"));
    }
    const bool ssl = true;
    for (const ConfuseParser::Section &section : parsed.sections) {
        Account a;
        a.origin = InadynText::tr("line %1").arg(section.line);
        a.line = section.line;
        if (section.kind != QLatin1String("provider") && section.kind != QLatin1String("custom")) {
            preview->issues.append({a.origin, section.kind + QLatin1Char(' ') + section.title,
                                    InadynText::tr("inadyn has no section \"%1\"").arg(section.kind)});
            continue;
        }
        a.custom = section.kind == QLatin1String("custom");
        a.name = section.title;
        auto text = [&](const char *key) { return section.options.value(QLatin1String(key)).text(); };
        for (auto it = section.options.begin(); it != section.options.end(); ++it) {
            if (!sectionOptions().contains(it.key()))
                preview->issues.append({InadynText::tr("line %1").arg(it->line), it.key(),
                                        InadynText::tr("inadyn has no option \"%1\" in a section").arg(it.key())});
        }
        a.username = text("username");
        a.password = text("password");
        a.hostnames = section.options.value(QStringLiteral("hostname")).items;
        a.ssl = boolValue(text("ssl"), ssl);
        a.ttl = text("ttl").isEmpty() ? -1 : text("ttl").toInt(nullptr, 0);
        a.proxied = boolValue(text("proxied"), false);
        a.wildcard = boolValue(text("wildcard"), false);
        a.ddnsServer = text("ddns-server");
        a.ddnsPath = text("ddns-path");
        a.checkipServer = text("checkip-server");
        a.checkipPath = text("checkip-path");
        a.checkipSsl = boolValue(text("checkip-ssl"), true);
        a.checkipCommand = text("checkip-command");
        a.iface = text("iface").isEmpty() ? parsed.globals.value(QStringLiteral("iface")).text() : text("iface");
        accounts->append(a);
    }
    if (boolValue(parsed.globals.value(QStringLiteral("allow-ipv6")).text(), false))
        preview->notes.append(QStringLiteral("allow-ipv6"));
}

void readV1(ImportPreview *preview, const QByteArray &data, QList<Account> *accounts, QStringList *secretValues)
{
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    Account *current = nullptr;
    QString checkipServer;
    QString checkipPath;
    QString iface;
    for (int n = 0; n < lines.size(); ++n) {
        // Words with \ escapes; # starts a comment.
        QStringList words;
        QString word;
        bool inWord = false;
        const QString line = lines.at(n);
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                word += line.at(++i);
                inWord = true;
            } else if (c == QLatin1Char('#')) {
                break;
            } else if (c.isSpace()) {
                if (inWord)
                    words << word;
                word.clear();
                inWord = false;
            } else {
                word += c;
                inWord = true;
            }
        }
        if (inWord)
            words << word;
        if (words.isEmpty())
            continue;
        QString key = words.takeFirst();
        while (key.startsWith(QLatin1Char('-')))
            key.remove(0, 1);
        const QString where = InadynText::tr("line %1").arg(n + 1);
        const QString value = words.value(0);
        if (key == QLatin1String("system") || key == QLatin1String("dyndns_system")) {
            Account a;
            a.name = value;
            a.origin = where;
            a.line = n + 1;
            if (value.startsWith(QLatin1String("custom@"))) {
                a.custom = true;
                a.ssl = false;
            }
            accounts->append(a);
            current = &accounts->last();
        } else if (key == QLatin1String("username") || key == QLatin1String("password") || key == QLatin1String("alias")
                   || key == QLatin1String("ssl") || key == QLatin1String("wildcard")
                   || key == QLatin1String("server-name") || key == QLatin1String("dyndns_server_name")
                   || key == QLatin1String("server-url") || key == QLatin1String("dyndns_server_url")) {
            if (!current) {
                preview->issues.append({where, key, InadynText::tr("comes before any \"system\" line")});
                continue;
            }
            if (key == QLatin1String("username"))
                current->username = value;
            else if (key == QLatin1String("password")) {
                current->password = value;
                secretValues->append(value);
            } else if (key == QLatin1String("alias"))
                current->hostnames << value.section(QLatin1Char(','), 0, 0);
            else if (key == QLatin1String("ssl"))
                current->ssl = true;
            else if (key == QLatin1String("wildcard"))
                current->wildcard = true;
            else if (key.contains(QLatin1String("name")))
                current->ddnsServer = value;
            else
                current->ddnsPath = value;
        } else if (key == QLatin1String("checkip-url") || key == QLatin1String("checkip_url")) {
            checkipServer = value;
            checkipPath = words.value(1);
        } else if (key == QLatin1String("iface")) {
            iface = value;
        } else if (QStringList {QStringLiteral("background"),
                                QStringLiteral("append-myip"),
                                QStringLiteral("update_period_sec"),
                                QStringLiteral("period"),
                                QStringLiteral("update_period"),
                                QStringLiteral("forced_update_period"),
                                QStringLiteral("forced-update"),
                                QStringLiteral("log_file"),
                                QStringLiteral("logfile"),
                                QStringLiteral("pidfile"),
                                QStringLiteral("pid_file"),
                                QStringLiteral("verbose"),
                                QStringLiteral("syslog"),
                                QStringLiteral("cache-dir"),
                                QStringLiteral("cache_dir"),
                                QStringLiteral("iterations"),
                                QStringLiteral("change_persona"),
                                QStringLiteral("drop-privs"),
                                QStringLiteral("startup-delay"),
                                QStringLiteral("bind_interface")}
                       .contains(key)) {
            continue; // inadyn's own process settings
        } else {
            preview->issues.append({where, ImportSupport::mask(line.trimmed(), *secretValues),
                                    InadynText::tr("inadyn 1 has no option \"%1\"").arg(key)});
        }
    }
    for (Account &a : *accounts) {
        if (a.custom && a.name.endsWith(QLatin1String("http_srv_basic_auth")))
            a.name = QStringLiteral("custom");
        a.checkipServer = checkipServer;
        a.checkipPath = checkipPath;
        a.checkipSsl = false;
        a.iface = iface;
    }
}

void readCacheDir(ImportPreview *preview, const ImportOptions &options, bool userConfig)
{
    const QString home = options.home.isEmpty() ? QDir::homePath() : options.home;
    const QStringList dirs = userConfig
        ? QStringList {home + QStringLiteral("/.cache/inadyn")}
        : QStringList {options.resolve(QStringLiteral("/var/cache/inadyn")), home + QStringLiteral("/.cache/inadyn")};
    for (const QString &dir : dirs) {
        bool found = false;
        for (ImportedHost &host : preview->hosts) {
            QFile file(QDir(dir).filePath(host.host.name + QStringLiteral(".cache")));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            found = true;
            const QString text = QString::fromUtf8(file.readAll()).trimmed();
            const QHostAddress address(text);
            if (address.protocol() == QAbstractSocket::IPv4Protocol && host.host.ipv4)
                host.publishedIpv4 = text;
            else if (address.protocol() == QAbstractSocket::IPv6Protocol && host.host.ipv6)
                host.publishedIpv6 = text;
            host.publishedAt = QFileInfo(file).lastModified().toUTC();
        }
        if (found) {
            preview->cachePath = dir;
            return;
        }
    }
}

} // namespace

bool InadynImporter::looksLikeV1(const QByteArray &data)
{
    static const QRegularExpression system(QStringLiteral("^\\s*(--)?(dyndns_)?system\\s"),
                                           QRegularExpression::MultilineOption);
    QString code;
    for (const QString &line : QString::fromUtf8(data).split(QLatin1Char('\n')))
        code += line.section(QLatin1Char('#'), 0, 0) + QLatin1Char('\n');
    return !code.contains(QLatin1Char('{')) && system.match(code).hasMatch();
}

ImportPreview InadynImporter::read(const QByteArray &data, const QString &path, const ImportOptions &options)
{
    ImportPreview preview;
    preview.format = ImportFormat::Inadyn;
    preview.path = path;
    const bool v1 = options.peerVersion == QLatin1String("1") || (options.peerVersion.isEmpty() && looksLikeV1(data));
    preview.version = v1 ? QStringLiteral("v1") : QStringLiteral("v2");
    QList<Account> accounts;
    QStringList secretValues;
    if (v1)
        readV1(&preview, data, &accounts, &secretValues);
    else
        readV2(&preview, data, path, options, &accounts, &secretValues);
    if (!preview.error.isEmpty())
        return preview;
    const bool allowIpv6 = preview.notes.removeAll(QStringLiteral("allow-ipv6")) > 0;
    InadynMapper mapper(&preview, options, allowIpv6);
    for (Account &account : accounts) {
        QStringList notes;
        if (!account.custom)
            resolveName(&account, &notes);
        for (const QString &note : std::as_const(notes))
            preview.notes.append(note);
        mapper.map(account);
    }
    const QString home = options.home.isEmpty() ? QDir::homePath() : options.home;
    const bool userConfig = path.startsWith(home + QLatin1Char('/'));
    readCacheDir(&preview, options, userConfig);
    preview.stopCommand = userConfig ? QStringLiteral("systemctl --user disable --now inadyn.service")
                                     : QStringLiteral("sudo systemctl disable --now inadyn.service");
    for (ImportIssue &issue : preview.issues)
        issue.text = S::mask(issue.text, secretValues);
    return preview;
}

} // namespace Homing
