// homingctl: the command line for Homing.
#include "control/controlclient.h"
#include "control/statusjson.h"
#include "controlcommands.h"
#include "credentialscommand.h"
#include "engine/scheduler.h"
#include "importcommand.h"
#include "model/updateoutcome.h"
#include "providers/providerregistry.h"
#include "redactor.h"
#include "runtime.h"
#include "service/homingservice.h"
#include "storage/secretstore.h"
#include "translations.h"
#include "verifycommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Homing;

namespace {

// The translation context of this program's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(homingctl)
};

constexpr int kExitUsage = 64;
constexpr int kExitNotFound = 66;
constexpr int kExitStorage = 74;
constexpr int kExitConfig = 78;

void print(const QString &text)
{
    QTextStream out(stdout);
    out << text << '\n';
}

int fail(const QString &text, int status)
{
    QTextStream err(stderr);
    err << "homingctl: " << text << '\n';
    return status;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
}

// Reads one line from standard input; with a terminal, without echo.
QString readSecretLine(const QString &prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved {};
    if (tty) {
        std::fprintf(stderr, "%s", qPrintable(prompt));
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    return line;
}

int listProviders(bool json)
{
    const QList<ProviderInfo> catalogue = ProviderRegistry::catalogue();
    if (json) {
        QJsonArray array;
        for (const ProviderInfo &info : catalogue)
            array.append(info.toJson());
        printJson(array);
        return 0;
    }
    for (const ProviderInfo &info : catalogue) {
        QStringList families;
        if (info.ipv4)
            families << QStringLiteral("IPv4");
        if (info.ipv6)
            families << QStringLiteral("IPv6");
        QStringList fields;
        for (const FieldInfo &field : info.fields)
            fields << field.name + (field.kind == FieldInfo::Kind::Secret ? Text::tr(" (secret)") : QString());
        print(Text::tr("%1  %2  [%3]  fields: %4")
                  .arg(info.id.leftJustified(12), info.name, families.join(QLatin1Char('+')),
                       fields.join(QStringLiteral(", "))));
    }
    return 0;
}

int listHosts(const HomingService &service, bool json)
{
    const Runtime &runtime = *service.runtime();
    QJsonArray array;
    for (const Host &host : runtime.config().hosts) {
        const HostRecord record = service.scheduler()->record(host.id);
        const QJsonObject object = hostStatusJson(host, record, {});
        array.append(object);
        if (!json) {
            print(
                QStringLiteral("%1  %2  %3  %4 %5%6")
                    .arg(host.displayName().leftJustified(30), host.providerId.leftJustified(10),
                         hostStateName(record.state).leftJustified(16), record.publishedIpv4, record.publishedIpv6,
                         record.attentionReason.isEmpty() ? QString() : QStringLiteral("  ") + record.attentionReason));
        }
    }
    if (json)
        printJson(array);
    else if (array.isEmpty())
        print(Text::tr("No hosts are configured (%1).").arg(runtime.paths().configFile));
    return 0;
}

int showHistory(const HomingService &service, const QStringList &args, bool json, int limit)
{
    const Runtime &runtime = *service.runtime();
    QUuid hostId;
    if (!args.isEmpty()) {
        const Host *host = runtime.config().find(args.first());
        if (!host)
            return fail(Text::tr("no host called \"%1\"").arg(args.first()), kExitNotFound);
        hostId = host->id;
    }
    QJsonArray array;
    for (const HistoryEvent &event : service.history(hostId, limit)) {
        const QString name = historyHostName(event, runtime.config().host(event.hostId));
        if (json) {
            array.append(historyEventJson(event, name));
        } else {
            QString line = event.time.toLocalTime().toString(Qt::ISODate) + QLatin1Char(' ') + name + QLatin1Char(' ')
                + historyKindName(event.kind);
            if (!event.outcome.isEmpty())
                line += QLatin1Char(' ') + event.outcome;
            if (!event.oldAddress.isEmpty() || !event.newAddress.isEmpty())
                line += QStringLiteral(" %1 -> %2")
                            .arg(event.oldAddress.isEmpty() ? Text::tr("(none)") : event.oldAddress, event.newAddress);
            if (!event.detail.isEmpty())
                line += QStringLiteral(": ") + QString(event.detail).replace(QLatin1Char('\n'), QStringLiteral(" | "));
            print(line);
        }
    }
    if (json)
        printJson(array);
    return 0;
}

// New credentials are a change of the host's settings: a host that stopped for the user may try
// again, and one that is up to date sends its record again. The running agent's machine for the host
// does it; with none running, this program's service records it in the host's stored state.
void secretsChanged(HomingService &service, const Host &host, const QString &field)
{
    const QString detail = Text::tr("the %1 was changed with homingctl").arg(field);
    const QJsonObject request {{QStringLiteral("command"), QStringLiteral("secret-changed")},
                               {QStringLiteral("host"), host.id.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("detail"), detail}};
    QJsonObject response;
    QString error;
    if (ControlClient(service.runtime()->paths().controlSocket).request(request, &response, &error)
            == ControlClient::Result::Ok
        && response.value(QStringLiteral("ok")).toBool())
        return;
    service.secretsChanged(host.id, detail);
}

int secretCommand(HomingService &service, QCoreApplication &app, const QStringList &args)
{
    const Runtime &runtime = *service.runtime();
    if (args.size() != 3 || (args.at(0) != QLatin1String("set") && args.at(0) != QLatin1String("delete")))
        return fail(Text::tr("usage: homingctl secret set|delete HOST FIELD"), kExitUsage);
    const Host *found = runtime.config().find(args.at(1));
    if (!found)
        return fail(Text::tr("no host called \"%1\" in %2").arg(args.at(1), runtime.paths().configFile), kExitNotFound);
    const Host host = *found;
    const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
    const QString field = args.at(2);
    if (!info || !info->secretFields().contains(field)) {
        return fail(
            Text::tr("%1 has no secret field \"%2\"; its secret fields: %3")
                .arg(host.displayName(), field, info ? info->secretFields().join(QStringLiteral(", ")) : QString()),
            kExitUsage);
    }
    int status = 0;
    auto done = [&](const HomingService::Result &result) {
        if (result.ok) {
            secretsChanged(service, host, field);
            print((args.at(0) == QLatin1String("set") ? Text::tr("%1 of %2 stored in %3.")
                                                      : Text::tr("%1 of %2 removed from %3."))
                      .arg(field, host.displayName(), service.secrets()->description()));
            status = 0;
        } else {
            status = fail(result.error, kExitStorage);
        }
        app.quit();
    };
    if (args.at(0) == QLatin1String("set")) {
        const QString value = readSecretLine(Text::tr("%1 for %2: ").arg(field, host.displayName()));
        const FieldInfo *fieldInfo = info->field(field);
        QString why;
        if (!fieldInfo->validate(value, &why))
            return fail(why, kExitUsage);
        service.storeSecret(host.id, field, value, &app, done);
    } else {
        service.removeSecret(host.id, field, &app, done);
    }
    app.exec();
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("homing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOMING_VERSION));
    Redactor redactor;
    const RedactingMessageHandler logRedaction(&redactor);
    Translations translations({QStringLiteral("homing_core")});
    translations.install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Homing command line.\n\nCommands:\n"
                 "  status                 what the running homing/homingd is doing (public addresses, hosts)\n"
                 "  update [HOST]          check and update now (all hosts, or one)\n"
                 "  verify HOST            ask the zone's own name servers now whether they answer the\n"
                 "                         published address; prints each server's answer\n"
                 "                         (exit status 0: verified, 1: mismatch or unverifiable, 75: propagating)\n"
                 "  pause [HOST]           stop updating (all hosts, or one)\n"
                 "  resume [HOST]          resume, also a host that needs attention once you fixed it\n"
                 "  restore HOST           send the published address again after it was changed behind Homing's back\n"
                 "  reload                 read the config file again\n"
                 "  providers              the providers Homing speaks\n"
                 "  hosts                  the configured hosts and their state\n"
                 "  history [HOST]         the update history, newest first\n"
                 "  test-credentials HOST  check the host's stored credentials with a harmless provider call\n"
                 "  secret set HOST FIELD  store a secret (read from standard input) in the configured secret store\n"
                 "  secret delete HOST FIELD\n"
                 "  import FILE            take over a ddclient, inadyn, ddns-updater or ddns-go configuration\n"
                 "                         (exit status 0: all imported, 1: some, 2: nothing)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), Text::tr("At most N history rows."), QStringLiteral("N"),
                                   QStringLiteral("50"));
    const QCommandLineOption configDir(QStringLiteral("config-dir"), Text::tr("Use the config and state in DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Text::tr("import: the file's format (ddclient, inadyn, ddns-updater, ddns-go)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Text::tr("import: show what would be imported only."));
    const QCommandLineOption updateExisting(QStringLiteral("update-existing"),
                                            Text::tr("import: update hosts that are already configured."));
    const QCommandLineOption keepHttp(QStringLiteral("keep-http"),
                                      Text::tr("import: keep plain http:// endpoints instead of using https://."));
    const QCommandLineOption peerVersion(QStringLiteral("peer-version"),
                                         Text::tr("import: the old client's version (ddclient 3 or 4, inadyn 1 or 2)."),
                                         QStringLiteral("VERSION"));
    parser.addOptions({json, limit, configDir, format, dryRun, updateExisting, keepHttp, peerVersion});
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("What to do (see above)."));
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText(), kExitUsage);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(Text::tr("no command given; see homingctl --help"), kExitUsage);
    const QString command = args.takeFirst();
    static const QStringList known
        = {QStringLiteral("providers"),        QStringLiteral("status"), QStringLiteral("hosts"),
           QStringLiteral("history"),          QStringLiteral("update"), QStringLiteral("pause"),
           QStringLiteral("resume"),           QStringLiteral("reload"), QStringLiteral("secret"),
           QStringLiteral("test-credentials"), QStringLiteral("import"), QStringLiteral("verify"),
           QStringLiteral("restore")};
    if (!known.contains(command))
        return fail(Text::tr("unknown command \"%1\"; see homingctl --help").arg(command), kExitUsage);
    // A command line answers on stdout; the log says only what went wrong.
    QLoggingCategory::setFilterRules(QStringLiteral("homing.*.info=false\nhoming.*.debug=false"));
    if (command == QLatin1String("providers"))
        return listProviders(parser.isSet(json));

    const Paths paths = parser.isSet(configDir) ? Paths::inDirectory(parser.value(configDir)) : Paths::standard();
    static const QStringList live = {QStringLiteral("status"), QStringLiteral("update"), QStringLiteral("pause"),
                                     QStringLiteral("resume"), QStringLiteral("reload"), QStringLiteral("restore")};
    if (live.contains(command) || command == QLatin1String("hosts") || command == QLatin1String("history")) {
        const int status = runControlCommand(paths, command, args, parser.isSet(json), parser.value(limit).toInt(),
                                             live.contains(command));
        if (status >= 0)
            return status;
        // Nothing is running: hosts and history are read from the files directly.
    }

    if (command == QLatin1String("verify")) {
        const int status = verifyThroughAgent(paths, args, parser.isSet(json));
        if (status >= 0)
            return status;
        // Nothing is running: this program asks the servers itself and records the outcome.
    }

    Runtime runtime(&redactor);
    QString error;
    switch (runtime.open(paths, &error)) {
    case Runtime::Failure::None:
        break;
    case Runtime::Failure::Config:
        return fail(error, kExitConfig);
    case Runtime::Failure::Storage:
        return fail(error, kExitStorage);
    }
    // The same application service as the agent's; its Scheduler is never started, so nothing is
    // sent from here except what a command asks for (test-credentials).
    Scheduler::Options inert;
    inert.watchChanges = false;
    inert.autoTick = false;
    HomingService service(&runtime, inert);
    if (command == QLatin1String("hosts"))
        return listHosts(service, parser.isSet(json));
    if (command == QLatin1String("history"))
        return showHistory(service, args, parser.isSet(json), parser.value(limit).toInt());
    if (command == QLatin1String("verify"))
        return verifyHere(service, app, args, parser.isSet(json));
    if (command == QLatin1String("test-credentials"))
        return testCredentialsCommand(service, app, args, parser.isSet(json));
    if (command == QLatin1String("secret"))
        return secretCommand(service, app, args);
    if (command == QLatin1String("import")) {
        ImportCommandOptions importOptions;
        importOptions.format = parser.value(format);
        importOptions.peerVersion = parser.value(peerVersion);
        importOptions.dryRun = parser.isSet(dryRun);
        importOptions.json = parser.isSet(json);
        importOptions.updateExisting = parser.isSet(updateExisting);
        importOptions.keepHttp = parser.isSet(keepHttp);
        return importCommand(&service, app, args, importOptions);
    }
    return fail(Text::tr("unknown command \"%1\"; see homingctl --help").arg(command), kExitUsage);
}
