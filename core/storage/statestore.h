#pragma once

#include "model/historyevent.h"
#include "model/hostrecord.h"

#include <QHash>
#include <QList>

namespace Homing {

class Database;
class Redactor;

// Per-host state in SQLite. record() stores a host's new state together with the history rows
// that explain it, in one transaction: after a crash either both are there or neither.
class StateStore
{
public:
    StateStore(Database *database, const Redactor *redactor);

    HostRecord load(const QUuid &hostId) const; // a fresh record if none is stored
    QHash<QUuid, HostRecord> loadAll() const;
    // false: nothing of it was stored (the transaction rolled back); *error says why, redacted.
    bool record(const HostRecord &record, const QList<HistoryEvent> &events, QString *error);
    bool remove(const QUuid &hostId, QString *error);

private:
    Database *m_database;
    const Redactor *m_redactor;
};

} // namespace Homing
