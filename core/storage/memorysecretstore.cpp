#include "memorysecretstore.h"

namespace Homing {

MemorySecretStore::MemorySecretStore(Redactor *redactor, QObject *parent)
    : SecretStore(redactor, parent)
{
}

QString MemorySecretStore::description() const
{
    return tr("memory only (nothing is kept after Homing quits)");
}

bool MemorySecretStore::intercept(const Completion &done) const
{
    if (m_stalled)
        return true;
    if (m_failure) {
        done(SecretResult {*m_failure, {}, tr("simulated failure")});
        return true;
    }
    return false;
}

void MemorySecretStore::startRead(const QString &key, Completion done)
{
    if (intercept(done))
        return;
    if (!m_entries.contains(key))
        done(SecretResult {SecretResult::Status::NotFound, {}, tr("No secret is stored for this entry.")});
    else
        done(SecretResult {SecretResult::Status::Ok, m_entries.value(key), {}});
}

void MemorySecretStore::startWrite(const QString &key, const QString &value, Completion done)
{
    if (intercept(done))
        return;
    m_entries.insert(key, value);
    done(SecretResult {SecretResult::Status::Ok, {}, {}});
}

void MemorySecretStore::startRemove(const QString &key, Completion done)
{
    if (intercept(done))
        return;
    m_entries.remove(key);
    done(SecretResult {SecretResult::Status::Ok, {}, {}});
}

} // namespace Homing
