#pragma once

#include <QString>

namespace Homing {

// Where Homing keeps its files. By default the XDG locations; with --config-dir DIR everything
// (config, state and history, the opt-in secrets file, the control socket) lives under DIR.
struct Paths
{
    QString configDir;
    QString dataDir;
    QString configFile; // config.json
    QString databaseFile; // homing.sqlite: state and history
    QString secretsFile; // secrets.json, only with the opt-in file secret store
    QString controlSocket;

    static Paths standard();
    static Paths inDirectory(const QString &dir);

    // Creates the directories (mode 0700) if they are missing.
    bool ensureDirectories(QString *error) const;
};

} // namespace Homing
