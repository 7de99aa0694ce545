#pragma once

#include "model/host.h"
#include "storage/secretstore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace Homing {

// Why a host's secrets could not be read: the field, and what the store answered.
struct HostSecretFailure
{
    QString field;
    SecretResult result;
};

// Reads the secret fields the host's provider needs, one after the other, from store. A field
// that was never stored is left out where the provider marks it optional. done runs once, later,
// unless context is destroyed first: with the secrets, or with the first failure.
using HostSecretsDone
    = std::function<void(const QHash<QString, QString> &secrets, const std::optional<HostSecretFailure> &failure)>;
void readHostSecrets(SecretStore *store, const Host &host, QObject *context, HostSecretsDone done);

} // namespace Homing
