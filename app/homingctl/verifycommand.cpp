#include "verifycommand.h"

#include "control/controlclient.h"
#include "control/statusjson.h"
#include "runtime.h"
#include "service/homingservice.h"
#include "storage/paths.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Homing {

namespace {

// The translation context of this program's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(homingctl)
};

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 64;
constexpr int kExitNotFound = 66;
constexpr int kExitTempFail = 75;
// A check that waits for timeouts at several servers takes a while.
constexpr int kVerifyTimeoutMs = 120000;

int exitStatus(const QJsonObject &verification)
{
    int status = 0;
    for (const QJsonValue &value : verification) {
        const QString state = value.toObject().value(QStringLiteral("status")).toString();
        if (state == QLatin1String("mismatch") || state == QLatin1String("unverifiable"))
            return kExitFailed;
        if (state != QLatin1String("verified"))
            status = kExitTempFail;
    }
    return status;
}

int printResult(const QString &host, const QJsonObject &verification, bool json)
{
    QTextStream out(stdout);
    if (json) {
        out << QJsonDocument(
                   QJsonObject {{QStringLiteral("host"), host}, {QStringLiteral("verification"), verification}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << host << '\n';
        printVerification(out, verification, true, QStringLiteral("  "));
    }
    return exitStatus(verification);
}

int fail(const QString &text, int status)
{
    QTextStream err(stderr);
    err << "homingctl: " << text << '\n';
    return status;
}

} // namespace

void printVerification(QTextStream &out, const QJsonObject &verification, bool servers, const QString &indent)
{
    for (const QString &family : {QStringLiteral("ipv4"), QStringLiteral("ipv6")}) {
        if (!verification.contains(family))
            continue;
        const QJsonObject entry = verification.value(family).toObject();
        out << indent << (family == QLatin1String("ipv4") ? QStringLiteral("IPv4") : QStringLiteral("IPv6")) << ": "
            << entry.value(QStringLiteral("summary")).toString() << '\n';
        if (!servers)
            continue;
        for (const QJsonValue &value : entry.value(QStringLiteral("servers")).toArray()) {
            const QJsonObject server = value.toObject();
            const QString answer = server.value(QStringLiteral("answer")).toString();
            QString what;
            if (answer == QLatin1String("match") || answer == QLatin1String("other"))
                what = server.value(QStringLiteral("addresses")).toVariant().toStringList().join(QStringLiteral(", "));
            else if (answer == QLatin1String("no-record"))
                what = Text::tr("no record");
            else if (answer == QLatin1String("lame"))
                what = Text::tr("lame: %1").arg(server.value(QStringLiteral("detail")).toString());
            else
                what = Text::tr("unreachable: %1").arg(server.value(QStringLiteral("detail")).toString());
            if (server.value(QStringLiteral("tcp")).toBool())
                what += Text::tr(" (over TCP)");
            out << indent << "    " << server.value(QStringLiteral("server")).toString() << " ("
                << server.value(QStringLiteral("address")).toString() << "): " << what << '\n';
        }
    }
}

int verifyThroughAgent(const Paths &paths, const QStringList &args, bool json)
{
    if (args.size() != 1)
        return fail(Text::tr("usage: homingctl verify HOST"), kExitUsage);
    const QJsonObject request {{QStringLiteral("command"), QStringLiteral("verify")},
                               {QStringLiteral("host"), args.first()}};
    QJsonObject response;
    QString error;
    switch (ControlClient(paths).request(request, &response, &error, kVerifyTimeoutMs)) {
    case ControlClient::Result::NotRunning:
        return -1;
    case ControlClient::Result::Failed:
        return fail(error, kExitFailed);
    case ControlClient::Result::Ok:
        break;
    }
    if (!response.value(QStringLiteral("ok")).toBool())
        return fail(response.value(QStringLiteral("error")).toString(), kExitFailed);
    const QJsonObject result = response.value(QStringLiteral("result")).toObject();
    return printResult(result.value(QStringLiteral("host")).toString(),
                       result.value(QStringLiteral("verification")).toObject(), json);
}

int verifyHere(HomingService &service, QCoreApplication &app, const QStringList &args, bool json)
{
    if (args.size() != 1)
        return fail(Text::tr("usage: homingctl verify HOST"), kExitUsage);
    const Host *host = service.runtime()->config().find(args.first());
    if (!host)
        return fail(Text::tr("no host called \"%1\"").arg(args.first()), kExitNotFound);
    const QString name = host->displayName();
    int status = kExitFailed;
    QString error;
    const bool started = service.verifyNow(
        host->id, &app,
        [&](const QList<FamilyVerification> &results) {
            status = printResult(name, verificationJson(results), json);
            app.quit();
        },
        &error);
    if (!started)
        return fail(error, kExitFailed);
    app.exec();
    return status;
}

} // namespace Homing
