// ChangeWatcher's clock half: sleep is the wall clock running ahead of the monotonic clock.
// (The netlink half runs in a namespace of its own: tests/integration/tst_netlinkwatcher.cpp.)
#include "address/changewatcher.h"
#include "fakeclock.h"

#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTest>

using namespace Homing;

class TestAddressWatcher : public QObject
{
    Q_OBJECT

private:
    static ChangeWatcher::Options clockOnly()
    {
        ChangeWatcher::Options options;
        options.netlink = false;
        options.reachability = false;
        options.wakeCheckMs = 10;
        options.wakeThresholdMs = 30000;
        return options;
    }

    // Lets the watcher compare its two clocks twice more, so that one whole comparison saw what the
    // test did last (in place of waiting a while).
    static bool twoMoreChecks(const ChangeWatcher &watcher)
    {
        const int target = watcher.wakeChecks() + 2;
        return QTest::qWaitFor([&] { return watcher.wakeChecks() >= target; }, 10000);
    }

private slots:
    void wakeIsNoticed()
    {
        Homing::Test::FakeClock clock;
        ChangeWatcher watcher(&clock, clockOnly());
        QSignalSpy woke(&watcher, &ChangeWatcher::wokeUp);
        watcher.start();
        QVERIFY(twoMoreChecks(watcher));
        QCOMPARE(woke.size(), 0);
        clock.setNow(clock.now().addSecs(2 * 3600)); // two hours passed; the monotonic clock stood still
        QTRY_COMPARE(woke.size(), 1);
        QCOMPARE(woke.first().first().toLongLong(), 2 * 3600 * 1000);
        QVERIFY(twoMoreChecks(watcher));
        QCOMPARE(woke.size(), 1); // once per sleep
    }

    void ordinaryTimeAndClockStepsAreNotSleep()
    {
        Homing::Test::FakeClock clock;
        ChangeWatcher watcher(&clock, clockOnly());
        QSignalSpy woke(&watcher, &ChangeWatcher::wokeUp);
        watcher.start();
        QVERIFY(twoMoreChecks(watcher));
        clock.advance(3600); // both clocks move: the machine was awake
        QVERIFY(twoMoreChecks(watcher));
        clock.setNow(clock.now().addSecs(-600)); // NTP stepped the clock back
        QVERIFY(twoMoreChecks(watcher));
        clock.setNow(clock.now().addSecs(20)); // a small forward step, under the threshold
        QVERIFY(twoMoreChecks(watcher));
        QCOMPARE(woke.size(), 0);
    }

    void withoutNetlinkOrReachabilityNothingElseHappens()
    {
        Homing::Test::FakeClock clock;
        ChangeWatcher::Options options = clockOnly();
        options.wakeCheckMs = 0;
        ChangeWatcher watcher(&clock, options);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.start();
        QVERIFY(!watcher.isNetlinkActive());
        QVERIFY(!watcher.hasReachability());
        QVERIFY(watcher.isOnline()); // unknown counts as online: checks go on
        QVERIFY(watcher.isSettled()); // nothing is open that could tell a change
        QCOMPARE(changed.size(), 0);
    }

    void reachabilityBackendMayBeMissing()
    {
        // Here Qt may or may not find a backend (NetworkManager over the system bus); either way
        // start() returns and the watcher stays usable.
        Homing::Test::FakeClock clock;
        ChangeWatcher::Options options = clockOnly();
        options.reachability = true;
        ChangeWatcher watcher(&clock, options);
        watcher.start();
        QNetworkInformation *information = QNetworkInformation::instance();
#ifdef Q_OS_LINUX
        // Never Qt's glib backend, which reports no change and costs the agent GIO's machinery.
        QVERIFY2(!information || information->backendName() != QLatin1String("glib"),
                 qPrintable(information ? information->backendName() : QString()));
#endif
        if (!watcher.hasReachability()) {
            // Unknown counts as online, so checks go on; and no backend that can tell reachability
            // was there to be used.
            QVERIFY(watcher.isOnline());
            QVERIFY(!information || !information->supports(QNetworkInformation::Feature::Reachability));
            return;
        }
        // With a backend, the watcher says what the backend says.
        QVERIFY(information);
        QVERIFY(information->supports(QNetworkInformation::Feature::Reachability));
        QCOMPARE(watcher.isOnline(), information->reachability() != QNetworkInformation::Reachability::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestAddressWatcher)
#include "tst_addresswatcher.moc"
