#pragma once

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

class QSocketNotifier;

namespace Homing::Test {

// A stand-in for systemd-logind on a private bus of its own (a dbus-daemon the test starts in a
// scratch directory and stops by PID): org.freedesktop.login1 at /org/freedesktop/login1 with the
// Manager's Inhibit() and the signals PrepareForSleep and PrepareForShutdown. A program pointed at
// address() through DBUS_SYSTEM_BUS_ADDRESS takes its delay locks here. A lock is the write end of
// a pipe: when the program closes its copy, the read end sees the end, as logind would.
class FakeLogind : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    struct Lock
    {
        QString what, who, why, mode;
        bool released = false;
        qint64 releasedAtMs = -1; // on clock(), since it was made
    };

    FakeLogind();
    ~FakeLogind() override;

    bool start(QString *error);
    QString address() const { return m_address; }

    QList<Lock> locks() const { return m_locks; }
    int heldLocks() const; // delay locks not released yet
    // Emits PrepareForSleep(going) or PrepareForShutdown(true), and restarts clock().
    void prepareForSleep(bool going);
    void prepareForShutdown();
    const QElapsedTimer &clock() const { return m_clock; }

public slots:
    QDBusUnixFileDescriptor Inhibit(const QString &what, const QString &who, const QString &why, const QString &mode);

signals:
    void released(int index); // the program let lock `index` go

private:
    void emitSignal(const QString &name, bool value);

    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QDBusConnection m_bus {QString()};
    QList<Lock> m_locks;
    QElapsedTimer m_clock;
};

} // namespace Homing::Test
