#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <unistd.h>

namespace Homing {

namespace {
QString socketIn(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("homing.sock"));
}
} // namespace

Paths Paths::standard()
{
    Paths paths;
    paths.configDir
        = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/homing");
    paths.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/homing");
    paths.configFile = paths.configDir + QStringLiteral("/config.json");
    paths.databaseFile = paths.dataDir + QStringLiteral("/homing.sqlite");
    paths.secretsFile = paths.dataDir + QStringLiteral("/secrets.json");
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath() + QStringLiteral("/homing-") + QString::number(getuid());
    paths.controlSocket = runtime + QStringLiteral("/homing.sock");
    return paths;
}

Paths Paths::inDirectory(const QString &dir)
{
    const QString absolute = QDir(dir).absolutePath();
    Paths paths;
    paths.configDir = absolute;
    paths.dataDir = absolute;
    paths.configFile = absolute + QStringLiteral("/config.json");
    paths.databaseFile = absolute + QStringLiteral("/homing.sqlite");
    paths.secretsFile = absolute + QStringLiteral("/secrets.json");
    paths.controlSocket = socketIn(absolute);
    return paths;
}

bool Paths::ensureDirectories(QString *error) const
{
    for (const QString &dir : {configDir, dataDir}) {
        if (QDir(dir).exists())
            continue;
        if (!QDir().mkpath(dir)) {
            *error = QCoreApplication::translate("Homing::Paths", "Cannot create the directory %1").arg(dir);
            return false;
        }
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return true;
}

} // namespace Homing
