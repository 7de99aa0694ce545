// A state that cannot be stored is a failure, on a damaged database: the history table's root page
// of a real database overwritten with garbage. Reading the host's state still works, storing an
// outcome (state and rows in one transaction) cannot. `homingd --once` exits 74; the agent shows
// the host in the Error state with the reason and tries again, without telling the provider again.
// The full disk is tst_diskfull.
#include "agentfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Homing::Test;

class TestStorageFailure : public QObject
{
    Q_OBJECT

private:
    // A good first state (81.2.69.160 published by one --once run), then the address moves.
    static void publishFirst(AgentFixture &fixture)
    {
        QVERIFY(fixture.prepare());
        QCOMPARE(fixture.homingd().exitCode, 0);
        QCOMPARE(fixture.sqlite(QStringLiteral("SELECT published_ipv4 FROM host_state")), QByteArray("81.2.69.160"));
        fixture.echo().respondWith(HttpTestServer::Response::text("81.2.69.161\n"));
        // As if the last provider call were long ago (no least-interval wait before the next one).
        fixture.sqlite(QStringLiteral("UPDATE host_state SET last_attempt = NULL"));
    }

    static void corruptHistory(AgentFixture &fixture)
    {
        const QString path = QDir(fixture.configDir()).filePath(QStringLiteral("homing.sqlite"));
        // Everything into the main file first, so that no newer copy of the page waits in the WAL.
        fixture.sqlite(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const int page = fixture.sqlite(QStringLiteral("PRAGMA page_size")).toInt();
        const int root
            = fixture.sqlite(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'history'")).toInt();
        QVERIFY(page >= 512 && root > 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(qint64(root - 1) * page));
        QCOMPARE(file.write(QByteArray(page, '\xA5')), qint64(page));
        file.close();
        const QByteArray check = fixture.sqlite(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY2(check != "ok", check.constData());
    }

private slots:
    void corruptedDatabaseOnce()
    {
        AgentFixture fixture;
        publishFirst(fixture);
        corruptHistory(fixture);
        QVERIFY(!QTest::currentTestFailed());
        const auto run = fixture.homingd();
        QVERIFY2(run.exitCode == 74, run.out.constData());
        QVERIFY2(run.out.contains("NOT STORED - Could not store the state: database disk image is malformed"),
                 run.out.constData());
        QVERIFY2(run.err.contains("could not store the state of"), run.err.constData());
        QCOMPARE(fixture.provider().requests().size(), 2); // the provider was told
        QCOMPARE(fixture.sqlite(QStringLiteral("SELECT published_ipv4 FROM host_state")),
                 QByteArray("81.2.69.160")); // the last good state is kept
    }

    void corruptedDatabaseAgent()
    {
        AgentFixture fixture;
        publishFirst(fixture);
        corruptHistory(fixture);
        QVERIFY(!QTest::currentTestFailed());
        auto agent = fixture.startAgent();
        const QJsonObject host = fixture.waitForHostState(QStringLiteral("error"));
        const QByteArray shown = QJsonDocument(host).toJson();
        QVERIFY2(host.value(QStringLiteral("state")) == QLatin1String("error")
                     && host.value(QStringLiteral("attention"))
                            .toString()
                            .startsWith(QLatin1String("Could not store the state: database disk image is malformed")),
                 shown.constData());
        QCOMPARE(host.value(QStringLiteral("ipv4")).toString(), QStringLiteral("81.2.69.160")); // the last good
        QVERIFY2(!host.value(QStringLiteral("nextCheck")).toString().isEmpty(), shown.constData()); // tried again
        QCOMPARE(fixture.provider().requests().size(), 2); // told once, not again at each retry
        const auto text = fixture.homingctl({QStringLiteral("status")});
        QVERIFY2(text.out.contains("Could not store the state"), text.out.constData());
        QCOMPARE(fixture.sqlite(QStringLiteral("SELECT published_ipv4 FROM host_state")), QByteArray("81.2.69.160"));
        QCOMPARE(AgentFixture::stopAgent(*agent), 0);
    }
};

QTEST_GUILESS_MAIN(TestStorageFailure)
#include "tst_storagefailure.moc"
