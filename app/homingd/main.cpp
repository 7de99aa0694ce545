// homingd: the headless agent. Same core as the tray app, no screen needed.
#include "engine/updatecycle.h"
#include "logging.h"
#include "redactor.h"
#include "runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Homing;

namespace {

// sysexits-style statuses, documented in the README.
constexpr int kExitOk = 0;
constexpr int kExitNeedsUser = 2;
constexpr int kExitUsage = 64;
constexpr int kExitStorage = 74;
constexpr int kExitConfig = 78;

QString kindWord(UpdateCycle::HostResult::Kind kind)
{
    switch (kind) {
    case UpdateCycle::HostResult::Kind::Updated:
        return QStringLiteral("updated");
    case UpdateCycle::HostResult::Kind::Unchanged:
        return QStringLiteral("up to date");
    case UpdateCycle::HostResult::Kind::Skipped:
        return QStringLiteral("skipped");
    case UpdateCycle::HostResult::Kind::RetryLater:
        return QStringLiteral("will retry");
    case UpdateCycle::HostResult::Kind::NeedsUser:
        return QStringLiteral("NEEDS YOU");
    case UpdateCycle::HostResult::Kind::NoAddress:
        return QStringLiteral("no address");
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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Homing agent: keeps dynamic DNS host names up to date."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption once(QStringLiteral("once"),
                                  QStringLiteral("Run one full update cycle, then exit with a status."));
    const QCommandLineOption configDir(
        QStringLiteral("config-dir"),
        QStringLiteral("Keep config, state, history (and the opt-in secrets file) in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Log debug messages (secrets stay redacted)."));
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
        std::fprintf(stderr, "homingd: unexpected argument: %s\n", qPrintable(parser.positionalArguments().first()));
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

    const UpdateCycle::Dependencies deps {runtime.state(), runtime.secrets(), runtime.http(), runtime.clock()};

    if (parser.isSet(once)) {
        auto *cycle = new UpdateCycle(runtime.config(), deps, &app);
        QObject::connect(cycle, &UpdateCycle::finished, &app, [&redactor](const UpdateCycle::Summary &summary) {
            QTextStream out(stdout);
            for (const UpdateCycle::HostResult &host : summary.hosts)
                out << host.name << ": " << kindWord(host.kind) << " - " << redactor.redact(host.message) << '\n';
            out.flush();
            QCoreApplication::exit(summary.exitCode());
        });
        cycle->start();
        return app.exec();
    }

    // Until the event-driven scheduler lands, the agent runs a cycle at start and at each poll interval.
    QTimer timer;
    auto runCycle = [&] {
        auto *cycle = new UpdateCycle(runtime.config(), deps, &app);
        QObject::connect(cycle, &UpdateCycle::finished, cycle, [cycle](const UpdateCycle::Summary &summary) {
            qCInfo(lcEngine) << "cycle finished, status" << summary.exitCode();
            cycle->deleteLater();
        });
        cycle->start();
    };
    QObject::connect(&timer, &QTimer::timeout, &app, runCycle);
    timer.start(runtime.config().settings.pollIntervalSeconds * 1000);
    runCycle();
    return app.exec();
}
