#pragma once

#include "model/hostrecord.h"
#include "storage/config.h"

#include <QString>

namespace Homing {

class Runtime;
class SecretStore;

// Where an applied import goes: the config, the secret store and the hosts' remembered state.
// One small interface so that the applier does not care whether it writes through the Runtime
// (as now) or through an application service.
class ImportTarget
{
public:
    virtual ~ImportTarget() = default;
    virtual const Config &config() const = 0;
    virtual bool saveConfig(const Config &config, QString *error) = 0;
    virtual SecretStore *secrets() const = 0;
    // Stores what the old client last published, so the first run sends nothing needless.
    virtual bool seedState(const HostRecord &record, QString *error) = 0;
};

// The ImportTarget of a Homing program: its Runtime's config file, secret store and state store.
class RuntimeImportTarget final : public ImportTarget
{
public:
    explicit RuntimeImportTarget(Runtime *runtime);

    const Config &config() const override;
    bool saveConfig(const Config &config, QString *error) override;
    SecretStore *secrets() const override;
    bool seedState(const HostRecord &record, QString *error) override;

private:
    Runtime *m_runtime;
};

} // namespace Homing
