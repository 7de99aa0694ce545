#pragma once

#include "model/historyevent.h"

#include <QList>
#include <QSqlDatabase>

namespace Homing {

class Database;
class Redactor;

// The append-only timeline, newest first when read. Rows are redacted before they get here.
class HistoryStore
{
public:
    HistoryStore(Database *database, const Redactor *redactor);

    bool append(const QList<HistoryEvent> &events, QString *error);
    // Events of one host (or all hosts when hostId is null), newest first.
    QList<HistoryEvent> events(const QUuid &hostId = {}, int limit = 200, qint64 beforeId = 0) const;
    qint64 count(const QUuid &hostId = {}) const;
    bool pruneOlderThan(const QDateTime &cutoff, QString *error);

    // Inserts within a transaction the caller already holds (see StateStore::record).
    // Every text column goes through the redactor on its way in.
    // false: *error (when given) has the database's reason, e.g. "database or disk is full".
    static bool insert(QSqlDatabase &db, const HistoryEvent &event, const Redactor *redactor, QString *error = nullptr);

private:
    Database *m_database;
    const Redactor *m_redactor;
};

} // namespace Homing
