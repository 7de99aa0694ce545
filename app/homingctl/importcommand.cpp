#include "importcommand.h"

#include "controlcommands.h"
#include "importers/importapplier.h"
#include "importers/importer.h"
#include "redactor.h"
#include "runtime.h"
#include "service/homingservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>

namespace Homing {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(homingctl)
};

constexpr int kExitUsage = 64;
constexpr int kExitStorage = 74;

QJsonArray names(const Config &config, const QList<QUuid> &ids)
{
    QJsonArray list;
    for (const QUuid &id : ids) {
        if (const Host *host = config.host(id))
            list.append(host->displayName());
    }
    return list;
}

} // namespace

int importCommand(HomingService *service, QCoreApplication &app, const QStringList &args,
                  const ImportCommandOptions &options)
{
    Runtime *runtime = service->runtime();
    QTextStream out(stdout);
    QTextStream err(stderr);
    ImportOptions importOptions;
    if (!options.format.isEmpty() && !importFormatFromName(options.format, &importOptions.format)) {
        err << "homingctl: "
            << Text::tr("unknown format \"%1\"; use ddclient, inadyn, ddns-updater or ddns-go").arg(options.format)
            << '\n';
        return kExitUsage;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &key : environment.keys())
        importOptions.environment.insert(key, environment.value(key));
    // CONFIG is ddns-updater's own variable: only read as such when that format is chosen.
    if (importOptions.format != ImportFormat::DdnsUpdater)
        importOptions.environment.remove(QStringLiteral("CONFIG"));
    importOptions.peerVersion = options.peerVersion;
    importOptions.keepHttp = options.keepHttp;
    const bool fromVariable = args.isEmpty() && importOptions.format == ImportFormat::DdnsUpdater
        && !importOptions.environment.value(QStringLiteral("CONFIG")).isEmpty();
    if (args.size() != 1 && !fromVariable) {
        err << "homingctl: "
            << Text::tr("usage: homingctl import FILE [--format ddclient|inadyn|ddns-updater|ddns-go] [--dry-run] "
                        "[--json]")
            << '\n';
        return kExitUsage;
    }
    const ImportPreview preview = Importer::read(fromVariable ? QString() : args.first(), importOptions);
    for (const ImportedHost &host : preview.hosts) {
        for (const ImportedSecret &secret : host.secrets)
            runtime->redactor()->addSecret(secret.value);
    }

    auto report = [&](const QJsonObject &result) {
        if (options.json) {
            QJsonObject object = preview.toJson();
            object.insert(QStringLiteral("result"), result);
            std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
        }
    };
    if (!options.json)
        out << runtime->redactor()->redact(preview.toText()) << '\n';
    if (!preview.ok()) {
        report({{QStringLiteral("applied"), false}});
        return 2;
    }
    if (options.dryRun) {
        ImportApplier::Result would;
        would.ok = true;
        for (int i = 0; i < preview.hosts.size(); ++i)
            would.created.append(preview.hosts.at(i).host.id);
        const int status = ImportApplier::exitStatus(preview, would);
        report({{QStringLiteral("applied"), false}, {QStringLiteral("dryRun"), true}});
        if (!options.json)
            out << Text::tr("Dry run: nothing was changed.") << '\n';
        return status;
    }

    ImportApplier applier(service);
    ImportApplier::Result result;
    applier.apply(preview, {}, options.updateExisting ? ImportApplier::Existing::Update : ImportApplier::Existing::Skip,
                  [&](const ImportApplier::Result &r) {
                      result = r;
                      app.quit();
                  });
    app.exec();
    const QJsonObject resultJson {{QStringLiteral("applied"), result.ok},
                                  {QStringLiteral("created"), names(runtime->config(), result.created)},
                                  {QStringLiteral("updated"), names(runtime->config(), result.updated)},
                                  {QStringLiteral("skipped"), QJsonArray::fromStringList(result.skipped)},
                                  {QStringLiteral("secretsStored"), result.secretsWritten},
                                  {QStringLiteral("sourcesAdded"), result.sourcesAdded},
                                  {QStringLiteral("publishedFromCache"), result.seeded},
                                  {QStringLiteral("error"), runtime->redactor()->redact(result.error)}};
    report(resultJson);
    if (!result.ok) {
        err << "homingctl: " << Text::tr("nothing was imported: %1").arg(runtime->redactor()->redact(result.error))
            << '\n';
        return kExitStorage;
    }
    if (!options.json) {
        out << Text::tr("Imported %1 new and %2 updated hosts; %3 secrets stored in %4.")
                   .arg(result.created.size())
                   .arg(result.updated.size())
                   .arg(result.secretsWritten)
                   .arg(runtime->secrets()->description())
            << '\n';
        if (!result.skipped.isEmpty())
            out << Text::tr("Already configured, left as they are (use --update-existing to update): %1")
                       .arg(result.skipped.join(QStringLiteral(", ")))
                << '\n';
        if (!result.seedError.isEmpty())
            out << Text::tr("The addresses from the old client's cache could not be stored: %1").arg(result.seedError)
                << '\n';
        out.flush();
        // A running homing or homingd reads the new hosts now.
        runControlCommand(runtime->paths(), QStringLiteral("reload"), {}, false, 0, false);
    }
    return ImportApplier::exitStatus(preview, result);
}

} // namespace Homing
