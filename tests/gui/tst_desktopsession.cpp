// The desktop in a real X session (Xvfb with the trayer tray) on a private D-Bus session bus, as
// tests/gui/run-session.sh sets it up: the tray icon appears; a public address change on the
// loopback echo server produces exactly one notification on the bus, with the old and the new
// address; invoking its default action opens the window on the host that followed.
#include "desktopcontroller.h"
#include "fakenotifications.h"
#include "guifixture.h"
#include "models/hosttablemodel.h"
#include "tray/traycontroller.h"
#include "windows/mainwindow.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Homing;

class TestDesktopSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs an X session: run through tests/gui/run-session.sh");
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "needs a session bus (dbus-run-session)");
    }

    void trayIconAppears()
    {
        if (!qEnvironmentVariableIsEmpty("HOMING_SESSION_TRAY_DELAY"))
            QSKIP("the tray comes late in this session");
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        DesktopController::Options options;
        options.scheduler.watchChanges = false; // only the test moves the address
        DesktopController desktop(fixture.runtime.get(), options);
        QSignalSpy shown(desktop.tray(), &TrayController::shown);
        desktop.start(false);
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(desktop.tray()->isShown(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            desktop.tray()->icon()->geometry().isValid() && !desktop.tray()->icon()->geometry().isEmpty(), 10000);
        QVERIFY(shown.size() >= 1);
        QVERIFY(!desktop.window()->isVisible()); // started minimized to the tray
    }

    // Run with HOMING_SESSION_TRAY_DELAY set (run-session.sh then starts the tray late, as at a
    // slow login): the window comes up at once, and the icon docks when the tray appears.
    void trayAppearsLate()
    {
        if (qEnvironmentVariableIsEmpty("HOMING_SESSION_TRAY_DELAY"))
            QSKIP("the tray is there from the start in this session");
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        DesktopController::Options options;
        options.scheduler.watchChanges = false;
        DesktopController desktop(fixture.runtime.get(), options);
        QSignalSpy shown(desktop.tray(), &TrayController::shown);
        desktop.start(false);
        QVERIFY2(desktop.window()->isVisible(), "without a tray the window is the way in");
        QVERIFY(!desktop.tray()->isShown());
        QTRY_VERIFY_WITH_TIMEOUT(desktop.tray()->isShown(), 30000);
        QCOMPARE(shown.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!desktop.tray()->icon()->geometry().isEmpty(), 10000);
    }

    void addressChangeNotifiesOnceAndOpensTheHost()
    {
        if (!qEnvironmentVariableIsEmpty("HOMING_SESSION_TRAY_DELAY"))
            QSKIP("covered in the session with a tray");
        Test::FakeNotifications notifications;
        QString error;
        QVERIFY2(notifications.registerOnBus(&error), qPrintable(error));
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        fixture.addDyndns2Host(QStringLiteral("other.example.net"));
        const Host host = fixture.addDyndns2Host(QStringLiteral("home.example.org"));
        DesktopController::Options options;
        options.scheduler.watchChanges = false; // only the test moves the address
        DesktopController desktop(fixture.runtime.get(), options);
        QSignalSpy cycles(&desktop, &DesktopController::cycleFinished);
        desktop.start(false);
        QTRY_COMPARE_WITH_TIMEOUT(cycles.size(), 1, 20000);
        QCOMPARE(fixture.runtime->state()->load(host.id).publishedIpv4, QStringLiteral("81.2.69.160"));
        QVERIFY(notifications.fromSender(QDBusConnection::sessionBus()));
        QCOMPARE(notifications.received().size(), 0); // the first detection is not a change

        fixture.echoAddress = "81.2.69.161";
        desktop.updateNow();
        QTRY_COMPARE_WITH_TIMEOUT(cycles.size(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(notifications.received().size(), 1, 10000);
        QVERIFY(notifications.fromSender(QDBusConnection::sessionBus()));
        QCOMPARE(notifications.received().size(), 1); // exactly one
        const auto note = notifications.received().first();
        QVERIFY2(note.body.contains(QStringLiteral("81.2.69.160")), qPrintable(note.body));
        QVERIFY2(note.body.contains(QStringLiteral("81.2.69.161")), qPrintable(note.body));
        QVERIFY2(note.body.contains(QStringLiteral("home.example.org")), qPrintable(note.body));
        QVERIFY(note.summary.contains(QStringLiteral("IPv4")));
        QCOMPARE(note.appName, QStringLiteral("Homing"));
        QCOMPARE(note.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("io.github.homing"));
        QVERIFY(note.actions.contains(QStringLiteral("default")));

        // A routine poll with nothing new: no notification.
        desktop.updateNow();
        QTRY_COMPARE_WITH_TIMEOUT(cycles.size(), 3, 20000);
        QVERIFY(notifications.fromSender(QDBusConnection::sessionBus()));
        QCOMPARE(notifications.received().size(), 1);

        // Clicking it opens the window on a host that followed.
        QVERIFY(!desktop.window()->isVisible());
        desktop.window()->selectHost(QUuid()); // nothing in particular selected
        notifications.invokeAction(note.id, QStringLiteral("default"));
        QTRY_VERIFY_WITH_TIMEOUT(desktop.window()->isVisible(), 10000);
        const QUuid selected = desktop.window()->selectedHostId();
        const QStringList followed {QStringLiteral("home.example.org"), QStringLiteral("other.example.net")};
        QVERIFY(!selected.isNull());
        QVERIFY(followed.contains(fixture.runtime->config().host(selected)->name));
        // An action on a notification that is not ours changes nothing.
        desktop.window()->hide();
        notifications.invokeAction(9999, QStringLiteral("default"));
        QVERIFY(notifications.toReceiver(QDBusConnection::sessionBus()));
        QVERIFY(!desktop.window()->isVisible());
    }
};

QTEST_MAIN(TestDesktopSession)
#include "tst_desktopsession.moc"
