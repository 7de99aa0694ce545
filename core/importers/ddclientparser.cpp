#include "ddclientparser.h"

#include "importsupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Homing {

namespace {

struct DdclientParserText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Importer)
};

// A password taken by the pre-pass is kept aside and stands in the line as \x01<n>\x01, so that
// comment removal and quoting leave it as ddclient leaves it: literal.
constexpr QChar kMark(0x01);

const QSet<QString> &knownOptions()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *name : {"daemon",
                                 "foreground",
                                 "file",
                                 "cache",
                                 "pid",
                                 "proxy",
                                 "protocol",
                                 "use",
                                 "usev4",
                                 "usev6",
                                 "if",
                                 "ifv4",
                                 "ifv6",
                                 "if-skip",
                                 "web",
                                 "webv4",
                                 "webv6",
                                 "web-skip",
                                 "webv4-skip",
                                 "webv6-skip",
                                 "cmd",
                                 "cmdv4",
                                 "cmdv6",
                                 "cmd-skip",
                                 "fw",
                                 "fwv4",
                                 "fwv6",
                                 "fw-skip",
                                 "fwv4-skip",
                                 "fwv6-skip",
                                 "fw-login",
                                 "fw-password",
                                 "fw-ssl-validate",
                                 "ip",
                                 "ipv4",
                                 "ipv6",
                                 "login",
                                 "password",
                                 "host",
                                 "server",
                                 "script",
                                 "zone",
                                 "ttl",
                                 "tcp", // nsupdate's: TCP instead of UDP
                                 "ssl",
                                 "ssl_ca_dir",
                                 "ssl_ca_file",
                                 "ssl-validate",
                                 "web-ssl-validate",
                                 "timeout",
                                 "retry",
                                 "force",
                                 "quiet",
                                 "verbose",
                                 "debug",
                                 "syslog",
                                 "facility",
                                 "priority",
                                 "mail",
                                 "mail-failure",
                                 "mail-from",
                                 "exec",
                                 "min-interval",
                                 "max-interval",
                                 "min-error-interval",
                                 "max-warn",
                                 "postscript",
                                 "query",
                                 "test",
                                 "geturl",
                                 "wildcard",
                                 "mx",
                                 "backupmx",
                                 "static",
                                 "custom",
                                 "dynurl",
                                 "apikey",
                                 "secretapikey",
                                 "root-domain",
                                 "on-root-domain",
                                 "use-personal-access-token",
                                 "redirect",
                                 "user-agent",
                                 "client_key",
                                 "options",
                                 "help",
                                 "list-protocols",
                                 "list-web-services",
                                 "list-devices",
                                 "warnings"})
            set.insert(QLatin1String(name));
        return set;
    }();
    return names;
}

const QSet<QString> &processOptions()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *name : {"daemon",
                                 "foreground",
                                 "file",
                                 "cache",
                                 "pid",
                                 "proxy",
                                 "timeout",
                                 "retry",
                                 "force",
                                 "quiet",
                                 "verbose",
                                 "debug",
                                 "syslog",
                                 "facility",
                                 "priority",
                                 "mail",
                                 "mail-failure",
                                 "mail-from",
                                 "exec",
                                 "max-warn",
                                 "postscript",
                                 "query",
                                 "test",
                                 "geturl",
                                 "ssl_ca_dir",
                                 "ssl_ca_file",
                                 "ssl-validate",
                                 "web-ssl-validate",
                                 "fw-ssl-validate",
                                 "min-interval",
                                 "max-interval",
                                 "min-error-interval",
                                 "redirect",
                                 "user-agent",
                                 "options",
                                 "help",
                                 "warnings"})
            set.insert(QLatin1String(name));
        return set;
    }();
    return names;
}

struct Physical
{
    QString text;
    int line;
};

QString restore(QString value, const QStringList &kept)
{
    static const QRegularExpression token(QStringLiteral("\\x01(\\d+)\\x01"));
    QRegularExpressionMatch match;
    while ((match = token.match(value)).hasMatch()) {
        const int index = match.captured(1).toInt();
        value.replace(match.capturedStart(), match.capturedLength(), kept.value(index));
    }
    return value;
}

// The pre-pass: "...password = 'v a l'" or "password=v#x" keep their value literally.
QString passwordPrePass(const QString &line, QStringList *kept)
{
    static const QRegularExpression key(QStringLiteral("(^|\\s)([0-9a-zA-Z_-]*password)\\s*=\\s*"));
    const QRegularExpressionMatch match = key.match(line);
    if (!match.hasMatch() || line.left(match.capturedStart()).contains(QLatin1Char('#')))
        return line;
    const qsizetype start = match.capturedEnd();
    qsizetype end = start;
    QString value;
    if (start < line.size() && line.at(start) == QLatin1Char('\'')) {
        const qsizetype last = line.lastIndexOf(QLatin1Char('\''));
        if (last > start) {
            value = line.mid(start + 1, last - start - 1);
            end = last + 1;
        }
    }
    if (end == start) {
        while (end < line.size() && !line.at(end).isSpace())
            ++end;
        value = line.mid(start, end - start);
    }
    kept->append(value);
    return line.left(match.capturedStart(2)) + match.captured(2) + QLatin1Char('=') + kMark
        + QString::number(kept->size() - 1) + kMark + line.mid(end);
}

} // namespace

bool DdclientParser::isSecretOption(const QString &name)
{
    return name == QLatin1String("password") || name == QLatin1String("fw-password") || name == QLatin1String("apikey")
        || name == QLatin1String("secretapikey") || name == QLatin1String("dynurl")
        || name == QLatin1String("client_key") || name.endsWith(QLatin1String("password"));
}

QList<QPair<QString, QString>> DdclientParser::assignments(const QString &text, QString *rest)
{
    static const QRegularExpression name(QStringLiteral("^\\s*([a-zA-Z][0-9a-zA-Z_-]*)="));
    QList<QPair<QString, QString>> result;
    QString remaining = text;
    for (;;) {
        const QRegularExpressionMatch match = name.match(remaining);
        if (!match.hasMatch())
            break;
        qsizetype i = match.capturedEnd();
        QString value;
        QChar quote;
        while (i < remaining.size()) {
            const QChar c = remaining.at(i);
            if (c == QLatin1Char('\\') && i + 1 < remaining.size()) {
                value += remaining.at(i + 1);
                i += 2;
                continue;
            }
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                else
                    value += c;
                ++i;
                continue;
            }
            if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                quote = c;
                ++i;
                continue;
            }
            if (c.isSpace() || c == QLatin1Char(','))
                break;
            value += c;
            ++i;
        }
        // Separators after a value: spaces and at most one comma.
        while (i < remaining.size() && remaining.at(i).isSpace())
            ++i;
        if (i < remaining.size() && remaining.at(i) == QLatin1Char(','))
            ++i;
        result.append({match.captured(1), value});
        remaining = remaining.mid(i);
    }
    *rest = remaining.trimmed();
    return result;
}

DdclientParser::Result DdclientParser::parse(const QByteArray &data, Version version, const QString &path,
                                             const QHash<QString, QString> &env)
{
    Result result;
    const QStringList rawLines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    // Version: chosen, or told by the path or by *_env options (3.11 and later).
    if (version == Version::Auto) {
        static const QRegularExpression envKey(QStringLiteral("(^|[\\s,])[a-z][0-9a-z_-]*_env\\s*="));
        bool hasEnv = false;
        for (const QString &line : rawLines) {
            const QString code = line.section(QLatin1Char('#'), 0, 0);
            hasEnv = hasEnv || envKey.match(code).hasMatch();
        }
        if (path.contains(QLatin1String("/ddclient/ddclient.conf")) || hasEnv) {
            result.version = Version::V4;
            result.versionDetected = true;
        } else if (path == QLatin1String("/etc/ddclient.conf")) {
            result.version = Version::V3;
            result.versionDetected = true;
        }
    } else {
        result.version = version;
        result.versionDetected = true;
    }
    const bool v4 = result.version == Version::V4;

    // Logical lines: comment-only lines dropped, password pre-pass, comments cut, continuations
    // joined.
    QStringList kept;
    QList<Physical> logical;
    QString continuation;
    int continuationStart = 0;
    static const QRegularExpression trailingV4(QStringLiteral("\\\\\\s*$"));
    for (int n = 0; n < rawLines.size(); ++n) {
        QString line = rawLines.at(n);
        line.remove(QLatin1Char('\r'));
        if (line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        line = passwordPrePass(line, &kept);
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        if (continuation.isEmpty())
            continuationStart = n + 1;
        line = continuation + line;
        const bool continues = v4 ? trailingV4.match(line).hasMatch() : line.endsWith(QLatin1Char('\\'));
        if (continues) {
            if (v4)
                line.remove(trailingV4);
            else
                line.chop(1);
            continuation = line + QLatin1Char(' ');
            continue;
        }
        continuation.clear();
        line = line.simplified();
        if (!line.isEmpty())
            logical.append({line, continuationStart});
    }
    if (!continuation.trimmed().isEmpty())
        logical.append({continuation.simplified(), continuationStart});
    result.secretValues = kept;

    QMap<QString, QString> globals;
    QMap<QString, int> globalLines;
    QHash<QString, int> hostIndex;
    for (const Physical &entry : std::as_const(logical)) {
        QString rest;
        const QList<QPair<QString, QString>> pairs = assignments(entry.text, &rest);
        QMap<QString, QString> locals;
        for (const auto &[rawName, rawValue] : pairs) {
            QString name = rawName;
            QString value = restore(rawValue, kept);
            const QString where = DdclientParserText::tr("line %1").arg(entry.line);
            if (name.endsWith(QLatin1String("_env"))) {
                const QString base = name.chopped(4);
                if (!knownOptions().contains(base)) {
                    result.issues.append({where, name + QLatin1Char('=') + value,
                                          DdclientParserText::tr("ddclient has no option \"%1\"").arg(base)});
                    continue;
                }
                if (!env.contains(value)) {
                    result.missingEnv.append(name + QLatin1Char('=') + value);
                    locals.insert(base + QStringLiteral("@env"), value);
                    continue;
                }
                name = base;
                value = env.value(value);
                result.secretValues.append(value);
                locals.insert(name + QStringLiteral("@from"), rawValue);
            }
            if (!knownOptions().contains(name)) {
                // Matched case-insensitively, looked up exactly: "Login=" is unknown to ddclient too.
                result.issues.append(
                    {where, ImportSupport::mask(name + QLatin1Char('=') + value, result.secretValues),
                     knownOptions().contains(name.toLower())
                         ? DdclientParserText::tr("ddclient ignores \"%1\": option names are lower case").arg(name)
                         : DdclientParserText::tr("ddclient has no option \"%1\"").arg(name)});
                continue;
            }
            if (name == QLatin1String("protocol") || name.startsWith(QLatin1String("use")))
                value = value.toLower();
            if (isSecretOption(name))
                result.secretValues.append(value);
            locals.insert(name, value);
        }

        QStringList words = rest.isEmpty() ? QStringList() : rest.split(QLatin1Char(' '));
        QStringList hosts;
        if (locals.contains(QStringLiteral("host"))) {
            hosts += locals.value(QStringLiteral("host"))
                         .split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
            locals.remove(QStringLiteral("host"));
        }
        if (!words.isEmpty())
            hosts += words.takeFirst().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!words.isEmpty())
            locals.insert(QStringLiteral("login"), restore(words.takeFirst(), kept));
        if (!words.isEmpty()) {
            const QString password = restore(words.takeFirst(), kept);
            locals.insert(QStringLiteral("password"), password);
            result.secretValues.append(password);
        }
        if (!words.isEmpty()) {
            result.issues.append({DdclientParserText::tr("line %1").arg(entry.line),
                                  ImportSupport::mask(words.join(QLatin1Char(' ')), result.secretValues),
                                  DdclientParserText::tr("text after the host, login and password is not understood")});
        }

        if (hosts.isEmpty()) {
            for (auto it = locals.begin(); it != locals.end(); ++it) {
                globals.insert(it.key(), it.value());
                globalLines.insert(it.key(), entry.line);
            }
            continue;
        }
        for (const QString &host : std::as_const(hosts)) {
            QMap<QString, QString> merged = globals;
            QMap<QString, int> lines = globalLines;
            for (auto it = locals.begin(); it != locals.end(); ++it) {
                merged.insert(it.key(), it.value());
                lines.insert(it.key(), entry.line);
            }
            if (hostIndex.contains(host)) {
                HostEntry &existing = result.hosts[hostIndex.value(host)];
                if (v4) {
                    // 4.x: what the host already has wins; only new options are added.
                    for (auto it = merged.begin(); it != merged.end(); ++it) {
                        if (!existing.options.contains(it.key())) {
                            existing.options.insert(it.key(), it.value());
                            existing.lines.insert(it.key(), lines.value(it.key()));
                        }
                    }
                } else {
                    existing.options = merged;
                    existing.lines = lines;
                    existing.line = entry.line;
                }
                result.issues.append(
                    {DdclientParserText::tr("line %1").arg(entry.line), host,
                     v4 ? DdclientParserText::tr("%1 was defined before; ddclient 4 keeps its earlier options and "
                                                 "adds only new ones")
                              .arg(host)
                        : DdclientParserText::tr("%1 was defined before; ddclient 3 uses this later definition")
                              .arg(host)});
                continue;
            }
            hostIndex.insert(host, static_cast<int>(result.hosts.size()));
            result.hosts.append({host, merged, lines, entry.line});
        }
    }
    result.globals = globals;
    for (auto it = globals.begin(); it != globals.end(); ++it) {
        if (processOptions().contains(it.key()))
            result.ignoredOptions.append(it.key());
    }
    return result;
}

} // namespace Homing
