#pragma once

#include "address/sourceconfig.h"
#include "model/host.h"

#include <QList>
#include <QString>

namespace Homing {

// Application-wide settings. Every key has a default; a config file names only what it changes.
struct Settings
{
    enum class SecretBackend
    {
        Keychain, // the OS keychain (Secret Service); the default
        File // opt-in, for machines without a Secret Service: a 0600 file beside the state
    };

    int pollIntervalSeconds = 300;
    SecretBackend secretBackend = SecretBackend::Keychain;
    int historyRetentionDays = 365;
    int quorum = 2; // sources that must agree before a changed address is published (when 2+ are enabled)
    // Verification at the zone's authoritative servers after each update (core/verify/).
    bool verify = true;
    // Where iterative resolution starts: empty means the built-in root servers; a split-horizon
    // network (and every test) names its own.
    QStringList rootHints;
    int verifyLagSeconds = 0; // how long servers may lag behind an update; 0: the provider's own value
    // Drift watch: how often the zone's servers are asked whether the record still holds what
    // Homing published (0: never), and whether a record changed behind Homing's back is sent again.
    int driftCheckSeconds = 300;
    bool restoreOnDrift = true;

    bool operator==(const Settings &other) const = default;
};

struct Config
{
    static constexpr int currentSchema = 1;

    int schema = currentSchema;
    Settings settings;
    QList<SourceConfig> sources = SourceConfig::defaults();
    QList<Host> hosts;

    const Host *host(const QUuid &id) const;
    Host *host(const QUuid &id);
    // A host by its id or its name as a person types it (Unicode or ACE, any case).
    const Host *find(const QString &nameOrId) const;

    bool operator==(const Config &other) const = default;
};

QString secretBackendName(Settings::SecretBackend backend);

} // namespace Homing
