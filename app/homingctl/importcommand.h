#pragma once

#include <QStringList>

class QCoreApplication;

namespace Homing {

class HomingService;

struct ImportCommandOptions
{
    QString format; // empty: detect
    QString peerVersion;
    bool dryRun = false;
    bool json = false;
    bool updateExisting = false;
    bool keepHttp = false;
};

// homingctl import FILE: prints the preview (text or JSON) and, unless it is a dry run, applies it.
// Exit status: 0 everything imported, 1 some, 2 nothing, 64 usage, 74 secret store or config failure.
int importCommand(HomingService *service, QCoreApplication &app, const QStringList &args,
                  const ImportCommandOptions &options);

} // namespace Homing
