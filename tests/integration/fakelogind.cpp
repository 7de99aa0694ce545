#include "fakelogind.h"

#include <QDBusMessage>
#include <QFile>
#include <QSocketNotifier>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

namespace Homing::Test {

FakeLogind::FakeLogind()
{
    m_clock.start();
}

FakeLogind::~FakeLogind()
{
    if (m_bus.isConnected())
        QDBusConnection::disconnectFromBus(m_bus.name());
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
    }
}

bool FakeLogind::start(QString *error)
{
    const QString socket = m_dir.filePath(QStringLiteral("system_bus_socket"));
    QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
    if (!config.open(QIODevice::WriteOnly)) {
        *error = config.errorString();
        return false;
    }
    // Anyone on this private bus may own any name and call anything: it exists for one test.
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>system</type><listen>unix:path="
                 + socket.toUtf8()
                 + "</listen><auth>EXTERNAL</auth>"
                   "<policy context=\"default\"><allow user=\"*\"/><allow own=\"*\"/>"
                   "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/></policy>"
                   "</busconfig>\n");
    config.close();
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                    QStringLiteral("--nopidfile")});
    if (!m_daemon.waitForStarted(5000)) {
        *error = QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
        return false;
    }
    m_address = QStringLiteral("unix:path=") + socket;
    if (!QTest::qWaitFor([&] { return QFile::exists(socket); }, 10000)) {
        *error = QStringLiteral("dbus-daemon made no socket");
        return false;
    }
    m_bus = QDBusConnection::connectToBus(m_address, QStringLiteral("fake-logind"));
    if (!m_bus.isConnected()) {
        *error = m_bus.lastError().message();
        return false;
    }
    if (!m_bus.registerObject(QStringLiteral("/org/freedesktop/login1"), this, QDBusConnection::ExportAllSlots)
        || !m_bus.registerService(QStringLiteral("org.freedesktop.login1"))) {
        *error = m_bus.lastError().message();
        return false;
    }
    return true;
}

QDBusUnixFileDescriptor FakeLogind::Inhibit(const QString &what, const QString &who, const QString &why,
                                            const QString &mode)
{
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return {};
    const int index = static_cast<int>(m_locks.size());
    m_locks.append(Lock {what, who, why, mode});
    auto *notifier = new QSocketNotifier(ends[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier, index, readEnd = ends[0]] {
        char byte;
        if (::read(readEnd, &byte, 1) > 0)
            return; // nothing is written to a lock; only its end counts
        notifier->setEnabled(false);
        notifier->deleteLater();
        ::close(readEnd);
        m_locks[index].released = true;
        m_locks[index].releasedAtMs = m_clock.elapsed();
        emit released(index);
    });
    QDBusUnixFileDescriptor lock(ends[1]); // a copy goes out with the reply
    ::close(ends[1]);
    return lock;
}

int FakeLogind::heldLocks() const
{
    return static_cast<int>(std::count_if(m_locks.begin(), m_locks.end(), [](const Lock &lock) {
        return !lock.released && lock.mode == QLatin1String("delay");
    }));
}

void FakeLogind::emitSignal(const QString &name, bool value)
{
    QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/login1"),
                                                     QStringLiteral("org.freedesktop.login1.Manager"), name);
    signal << value;
    m_clock.restart();
    m_bus.send(signal);
}

void FakeLogind::prepareForSleep(bool going)
{
    emitSignal(QStringLiteral("PrepareForSleep"), going);
}

void FakeLogind::prepareForShutdown()
{
    emitSignal(QStringLiteral("PrepareForShutdown"), true);
}

} // namespace Homing::Test
