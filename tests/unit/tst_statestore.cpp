// State and history in SQLite: WAL, one transaction per outcome, survives reopening, redacted rows.
#include "redactor.h"
#include "storage/database.h"
#include "storage/historystore.h"
#include "storage/statestore.h"

#include "testutil.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;

class TestStateStore : public QObject
{
    Q_OBJECT

    // A database in a scratch directory.
    struct Scratch
    {
        QTemporaryDir dir;
        Redactor redactor;
        Database db;
        bool open()
        {
            QString error;
            const bool opened = db.open(dir.filePath(QStringLiteral("h.sqlite")), &error);
            if (!opened)
                qWarning().noquote() << error;
            return opened;
        }
    };

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

    // The timeline reads newest first by the time each row tells (a row stored late, after a full
    // disk, keeps its own time), pages on from a row, and is served by the index: no sort of the
    // host's rows, so the first page of a host with a million rows comes at once.
    void timelineIsOrderedByTimeAndServedByTheIndex()
    {
        Scratch scratch;
        QVERIFY(scratch.open());
        Database &db = scratch.db;
        QString error;
        HistoryStore history(&db, &scratch.redactor);
        const QUuid id = QUuid::createUuid();
        const QDateTime base(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
        QList<HistoryEvent> rows;
        for (int minute : {1, 3, 2, 5, 4}) { // stored in this order, so ids do not follow time
            HistoryEvent event;
            event.hostId = id;
            event.time = base.addSecs(60 * minute);
            event.detail = QString::number(minute);
            rows.append(event);
        }
        HistoryEvent other;
        other.hostId = QUuid::createUuid();
        other.time = base.addSecs(600);
        rows.append(other);
        QVERIFY2(history.append(rows, &error), qPrintable(error));
        QStringList order;
        const QList<HistoryEvent> first = history.events(id, 3);
        for (const HistoryEvent &event : first)
            order.append(event.detail);
        QCOMPARE(order, (QStringList {QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3")}));
        order.clear();
        for (const HistoryEvent &event : history.events(id, 3, first.last().id))
            order.append(event.detail);
        QCOMPARE(order, (QStringList {QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(history.events({}, 10).first().hostId, other.hostId);

        for (const bool oneHost : {true, false}) {
            for (const bool before : {false, true}) {
                QSqlQuery plan(db.handle());
                QVERIFY(
                    plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + HistoryStore::eventsQuery(oneHost, before)));
                if (oneHost)
                    plan.bindValue(QStringLiteral(":host"), id.toString(QUuid::WithoutBraces));
                if (before)
                    plan.bindValue(QStringLiteral(":before"), 3);
                plan.bindValue(QStringLiteral(":limit"), 50);
                QVERIFY(plan.exec());
                QStringList steps;
                while (plan.next())
                    steps.append(plan.value(3).toString());
                const QString text = steps.join(QStringLiteral("; "));
                QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
                QVERIFY2(text.contains(oneHost ? QStringLiteral("INDEX history_host_time (host_id=?")
                                               : QStringLiteral("INDEX history_time")),
                         qPrintable(text));
            }
        }
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
        Scratch scratch;
        QVERIFY(scratch.open());
        Database &db = scratch.db;
        QString error;
        HistoryStore history(&db, &scratch.redactor);
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

    void aVersionOneDatabaseIsMigratedAndKeepsItsRows()
    {
        // A database written by the Homing before per-host fingerprints (schema 1).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("homing.sqlite"));
        const QUuid id = QUuid::createUuid();
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery query(old);
            QVERIFY(query.exec(QStringLiteral(
                "CREATE TABLE host_state (host_id TEXT PRIMARY KEY, state TEXT NOT NULL, published_ipv4 TEXT,"
                " published_ipv6 TEXT, last_change INTEGER, last_attempt INTEGER, last_success INTEGER,"
                " next_attempt INTEGER, failure_count INTEGER NOT NULL DEFAULT 0, blocked_fingerprint TEXT,"
                " attention_reason TEXT, paused INTEGER NOT NULL DEFAULT 0, last_outcome TEXT,"
                " user_requested INTEGER NOT NULL DEFAULT 0)")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                              " time INTEGER NOT NULL, host_id TEXT, kind TEXT NOT NULL,"
                                              " old_address TEXT, new_address TEXT, source TEXT, outcome TEXT,"
                                              " detail TEXT, duration_ms INTEGER)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO host_state (host_id, state, published_ipv4, paused)"
                                              " VALUES ('%1', 'up-to-date', '81.2.69.160', 1)")
                                   .arg(id.toString(QUuid::WithoutBraces))));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=1")));
            query.finish();
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Redactor redactor;
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        StateStore state(&db, &redactor);
        HostRecord back = state.load(id);
        QCOMPARE(back.publishedIpv4, QStringLiteral("81.2.69.160"));
        QVERIFY(back.paused);
        QVERIFY(back.publishedFingerprint.isEmpty());
        QVERIFY(!back.republish);
        QVERIFY(!back.lastDrift.isValid());
        back.publishedFingerprint = "0123456789abcdef";
        back.republish = true;
        back.lastDrift = QDateTime::fromMSecsSinceEpoch(1764000000000, Qt::UTC);
        QVERIFY2(state.record(back, {}, &error), qPrintable(error));
        QCOMPARE(state.load(id).publishedFingerprint, QByteArray("0123456789abcdef"));
        QVERIFY(state.load(id).republish);
        QCOMPARE(state.load(id).lastDrift, back.lastDrift);
    }
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
