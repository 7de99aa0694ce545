// ChangeWatcher's netlink half inside a namespace of its own (veth pair, TESTBED.md §6): adding and
// removing IPv4 and IPv6 addresses is followed by one changed() within a second, and a burst of
// 20 changes gives one signal. Without a reachability backend that reports changes, a default
// route appearing or going is online or offline.
#include "address/changewatcher.h"
#include "clock.h"
#include "netnshelper.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Homing;
using Homing::Test::NetnsHelper;

class TestNetlinkWatcher : public QObject
{
    Q_OBJECT

private:
    NetnsHelper m_netns {QStringLiteral("nlwatch")};
    SystemClock m_clock;
    ChangeWatcher *m_watcher = nullptr;
    QList<qint64> m_latencies;

    // Runs one `ip` change and returns how long until changed() came (or -1).
    qint64 changeAndWait(const QStringList &arguments, QString *reason)
    {
        QSignalSpy spy(m_watcher, &ChangeWatcher::changed);
        QElapsedTimer timer;
        timer.start(); // before the ip command: its own run time counts against us
        QString error;
        if (!m_netns.ip(arguments, &error)) {
            qWarning().noquote() << error;
            return -1;
        }
        if (!spy.wait(20000))
            return -1;
        const qint64 latency = timer.elapsed();
        *reason = spy.first().first().toString();
        // Nothing more may follow for this one change: when `ip` returned, all its messages were in
        // the socket; once the watcher has read them all and no burst is open, nothing else can come.
        if (!QTest::qWaitFor([this] { return m_watcher->isSettled(); }, 20000) || spy.size() != 1)
            return -2;
        return latency;
    }

private slots:
    void initTestCase()
    {
        const QString why = NetnsHelper::unavailableReason();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QString error;
        QVERIFY2(m_netns.create(&error), qPrintable(error));
        QVERIFY2(m_netns.enter(&error), qPrintable(error));
        ChangeWatcher::Options options;
        options.reachability = false;
        options.wakeCheckMs = 0;
        m_watcher = new ChangeWatcher(&m_clock, options, this);
        m_watcher->start();
        QVERIFY2(m_watcher->isNetlinkActive(), qPrintable(m_watcher->netlinkError()));
        QVERIFY(QTest::qWaitFor([this] { return m_watcher->isSettled(); }, 20000));
    }

    void cleanupTestCase()
    {
        delete m_watcher;
        m_netns.destroy();
        if (!m_latencies.isEmpty()) {
            std::sort(m_latencies.begin(), m_latencies.end());
            qInfo("netlink change -> changed(): median %lld ms, max %lld ms over %lld changes",
                  m_latencies.at(m_latencies.size() / 2), m_latencies.last(), qint64(m_latencies.size()));
        }
    }

    void addressChangesAreSeen_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("add ipv4") << "addr add 203.0.113.7/32 dev veth0"
                                  << "address 203.0.113.7 added on veth0";
        QTest::newRow("remove ipv4") << "addr del 203.0.113.7/32 dev veth0"
                                     << "address 203.0.113.7 removed from veth0";
        QTest::newRow("add ipv6") << "-6 addr add 2001:db8:1::7/128 dev veth0 nodad"
                                  << "address 2001:db8:1::7 added on veth0";
        QTest::newRow("remove ipv6") << "-6 addr del 2001:db8:1::7/128 dev veth0"
                                     << "address 2001:db8:1::7 removed from veth0";
    }

    void addressChangesAreSeen()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        QString reason;
        const qint64 latency = changeAndWait(command.split(QLatin1Char(' ')), &reason);
        QVERIFY2(latency != -1, "no changed() at all");
        QVERIFY2(latency != -2, "more than one changed() for one change");
        // How fast is a figure (printed at the end, and by the benchmarks), never a pass condition.
        QCOMPARE(reason, expected);
        m_latencies.append(latency);
    }

    void linkDownAndUpAreChanges()
    {
        QString reason;
        qint64 latency = changeAndWait(QStringLiteral("link set veth1 down").split(QLatin1Char(' ')), &reason);
        QVERIFY2(latency >= 0, qPrintable(QString::number(latency)));
        m_latencies.append(latency);
        latency = changeAndWait(QStringLiteral("link set veth1 up").split(QLatin1Char(' ')), &reason);
        QVERIFY2(latency >= 0, qPrintable(QString::number(latency)));
        m_latencies.append(latency);
    }

    void aBurstIsOneSignal()
    {
        QStringList lines;
        for (int i = 1; i <= 10; ++i)
            lines << QStringLiteral("addr add 198.51.100.%1/32 dev veth0").arg(i);
        for (int i = 1; i <= 10; ++i)
            lines << QStringLiteral("addr del 198.51.100.%1/32 dev veth0").arg(i);
        QSignalSpy spy(m_watcher, &ChangeWatcher::changed);
        QElapsedTimer timer;
        timer.start();
        QString error;
        // ipBatch() blocks this thread until ip is done, so all twenty messages wait in the socket
        // before the watcher reads any: the order is the test's, not the machine's speed.
        QVERIFY2(m_netns.ipBatch(lines, &error), qPrintable(error));
        QVERIFY(spy.wait(20000));
        m_latencies.append(timer.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(m_watcher->isSettled(), 20000); // everything ip sent is read: no more can follow
        QCOMPARE(spy.size(), 1);
        const QString reason = spy.first().first().toString();
        QVERIFY2(reason.contains(QStringLiteral("19 more")), qPrintable(reason));
    }

    void otherNamespacesAreNotWatched()
    {
        // The watcher lives in the test namespace: a change in another namespace is not reported.
        // The other change comes first; a change here, made after it, is the one that is told.
        NetnsHelper other(QStringLiteral("watcher-other"));
        QString error;
        QVERIFY2(other.create(&error), qPrintable(error));
        QSignalSpy spy(m_watcher, &ChangeWatcher::changed);
        QVERIFY2(other.ip(QStringLiteral("addr add 203.0.113.9/32 dev veth0").split(QLatin1Char(' ')), &error),
                 qPrintable(error));
        QVERIFY2(m_netns.ip(QStringLiteral("addr add 203.0.113.10/32 dev veth0").split(QLatin1Char(' ')), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_watcher->isSettled(), 20000);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("address 203.0.113.10 added on veth0"));
        QVERIFY(m_netns.ip(QStringLiteral("addr del 203.0.113.10/32 dev veth0").split(QLatin1Char(' '))));
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() == 2 && m_watcher->isSettled(), 20000);
    }

    void aDefaultRouteBringsItOnline()
    {
        // Started in a namespace without a default route (as an agent started before the network):
        // offline, read from the routing table since no reachability backend reports changes.
        QVERIFY(m_watcher->routesDecideOnline());
        QCOMPARE(m_watcher->defaultRoutes(), 0);
        QVERIFY(!m_watcher->isOnline());
        QSignalSpy online(m_watcher, &ChangeWatcher::cameOnline);
        QSignalSpy offline(m_watcher, &ChangeWatcher::wentOffline);
        QSignalSpy changed(m_watcher, &ChangeWatcher::changed);
        QString error;
        QVERIFY2(m_netns.ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("192.0.2.1/24"),
                             QStringLiteral("dev"), QStringLiteral("veth0")},
                            &error),
                 qPrintable(error));
        QVERIFY2(m_netns.ip({QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"),
                             QStringLiteral("via"), QStringLiteral("192.0.2.254"), QStringLiteral("dev"),
                             QStringLiteral("veth0")},
                            &error),
                 qPrintable(error));
        QTRY_COMPARE(online.size(), 1);
        QVERIFY(m_watcher->isOnline());
        QCOMPARE(m_watcher->defaultRoutes(), 1);
        QTRY_VERIFY(!changed.isEmpty()); // and a check follows at once
        QVERIFY2(m_netns.ip({QStringLiteral("route"), QStringLiteral("del"), QStringLiteral("default")}, &error),
                 qPrintable(error));
        QTRY_COMPARE(offline.size(), 1);
        QVERIFY(!m_watcher->isOnline());
        QCOMPARE(online.size(), 1);
        QVERIFY(m_netns.ip({QStringLiteral("addr"), QStringLiteral("del"), QStringLiteral("192.0.2.1/24"),
                            QStringLiteral("dev"), QStringLiteral("veth0")}));
    }

    void aWatcherStartedLaterSeesTheRouteThatIsThere()
    {
        QString error;
        QVERIFY2(m_netns.ipBatch({QStringLiteral("addr add 192.0.2.1/24 dev veth0"),
                                  QStringLiteral("route add default via 192.0.2.254 dev veth0")},
                                 &error),
                 qPrintable(error));
        ChangeWatcher::Options options;
        options.reachability = false;
        options.wakeCheckMs = 0;
        ChangeWatcher later(&m_clock, options);
        later.start();
        QVERIFY(later.routesDecideOnline());
        QCOMPARE(later.defaultRoutes(), 1);
        QVERIFY(later.isOnline());
        QVERIFY(
            m_netns.ipBatch({QStringLiteral("route del default"), QStringLiteral("addr del 192.0.2.1/24 dev veth0")}));
    }
};

QTEST_GUILESS_MAIN(TestNetlinkWatcher)
#include "tst_netlinkwatcher.moc"
