#include "controlcommands.h"

#include "control/controlclient.h"
#include "storage/paths.h"
#include "verifycommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Homing {

namespace {

// The translation context of this program's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(homingctl)
};

constexpr int kExitFailed = 1;
constexpr int kExitNotRunning = 69; // EX_UNAVAILABLE

QString localTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

void printHosts(QTextStream &out, const QJsonArray &hosts)
{
    if (hosts.isEmpty()) {
        out << Text::tr("No hosts are configured.") << '\n';
        return;
    }
    for (const QJsonValue &value : hosts) {
        const QJsonObject host = value.toObject();
        QStringList addresses;
        for (const char *key : {"ipv4", "ipv6"}) {
            if (!host.value(QLatin1String(key)).isNull())
                addresses << (host.value(QLatin1String(key)).toString().isEmpty()
                                  ? QStringLiteral("-")
                                  : host.value(QLatin1String(key)).toString());
        }
        out << host.value(QStringLiteral("name")).toString().leftJustified(30) << ' '
            << host.value(QStringLiteral("state")).toString().leftJustified(16) << ' '
            << addresses.join(QStringLiteral(" ")).leftJustified(24) << ' '
            << Text::tr("next check %1").arg(localTime(host.value(QStringLiteral("nextCheck")))) << '\n';
        if (!host.value(QStringLiteral("attention")).toString().isEmpty())
            out << "    " << host.value(QStringLiteral("attention")).toString() << '\n';
        printVerification(out, host.value(QStringLiteral("verification")).toObject(), false, QStringLiteral("    "));
    }
}

void printStatus(QTextStream &out, const QJsonObject &status)
{
    const QString version = status.value(QStringLiteral("version")).toString();
    const int poll = status.value(QStringLiteral("pollIntervalSeconds")).toInt();
    const bool online = status.value(QStringLiteral("online")).toBool();
    if (status.value(QStringLiteral("busy")).toBool())
        out << (online ? Text::tr("Homing %1, online, checking now, polling every %2 s")
                       : Text::tr("Homing %1, OFFLINE, checking now, polling every %2 s"))
                   .arg(version)
                   .arg(poll);
    else
        out << (online ? Text::tr("Homing %1, online, polling every %2 s")
                       : Text::tr("Homing %1, OFFLINE, polling every %2 s"))
                   .arg(version)
                   .arg(poll);
    out << '\n';
    const QJsonObject addresses = status.value(QStringLiteral("publicAddresses")).toObject();
    for (const QString &family : {QStringLiteral("ipv4"), QStringLiteral("ipv6")}) {
        const QJsonObject entry = addresses.value(family).toObject();
        out << (family == QLatin1String("ipv4") ? Text::tr("Public IPv4:") : Text::tr("Public IPv6:")) << ' ';
        if (entry.value(QStringLiteral("address")).isString()) {
            QStringList sources;
            for (const QJsonValue &source : entry.value(QStringLiteral("sources")).toArray())
                sources << source.toString();
            out << entry.value(QStringLiteral("address")).toString();
            if (!sources.isEmpty())
                out << ' ' << Text::tr("(agreed by %1)").arg(sources.join(QStringLiteral(", ")));
        } else {
            out << Text::tr("unknown");
        }
        if (entry.contains(QStringLiteral("problem")))
            out << " - " << entry.value(QStringLiteral("problem")).toString();
        out << '\n';
    }
    out << '\n';
    printHosts(out, status.value(QStringLiteral("hosts")).toArray());
}

void printHistory(QTextStream &out, const QJsonArray &events)
{
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        out << localTime(event.value(QStringLiteral("time"))) << ' ' << event.value(QStringLiteral("host")).toString()
            << ' ' << event.value(QStringLiteral("kind")).toString();
        if (!event.value(QStringLiteral("outcome")).toString().isEmpty())
            out << ' ' << event.value(QStringLiteral("outcome")).toString();
        if (!event.value(QStringLiteral("new")).toString().isEmpty())
            out << ' '
                << (event.value(QStringLiteral("old")).toString().isEmpty()
                        ? Text::tr("(none)")
                        : event.value(QStringLiteral("old")).toString())
                << " -> " << event.value(QStringLiteral("new")).toString();
        if (!event.value(QStringLiteral("detail")).toString().isEmpty())
            out << ": "
                << event.value(QStringLiteral("detail")).toString().replace(QLatin1Char('\n'), QStringLiteral(" | "));
        out << '\n';
    }
}

} // namespace

int runControlCommand(const Paths &paths, const QString &command, const QStringList &args, bool json, int limit,
                      bool requireRunning)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QJsonObject request {{QStringLiteral("command"), command}};
    if (!args.isEmpty())
        request.insert(QStringLiteral("host"), args.first());
    if (command == QLatin1String("history"))
        request.insert(QStringLiteral("limit"), limit);

    QJsonObject response;
    QString error;
    switch (ControlClient(paths).request(request, &response, &error)) {
    case ControlClient::Result::NotRunning:
        if (!requireRunning)
            return -1;
        err << "homingctl: "
            << Text::tr("Homing is not running (no answer on %1). Start homing or homingd first.")
                   .arg(paths.controlSocket)
            << '\n';
        return kExitNotRunning;
    case ControlClient::Result::Failed:
        err << "homingctl: " << error << '\n';
        return kExitFailed;
    case ControlClient::Result::Ok:
        break;
    }
    if (!response.value(QStringLiteral("ok")).toBool()) {
        err << "homingctl: " << response.value(QStringLiteral("error")).toString() << '\n';
        return kExitFailed;
    }
    const QJsonObject result = response.value(QStringLiteral("result")).toObject();
    if (json) {
        const QJsonValue payload = command == QLatin1String("history") ? result.value(QStringLiteral("events"))
            : command == QLatin1String("hosts")                        ? result.value(QStringLiteral("hosts"))
                                                                       : QJsonValue(result);
        out << (payload.isArray() ? QJsonDocument(payload.toArray()) : QJsonDocument(payload.toObject()))
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    if (command == QLatin1String("status"))
        printStatus(out, result);
    else if (command == QLatin1String("hosts"))
        printHosts(out, result.value(QStringLiteral("hosts")).toArray());
    else if (command == QLatin1String("history"))
        printHistory(out, result.value(QStringLiteral("events")).toArray());
    else
        out << (args.isEmpty() ? Text::tr("OK: %1 (all hosts)").arg(command)
                               : Text::tr("OK: %1 %2").arg(command, args.first()))
            << '\n';
    return 0;
}

} // namespace Homing
