#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <chrono>
#include <functional>

namespace Homing {

class Redactor;

struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound, // nothing stored under the key (with a locked keyring this can also show up; see Locked)
        NoBackend, // no Secret Service on this session bus, or no session bus at all
        Locked, // the keyring is locked and could not be unlocked
        AccessDenied, // the user or the service refused
        TimedOut, // the backend did not answer in time
        Failed // anything else; message says what
    };

    Status status = Status::Failed;
    QString value; // with Ok after a read
    QString message; // for people; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

QString secretStatusName(SecretResult::Status status);

// Asynchronous access to secrets. Every read/write/remove ends exactly once: its callback runs
// later from the event loop (never inside the call), on success, on failure and after the timeout
// alike, unless the context object is gone by then. Every secret read or written is registered with
// the Redactor so it can never reach a log line or a history row.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(Redactor *redactor, QObject *parent = nullptr);
    ~SecretStore() override;

    virtual QString backendName() const = 0; // "keychain", "file", "memory"
    virtual QString description() const = 0; // for the log and the UI: where secrets live

    void read(const QString &key, QObject *context, Callback callback);
    void write(const QString &key, const QString &value, QObject *context, Callback callback);
    void remove(const QString &key, QObject *context, Callback callback);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // "homing/<host id>/<field>"
    static QString keyFor(const QUuid &hostId, const QString &field);

protected:
    using Completion = std::function<void(SecretResult)>;
    // Implementations call done exactly once or not at all (the timeout covers the second case);
    // calling it again, or after the timeout, is harmless.
    virtual void startRead(const QString &key, Completion done) = 0;
    virtual void startWrite(const QString &key, const QString &value, Completion done) = 0;
    virtual void startRemove(const QString &key, Completion done) = 0;

private:
    Completion makeCompletion(const char *operation, const QString &key, QObject *context, Callback callback,
                              const QString &written);

    Redactor *m_redactor;
    std::chrono::milliseconds m_timeout {15000};
};

} // namespace Homing
