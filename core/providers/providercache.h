#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Homing {

// What provider clients learned about their accounts that is not a secret and is costly to ask
// again: zone ids, record ids, "no zone has this name". Keyed by ProviderInfo::budgetAccount()
// (a hash that carries no credential) and a key of the provider's choosing. The clients of one
// HttpClient share it, so the hosts of one account ask once.
//
// Once attached to a file, it starts from what the file holds and writes every change back to it a
// moment later (and at detach()): a restart does not look everything up again. An entry older than
// maxAge() is dropped when the file is read, so an answer learned once is asked again now and then.
// A provider forgets an account's entries when the provider says the account changed (403/404).
class ProviderCache : public QObject
{
    Q_OBJECT
public:
    explicit ProviderCache(QObject *parent = nullptr);
    ~ProviderCache() override;

    // The entry, or a null string when nothing is known; an empty (non-null) string is an answer.
    QString value(const QByteArray &account, const QString &key) const;
    bool contains(const QByteArray &account, const QString &key) const;
    void insert(const QByteArray &account, const QString &key, const QString &value);
    void remove(const QByteArray &account, const QString &key);
    // Everything known about the account.
    void forget(const QByteArray &account);
    int size() const;

    // Reads path (missing or damaged: nothing known, the next write replaces it) and keeps it up to
    // date from now on; false with *error when it cannot be read. Writing is private to the user.
    bool attach(const QString &path, QString *error = nullptr);
    // Writes what changed since the last write, now. False with *error when the file cannot be written.
    bool flush(QString *error = nullptr);
    void detach();
    QString path() const { return m_path; }

    static constexpr qint64 maxAge() { return 7 * 24 * 3600; } // seconds

private:
    struct Entry
    {
        QString value;
        qint64 learned = 0; // seconds since the epoch
    };
    void changed();

    QHash<QByteArray, QHash<QString, Entry>> m_accounts;
    QString m_path;
    QTimer m_writeTimer;
    bool m_dirty = false;
};

} // namespace Homing
