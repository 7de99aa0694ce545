#pragma once

#include <QObject>

namespace Homing {

// What the engine hears of this machine going away (sleep, shutdown) and coming back. The
// programs inject an implementation from the platform layer (app/platform: logind's delay lock on
// Linux), so homing_core needs no D-Bus; tests inject a fake.
//
// While the lock is held the system waits before it sleeps or shuts down (logind: at most
// InhibitDelayMaxSec, 5 s by default): the time Homing has to take the names offline.
class PowerEvents : public QObject
{
    Q_OBJECT
public:
    enum class Leaving
    {
        Sleep,
        Shutdown
    };
    Q_ENUM(Leaving)

    using QObject::QObject;

    // Takes the delay lock, or takes it again after a resume; nothing happens while it is held.
    virtual void hold() = 0;
    // Lets the machine go: the names are parked, or there is nothing to park.
    virtual void release() = 0;
    virtual bool isHolding() const = 0;

signals:
    // The machine is about to sleep or shut down (logind's PrepareForSleep(true) or
    // PrepareForShutdown(true)); it waits while the lock is held.
    void leaving(Homing::PowerEvents::Leaving why);
    void back(); // resumed from sleep (PrepareForSleep(false))
};

} // namespace Homing
