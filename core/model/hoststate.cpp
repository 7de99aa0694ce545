#include "hoststate.h"

#include <array>
#include <utility>

namespace Homing {

namespace {
constexpr std::array<std::pair<HostState, const char *>, 12> kNames = {{
    {HostState::Idle, "idle"},
    {HostState::Checking, "checking"},
    {HostState::Updating, "updating"},
    {HostState::Verifying, "verifying"},
    {HostState::UpToDate, "up-to-date"},
    {HostState::Propagating, "propagating"},
    {HostState::RetryScheduled, "retry-scheduled"},
    {HostState::NeedsAttention, "needs-attention"},
    {HostState::Paused, "paused"},
    {HostState::Offline, "offline"},
    {HostState::Parked, "parked"},
    {HostState::Error, "error"},
}};
} // namespace

QString hostStateName(HostState state)
{
    for (const auto &[value, name] : kNames) {
        if (value == state)
            return QLatin1String(name);
    }
    return QStringLiteral("idle");
}

bool hostStateFromName(const QString &name, HostState *state)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text)) {
            *state = value;
            return true;
        }
    }
    return false;
}

} // namespace Homing
