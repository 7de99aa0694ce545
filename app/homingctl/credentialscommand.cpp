#include "credentialscommand.h"

#include "providers/providerregistry.h"
#include "redactor.h"
#include "runtime.h"
#include "service/homingservice.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace Homing {

namespace {

// The translation context of this program's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(homingctl)
};

constexpr int kExitRefused = 1;
constexpr int kExitUsage = 64;
constexpr int kExitNotFound = 66;
constexpr int kExitUnavailable = 69;
constexpr int kExitStorage = 74;
constexpr int kExitTryLater = 75;

int complain(const QString &text, int status)
{
    QTextStream(stderr) << "homingctl: " << text << '\n';
    return status;
}

int report(const Host &host, const ProviderInfo &info, const UpdateOutcome &outcome, bool json)
{
    const int status = outcome.succeeded()               ? 0
        : outcome.kind == UpdateOutcome::Kind::NeedsUser ? kExitRefused
                                                         : kExitTryLater;
    if (json) {
        const QJsonObject object {{QStringLiteral("host"), host.displayName()},
                                  {QStringLiteral("provider"), info.id},
                                  {QStringLiteral("accepted"), outcome.succeeded()},
                                  {QStringLiteral("outcome"), outcomeKindName(outcome.kind)},
                                  {QStringLiteral("reason"), outcome.reason},
                                  {QStringLiteral("fix"), outcome.fix},
                                  {QStringLiteral("retryAfterSeconds"), qint64(outcome.retryAfter.count())},
                                  {QStringLiteral("request"), outcome.requestSummary},
                                  {QStringLiteral("reply"), outcome.reply}};
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
        return status;
    }
    QTextStream out(stdout);
    if (outcome.succeeded())
        out << Text::tr("%1 (%2): credentials accepted.").arg(host.displayName(), info.name);
    else if (outcome.kind == UpdateOutcome::Kind::NeedsUser)
        out << Text::tr("%1 (%2): credentials NOT accepted.").arg(host.displayName(), info.name);
    else
        out << Text::tr("%1 (%2): could not check now.").arg(host.displayName(), info.name);
    if (!outcome.reason.isEmpty())
        out << ' ' << outcome.reason;
    if (!outcome.fix.isEmpty())
        out << "\n  " << Text::tr("What to do: %1").arg(outcome.fix);
    if (!outcome.requestSummary.isEmpty())
        out << "\n  "
            << Text::tr("Sent: %1")
                   .arg(QString(outcome.requestSummary).replace(QLatin1Char('\n'), QStringLiteral("\n        ")));
    out << '\n';
    return status;
}

} // namespace

int testCredentialsCommand(HomingService &service, QCoreApplication &app, const QStringList &args, bool json)
{
    const Runtime &runtime = *service.runtime();
    if (args.size() != 1)
        return complain(Text::tr("usage: homingctl test-credentials HOST [--json]"), kExitUsage);
    const Host *found = runtime.config().find(args.first());
    if (!found)
        return complain(Text::tr("no host called \"%1\" in %2").arg(args.first(), runtime.paths().configFile),
                        kExitNotFound);
    const Host host = *found;
    const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
    if (!info)
        return complain(Text::tr("%1 uses the unknown provider \"%2\"").arg(host.displayName(), host.providerId),
                        kExitNotFound);
    if (!info->testCredentials) {
        return complain(Text::tr("%1 has no harmless way to test credentials; watch the host's next update "
                                 "instead (homingctl history %2).")
                            .arg(info->name, host.displayName()),
                        kExitUnavailable);
    }

    int status = 0;
    service.testCredentials(host, {}, &app, [&](const HomingService::Result &result, const UpdateOutcome &outcome) {
        if (!result.ok)
            status = complain(Text::tr("the secrets of %1 could not be read from %2: %3")
                                  .arg(host.displayName(), service.secrets()->description(), result.error),
                              kExitStorage);
        else
            status = report(host, *info, outcome, json);
        app.quit();
    });
    app.exec();
    return status;
}

} // namespace Homing
