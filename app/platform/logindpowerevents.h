#pragma once

#include "engine/powerevents.h"

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>

namespace Homing {

// PowerEvents from systemd-logind on the system bus: a delay lock
// (Manager.Inhibit("sleep:shutdown", "Homing", why, "delay")) held as an open file descriptor,
// and the signals PrepareForSleep(bool) and PrepareForShutdown(bool). Closing the descriptor lets
// the machine go. DBUS_SYSTEM_BUS_ADDRESS points it at another bus (the tests' fake logind).
//
// Without a system bus or logind (a container, another init) nothing is heard: names are parked
// only when the program quits.
class LogindPowerEvents final : public PowerEvents
{
    Q_OBJECT
public:
    explicit LogindPowerEvents(QObject *parent = nullptr);
    explicit LogindPowerEvents(const QDBusConnection &bus, QObject *parent = nullptr);

    bool isAvailable() const { return m_available; } // the signals are connected
    void hold() override;
    void release() override;
    bool isHolding() const override { return m_lock.isValid() || m_asking; }

private slots:
    void prepareForSleep(bool start);
    void prepareForShutdown(bool start);

private:
    QDBusConnection m_bus;
    QDBusUnixFileDescriptor m_lock;
    bool m_available = false;
    bool m_asking = false; // an Inhibit call is out
    bool m_wanted = false; // hold() was called and release() not since
};

} // namespace Homing
