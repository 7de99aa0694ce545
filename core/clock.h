#pragma once

#include <QDateTime>

namespace Homing {

// Everything that schedules reads time from here, so tests can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const = 0; // wall clock, UTC
    virtual qint64 monotonicMs() const = 0; // never jumps; compared with now() to notice sleep
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 monotonicMs() const override;
};

} // namespace Homing
