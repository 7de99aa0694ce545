#include "controlcommands.h"

#include "control/controlclient.h"
#include "storage/paths.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Homing {

namespace {

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
        out << "No hosts are configured.\n";
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
            << addresses.join(QStringLiteral(" ")).leftJustified(24) << " next check "
            << localTime(host.value(QStringLiteral("nextCheck"))) << '\n';
        if (!host.value(QStringLiteral("attention")).toString().isEmpty())
            out << "    " << host.value(QStringLiteral("attention")).toString() << '\n';
    }
}

void printStatus(QTextStream &out, const QJsonObject &status)
{
    out << "Homing " << status.value(QStringLiteral("version")).toString() << ", "
        << (status.value(QStringLiteral("online")).toBool() ? "online" : "OFFLINE")
        << (status.value(QStringLiteral("busy")).toBool() ? ", checking now" : "") << ", polling every "
        << status.value(QStringLiteral("pollIntervalSeconds")).toInt() << " s\n";
    const QJsonObject addresses = status.value(QStringLiteral("publicAddresses")).toObject();
    for (const QString &family : {QStringLiteral("ipv4"), QStringLiteral("ipv6")}) {
        const QJsonObject entry = addresses.value(family).toObject();
        out << "Public " << (family == QLatin1String("ipv4") ? "IPv4" : "IPv6") << ": ";
        if (entry.value(QStringLiteral("address")).isString()) {
            QStringList sources;
            for (const QJsonValue &source : entry.value(QStringLiteral("sources")).toArray())
                sources << source.toString();
            out << entry.value(QStringLiteral("address")).toString();
            if (!sources.isEmpty())
                out << " (agreed by " << sources.join(QStringLiteral(", ")) << ')';
        } else {
            out << "unknown";
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
                        ? QStringLiteral("(none)")
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
    switch (ControlClient(paths.controlSocket).request(request, &response, &error)) {
    case ControlClient::Result::NotRunning:
        if (!requireRunning)
            return -1;
        err << "homingctl: Homing is not running (no answer on " << paths.controlSocket
            << "). Start homing or homingd first.\n";
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
        out << "OK: " << command << (args.isEmpty() ? QStringLiteral(" (all hosts)") : QLatin1Char(' ') + args.first())
            << '\n';
    return 0;
}

} // namespace Homing
