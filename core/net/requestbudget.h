#pragma once

#include <chrono>

namespace Homing {

// What one provider account may send (ProviderInfo::budget): at most `requests` in any `window`,
// at most `concurrency` at a time; a 429 stops the whole account for its Retry-After, else `pause`.
struct RequestBudget
{
    int requests = 0; // 0: no request budget
    std::chrono::seconds window {0};
    int concurrency = 0; // 0: no limit beyond the server's connections
    std::chrono::seconds pause {60};

    bool limits() const { return requests > 0 || concurrency > 0; }
};

} // namespace Homing
