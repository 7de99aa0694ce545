#pragma once

#include <chrono>

namespace Homing {

// Delay before the next attempt after `failures` consecutive transient failures:
// 5 minutes, doubling, at most 1 hour. The provider's own Retry-After wins when it is longer.
std::chrono::seconds backoffDelay(int failures, std::chrono::seconds providerAsked = std::chrono::seconds(0));

} // namespace Homing
