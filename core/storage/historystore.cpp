#include "historystore.h"

#include "database.h"
#include "redactor.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Homing {

HistoryStore::HistoryStore(Database *database, const Redactor *redactor)
    : m_database(database)
    , m_redactor(redactor)
{
}

bool HistoryStore::insert(QSqlDatabase &db, const HistoryEvent &event, const Redactor *redactor, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO history (time, host_id, kind, old_address, new_address, source, outcome,"
                                 " detail, duration_ms, retry_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(event.time.toMSecsSinceEpoch());
    query.addBindValue(event.hostId.isNull() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(event.hostId.toString(QUuid::WithoutBraces)));
    query.addBindValue(historyKindName(event.kind));
    query.addBindValue(event.oldAddress);
    query.addBindValue(event.newAddress);
    query.addBindValue(redactor->redact(event.source));
    query.addBindValue(event.outcome);
    query.addBindValue(redactor->redact(event.detail));
    query.addBindValue(event.durationMs);
    query.addBindValue(event.retryAt.isValid() ? QVariant(event.retryAt.toMSecsSinceEpoch())
                                               : QVariant(QMetaType::fromType<qint64>()));
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool HistoryStore::append(const QList<HistoryEvent> &events, QString *error)
{
    QString why;
    const bool stored = m_database->transaction(
        [&](QSqlDatabase &db) {
            for (const HistoryEvent &event : events) {
                if (!insert(db, event, m_redactor, &why))
                    return false;
            }
            return true;
        },
        error);
    if (!stored && error && !why.isEmpty())
        *error = why; // the statement's own reason says more than "rolled back"
    return stored;
}

QString HistoryStore::eventsQuery(bool oneHost, bool before)
{
    // Newest first by the time each row tells, then by id: rows stored late (after a full disk)
    // keep their own time. The index history_host_time (host_id, time) ends in the rowid, which is
    // id, so it serves this order for one host, and history_time for all: no sort of the host's
    // rows, however many there are.
    QString sql = QStringLiteral("SELECT id, time, host_id, kind, old_address, new_address, source, outcome, detail,"
                                 " duration_ms, retry_at FROM history WHERE 1=1");
    if (oneHost)
        sql += QStringLiteral(" AND host_id = :host");
    if (before)
        sql += QStringLiteral(" AND (time, id) < (SELECT time, id FROM history WHERE id = :before)");
    return sql + QStringLiteral(" ORDER BY time DESC, id DESC LIMIT :limit");
}

QList<HistoryEvent> HistoryStore::events(const QUuid &hostId, int limit, qint64 beforeId) const
{
    ++m_reads;
    QSqlQuery query(m_database->handle());
    query.prepare(eventsQuery(!hostId.isNull(), beforeId > 0));
    if (!hostId.isNull())
        query.bindValue(QStringLiteral(":host"), hostId.toString(QUuid::WithoutBraces));
    if (beforeId > 0)
        query.bindValue(QStringLiteral(":before"), beforeId);
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<HistoryEvent> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        HistoryEvent event;
        event.id = query.value(0).toLongLong();
        event.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        event.hostId = QUuid::fromString(query.value(2).toString());
        historyKindFromName(query.value(3).toString(), &event.kind);
        event.oldAddress = query.value(4).toString();
        event.newAddress = query.value(5).toString();
        event.source = query.value(6).toString();
        event.outcome = query.value(7).toString();
        event.detail = query.value(8).toString();
        event.durationMs = query.value(9).toLongLong();
        if (!query.value(10).isNull())
            event.retryAt = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
        result.append(event);
    }
    return result;
}

qint64 HistoryStore::count(const QUuid &hostId) const
{
    QSqlQuery query(m_database->handle());
    if (hostId.isNull()) {
        query.exec(QStringLiteral("SELECT COUNT(*) FROM history"));
    } else {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM history WHERE host_id = ?"));
        query.addBindValue(hostId.toString(QUuid::WithoutBraces));
        query.exec();
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool HistoryStore::pruneOlderThan(const QDateTime &cutoff, QString *error)
{
    // Nothing that old (the index on time tells at once): no write at all.
    QSqlQuery old(m_database->handle());
    old.prepare(QStringLiteral("SELECT 1 FROM history WHERE time < ? LIMIT 1"));
    old.addBindValue(cutoff.toMSecsSinceEpoch());
    if (old.exec() && !old.next())
        return true;
    old.finish();
    return m_database->transaction(
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM history WHERE time < ?"));
            query.addBindValue(cutoff.toMSecsSinceEpoch());
            return query.exec();
        },
        error);
}

} // namespace Homing
