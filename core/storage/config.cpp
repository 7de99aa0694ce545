#include "config.h"

namespace Homing {

const Host *Config::host(const QUuid &id) const
{
    for (const Host &candidate : hosts) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

Host *Config::host(const QUuid &id)
{
    for (Host &candidate : hosts) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const Host *Config::find(const QString &nameOrId) const
{
    QString ace;
    QString ignored;
    Host::normalizeName(nameOrId, &ace, &ignored);
    for (const Host &candidate : hosts) {
        if (candidate.id.toString(QUuid::WithoutBraces) == nameOrId || (!ace.isEmpty() && candidate.name == ace))
            return &candidate;
    }
    return nullptr;
}

QString secretBackendName(Settings::SecretBackend backend)
{
    return backend == Settings::SecretBackend::File ? QStringLiteral("file") : QStringLiteral("keychain");
}

} // namespace Homing
