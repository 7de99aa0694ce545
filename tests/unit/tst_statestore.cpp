// State and history in SQLite: WAL, one transaction per outcome, survives reopening, redacted rows.
#include "redactor.h"
#include "storage/database.h"
#include "storage/historystore.h"
#include "storage/statestore.h"

#include "testutil.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;

class TestStateStore : public QObject
{
    Q_OBJECT

private slots:
    void recordsStateAndHistoryTogether()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("homing.sqlite"));
        Redactor redactor;
        redactor.addSecret(QStringLiteral("topsecret-1234"));
        const QUuid id = QUuid::createUuid();
        {
            Database db;
            QString error;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            QSqlQuery mode(db.handle());
            QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
            QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
            mode.finish();
            StateStore state(&db, &redactor);
            HostRecord record;
            record.hostId = id;
            record.state = HostState::UpToDate;
            record.publishedIpv4 = QStringLiteral("81.2.69.160");
            record.lastChange = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
            HistoryEvent event;
            event.hostId = id;
            event.time = record.lastChange;
            event.kind = HistoryEvent::Kind::Result;
            event.outcome = QStringLiteral("updated");
            event.detail = QStringLiteral("GET https://x.example/?password=topsecret-1234 -> good");
            QVERIFY2(state.record(record, {event}, &error), qPrintable(error));
        }
        QCOMPARE(Homing::Test::fileMode(path), 0600);
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        StateStore state(&db, &redactor);
        HistoryStore history(&db, &redactor);
        const HostRecord back = state.load(id);
        QCOMPARE(back.state, HostState::UpToDate);
        QCOMPARE(back.publishedIpv4, QStringLiteral("81.2.69.160"));
        QCOMPARE(back.lastChange, QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC));
        const QList<HistoryEvent> events = history.events(id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().outcome, QStringLiteral("updated"));
        QVERIFY(!events.first().detail.contains(QStringLiteral("topsecret")));
        QVERIFY(events.first().detail.contains(Redactor::mask));
    }

    void failedOutcomeLeavesNothingHalfWritten()
    {
        QTemporaryDir dir;
        Redactor redactor;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite")), &error));
        StateStore state(&db, &redactor);
        HistoryStore history(&db, &redactor);
        const QUuid id = QUuid::createUuid();
        // Make history inserts fail inside the transaction: the state row must roll back with it.
        QSqlQuery(db.handle())
            .exec(
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON history BEGIN SELECT RAISE(ABORT, 'no'); END"));
        HostRecord record;
        record.hostId = id;
        record.state = HostState::NeedsAttention;
        HistoryEvent event;
        event.hostId = id;
        event.time = QDateTime::currentDateTimeUtc();
        QVERIFY(!state.record(record, {event}, &error));
        QCOMPARE(state.load(id).state, HostState::Idle);
        QCOMPARE(history.count(id), 0);
    }

    void historyPagesNewestFirstAndPrunes()
    {
        QTemporaryDir dir;
        Redactor redactor;
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite")), &error));
        HistoryStore history(&db, &redactor);
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        QList<HistoryEvent> events;
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 30; ++i) {
            HistoryEvent e;
            e.hostId = i % 2 ? a : b;
            e.time = start.addDays(i);
            e.detail = QString::number(i);
            events.append(e);
        }
        QVERIFY(history.append(events, &error));
        QCOMPARE(history.count(), 30);
        QCOMPARE(history.count(a), 15);
        const QList<HistoryEvent> page = history.events(a, 5);
        QCOMPARE(page.size(), 5);
        QCOMPARE(page.first().detail, QStringLiteral("29"));
        QCOMPARE(history.events(a, 5, page.last().id).first().detail, QStringLiteral("19"));
        QVERIFY(history.pruneOlderThan(start.addDays(10), &error));
        QCOMPARE(history.count(), 20);
    }
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
