// homing: the tray application.
#include "desktopcontroller.h"
#include "redactor.h"
#include "runtime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTranslator>

using namespace Homing;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("homing"));
    QApplication::setApplicationDisplayName(QStringLiteral("Homing"));
    QApplication::setApplicationVersion(QStringLiteral(HOMING_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.homing"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/homing.svg")));
    QApplication::setQuitOnLastWindowClosed(false);

    Redactor redactor;
    const RedactingMessageHandler logRedaction(&redactor);

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("homing"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Homing: keeps dynamic DNS host names pointing at this machine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configDir(QStringLiteral("config-dir"),
                                       QStringLiteral("Keep config, state and history in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       QStringLiteral("Start in the tray, without the window."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Log debug messages (secrets stay redacted)."));
    parser.addOptions({configDir, minimized, verbose});
    parser.process(app);
    if (parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("homing.*.debug=true"));

    Runtime runtime(&redactor);
    QString error;
    const Paths paths = parser.isSet(configDir) ? Paths::inDirectory(parser.value(configDir)) : Paths::standard();
    if (runtime.open(paths, &error) != Runtime::Failure::None) {
        QMessageBox::critical(nullptr, QObject::tr("Homing cannot start"),
                              QObject::tr("%1\n\nThe file was left as it is.").arg(redactor.redact(error)));
        return 78;
    }

    DesktopController desktop(&runtime);
    QObject::connect(&desktop, &DesktopController::quitRequested, &app, &QApplication::quit);
    desktop.start(!parser.isSet(minimized));
    return app.exec();
}
