// Parking, end to end: the real homingd publishes home.park.test through RFC 2136 to a real BIND
// delegation in the test's own namespace (Delegation) and hears sleep and shutdown from a fake
// logind on a private bus (FakeLogind). The host asks to be taken offline when the machine goes
// away. What is asserted is what a user (or a stranger who got the old address) observes: the
// name server's answer, the delay lock, `homingctl status` and the timeline.
#include "delegation.h"
#include "fakelogind.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace Homing::Test;

class TestParking : public QObject
{
    Q_OBJECT

private:
    Delegation m_dns {QStringLiteral("park")};
    FakeLogind m_logind;
    std::unique_ptr<QProcess> m_agent;
    const QByteArray kPublished = Delegation::published;

    QString state() { return m_dns.status().value(QStringLiteral("state")).toString(); }
    qsizetype parkedRows()
    {
        return Delegation::count(m_dns.history(), QStringLiteral("kind"), QStringLiteral("parked"));
    }

    // The agent, with the fake logind's bus as its system bus.
    void startAgent()
    {
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_logind.address().toUtf8());
        m_agent = m_dns.fixture().startAgent();
        QVERIFY(m_agent->state() == QProcess::Running);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dns.setUp(Delegation::settings({{QStringLiteral("verifyLagSeconds"), 5}}),
                            {{QStringLiteral("park"), true}}));
        if (!m_dns.skipReason().isEmpty())
            QSKIP(qPrintable(m_dns.skipReason()));
        QString error;
        QVERIFY2(m_logind.start(&error), qPrintable(error));
        startAgent();
    }

    void cleanupTestCase()
    {
        if (m_agent)
            AgentFixture::stopAgent(*m_agent);
    }

    void sleepParksAndResumeRestores()
    {
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        // A host that parks makes the agent hold a delay lock for sleep and shutdown.
        QTRY_COMPARE_WITH_TIMEOUT(m_logind.heldLocks(), 1, 30000);
        const FakeLogind::Lock lock = m_logind.locks().constLast();
        QCOMPARE(lock.what, QStringLiteral("sleep:shutdown"));
        QCOMPARE(lock.who, QStringLiteral("Homing"));
        QCOMPARE(lock.mode, QStringLiteral("delay"));

        // The lock is let go only once the name is offline: what the server answers at that moment.
        QByteArray answerAtRelease = "not released";
        connect(
            &m_logind, &FakeLogind::released, this, [&](int) { answerAtRelease = m_dns.dig(); },
            Qt::SingleShotConnection);
        m_logind.prepareForSleep(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_logind.heldLocks(), 0, 15000);
        QCOMPARE(answerAtRelease, QByteArray()); // no A record: nobody else's machine is reached
        const qint64 releasedAfter = m_logind.locks().constLast().releasedAtMs;
        qInfo() << "delay lock released" << releasedAfter << "ms after PrepareForSleep(true)";
        QCOMPARE(m_dns.dig(), QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("parked"), 10000);
        const QList<QJsonObject> rows = m_dns.history();
        QCOMPARE(rows.first().value(QStringLiteral("kind")).toString(), QStringLiteral("parked"));
        QCOMPARE(rows.first().value(QStringLiteral("old")).toString(), QString::fromLatin1(kPublished));
        QCOMPARE(rows.first().value(QStringLiteral("source")).toString(), QStringLiteral("the machine goes to sleep"));

        // Resume: one update brings the address back, verification proves it, a new lock is taken.
        m_logind.prepareForSleep(false);
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        QCOMPARE(state(), QStringLiteral("up-to-date"));
        QTRY_COMPARE_WITH_TIMEOUT(m_logind.heldLocks(), 1, 30000);
        QCOMPARE(parkedRows(), 1);
    }

    void shutdownParks()
    {
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_logind.heldLocks(), 1, 30000);
        m_logind.prepareForShutdown();
        QTRY_COMPARE_WITH_TIMEOUT(m_logind.heldLocks(), 0, 15000);
        QCOMPARE(m_dns.dig(), QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("parked"), 10000);
        QCOMPARE(m_dns.history().first().value(QStringLiteral("source")).toString(),
                 QStringLiteral("the machine shuts down"));

        // The machine comes up again: the agent's start restores the name, then verifies it.
        QCOMPARE(AgentFixture::stopAgent(*m_agent), 0);
        QCOMPARE(parkedRows(), 2); // stopping parks nothing more: the name is offline already
        startAgent();
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        QCOMPARE(state(), QStringLiteral("up-to-date"));
    }

    void quitParks()
    {
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        QCOMPARE(AgentFixture::stopAgent(*m_agent), 0); // SIGTERM, as systemd stops the agent
        QCOMPARE(m_dns.dig(), QByteArray());
        const QJsonObject newest = m_dns.history().first();
        QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("parked"));
        QCOMPARE(newest.value(QStringLiteral("source")).toString(), QStringLiteral("Homing stops"));
        startAgent();
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
    }

    void hostThatDoesNotAskIsLeftAlone()
    {
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        QJsonObject config = m_dns.config();
        QJsonArray hosts = config.value(QStringLiteral("hosts")).toArray();
        QJsonObject host = hosts.first().toObject();
        host.insert(QStringLiteral("park"), false);
        hosts.replace(0, host);
        config.insert(QStringLiteral("hosts"), hosts);
        QVERIFY(m_dns.fixture().writeConfig(config));
        const AgentFixture::Run reload = m_dns.fixture().homingctl({QStringLiteral("reload")});
        QVERIFY2(reload.exitCode == 0, reload.err.constData());
        // Nothing to park: the agent lets its lock go, and sleep leaves the name as it is.
        QTRY_COMPARE_WITH_TIMEOUT(m_logind.heldLocks(), 0, 30000);
        const qsizetype before = parkedRows();
        QCOMPARE(AgentFixture::stopAgent(*m_agent), 0);
        QCOMPARE(m_dns.dig(), kPublished);
        QCOMPARE(parkedRows(), before);
        m_agent.reset();
    }
};

QTEST_GUILESS_MAIN(TestParking)
#include "tst_parking.moc"
