#pragma once

#include <QString>

namespace Homing {

enum class HostState
{
    Idle,
    Checking,
    Updating,
    Verifying,
    UpToDate,
    Propagating,
    RetryScheduled,
    NeedsAttention,
    Paused,
    Offline,
    Parked, // the machine went away and the name is offline (Host::park) until it is back
    Error // the host's state could not be stored (disk full, damaged database): shown live, retried
};

QString hostStateName(HostState state); // stable identifier, e.g. "needs-attention"
bool hostStateFromName(const QString &name, HostState *state);

} // namespace Homing
