// homingd: the headless agent. Same core as the tray app, no screen needed.
#include "control/controlserver.h"
#include "engine/scheduler.h"
#include "engine/updatecycle.h"
#include "logging.h"
#include "logindpowerevents.h"
#include "redactor.h"
#include "runtime.h"
#include "service/homingservice.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <functional>
#include <unistd.h>
#include <utility>

using namespace Homing;

namespace {

// The translation context of this program's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(homingd)
};

// sysexits-style statuses, documented in the README.
constexpr int kExitOk = 0;
constexpr int kExitUsage = 64;
constexpr int kExitStorage = 74;
constexpr int kExitConfig = 78;
constexpr int kExitAlreadyRunning = 75;
constexpr int kExitUnsafeDirectory = 77; // EX_NOPERM: the control socket's directory is not this user's

int g_signalPipe[2] = {-1, -1};

// SIGTERM, SIGINT and SIGHUP call stop (through a pipe: nothing else is safe in a signal handler),
// which ends the event loop normally, so the state database is closed cleanly.
void stopOnSignals(QObject *context, std::function<void()> stop)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [stop] {
        char byte = 0;
        [[maybe_unused]] const auto ignored = ::read(g_signalPipe[0], &byte, 1);
        stop();
    });
    for (int signal : {SIGTERM, SIGINT, SIGHUP}) {
        struct sigaction action
        {
        };
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] const auto ignored = ::write(g_signalPipe[1], &byte, 1);
        };
        sigemptyset(&action.sa_mask);
        sigaction(signal, &action, nullptr);
    }
}

QString kindWord(UpdateCycle::HostResult::Kind kind)
{
    switch (kind) {
    case UpdateCycle::HostResult::Kind::Updated:
        return Text::tr("updated");
    case UpdateCycle::HostResult::Kind::Unchanged:
        return Text::tr("up to date");
    case UpdateCycle::HostResult::Kind::Skipped:
        return Text::tr("skipped");
    case UpdateCycle::HostResult::Kind::Waiting:
        return Text::tr("waiting");
    case UpdateCycle::HostResult::Kind::RetryLater:
        return Text::tr("will retry");
    case UpdateCycle::HostResult::Kind::NeedsUser:
        return Text::tr("NEEDS YOU");
    case UpdateCycle::HostResult::Kind::NoAddress:
        return Text::tr("no address");
    case UpdateCycle::HostResult::Kind::Partial:
        return Text::tr("partly updated");
    case UpdateCycle::HostResult::Kind::StorageFailed:
        return Text::tr("NOT STORED");
    }
    return {};
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
    parser.setApplicationDescription(Text::tr("Homing agent: keeps dynamic DNS host names up to date."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption once(QStringLiteral("once"),
                                  Text::tr("Run one full update cycle, then exit with a status."));
    const QCommandLineOption configDir(QStringLiteral("config-dir"),
                                       Text::tr("Keep config, state, history (and the opt-in secrets file) in DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     Text::tr("Log debug messages (secrets stay redacted)."));
    parser.addOptions({once, configDir, verbose});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "homingd: %s\n", qPrintable(parser.errorText()));
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(kExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "homingd: %s\n",
                     qPrintable(Text::tr("unexpected argument: %1").arg(parser.positionalArguments().first())));
        return kExitUsage;
    }
    if (parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("homing.*.debug=true"));

    Runtime runtime(&redactor);
    QString error;
    const Paths paths = parser.isSet(configDir) ? Paths::inDirectory(parser.value(configDir)) : Paths::standard();
    switch (runtime.open(paths, &error)) {
    case Runtime::Failure::None:
        break;
    case Runtime::Failure::Config:
        std::fprintf(stderr, "homingd: %s\n", qPrintable(redactor.redact(error)));
        return kExitConfig;
    case Runtime::Failure::Storage:
        std::fprintf(stderr, "homingd: %s\n", qPrintable(redactor.redact(error)));
        return kExitStorage;
    }
    if (runtime.config().hosts.isEmpty())
        qCInfo(lcEngine).noquote() << "no hosts are configured in" << paths.configFile;

    // One composition for both modes: the application service with its Scheduler and per-host
    // machines, started from the addresses already published. --once runs one pass over every host, then exits with its
    // status.
    if (parser.isSet(once)) {
        Scheduler::Options options;
        options.watchChanges = false;
        options.autoTick = false;
        HomingService service(&runtime, options);
        QObject::connect(
            service.scheduler(), &Scheduler::passFinished, &app, [&redactor](const UpdateCycle::Summary &summary) {
                QTextStream out(stdout);
                for (const UpdateCycle::HostResult &host : summary.hosts)
                    out << host.name << ": " << kindWord(host.kind) << " - " << redactor.redact(host.message) << '\n';
                out.flush();
                QCoreApplication::exit(summary.exitCode());
            });
        service.runOnce();
        return app.exec();
    }

    // The agent: serve the control socket (which is also the one-instance lock) and let the
    // scheduler react to changes, polls and retries until told to stop.
    HomingService service(&runtime, Scheduler::Options {});
    ControlServer control(&service);
    if (!control.listen(&error)) {
        std::fprintf(stderr, "homingd: %s\n", qPrintable(redactor.redact(error)));
        return control.listenFailure() == ControlServer::ListenFailure::UnsafeDirectory ? kExitUnsafeDirectory
                                                                                        : kExitAlreadyRunning;
    }
    // Sleep and shutdown from logind; on a stop signal the hosts that ask for it are parked first
    // (at most Scheduler::parkDeadline), then the loop ends.
    LogindPowerEvents power;
    service.scheduler()->setPowerEvents(&power);
    bool stopping = false;
    stopOnSignals(&app, [&service, &stopping] {
        if (std::exchange(stopping, true)) {
            QCoreApplication::quit(); // a second signal: now
            return;
        }
        qCInfo(lcEngine) << "stopping";
        service.scheduler()->parkAll(Text::tr("Homing stops"), [](int) { QCoreApplication::quit(); });
    });
    service.start();
    const int status = app.exec();
    service.scheduler()->setPowerEvents(nullptr);
    return status;
}
