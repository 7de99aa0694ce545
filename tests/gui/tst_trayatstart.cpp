// The tray shows the true state from the first second. Run in a network namespace of its own with
// only loopback up (tests/gui/CMakeLists.txt: run-session.sh, then unshare -rn), so the system has
// no default route and Homing starts offline, in an X session with a tray (Xvfb and trayer): the
// icon that docks is the offline one, not a green "up to date", and nothing is asked of the address
// sources or the provider until the network is back.
#include "desktopcontroller.h"
#include "guifixture.h"
#include "tray/traycontroller.h"
#include "windows/mainwindow.h"

#include <QIcon>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Homing;

class TestTrayAtStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs an X session: run through tests/gui/run-session.sh");
        // A fresh namespace has lo down: the loopback servers need it.
        QCOMPARE(QProcess::execute(
                     QStringLiteral("ip"),
                     {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}),
                 0);
        QProcess routes;
        routes.start(QStringLiteral("ip"),
                     {QStringLiteral("route"), QStringLiteral("show"), QStringLiteral("default")});
        QVERIFY(routes.waitForFinished(10000));
        QVERIFY2(routes.readAllStandardOutput().trimmed().isEmpty(), "run without a default route (unshare -rn)");
    }

    void offlineAtStartShowsOffline()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        fixture.addDyndns2Host(QStringLiteral("home.example.org"));
        DesktopController::Options options;
        options.bus = QDBusConnection(QString()); // the session bus is outside this namespace
        DesktopController desktop(fixture.runtime.get(), options); // watches the routes: none
        QSignalSpy shown(desktop.tray(), &TrayController::shown);
        desktop.start(false);
        QCOMPARE(desktop.tray()->state(), TrayController::Overall::Offline);
        QVERIFY2(desktop.tray()->toolTip().contains(QStringLiteral("offline")), qPrintable(desktop.tray()->toolTip()));
        QTRY_VERIFY_WITH_TIMEOUT(desktop.tray()->isShown(), 20000);
        // From its first moment in the tray the icon is the offline one.
        QCOMPARE(shown.size(), 1);
        QCOMPARE(desktop.tray()->state(), TrayController::Overall::Offline);
        const QImage offline
            = QIcon(TrayController::iconPath(TrayController::Overall::Offline, false)).pixmap(32, 32).toImage();
        QCOMPARE(desktop.tray()->icon()->icon().pixmap(32, 32).toImage(), offline);
        const QString status = desktop.window()->findChild<QLabel *>(QStringLiteral("statusText"))->text();
        QVERIFY2(status.contains(QStringLiteral("Offline: nothing is sent")), qPrintable(status));
        QVERIFY(fixture.echo.requests().isEmpty());
        QVERIFY(fixture.provider.requests().isEmpty());
    }
};

QTEST_MAIN(TestTrayAtStart)
#include "tst_trayatstart.moc"
