// The tray: one function maps the overall state to icon and tooltip; menu actions reach the
// desktop; pause/resume text follows the hosts when the menu opens; pausing from the tray pauses
// the hosts in the state store.
#include "desktopcontroller.h"
#include "guifixture.h"
#include "models/hosttablemodel.h"
#include "service/homingservice.h"
#include "tray/traycontroller.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTranslator>

using namespace Homing;

class TestTray : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stateMapsToIconAndTooltip()
    {
        TrayController tray;
        for (auto state :
             {TrayController::Overall::Idle, TrayController::Overall::Ok, TrayController::Overall::Updating,
              TrayController::Overall::Attention, TrayController::Overall::Error, TrayController::Overall::Paused,
              TrayController::Overall::Offline}) {
            for (bool dark : {false, true}) {
                const QString path = TrayController::iconPath(state, dark);
                QVERIFY2(QFile::exists(path), qPrintable(path));
                QCOMPARE(path.contains(QStringLiteral("-dark")), dark);
            }
        }
        tray.setState(TrayController::Overall::Attention, QStringLiteral("1 host needs your attention"),
                      QStringLiteral("81.2.69.160"));
        QCOMPARE(tray.state(), TrayController::Overall::Attention);
        QVERIFY(tray.toolTip().contains(QStringLiteral("1 host needs your attention")));
        QVERIFY(tray.toolTip().contains(QStringLiteral("81.2.69.160")));
        QCOMPARE(tray.icon()->toolTip(), tray.toolTip());
        QVERIFY(!tray.icon()->icon().isNull());

        // A dark theme switches to the dark variant (light outline), and back.
        const QPalette light = QApplication::palette();
        const QImage lightIcon = tray.icon()->icon().pixmap(32, 32).toImage();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        QApplication::setPalette(dark);
        QVERIFY(tray.icon()->icon().pixmap(32, 32).toImage() != lightIcon);
        QCOMPARE(tray.icon()->toolTip(), tray.toolTip());
        QApplication::setPalette(light);
        QCOMPARE(tray.icon()->icon().pixmap(32, 32).toImage(), lightIcon);
    }

    // With nothing to keep up to date the icon is neutral, not a green "up to date"; the first
    // host's first success turns it green.
    void noHostsIsNeutral()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        DesktopController::Options options;
        options.bus = QDBusConnection(QString());
        options.scheduler.watchChanges = false;
        DesktopController desktop(fixture.runtime.get(), options);
        QCOMPARE(desktop.tray()->state(), TrayController::Overall::Idle);
        QSignalSpy cycles(&desktop, &DesktopController::cycleFinished);
        desktop.start(false);
        QTRY_COMPARE_WITH_TIMEOUT(cycles.size(), 1, 20000);
        QCOMPARE(desktop.tray()->state(), TrayController::Overall::Idle);
        QVERIFY(desktop.tray()->toolTip().contains(QStringLiteral("no hosts yet")));
        const QImage idle = desktop.tray()->icon()->icon().pixmap(32, 32).toImage();
        QVERIFY(idle != QIcon(TrayController::iconPath(TrayController::Overall::Ok, false)).pixmap(32, 32).toImage());

        fixture.addDyndns2Host(QStringLiteral("home.example.org"));
        QString error;
        QVERIFY(desktop.service()->reload(&error));
        desktop.updateNow();
        QTRY_COMPARE_WITH_TIMEOUT(desktop.tray()->state(), TrayController::Overall::Ok, 20000);
        QCOMPARE(fixture.provider.requests().size(), 1);
    }

    void menuActionsAndPauseText()
    {
        TrayController tray;
        bool paused = false;
        tray.setPausedQuery([&paused] { return paused; });
        QSignalSpy open(&tray, &TrayController::showWindowRequested);
        QSignalSpy update(&tray, &TrayController::updateNowRequested);
        QSignalSpy pause(&tray, &TrayController::pauseAllRequested);
        QSignalSpy settings(&tray, &TrayController::settingsRequested);
        QSignalSpy quit(&tray, &TrayController::quitRequested);
        tray.action(QStringLiteral("trayOpen"))->trigger();
        tray.action(QStringLiteral("trayUpdateNow"))->trigger();
        tray.action(QStringLiteral("traySettings"))->trigger();
        tray.action(QStringLiteral("trayQuit"))->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(update.size(), 1);
        QCOMPARE(settings.size(), 1);
        QCOMPARE(quit.size(), 1);

        emit tray.menu()->aboutToShow();
        QCOMPARE(tray.action(QStringLiteral("trayPause"))->text(), QStringLiteral("&Pause all"));
        tray.action(QStringLiteral("trayPause"))->trigger();
        QCOMPARE(pause.takeFirst().first().toBool(), true);
        paused = true;
        emit tray.menu()->aboutToShow();
        QCOMPARE(tray.action(QStringLiteral("trayPause"))->text(), QStringLiteral("&Resume all"));
        tray.action(QStringLiteral("trayPause"))->trigger();
        QCOMPARE(pause.takeFirst().first().toBool(), false);
    }

    void germanTranslationIsEmbedded()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("homing"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        TrayController tray;
        QCOMPARE(tray.action(QStringLiteral("trayOpen"))->text(), QStringLiteral("Homing ö&ffnen"));
        QCoreApplication::removeTranslator(&translator);
    }

    void trayDrivesTheDesktop()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        const Host host = fixture.addDyndns2Host(QStringLiteral("home.example.org"));
        DesktopController::Options options;
        options.bus = QDBusConnection(QString());
        options.scheduler.watchChanges = false; // no netlink or wake-ups in tests
        DesktopController desktop(fixture.runtime.get(), options);
        QSignalSpy quit(&desktop, &DesktopController::quitRequested);
        QSignalSpy cycles(&desktop, &DesktopController::cycleFinished);
        desktop.start(false); // as at login: the tray only
        // The start-up pass ends (its reply handled) before the test goes on, so nothing of it is
        // still in flight when the tray pauses.
        QTRY_COMPARE_WITH_TIMEOUT(cycles.size(), 1, 20000);
        QCOMPARE(fixture.provider.requests().size(), 1); // the start-up update
        // The window's status bar says where the secrets are, that Homing is online, and when it
        // checks next: the next poll, as the scheduler has it.
        const QString status = desktop.window()->findChild<QLabel *>(QStringLiteral("statusText"))->text();
        QVERIFY2(status.contains(QStringLiteral("Passwords are kept in memory only")), qPrintable(status));
        const QString next
            = QLocale().toString(desktop.scheduler()->nextWakeup().toLocalTime().time(), QLocale::ShortFormat);
        QVERIFY2(status.contains(QStringLiteral("Online; next check at %1.").arg(next)), qPrintable(status));
        desktop.window()->close(); // with no tray host here the start shows the window; begin hidden
        QVERIFY(!desktop.window()->isVisible());
        desktop.tray()->action(QStringLiteral("trayOpen"))->trigger();
        QVERIFY(desktop.window()->isVisible());
        // Closing the window keeps the app (and the tray) alive.
        desktop.window()->close();
        QVERIFY(!desktop.window()->isVisible());
        QCOMPARE(quit.size(), 0);
        // Left click toggles the window.
        emit desktop.tray()->icon()->activated(QSystemTrayIcon::Trigger);
        QVERIFY(desktop.window()->isVisible());
        emit desktop.tray()->icon()->activated(QSystemTrayIcon::Trigger);
        QVERIFY(!desktop.window()->isVisible());

        desktop.tray()->action(QStringLiteral("trayPause"))->trigger();
        QVERIFY(fixture.runtime->state()->load(host.id).paused);
        QCOMPARE(desktop.tray()->state(), TrayController::Overall::Paused);
        emit desktop.tray()->menu()->aboutToShow();
        QCOMPARE(desktop.tray()->action(QStringLiteral("trayPause"))->text(), QStringLiteral("&Resume all"));
        QCOMPARE(fixture.runtime->history()->events(host.id, 1).first().kind, HistoryEvent::Kind::Paused);

        fixture.echo.clearRequests();
        desktop.tray()->action(QStringLiteral("trayPause"))->trigger();
        QVERIFY(!fixture.runtime->state()->load(host.id).paused);
        // Resuming checks at once: the address source is asked again (the provider already has it).
        QTRY_VERIFY_WITH_TIMEOUT(!fixture.echo.requests().isEmpty(), 20000);
        QTRY_COMPARE(desktop.tray()->state(), TrayController::Overall::Ok);

        desktop.tray()->action(QStringLiteral("trayQuit"))->trigger();
        QCOMPARE(quit.size(), 1);
    }
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
