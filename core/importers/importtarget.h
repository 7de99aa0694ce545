#pragma once

#include "model/hostrecord.h"
#include "storage/config.h"

#include <QString>
#include <QUuid>

namespace Homing {

class SecretStore;

// Where an applied import goes: the config, the secret store and the hosts' remembered state.
// The application service (service/homingservice.h) is the one of a Homing program; the applier
// does not need to know more than this.
class ImportTarget
{
public:
    virtual ~ImportTarget() = default;
    virtual const Config &config() const = 0;
    virtual bool saveConfig(const Config &config, QString *error) = 0;
    virtual SecretStore *secrets() const = 0;
    // Stores what the old client last published for a new host, so its first run sends nothing
    // needless; unseed takes that back when the import fails after all.
    virtual bool seedState(const HostRecord &record, QString *error) = 0;
    virtual void unseed(const QUuid &hostId) = 0;
};

} // namespace Homing
