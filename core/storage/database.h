#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Homing {

// The SQLite file that holds state and history (WAL journal, owner-only permissions).
// Each Database has its own connection; use it from the thread that opened it.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QSqlDatabase handle() const;

    // Runs work inside one transaction; commits if it returns true, rolls back otherwise.
    bool transaction(const std::function<bool(QSqlDatabase &)> &work, QString *error);
    // Transactions committed since the database was opened: each one is a write to disk (WAL,
    // synchronous), so tests count them per outcome.
    qint64 commits() const { return m_commits; }

private:
    bool migrate(QString *error);

    QString m_connectionName;
    qint64 m_commits = 0;
};

} // namespace Homing
