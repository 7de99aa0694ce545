#pragma once

#include <QString>
#include <QStringList>

namespace Homing {

struct Paths;

// homingctl commands that talk to a running homing or homingd over the control socket:
// status, update, pause, resume, reload (and hosts/history when one is running).
// Returns the exit status, or -1 when no instance is running and the caller may answer itself.
int runControlCommand(const Paths &paths, const QString &command, const QStringList &args, bool json, int limit,
                      bool requireRunning);

} // namespace Homing
