#include "hostsecrets.h"

#include "providers/providerregistry.h"

namespace Homing {

namespace {

void readFrom(SecretStore *store, const Host &host, QStringList fields, QHash<QString, QString> read, QObject *context,
              HostSecretsDone done)
{
    if (fields.isEmpty()) {
        done(read, std::nullopt);
        return;
    }
    const QString field = fields.takeFirst();
    // The store runs the callback only while context lives, so it may be used there.
    store->read(SecretStore::keyFor(host.id, field), context,
                [store, host, field, fields, read, context, done](const SecretResult &result) mutable {
                    if (result.ok()) {
                        read.insert(field, result.value);
                    } else {
                        const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
                        const FieldInfo *fieldInfo = info ? info->field(field) : nullptr;
                        const bool optional
                            = result.status == SecretResult::Status::NotFound && fieldInfo && !fieldInfo->required;
                        if (!optional) {
                            done({}, HostSecretFailure {field, result});
                            return;
                        }
                    }
                    readFrom(store, host, fields, read, context, done);
                });
}

} // namespace

void readHostSecrets(SecretStore *store, const Host &host, QObject *context, HostSecretsDone done)
{
    const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
    readFrom(store, host, info ? info->secretFields() : QStringList(), {}, context, std::move(done));
}

} // namespace Homing
