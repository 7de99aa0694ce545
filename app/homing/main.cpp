// homing: the tray application.
#include "control/controlserver.h"
#include "desktopcontroller.h"
#include "engine/scheduler.h"
#include "logindpowerevents.h"
#include "platform/singleinstance.h"
#include "redactor.h"
#include "runtime.h"
#include "service/homingservice.h"
#include "settings/desktoplanguage.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>

#include <unistd.h>

using namespace Homing;

namespace {

// Milliseconds since the kernel started this process (before main, dynamic loading included), from
// /proc; -1 where that is not available. Only for --report-startup.
qint64 processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const long ticks = sysconf(_SC_CLK_TCK);
    if (fields.size() < 20 || ticks <= 0)
        return -1;
    const double startSeconds = fields.at(19).toDouble() / static_cast<double>(ticks); // field 22 of stat
    const double nowSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return static_cast<qint64>((nowSeconds - startSeconds) * 1000.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("homing"));
    QApplication::setApplicationDisplayName(QStringLiteral("Homing"));
    QApplication::setApplicationVersion(QStringLiteral(HOMING_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.homing"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/homing.svg")));
    QApplication::setQuitOnLastWindowClosed(false);

    Redactor redactor;
    const RedactingMessageHandler logRedaction(&redactor);

    // The system's language for the command line; the one chosen in Settings once the config
    // directory is known, before any window exists.
    Translations translations({QStringLiteral("homing_core"), QStringLiteral("homing")});
    translations.install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Homing: keeps dynamic DNS host names pointing at this machine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configDir(QStringLiteral("config-dir"),
                                       QApplication::translate("main", "Keep config, state and history in DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       QApplication::translate("main", "Start in the tray, without the window."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QApplication::translate("main", "Log debug messages (secrets stay redacted)."));
    const QCommandLineOption reportStartup(
        QStringLiteral("report-startup"),
        QApplication::translate("main", "Print the milliseconds from start to the tray icon (for benchmarks)."));
    parser.addOptions({configDir, minimized, verbose, reportStartup});
    parser.process(app);

    Runtime runtime(&redactor);
    QString error;
    const Paths paths = parser.isSet(configDir) ? Paths::inDirectory(parser.value(configDir)) : Paths::standard();
    installDesktopLanguage(translations, paths.configDir);
    if (runtime.open(paths, &error) != Runtime::Failure::None) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Homing cannot start"),
            QApplication::translate("main", "%1\n\nThe file was left as it is.").arg(redactor.redact(error)));
        return 78;
    }

    // One Homing window per user and config directory; a second start hands over and exits.
    SingleInstance instance(QDir(paths.configDir).filePath(QStringLiteral("homing-ui.sock")));
    DesktopController::Options options;
    if (parser.isSet(configDir))
        options.autostartArguments = {QStringLiteral("--config-dir"), paths.configDir};
    DesktopController desktop(&runtime, options);
    if (parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("homing.*.debug=true"));
    // Sleep and shutdown from logind, as in homingd.
    LogindPowerEvents power;
    desktop.service()->scheduler()->setPowerEvents(&power);
    // Quit parks the hosts that ask for it (at most Scheduler::parkDeadline), then ends the event
    // loop. QApplication::quit() would first ask every window to close and give up when one
    // refuses; the main window refuses (closing it keeps Homing in the tray), so Quit only hid the
    // window.
    QObject::connect(&desktop, &DesktopController::quitRequested, &app, [&desktop] {
        desktop.service()->scheduler()->parkAll(QApplication::translate("main", "Homing quits"),
                                                [](int) { QApplication::exit(0); });
    });
    QObject::connect(&instance, &SingleInstance::activationRequested, &desktop, &DesktopController::activate);
    QObject::connect(&instance, &SingleInstance::handedOver, &app, [] {
        QTextStream(stdout) << QApplication::translate("main", "Homing is already running; its window was shown.")
                            << Qt::endl;
        QApplication::exit(0);
    });
    QObject::connect(&instance, &SingleInstance::failed, &app, [&redactor](const QString &message) {
        QTextStream(stderr) << redactor.redact(message) << Qt::endl;
        QApplication::exit(1);
    });
    if (parser.isSet(reportStartup)) {
        QObject::connect(desktop.tray(), &TrayController::shown, &app, [&sinceStart] {
            QTextStream(stdout) << "tray-shown-ms " << sinceStart.elapsed() << " since-exec-ms " << processAgeMs()
                                << Qt::endl;
        });
    }
    const bool startMinimized = parser.isSet(minimized) || desktop.uiSettings().flag(UiSettings::Key::StartMinimized);
    // The tray app serves the same control socket as homingd (homingctl talks to either); it is
    // also the lock that keeps the app and the agent from updating the same hosts twice.
    ControlServer control(desktop.service());
    QObject::connect(&control, &ControlServer::uiRequested, &desktop, [&desktop] { desktop.showWindow(); });
    QObject::connect(&instance, &SingleInstance::becamePrimary, &desktop, [&desktop, &control, startMinimized] {
        QString why;
        if (!control.listen(&why)) {
            const bool unsafe = control.listenFailure() == ControlServer::ListenFailure::UnsafeDirectory;
            auto *box = unsafe
                ? new QMessageBox(QMessageBox::Critical, QApplication::translate("main", "Homing cannot start"), why)
                : new QMessageBox(QMessageBox::Warning, QApplication::translate("main", "Homing is already running"),
                                  QApplication::translate("main",
                                                          "%1\n\nIf the agent homingd runs for this user, "
                                                          "stop it first (systemctl --user stop homingd), "
                                                          "so the two do not update the same hosts.")
                                      .arg(why));
            QObject::connect(box, &QMessageBox::finished, box, [unsafe] { QApplication::exit(unsafe ? 77 : 75); });
            box->open();
            return;
        }
        desktop.start(!startMinimized);
    });
    instance.start(QApplication::arguments().mid(1));
    return app.exec();
}
