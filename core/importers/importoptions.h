#pragma once

#include "importpreview.h"

#include <QHash>
#include <QString>

namespace Homing {

// What an import is told besides the file itself.
struct ImportOptions
{
    ImportFormat format = ImportFormat::Unknown; // Unknown: detect
    QString peerVersion; // ddclient "3" or "4", inadyn "1" or "2"; empty: detect
    QHash<QString, QString> environment; // for ddclient *_env, inadyn ${VAR}, ddns-updater CONFIG
    QString home; // for "~"; empty: the user's home
    // Prefix for the peers' absolute paths (cache files, includes at /etc/...): "" for the real
    // file system, a scratch directory in tests.
    QString rootDir;
    bool keepHttp = false; // keep plain http:// endpoints instead of upgrading them to https://

    QString resolve(const QString &absolutePath) const; // rootDir + path for an absolute path
};

} // namespace Homing
