// The tray: one function maps the overall state to icon and tooltip; menu actions reach the
// desktop; pause/resume text follows the hosts when the menu opens; pausing from the tray pauses
// the hosts in the state store.
#include "desktopcontroller.h"
#include "engine/scheduler.h"
#include "guifixture.h"
#include "models/hosttablemodel.h"
#include "notify/desktopnotifier.h"
#include "service/homingservice.h"
#include "tray/traycontroller.h"
#include "windows/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
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
              TrayController::Overall::Offline, TrayController::Overall::Propagating,
              TrayController::Overall::Mismatch}) {
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

    // What the zone's name servers answer reaches the host table and the tray through the
    // scheduler's signal: an update still on its way is Propagating, with the host named; a
    // Mismatch or a record changed behind Homing's back is Mismatch, which wins over Propagating;
    // Verified is all well. After a restart (no check in memory) the drift alone still shows,
    // until Homing's address went out again. What the verifier reports is given to the host's
    // machine, as the verifier would (tst_verify and tst_drift cover it against real name servers).
    void verificationShowsInTheTableAndTray()
    {
        using Status = FamilyVerification::Status;
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        const Host home = fixture.addDyndns2Host(QStringLiteral("home.example.org"));
        const Host nas = fixture.addDyndns2Host(QStringLiteral("nas.example.org"));
        const QString v4 = QStringLiteral("81.2.69.160");
        const QString other = QStringLiteral("203.0.113.9");
        Config config = fixture.runtime->config();
        config.settings.restoreOnDrift = false; // a drift is only told, until Restore
        QVERIFY2(fixture.runtime->saveConfig(config, &fixture.error), qPrintable(fixture.error));
        {
            const std::unique_ptr<DesktopController> started = fixture.startDesktop();
            QVERIFY2(started, qPrintable(fixture.error));
            DesktopController &desktop = *started;
            QTRY_COMPARE(desktop.tray()->state(), TrayController::Overall::Ok);
            const auto cell = [&desktop](const Host &host) {
                return desktop.model()->index(desktop.model()->rowOf(host.id), HostTableModel::VerifiedColumn);
            };
            const auto trayIcon = [&desktop] { return desktop.tray()->icon()->icon().pixmap(32, 32).toImage(); };
            const auto iconOf = [](TrayController::Overall state) {
                return QIcon(TrayController::iconPath(state, false)).pixmap(32, 32).toImage();
            };
            QCOMPARE(cell(home).data().toString(), QStringLiteral("—")); // verification is off in the fixture

            HostMachine *homeMachine = desktop.scheduler()->machine(home.id);
            HostMachine *nasMachine = desktop.scheduler()->machine(nas.id);
            homeMachine->verificationStarted({QHostAddress(v4)});
            QCOMPARE(cell(home).data().toString(), QStringLiteral("Checking…"));
            QCOMPARE(desktop.tray()->state(), TrayController::Overall::Ok); // asking is not news
            homeMachine->verificationChanged(
                Test::makeVerification(AddressFamily::IPv4, Status::Propagating, v4, {v4, QStringLiteral("81.2.69.1")}),
                false);
            QCOMPARE(cell(home).data().toString(), QStringLiteral("Propagating 1/2"));
            QCOMPARE(desktop.tray()->state(), TrayController::Overall::Propagating);
            QCOMPARE(trayIcon(), iconOf(TrayController::Overall::Propagating));
            QCOMPARE(desktop.tray()->toolTip().section(QLatin1Char('\n'), 0, 0),
                     QStringLiteral("Homing — home.example.org not yet answered by all its name servers"));

            nasMachine->verificationChanged(
                Test::makeVerification(AddressFamily::IPv4, Status::Mismatch, v4, {v4, other}), false);
            QCOMPARE(cell(nas).data().toString(), QStringLiteral("Mismatch"));
            QCOMPARE(desktop.tray()->state(), TrayController::Overall::Mismatch);
            QCOMPARE(trayIcon(), iconOf(TrayController::Overall::Mismatch));
            QCOMPARE(desktop.tray()->toolTip().section(QLatin1Char('\n'), 0, 0),
                     QStringLiteral("Homing — the name servers answer another address for nas.example.org"));

            homeMachine->verificationChanged(
                Test::makeVerification(AddressFamily::IPv4, Status::Verified, v4, {v4, v4}), false);
            nasMachine->verificationChanged(Test::makeVerification(AddressFamily::IPv4, Status::Verified, v4, {v4, v4}),
                                            false);
            QCOMPARE(cell(home).data().toString(), QStringLiteral("Verified"));
            QCOMPARE(desktop.tray()->state(), TrayController::Overall::Ok);
            QCOMPARE(trayIcon(), iconOf(TrayController::Overall::Ok));

            // Changed behind Homing's back (only told: restoreOnDrift is off).
            homeMachine->driftSeen(Test::makeVerification(AddressFamily::IPv4, Status::Mismatch, v4, {other, other}),
                                   false);
            QCOMPARE(cell(home).data().toString(), QStringLiteral("Mismatch"));
            QCOMPARE(desktop.tray()->state(), TrayController::Overall::Mismatch);
            QCOMPARE(desktop.tray()->toolTip().section(QLatin1Char('\n'), 0, 0),
                     QStringLiteral("Homing — home.example.org changed behind your back"));
        }
        QVERIFY(fixture.runtime->state()->load(home.id).lastDrift.isValid());

        // Started again: no check in memory, the drift is remembered.
        const std::unique_ptr<DesktopController> started = fixture.startDesktop();
        QVERIFY2(started, qPrintable(fixture.error));
        DesktopController &desktop = *started;
        QCOMPARE(desktop.tray()->state(), TrayController::Overall::Mismatch);
        QCOMPARE(desktop.tray()->toolTip().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Homing — home.example.org changed behind your back"));
        // Restore sends Homing's address again: the drift is set right.
        const qsizetype before = fixture.provider.requests().size();
        desktop.service()->restore(home.id);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.provider.requests().size(), before + 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.tray()->state(), TrayController::Overall::Ok, 20000);
    }

    // Several hosts, each with its own check, as the window shows them: every Verified cell in
    // words and wide enough for its text, the selected host's pane with its summary, the tray on
    // the worst. Run by tests/gui/screenshots.sh (HOMING_SCREENSHOT_DIR, a real X display with
    // dunst) it also writes verified-column.png and, after a drift, drift-notification.png.
    // At start the window reads the selected host's timeline once (with a million rows each read
    // costs), and showing the window reads nothing more.
    void firstPageIsReadOnceAtStart()
    {
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        fixture.addDyndns2Host(QStringLiteral("home.example.org"));
        fixture.addDyndns2Host(QStringLiteral("nas.example.org"));
        const int before = fixture.runtime->history()->reads();
        DesktopController::Options options;
        options.scheduler.watchChanges = false;
        options.scheduler.autoTick = false;
        DesktopController desktop(fixture.runtime.get(), options);
        QCOMPARE(fixture.runtime->history()->reads() - before, 1);
        QVERIFY(!desktop.window()->selectedHostId().isNull());
        desktop.showWindow();
        QVERIFY(QTest::qWaitForWindowExposed(desktop.window()));
        QCOMPARE(fixture.runtime->history()->reads() - before, 1);
    }

    void tableShowsEachHostsCheck()
    {
        using Status = FamilyVerification::Status;
        const QString shots = qEnvironmentVariable("HOMING_SCREENSHOT_DIR");
        Test::GuiFixture fixture;
        QVERIFY2(fixture.open(), qPrintable(fixture.error));
        const QString v4 = QStringLiteral("81.2.69.160");
        const QString old = QStringLiteral("81.2.69.1");
        const QString other = QStringLiteral("203.0.113.9");
        FamilyVerification mismatch = Test::makeVerification(AddressFamily::IPv4, Status::Mismatch, v4, {v4, other});
        mismatch.reason = QStringLiteral("ns2.example.org. answers 203.0.113.9");
        FamilyVerification unverifiable = Test::makeVerification(AddressFamily::IPv4, Status::Unverifiable, v4, {});
        unverifiable.reason = QStringLiteral("no name server of example.org. answered");
        const QList<QPair<QString, FamilyVerification>> checks {
            {QStringLiteral("home.example.org"),
             Test::makeVerification(AddressFamily::IPv4, Status::Verified, v4, {v4, v4})},
            {QStringLiteral("nas.example.org"),
             Test::makeVerification(AddressFamily::IPv4, Status::Propagating, v4, {v4, old})},
            {QStringLiteral("shop.example.org"), mismatch},
            {QStringLiteral("lab.example.org"), unverifiable},
        };
        QList<Host> hosts;
        for (const auto &check : checks)
            hosts << fixture.addDyndns2Host(check.first);
        // Notifications reach dunst only when making the screenshots.
        const std::unique_ptr<DesktopController> started
            = fixture.startDesktop(shots.isEmpty() ? QDBusConnection(QString()) : QDBusConnection::sessionBus());
        QVERIFY2(started, qPrintable(fixture.error));
        DesktopController &desktop = *started;
        QSignalSpy delivered(desktop.notifier(), &DesktopNotifier::delivered);
        for (int i = 0; i < hosts.size(); ++i) {
            HostMachine *machine = desktop.scheduler()->machine(hosts.at(i).id);
            machine->verificationStarted({QHostAddress(v4)});
            machine->verificationChanged(checks.at(i).second, false);
        }
        desktop.showWindow();
        desktop.window()->resize(1120, 660);
        desktop.window()->selectHost(hosts.at(1).id);
        auto *view = desktop.window()->findChild<QTableView *>(QStringLiteral("hostTable"));
        QVERIFY(view);
        QCOMPARE(view->model()->headerData(HostTableModel::VerifiedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Verified"));
        QStringList shown;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex cell = view->model()->index(row, HostTableModel::VerifiedColumn);
            shown << view->model()->index(row, HostTableModel::NameColumn).data().toString() + QLatin1Char('=')
                    + cell.data().toString();
            const int needed = view->fontMetrics().horizontalAdvance(cell.data().toString())
                + view->style()->pixelMetric(QStyle::PM_SmallIconSize);
            QVERIFY2(view->visualRect(cell).width() >= needed, qPrintable(cell.data().toString()));
            QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
        QCOMPARE(shown,
                 (QStringList {
                     QStringLiteral("home.example.org=Verified"), QStringLiteral("lab.example.org=Unverifiable"),
                     QStringLiteral("nas.example.org=Propagating 1/2"), QStringLiteral("shop.example.org=Mismatch")}));
        auto *summary = desktop.window()->findChild<QLabel *>(QStringLiteral("hostVerification"));
        QVERIFY(summary);
        QTRY_VERIFY(summary->isVisible());
        QCOMPARE(summary->text(), QStringLiteral("IPv4: ") + checks.at(1).second.summary());
        QCOMPARE(desktop.tray()->state(), TrayController::Overall::Mismatch);
        QVERIFY2(desktop.tray()->toolTip().contains(QStringLiteral("shop.example.org")),
                 qPrintable(desktop.tray()->toolTip()));
        if (shots.isEmpty())
            return;

        QVERIFY(QTest::qWaitForWindowExposed(desktop.window()));
        // Room for every host in the table, the rest for the timeline.
        auto *splitter = qobject_cast<QSplitter *>(view->parentWidget());
        QVERIFY(splitter);
        const int tableHeight = view->horizontalHeader()->height() + view->model()->rowCount() * view->rowHeight(0)
            + 2 * view->frameWidth() + 2;
        splitter->setSizes({tableHeight, splitter->height() - tableHeight});
        QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(view->model()->index(3, 0))));
        QVERIFY(desktop.window()->grab().save(QDir(shots).filePath(QStringLiteral("verified-column.png"))));
        // The drift notification alone, as dunst shows it at the top right (below trayer's panel):
        // shop.example.org's Mismatch notification is closed first.
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        QCOMPARE(QProcess::execute(QStringLiteral("dunstctl"), {QStringLiteral("close-all")}), 0);
        desktop.window()->hide();
        QScreen *screen = QGuiApplication::primaryScreen();
        const QRect corner(screen->geometry().width() - 460, 0, 460, 200);
        const auto grabCorner
            = [&] { return screen->grabWindow(0, corner.x(), corner.y(), corner.width(), corner.height()).toImage(); };
        // previous becomes the new grab; true when it did not change.
        const auto unchanged = [&grabCorner](QImage &previous) {
            const QImage now = grabCorner();
            const bool same = now == previous;
            previous = now;
            return same;
        };
        QImage before = grabCorner();
        QTRY_VERIFY_WITH_TIMEOUT(unchanged(before), 10000); // nothing left over
        desktop.scheduler()
            ->machine(hosts.at(0).id)
            ->driftSeen(Test::makeVerification(AddressFamily::IPv4, Status::Mismatch, v4, {other, other}), false);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
        QVERIFY(delivered.last().first().toBool()); // over D-Bus, to dunst
        // Shown, and done drawing: two grabs in a row the same.
        QImage last = before;
        QTRY_VERIFY_WITH_TIMEOUT(unchanged(last) && last != before, 10000);
        QVERIFY(last.save(QDir(shots).filePath(QStringLiteral("drift-notification.png"))));
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
