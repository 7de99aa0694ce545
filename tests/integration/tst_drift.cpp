// The drift watch, end to end: a real delegation (a root, the "test" TLD and the zone drift.test)
// served by BIND on loopback addresses, port 53, in the test's own network namespace (Delegation).
// The real homingd publishes home.drift.test through the RFC 2136 provider, and then the test
// changes the record behind its back with nsupdate, as another client would. What is asserted is
// what a user observes: the name server's answer (dig), the timeline rows and `homingctl status`.
#include "delegation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace Homing::Test;

class TestDrift : public QObject
{
    Q_OBJECT

private:
    Delegation m_dns {QStringLiteral("drift")};
    std::unique_ptr<QProcess> m_agent;
    const QByteArray kPublished = Delegation::published;

    static qsizetype driftRows(const QList<QJsonObject> &rows)
    {
        return Delegation::count(rows, QStringLiteral("outcome"), QStringLiteral("drift"));
    }

private slots:
    void initTestCase()
    {
        // The watch every 5 s (the shortest it allows) and servers that may lag 5 s, so that the
        // test does not wait for the 5 minutes a user gets.
        QVERIFY(m_dns.setUp(
            Delegation::settings({{QStringLiteral("verifyLagSeconds"), 5}, {QStringLiteral("driftCheckSeconds"), 5}})));
        if (!m_dns.skipReason().isEmpty())
            QSKIP(qPrintable(m_dns.skipReason()));
        m_agent = m_dns.fixture().startAgent();
        QVERIFY(m_agent->state() == QProcess::Running);
    }

    void cleanupTestCase()
    {
        if (m_agent)
            AgentFixture::stopAgent(*m_agent);
    }

    void changeBehindTheBackIsRestored()
    {
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        QCOMPARE(driftRows(m_dns.history()), 0); // a steady record makes no rows, however often it is asked

        QVERIFY(m_dns.changeBehindHomingsBack("81.2.69.77"));
        QCOMPARE(m_dns.dig(), QByteArray("81.2.69.77"));

        // The watch sees it: a row with what Homing published and what the server answers.
        QList<QJsonObject> rows;
        QTRY_VERIFY_WITH_TIMEOUT((rows = m_dns.history(), driftRows(rows) == 1), 60000);
        const auto drift = std::find_if(rows.begin(), rows.end(), [](const QJsonObject &row) {
            return row.value(QStringLiteral("outcome")).toString() == QLatin1String("drift");
        });
        QCOMPARE(drift->value(QStringLiteral("kind")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(drift->value(QStringLiteral("old")).toString(), QString::fromLatin1(kPublished));
        QCOMPARE(drift->value(QStringLiteral("new")).toString(), QStringLiteral("81.2.69.77"));
        QCOMPARE(drift->value(QStringLiteral("source")).toString(), QStringLiteral("drift.test."));
        const QString detail = drift->value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QStringLiteral("changed behind Homing's back")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Homing sends its address again")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("ns1.drift.test. (127.0.3.1): 81.2.69.77")), qPrintable(detail));

        // By default it is sent once more, and the server answers Homing's address again.
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        rows = m_dns.history();
        const qsizetype driftAt
            = std::find_if(rows.begin(), rows.end(),
                           [](const QJsonObject &row) {
                               return row.value(QStringLiteral("outcome")).toString() == QLatin1String("drift");
                           })
            - rows.begin();
        // Newest first: a sent row and the provider's answer came after the drift row.
        const qsizetype sentAt
            = std::find_if(rows.begin(), rows.end(),
                           [](const QJsonObject &row) {
                               return row.value(QStringLiteral("kind")).toString() == QLatin1String("sent");
                           })
            - rows.begin();
        QVERIFY2(sentAt < driftAt, "no update was sent after the drift");
        const QJsonObject host = m_dns.status();
        QCOMPARE(host.value(QStringLiteral("state")).toString(), QStringLiteral("up-to-date"));
        QVERIFY(!host.value(QStringLiteral("lastDrift")).toString().isEmpty());
    }

    void secondChangeWithinAnHourStopsTheHost()
    {
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        const qsizetype sentBefore = Delegation::count(m_dns.history(), QStringLiteral("kind"), QStringLiteral("sent"));
        // Another client fights Homing: it removes the record again.
        QVERIFY(m_dns.changeBehindHomingsBack({}));
        QCOMPARE(m_dns.dig(), QByteArray());

        QJsonObject host;
        QTRY_VERIFY_WITH_TIMEOUT(
            (host = m_dns.status(), host.value(QStringLiteral("state")).toString() == QLatin1String("needs-attention")),
            60000);
        const QString reason = host.value(QStringLiteral("attention")).toString();
        QVERIFY2(reason.contains(QStringLiteral("twice within an hour")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("another client")), qPrintable(reason));
        const QList<QJsonObject> rows = m_dns.history();
        QCOMPARE(driftRows(rows), 2);
        const QJsonObject newest = rows.first();
        QCOMPARE(newest.value(QStringLiteral("outcome")).toString(), QStringLiteral("drift"));
        QCOMPARE(newest.value(QStringLiteral("new")).toString(), QString()); // no record
        QVERIFY2(newest.value(QStringLiteral("detail")).toString().contains(QStringLiteral("removed")),
                 qPrintable(newest.value(QStringLiteral("detail")).toString()));
        // Stopped: nothing more was sent, and the record stays as the other client left it.
        QCOMPARE(Delegation::count(rows, QStringLiteral("kind"), QStringLiteral("sent")), sentBefore);
        QCOMPARE(m_dns.dig(), QByteArray());

        // The user resumes (the window's "Restore" does the same): Homing's address is back.
        const AgentFixture::Run restore = m_dns.fixture().homingctl({QStringLiteral("restore"), m_dns.host()});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        QCOMPARE(m_dns.status().value(QStringLiteral("state")).toString(), QStringLiteral("up-to-date"));
        QCOMPARE(Delegation::count(m_dns.history(), QStringLiteral("kind"), QStringLiteral("sent")), sentBefore + 1);
    }

    void withoutRestoreOnlyTells()
    {
        QJsonObject config = m_dns.config();
        config.insert(QStringLiteral("settings"),
                      Delegation::settings({{QStringLiteral("verifyLagSeconds"), 5},
                                            {QStringLiteral("driftCheckSeconds"), 5},
                                            {QStringLiteral("restoreOnDrift"), false}}));
        QVERIFY(m_dns.fixture().writeConfig(config));
        const AgentFixture::Run reload = m_dns.fixture().homingctl({QStringLiteral("reload")});
        QVERIFY2(reload.exitCode == 0, reload.err.constData());
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        const QList<QJsonObject> before = m_dns.history();
        const qsizetype sentBefore = Delegation::count(before, QStringLiteral("kind"), QStringLiteral("sent"));

        QVERIFY(m_dns.changeBehindHomingsBack("81.2.69.88"));
        QList<QJsonObject> rows;
        QTRY_VERIFY_WITH_TIMEOUT((rows = m_dns.history(), driftRows(rows) == driftRows(before) + 1), 60000);
        QVERIFY2(rows.first().value(QStringLiteral("detail")).toString().contains(QStringLiteral("Choose Restore")),
                 qPrintable(rows.first().value(QStringLiteral("detail")).toString()));
        // The restore after the fight made this a first change again: the host keeps running.
        QCOMPARE(m_dns.status().value(QStringLiteral("state")).toString(), QStringLiteral("up-to-date"));
        QCOMPARE(Delegation::count(rows, QStringLiteral("kind"), QStringLiteral("sent")), sentBefore);
        QCOMPARE(m_dns.dig(), QByteArray("81.2.69.88"));

        // "Restore" sends it.
        const AgentFixture::Run restore = m_dns.fixture().homingctl({QStringLiteral("restore"), m_dns.host()});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QVERIFY2(m_dns.waitForVerified(), m_dns.dig().constData());
        QCOMPARE(Delegation::count(m_dns.history(), QStringLiteral("kind"), QStringLiteral("sent")), sentBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
