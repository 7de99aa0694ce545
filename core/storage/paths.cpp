#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace Homing {

namespace {
struct PathsText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Paths)
};

QString socketIn(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("homing.sock"));
}

// Checked with lstat, so a symbolic link (which another user could point anywhere) is refused as
// such. forbidden: the permission bits no one but the owner may have.
bool checkDirectory(const QString &dir, mode_t forbidden, QString *error)
{
    struct stat info;
    if (::lstat(QFile::encodeName(dir).constData(), &info) != 0) {
        *error
            = PathsText::tr("Cannot use the directory %1: %2").arg(dir, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (S_ISLNK(info.st_mode)) {
        *error = PathsText::tr("%1 is a symbolic link, not a directory; Homing does not put its control socket there. "
                               "Remove it, or set XDG_RUNTIME_DIR.")
                     .arg(dir);
        return false;
    }
    if (!S_ISDIR(info.st_mode)) {
        *error = PathsText::tr("%1 is not a directory; Homing does not put its control socket there. "
                               "Remove it, or set XDG_RUNTIME_DIR.")
                     .arg(dir);
        return false;
    }
    if (info.st_uid != ::geteuid()) {
        *error = PathsText::tr("%1 belongs to another user (uid %2), who could replace Homing's control socket; "
                               "Homing does not use it. Remove it (as root if need be), or set XDG_RUNTIME_DIR.")
                     .arg(dir)
                     .arg(info.st_uid);
        return false;
    }
    if ((info.st_mode & forbidden) != 0) {
        *error = PathsText::tr("%1 is open to other users (mode %2), who could replace Homing's control socket; "
                               "Homing does not use it. Make it mode 0700 (chmod 700 %1).")
                     .arg(dir)
                     .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
        return false;
    }
    return true;
}

// XDG_RUNTIME_DIR if it is set to an absolute path of a directory that is this user's alone.
QString validXdgRuntimeDir()
{
    const QString dir = QFile::decodeName(qgetenv("XDG_RUNTIME_DIR"));
    if (dir.isEmpty() || !QDir::isAbsolutePath(dir))
        return {};
    ::mkdir(QFile::encodeName(dir).constData(), 0700); // as QStandardPaths does when it is missing
    QString why;
    return checkDirectory(dir, 077, &why) ? QDir::cleanPath(dir) : QString();
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
    paths.providerCacheFile = paths.dataDir + QStringLiteral("/provider-cache.json");
    paths.secretsFile = paths.dataDir + QStringLiteral("/secrets.json");
    paths.runtimeDir = validXdgRuntimeDir();
    if (paths.runtimeDir.isEmpty())
        paths.runtimeDir = QDir::tempPath() + QStringLiteral("/homing-") + QString::number(::geteuid());
    paths.controlSocket = socketIn(paths.runtimeDir);
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
    paths.providerCacheFile = absolute + QStringLiteral("/provider-cache.json");
    paths.secretsFile = absolute + QStringLiteral("/secrets.json");
    paths.controlSocket = socketIn(absolute);
    paths.runtimeDir = absolute;
    paths.privateRuntimeDir = false; // the user's own choice; it need only be closed to writers
    return paths;
}

bool Paths::ensureRuntimeDirectory(QString *error) const
{
    // mkdir, not mkpath: the parent (e.g. /tmp) is not Homing's to create, and an existing
    // directory is checked below rather than trusted.
    if (::mkdir(QFile::encodeName(runtimeDir).constData(), 0700) != 0 && errno != EEXIST) {
        *error = PathsText::tr("Cannot create the directory %1: %2")
                     .arg(runtimeDir, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return checkRuntimeDirectory(error);
}

bool Paths::checkRuntimeDirectory(QString *error) const
{
    return checkDirectory(runtimeDir, privateRuntimeDir ? 077 : 022, error);
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
