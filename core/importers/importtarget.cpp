#include "importtarget.h"

#include "runtime.h"

namespace Homing {

RuntimeImportTarget::RuntimeImportTarget(Runtime *runtime)
    : m_runtime(runtime)
{
}

const Config &RuntimeImportTarget::config() const
{
    return m_runtime->config();
}

bool RuntimeImportTarget::saveConfig(const Config &config, QString *error)
{
    return m_runtime->saveConfig(config, error);
}

SecretStore *RuntimeImportTarget::secrets() const
{
    return m_runtime->secrets();
}

bool RuntimeImportTarget::seedState(const HostRecord &record, QString *error)
{
    return m_runtime->state()->record(record, {}, error);
}

} // namespace Homing
