#include "statestore.h"

#include "database.h"
#include "historystore.h"
#include "redactor.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Homing {

namespace {

QVariant sqlTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

HostRecord recordFrom(const QSqlQuery &query)
{
    HostRecord record;
    record.hostId = QUuid::fromString(query.value(QStringLiteral("host_id")).toString());
    hostStateFromName(query.value(QStringLiteral("state")).toString(), &record.state);
    record.publishedIpv4 = query.value(QStringLiteral("published_ipv4")).toString();
    record.publishedIpv6 = query.value(QStringLiteral("published_ipv6")).toString();
    record.lastChange = timeFrom(query.value(QStringLiteral("last_change")));
    record.lastAttempt = timeFrom(query.value(QStringLiteral("last_attempt")));
    record.lastSuccess = timeFrom(query.value(QStringLiteral("last_success")));
    record.nextAttempt = timeFrom(query.value(QStringLiteral("next_attempt")));
    record.failureCount = query.value(QStringLiteral("failure_count")).toInt();
    record.blockedFingerprint = query.value(QStringLiteral("blocked_fingerprint")).toString().toLatin1();
    record.attentionReason = query.value(QStringLiteral("attention_reason")).toString();
    record.paused = query.value(QStringLiteral("paused")).toBool();
    record.lastOutcome = query.value(QStringLiteral("last_outcome")).toString();
    record.userRequested = query.value(QStringLiteral("user_requested")).toBool();
    record.publishedFingerprint = query.value(QStringLiteral("published_fingerprint")).toString().toLatin1();
    record.republish = query.value(QStringLiteral("republish")).toBool();
    record.credentialsRejected = query.value(QStringLiteral("credentials_rejected")).toBool();
    record.lastDrift = timeFrom(query.value(QStringLiteral("last_drift")));
    record.parked = query.value(QStringLiteral("parked")).toBool();
    return record;
}

} // namespace

StateStore::StateStore(Database *database, const Redactor *redactor)
    : m_database(database)
    , m_redactor(redactor)
{
}

HostRecord StateStore::load(const QUuid &hostId) const
{
    QSqlQuery query(m_database->handle());
    query.prepare(QStringLiteral("SELECT * FROM host_state WHERE host_id = ?"));
    query.addBindValue(hostId.toString(QUuid::WithoutBraces));
    if (query.exec() && query.next())
        return recordFrom(query);
    HostRecord fresh;
    fresh.hostId = hostId;
    return fresh;
}

QHash<QUuid, HostRecord> StateStore::loadAll() const
{
    QHash<QUuid, HostRecord> result;
    QSqlQuery query(m_database->handle());
    if (query.exec(QStringLiteral("SELECT * FROM host_state"))) {
        while (query.next()) {
            const HostRecord record = recordFrom(query);
            result.insert(record.hostId, record);
        }
    }
    return result;
}

bool StateStore::record(const HostRecord &record, const QList<HistoryEvent> &events, QString *error)
{
    // The reason goes to the user (the host's Error state, `homingd --once`): the statement's own
    // (it says more than "rolled back"), redacted like the rows.
    QString why;
    const bool stored = m_database->transaction(
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO host_state (host_id, state, published_ipv4, published_ipv6, last_change,"
                " last_attempt, last_success, next_attempt, failure_count, blocked_fingerprint, attention_reason,"
                " paused, last_outcome, user_requested, published_fingerprint, republish, credentials_rejected,"
                " last_drift, parked) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
            query.addBindValue(record.hostId.toString(QUuid::WithoutBraces));
            query.addBindValue(hostStateName(record.state));
            query.addBindValue(record.publishedIpv4);
            query.addBindValue(record.publishedIpv6);
            query.addBindValue(sqlTime(record.lastChange));
            query.addBindValue(sqlTime(record.lastAttempt));
            query.addBindValue(sqlTime(record.lastSuccess));
            query.addBindValue(sqlTime(record.nextAttempt));
            query.addBindValue(record.failureCount);
            query.addBindValue(QString::fromLatin1(record.blockedFingerprint));
            query.addBindValue(m_redactor->redact(record.attentionReason));
            query.addBindValue(record.paused ? 1 : 0);
            query.addBindValue(record.lastOutcome);
            query.addBindValue(record.userRequested ? 1 : 0);
            query.addBindValue(QString::fromLatin1(record.publishedFingerprint));
            query.addBindValue(record.republish ? 1 : 0);
            query.addBindValue(record.credentialsRejected ? 1 : 0);
            query.addBindValue(sqlTime(record.lastDrift));
            query.addBindValue(record.parked ? 1 : 0);
            if (!query.exec()) {
                why = query.lastError().text();
                return false;
            }
            for (const HistoryEvent &event : events) {
                if (!HistoryStore::insert(db, event, m_redactor, &why))
                    return false;
            }
            return true;
        },
        error);
    if (!stored && error)
        *error = m_redactor->redact(why.isEmpty() ? *error : why);
    return stored;
}

bool StateStore::remove(const QUuid &hostId, QString *error)
{
    return m_database->transaction(
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM host_state WHERE host_id = ?"));
            query.addBindValue(hostId.toString(QUuid::WithoutBraces));
            return query.exec();
        },
        error);
}

} // namespace Homing
