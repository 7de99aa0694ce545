#include "fakeclock.h"

namespace Homing::Test {

FakeClock::FakeClock(const QDateTime &start)
    : m_now(start)
{
}

void FakeClock::advance(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
    m_monotonicMs += seconds * 1000;
}

} // namespace Homing::Test
