#pragma once

#include <QString>

namespace Homing {

class Runtime;

// A plain-text report for bug reports: versions, platform, settings, sources and the state of
// each host. Everything passes through the Redactor; no secret is read to build it.
QString buildDiagnostics(Runtime *runtime, const QString &desktopSummary);

} // namespace Homing
