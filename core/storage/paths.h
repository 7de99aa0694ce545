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
    QString providerCacheFile; // provider-cache.json: zone and record ids the providers told (no secrets)
    QString secretsFile; // secrets.json, only with the opt-in file secret store
    QString controlSocket;
    // The directory holding controlSocket: XDG_RUNTIME_DIR when it is valid, else a per-user
    // directory in the temporary directory; with --config-dir the config directory.
    QString runtimeDir;
    bool privateRuntimeDir = true; // runtimeDir must be mode 0700 (false: only not writable by others)

    static Paths standard();
    static Paths inDirectory(const QString &dir);

    // Creates the directories (mode 0700) if they are missing.
    bool ensureDirectories(QString *error) const;
    // Creates runtimeDir (mode 0700) if it is missing, then checks with lstat that it is a real
    // directory (no symlink) owned by this user and open to no one else. False, with a message that
    // says what is wrong, when someone else could have planted it or what is inside.
    bool ensureRuntimeDirectory(QString *error) const;
    // The same check without creating anything (for clients such as homingctl).
    bool checkRuntimeDirectory(QString *error) const;
};

} // namespace Homing
