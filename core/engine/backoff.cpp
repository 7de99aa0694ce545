#include "backoff.h"

#include <algorithm>

namespace Homing {

std::chrono::seconds backoffDelay(int failures, std::chrono::seconds providerAsked)
{
    using namespace std::chrono_literals;
    constexpr std::chrono::seconds first = 5min;
    constexpr std::chrono::seconds ceiling = 1h;
    std::chrono::seconds delay = first;
    for (int i = 1; i < failures && delay < ceiling; ++i)
        delay *= 2;
    return std::max(std::min(delay, ceiling), providerAsked);
}

} // namespace Homing
