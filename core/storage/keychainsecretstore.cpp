#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace Homing {

namespace {

SecretResult resultOf(QKeychain::Job *job)
{
    SecretResult result;
    const QString text = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
        result.status = SecretResult::Status::NoBackend;
        break;
    default:
        if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            result.status = SecretResult::Status::Locked;
        else if (text.contains(QLatin1String("Timeout"), Qt::CaseInsensitive))
            result.status = SecretResult::Status::TimedOut;
        else if (text.contains(QLatin1String("not provided by any .service"))
                 || text.contains(QLatin1String("autolaunch"), Qt::CaseInsensitive)
                 || text.contains(QLatin1String("Could not connect"), Qt::CaseInsensitive)
                 || text.contains(QLatin1String("Unknown error")) || text.contains(QLatin1String("D-Bus"))
                 || text.contains(QLatin1String("collection/login")))
            result.status = SecretResult::Status::NoBackend;
        else
            result.status = SecretResult::Status::Failed;
        break;
    }
    result.message = KeychainSecretStore::explain(result.status, text);
    return result;
}

template<typename JobType>
JobType *prepare(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(Redactor *redactor, const QString &service, QObject *parent)
    : SecretStore(redactor, parent)
    , m_service(service)
{
}

QString KeychainSecretStore::explain(SecretResult::Status status, const QString &detail)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return {};
    case SecretResult::Status::NotFound:
        return tr("No secret is stored for this entry in the keychain (a locked keychain can also look like this).");
    case SecretResult::Status::NoBackend:
        return tr("The system keychain (Secret Service) is not available (%1). Start one, such as gnome-keyring or "
                  "KWallet, or on a machine without a desktop set \"secretStore\": \"file\" in the config.")
            .arg(detail);
    case SecretResult::Status::Locked:
        return tr("The keychain is locked (%1). Unlock it, for example by logging in to the desktop, and try again.")
            .arg(detail);
    case SecretResult::Status::AccessDenied:
        return tr("The keychain refused access (%1). Allow Homing when the keychain asks, and try again.").arg(detail);
    case SecretResult::Status::TimedOut:
        return tr("The keychain did not answer in time (%1).").arg(detail);
    case SecretResult::Status::Failed:
        break;
    }
    return tr("The keychain reported an error: %1").arg(detail);
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain (Secret Service), service \"%1\"").arg(m_service);
}

void KeychainSecretStore::startRead(const QString &key, Completion done)
{
    auto *job = prepare<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        SecretResult result = resultOf(finished);
        if (result.ok())
            result.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        done(result);
    });
    job->start();
}

void KeychainSecretStore::startWrite(const QString &key, const QString &value, Completion done)
{
    auto *job = prepare<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) { done(resultOf(finished)); });
    job->start();
}

void KeychainSecretStore::startRemove(const QString &key, Completion done)
{
    auto *job = prepare<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        SecretResult result = resultOf(finished);
        if (result.status == SecretResult::Status::NotFound)
            result = SecretResult {SecretResult::Status::Ok, {}, {}}; // already gone
        done(result);
    });
    job->start();
}

} // namespace Homing
