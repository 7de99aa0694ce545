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
    // Events of one host (or all hosts when hostId is null), newest first (by time, then id);
    // with beforeId, those that come after that row in this order (the next page).
    QList<HistoryEvent> events(const QUuid &hostId = {}, int limit = 200, qint64 beforeId = 0) const;
    // The statement events() runs (tests check its query plan).
    static QString eventsQuery(bool oneHost, bool before);
    // How many times events() read the timeline since the store was made (tests count page loads).
    int reads() const { return m_reads; }
    qint64 count(const QUuid &hostId = {}) const;
    bool pruneOlderThan(const QDateTime &cutoff, QString *error);

    // Inserts within a transaction the caller already holds (see StateStore::record).
    // Every text column goes through the redactor on its way in.
    // false: *error (when given) has the database's reason, e.g. "database or disk is full".
    static bool insert(QSqlDatabase &db, const HistoryEvent &event, const Redactor *redactor, QString *error = nullptr);

private:
    Database *m_database;
    const Redactor *m_redactor;
    mutable int m_reads = 0;
};

} // namespace Homing
