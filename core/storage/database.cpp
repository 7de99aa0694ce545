#include "database.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Homing {

namespace {

constexpr int kSchemaVersion = 5;

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("homing-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        *error = QCoreApplication::translate("Homing::Database",
                                             "The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite)");
        return false;
    }
    const bool existed = QFile::exists(path);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QCoreApplication::translate("Homing::Database", "Cannot open %1: %2").arg(path, db.lastError().text());
        return false;
    }
    if (!existed)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QString why;
    if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &why)
        || !exec(db, QStringLiteral("PRAGMA synchronous=FULL"), &why)
        || !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &why) || !migrate(&why)) {
        *error = QCoreApplication::translate("Homing::Database", "Cannot prepare %1: %2").arg(path, why);
        db.close();
        return false;
    }
    qCDebug(lcStorage) << "opened" << path;
    return true;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && handle().isOpen();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = handle();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion) {
        *error = QCoreApplication::translate(
                     "Homing::Database", "the database was written by a newer Homing (schema %1; this one knows %2)")
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return true;
    return transaction(
        [version](QSqlDatabase &db) {
            QString ignored;
            QStringList statements = {
                QStringLiteral("CREATE TABLE IF NOT EXISTS host_state ("
                               " host_id TEXT PRIMARY KEY,"
                               " state TEXT NOT NULL,"
                               " published_ipv4 TEXT, published_ipv6 TEXT,"
                               " last_change INTEGER, last_attempt INTEGER, last_success INTEGER,"
                               " next_attempt INTEGER, failure_count INTEGER NOT NULL DEFAULT 0,"
                               " blocked_fingerprint TEXT, attention_reason TEXT,"
                               " paused INTEGER NOT NULL DEFAULT 0, last_outcome TEXT,"
                               " user_requested INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE TABLE IF NOT EXISTS history ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " time INTEGER NOT NULL, host_id TEXT, kind TEXT NOT NULL,"
                               " old_address TEXT, new_address TEXT, source TEXT, outcome TEXT,"
                               " detail TEXT, duration_ms INTEGER)"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS history_host_time ON history(host_id, time)"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS history_time ON history(time)"),
            };
            // 2: what the provider last accepted was sent with which settings, and whether a new
            // secret or setting asks for it to be sent again.
            if (version < 2)
                statements << QStringLiteral("ALTER TABLE host_state ADD COLUMN published_fingerprint TEXT")
                           << QStringLiteral("ALTER TABLE host_state ADD COLUMN republish INTEGER NOT NULL DEFAULT 0");
            // 3: whether the provider refused the secret itself (the window offers to enter it
            // again), and when a host whose call failed tries again (the timeline says so).
            if (version < 3)
                statements << QStringLiteral("ALTER TABLE host_state ADD COLUMN credentials_rejected INTEGER NOT NULL "
                                             "DEFAULT 0")
                           << QStringLiteral("ALTER TABLE history ADD COLUMN retry_at INTEGER");
            // 4: when the zone's servers last answered something Homing had not published (a
            // second time within the hour means another client is fighting Homing).
            if (version < 4)
                statements << QStringLiteral("ALTER TABLE host_state ADD COLUMN last_drift INTEGER");
            // 5: the record is parked (the machine went away); the next pass restores it.
            if (version < 5)
                statements << QStringLiteral("ALTER TABLE host_state ADD COLUMN parked INTEGER NOT NULL DEFAULT 0");
            statements << QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion);
            for (const QString &statement : statements) {
                if (!exec(db, statement, &ignored))
                    return false;
            }
            return true;
        },
        error);
}

bool Database::transaction(const std::function<bool(QSqlDatabase &)> &work, QString *error)
{
    QSqlDatabase db = handle();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!work(db)) {
        const QString why = db.lastError().text();
        db.rollback();
        *error = why.isEmpty() ? QCoreApplication::translate("Homing::Database", "the change was rolled back") : why;
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    ++m_commits;
    return true;
}

} // namespace Homing
