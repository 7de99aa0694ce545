// The desktop in a real X session (Xvfb with the trayer tray) on a private D-Bus session bus, as
// tests/gui/run-session.sh sets it up: the tray icon appears; a public address change on the
// loopback echo server produces exactly one notification on the bus, with the old and the new
// address; invoking its default action opens the window on the host that followed. A host that needs
// the user gets a notification whose action opens the fix.
#include "desktopcontroller.h"
#include "dialogs/hosteditordialog.h"
#include "engine/scheduler.h"
#include "fakenotifications.h"
#include "guifixture.h"
#include "hosteditcontroller.h"
#include "models/historymodel.h"
#include "models/hosttablemodel.h"
#include "tray/traycontroller.h"
#include "windows/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Homing;

namespace {

// The fake notification server, and a desktop on the session bus with one host up to date.
struct OneHostSession
{
    bool start() // false: see fixture.error
    {
        if (!notifications.registerOnBus(&fixture.error) || !fixture.open())
            return false;
        host = fixture.addDyndns2Host(QStringLiteral("home.example.org"));
        desktop = fixture.startDesktop(QDBusConnection::sessionBus());
        if (!desktop)
            return false;
        if (!QTest::qWaitFor([this] { return desktop->scheduler()->state(host.id) == HostState::UpToDate; })) {
            fixture.error = QStringLiteral("the host is not up to date");
            return false;
        }
        return true;
    }

    Test::FakeNotifications notifications;
    Test::GuiFixture fixture;
    Host host;
    std::unique_ptr<DesktopController> desktop;
};

} // namespace

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

    // A provider that refuses the password: the "needs you" notification offers "Re-enter
    // password…", and so does the bar above the selected host's timeline. The action opens the
    // editor on that host with the cursor in the password field; saving a new one releases the host,
    // the update goes out at once with it, and the host shows up to date again.
    void needsYouLeadsToTheFix()
    {
        if (!qEnvironmentVariableIsEmpty("HOMING_SESSION_TRAY_DELAY"))
            QSKIP("covered in the session with a tray");
        Test::FakeNotifications notifications;
        QString error;
        QVERIFY2(notifications.registerOnBus(&error), qPrintable(error));
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        const Host host = fixture.addDyndns2Host(QStringLiteral("home.example.org"), QStringLiteral("pw-old"));
        bool accept = false;
        fixture.provider.setHandler([&accept](const Test::HttpTestServer::Request &request) {
            const bool good = accept && request.basicCredentials() == "user:pw-new";
            return Test::HttpTestServer::Response::text(good ? "good 81.2.69.160" : "badauth");
        });
        DesktopController::Options options;
        options.scheduler.watchChanges = false;
        DesktopController desktop(fixture.runtime.get(), options);
        QSignalSpy cycles(&desktop, &DesktopController::cycleFinished);
        desktop.start(false);
        QTRY_COMPARE_WITH_TIMEOUT(cycles.size(), 1, 20000);
        QCOMPARE(fixture.runtime->state()->load(host.id).state, HostState::NeedsAttention);

        QTRY_COMPARE_WITH_TIMEOUT(notifications.received().size(), 1, 10000);
        const auto note = notifications.received().first();
        QVERIFY2(note.summary.contains(QStringLiteral("home.example.org")), qPrintable(note.summary));
        const int fix = static_cast<int>(note.actions.indexOf(QStringLiteral("fix")));
        QVERIFY2(fix >= 0, qPrintable(note.actions.join(QLatin1Char(','))));
        QCOMPARE(note.actions.value(fix + 1), QStringLiteral("Re-enter password…"));

        // The window says the same about the selected host.
        desktop.showWindow();
        desktop.window()->selectHost(host.id);
        auto *bar = desktop.window()->findChild<QWidget *>(QStringLiteral("attentionBar"));
        auto *barButton = desktop.window()->findChild<QPushButton *>(QStringLiteral("attentionFix"));
        QVERIFY(bar && barButton);
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(barButton->text(), QStringLiteral("Re-enter password…"));
        desktop.window()->hide();

        // The notification's action: the editor on that host, the cursor in the password field.
        notifications.invokeAction(note.id, QStringLiteral("fix"));
        QTRY_VERIFY_WITH_TIMEOUT(desktop.hosts()->editor() && desktop.hosts()->editor()->isVisible(), 10000);
        HostEditorDialog *editor = desktop.hosts()->editor();
        QCOMPARE(editor->host().id, host.id);
        auto *password = editor->findChild<QLineEdit *>(QStringLiteral("field_password"));
        QVERIFY(password);
        QTRY_VERIFY(password->hasFocus());
        auto *why = editor->findChild<QLabel *>(QStringLiteral("dialogError"));
        QVERIFY2(why && why->isVisible() && why->text().contains(QStringLiteral("refused")),
                 why ? qPrintable(why->text()) : "no message");

        accept = true;
        const qsizetype before = fixture.provider.requests().size();
        QTest::keyClicks(password, QStringLiteral("pw-new"));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.provider.requests().size() > before, 20000);
        QCOMPARE(fixture.provider.requests().last().basicCredentials(), QByteArray("user:pw-new"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.runtime->state()->load(host.id).state, HostState::UpToDate, 20000);
        QTRY_VERIFY(!bar->isVisible());
        // And the desktop says it worked.
        QTRY_COMPARE_WITH_TIMEOUT(notifications.received().size(), 2, 10000);
        QVERIFY2(notifications.received().last().summary.contains(QStringLiteral("working again")),
                 qPrintable(notifications.received().last().summary));
    }

    // What the zone's servers answer after an update: checking, propagating and a routine Verified
    // never notify; a Mismatch does, once, naming the host and what the servers answer, and its
    // default action opens the host. The same Mismatch seen again is no news. What the verifier
    // reports is given to the host's machine (tst_verify covers the verifier against real servers).
    void mismatchNotifiesVerifiedNever()
    {
        if (!qEnvironmentVariableIsEmpty("HOMING_SESSION_TRAY_DELAY"))
            QSKIP("covered in the session with a tray");
        using Status = FamilyVerification::Status;
        OneHostSession session;
        QVERIFY2(session.start(), qPrintable(session.fixture.error));
        Test::FakeNotifications &notifications = session.notifications;
        const Host &host = session.host;
        DesktopController &desktop = *session.desktop;
        HostMachine *machine = desktop.scheduler()->machine(host.id);
        const QString v4 = QStringLiteral("81.2.69.160");
        const QString old = QStringLiteral("81.2.69.1");

        machine->verificationStarted({QHostAddress(v4)});
        machine->verificationChanged(Test::makeVerification(AddressFamily::IPv4, Status::Propagating, v4, {v4, old}),
                                     false);
        machine->verificationChanged(Test::makeVerification(AddressFamily::IPv4, Status::Verified, v4, {v4, v4}),
                                     false);
        const int row = desktop.model()->rowOf(host.id);
        QCOMPARE(desktop.model()->index(row, HostTableModel::VerifiedColumn).data().toString(),
                 QStringLiteral("Verified"));
        QVERIFY(notifications.fromSender(QDBusConnection::sessionBus()));
        QCOMPARE(notifications.received().size(), 0);

        FamilyVerification mismatch = Test::makeVerification(AddressFamily::IPv4, Status::Mismatch, v4, {v4, old});
        mismatch.reason = QStringLiteral("ns2.example.org. answers 81.2.69.1");
        machine->verificationChanged(mismatch, false);
        QTRY_COMPARE_WITH_TIMEOUT(notifications.received().size(), 1, 10000);
        const auto note = notifications.received().first();
        QCOMPARE(note.summary, QStringLiteral("home.example.org: the name servers answer another address"));
        QVERIFY2(note.body.startsWith(mismatch.summary()), qPrintable(note.body));
        QVERIFY2(note.body.contains(QStringLiteral("ns2.example.org. answers 81.2.69.1")), qPrintable(note.body));
        QVERIFY(note.actions.contains(QStringLiteral("default")));
        QCOMPARE(desktop.tray()->state(), TrayController::Overall::Mismatch);

        // The next check sees the same: no second notification.
        machine->verificationChanged(mismatch, false);
        QVERIFY(notifications.fromSender(QDBusConnection::sessionBus()));
        QCOMPARE(notifications.received().size(), 1);

        // Its default action opens the window on the host.
        notifications.invokeAction(note.id, QStringLiteral("default"));
        QTRY_VERIFY(desktop.window()->isVisible());
        QCOMPARE(desktop.window()->selectedHostId(), host.id);
    }

    // The drift watch found the record changed behind Homing's back (with restoreOnDrift off):
    // the notification names both addresses, and its Restore action sends Homing's address again.
    // A second change within the hour stops the host; its "needs you" notification and the bar
    // offer Restore, which releases it and sends. What the verifier reports is given to the host's
    // machine here (tst_drift covers the watch against a real name server).
    void driftNotificationRestores()
    {
        if (!qEnvironmentVariableIsEmpty("HOMING_SESSION_TRAY_DELAY"))
            QSKIP("covered in the session with a tray");
        OneHostSession session;
        QVERIFY2(session.start(), qPrintable(session.fixture.error));
        Test::FakeNotifications &notifications = session.notifications;
        Test::GuiFixture &fixture = session.fixture;
        const Host &host = session.host;
        DesktopController &desktop = *session.desktop;

        FamilyVerification changed;
        changed.family = AddressFamily::IPv4;
        changed.status = FamilyVerification::Status::Mismatch;
        changed.expected = QStringLiteral("81.2.69.160");
        changed.zone = QStringLiteral("example.org.");
        ServerCheck server;
        server.server = QStringLiteral("ns1.example.org.");
        server.address = QHostAddress(QStringLiteral("127.0.0.1"));
        server.answer = ServerCheck::Answer::Other;
        server.addresses = {QStringLiteral("203.0.113.9")};
        changed.servers = {server};
        const qsizetype before = fixture.provider.requests().size();
        desktop.scheduler()->machine(host.id)->driftSeen(changed, false);

        QTRY_COMPARE_WITH_TIMEOUT(notifications.received().size(), 1, 10000);
        const auto note = notifications.received().first();
        QCOMPARE(note.summary, QStringLiteral("home.example.org changed behind your back"));
        QVERIFY2(note.body.contains(QStringLiteral("81.2.69.160 → 203.0.113.9")), qPrintable(note.body));
        QVERIFY2(note.body.contains(QStringLiteral("Choose Restore")), qPrintable(note.body));
        const int fix = static_cast<int>(note.actions.indexOf(QStringLiteral("fix")));
        QVERIFY2(fix >= 0, qPrintable(note.actions.join(QLatin1Char(','))));
        QCOMPARE(note.actions.value(fix + 1), QStringLiteral("Restore"));
        QCOMPARE(fixture.provider.requests().size(), before); // only told

        // The timeline says it in words.
        desktop.showWindow();
        desktop.window()->selectHost(host.id);
        const QList<HistoryEvent> newest = fixture.runtime->history()->events(host.id, 1);
        QVERIFY(!newest.isEmpty());
        QCOMPARE(HistoryModel::outcomeText(newest.first()), QStringLiteral("Changed behind your back"));
        QCOMPARE(newest.first().oldAddress, QStringLiteral("81.2.69.160"));
        QCOMPARE(newest.first().newAddress, QStringLiteral("203.0.113.9"));

        // Restore: the address goes out again, though Homing's own address did not change.
        notifications.invokeAction(note.id, QStringLiteral("fix"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.provider.requests().size(), before + 1, 20000);
        QCOMPARE(fixture.provider.requests().last().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("81.2.69.160"));
        QTRY_COMPARE_WITH_TIMEOUT(desktop.scheduler()->state(host.id), HostState::UpToDate, 20000);

        // Again within the hour: another client fights Homing, and the host stops.
        desktop.scheduler()->machine(host.id)->driftSeen(changed, true);
        QCOMPARE(desktop.scheduler()->state(host.id), HostState::NeedsAttention);
        QTRY_COMPARE_WITH_TIMEOUT(notifications.received().size(), 2, 10000);
        const auto stopped = notifications.received().last();
        QVERIFY2(stopped.summary.contains(QStringLiteral("needs your attention")), qPrintable(stopped.summary));
        QVERIFY2(stopped.body.contains(QStringLiteral("twice within an hour")), qPrintable(stopped.body));
        const int stoppedFix = static_cast<int>(stopped.actions.indexOf(QStringLiteral("fix")));
        QCOMPARE(stopped.actions.value(stoppedFix + 1), QStringLiteral("Restore"));
        auto *barButton = desktop.window()->findChild<QPushButton *>(QStringLiteral("attentionFix"));
        QVERIFY(barButton);
        QTRY_COMPARE(barButton->text(), QStringLiteral("Restore"));
        QCOMPARE(fixture.provider.requests().size(), before + 1); // stopped: nothing sent

        QTest::mouseClick(barButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.provider.requests().size(), before + 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.scheduler()->state(host.id), HostState::UpToDate, 20000);
        QVERIFY(!fixture.runtime->state()->load(host.id).lastDrift.isValid());
    }
};

QTEST_MAIN(TestDesktopSession)
#include "tst_desktopsession.moc"
