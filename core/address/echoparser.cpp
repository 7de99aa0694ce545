#include "echoparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Homing {

namespace {

// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct EchoParserText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::EchoParser)
};

bool exactAddress(const QString &text, AddressFamily family, QHostAddress *address, QString *error)
{
    static const QRegularExpression allowed(QStringLiteral("^[0-9A-Fa-f:.]{2,45}$"));
    if (!allowed.match(text).hasMatch()) {
        *error = EchoParserText::tr("the reply is not a single address");
        return false;
    }
    QHostAddress parsed;
    if (!parsed.setAddress(text) || !parsed.scopeId().isEmpty()) {
        *error = EchoParserText::tr("\"%1\" is not an address").arg(text.left(60));
        return false;
    }
    if (familyOf(parsed) != family) {
        *error = EchoParserText::tr("the reply is an %1 address, but %2 was asked for")
                     .arg(familyOf(parsed) == AddressFamily::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"),
                          family == AddressFamily::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"));
        return false;
    }
    *address = parsed;
    return true;
}

bool parsePlain(const QByteArray &body, AddressFamily family, QHostAddress *address, QString *error)
{
    QByteArray text = body;
    if (text.endsWith("\r\n"))
        text.chop(2);
    else if (text.endsWith('\n'))
        text.chop(1);
    return exactAddress(QString::fromLatin1(text.trimmed()), family, address, error);
}

bool parseJson(const QByteArray &body, AddressFamily family, QHostAddress *address, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = EchoParserText::tr("the reply is not a JSON object");
        return false;
    }
    const QJsonValue ip = document.object().value(QStringLiteral("ip"));
    if (!ip.isString()) {
        *error = EchoParserText::tr("the JSON reply has no \"ip\" string");
        return false;
    }
    return exactAddress(ip.toString(), family, address, error);
}

bool parseTrace(const QByteArray &body, AddressFamily family, QHostAddress *address, QString *error)
{
    QString found;
    int count = 0;
    for (const QByteArray &line : body.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const int equals = trimmed.indexOf('=');
        if (equals <= 0) {
            *error = EchoParserText::tr("the reply is not a list of key=value lines");
            return false;
        }
        if (trimmed.left(equals) == "ip") {
            found = QString::fromLatin1(trimmed.mid(equals + 1));
            ++count;
        } else if (trimmed.left(equals) == "warp" && trimmed.mid(equals + 1) == "on") {
            *error
                = EchoParserText::tr("the reply comes through Cloudflare WARP, so its address is not this network's");
            return false;
        }
    }
    if (count != 1) {
        *error = count == 0 ? EchoParserText::tr("the reply has no ip= line")
                            : EchoParserText::tr("the reply has more than one ip= line");
        return false;
    }
    return exactAddress(found, family, address, error);
}

bool parseCheckIp(const QByteArray &body, AddressFamily family, QHostAddress *address, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("Current IP Address:\\s*([0-9A-Fa-f:.]+)\\s*<"));
    const QString text = QString::fromLatin1(body);
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    if (!it.hasNext()) {
        *error = EchoParserText::tr("the reply has no \"Current IP Address:\"");
        return false;
    }
    const QString value = it.next().captured(1);
    if (it.hasNext()) {
        *error = EchoParserText::tr("the reply has more than one address");
        return false;
    }
    return exactAddress(value, family, address, error);
}

} // namespace

bool EchoParser::formatFromName(const QString &name, Format *format)
{
    if (name.isEmpty() || name == QLatin1String("auto"))
        *format = Format::Auto;
    else if (name == QLatin1String("plain"))
        *format = Format::Plain;
    else if (name == QLatin1String("json"))
        *format = Format::Json;
    else if (name == QLatin1String("trace"))
        *format = Format::Trace;
    else if (name == QLatin1String("checkip"))
        *format = Format::CheckIp;
    else
        return false;
    return true;
}

bool EchoParser::parse(const QByteArray &body, Format format, AddressFamily family, QHostAddress *address,
                       QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = EchoParserText::tr("the reply is empty");
        return false;
    }
    switch (format) {
    case Format::Plain:
        return parsePlain(body, family, address, error);
    case Format::Json:
        return parseJson(body, family, address, error);
    case Format::Trace:
        return parseTrace(body, family, address, error);
    case Format::CheckIp:
        return parseCheckIp(body, family, address, error);
    case Format::Auto:
        break;
    }
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{'))
        return parseJson(body, family, address, error);
    if (trimmed.contains("Current IP Address:"))
        return parseCheckIp(body, family, address, error);
    if (trimmed.contains("\nip=") || trimmed.startsWith("ip=") || trimmed.startsWith("fl="))
        return parseTrace(body, family, address, error);
    return parsePlain(body, family, address, error);
}

} // namespace Homing
