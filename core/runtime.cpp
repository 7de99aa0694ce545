#include "runtime.h"

#include "logging.h"
#include "net/httpclient.h"
#include "providers/providercache.h"
#include "storage/configstore.h"
#include "storage/filesecretstore.h"
#include "storage/keychainsecretstore.h"

#include <QNetworkAccessManager>

namespace Homing {

Runtime::Runtime(Redactor *redactor, QObject *parent)
    : QObject(parent)
    , m_redactor(redactor)
{
    m_network = new QNetworkAccessManager(this);
    m_network->setAutoDeleteReplies(false);
    m_http = new HttpClient(m_network, m_redactor, this);
    m_http->setClock(clock());
}

Runtime::~Runtime() = default;

Runtime::Failure Runtime::open(const Paths &paths, QString *error)
{
    m_paths = paths;
    if (!paths.ensureDirectories(error))
        return Failure::Storage;
    const ConfigStore::LoadResult loaded = ConfigStore(paths.configFile).load();
    if (!loaded.ok) {
        *error = loaded.error;
        return Failure::Config;
    }
    m_config = loaded.config;
    m_configExisted = loaded.existed;
    if (!m_database.open(paths.databaseFile, error))
        return Failure::Storage;
    m_state = std::make_unique<StateStore>(&m_database, m_redactor);
    m_history = std::make_unique<HistoryStore>(&m_database, m_redactor);
    QString cacheError;
    if (!m_http->providerCache()->attach(paths.providerCacheFile, &cacheError))
        qCWarning(lcStorage).noquote() << cacheError << "- the providers' zones and records are looked up again";

    if (m_config.settings.secretBackend == Settings::SecretBackend::File)
        setSecretStore(new FileSecretStore(paths.secretsFile, m_redactor, this));
    else
        setSecretStore(new KeychainSecretStore(m_redactor, QStringLiteral("homing"), this));
    qCInfo(lcSecrets).noquote() << "secrets are kept in" << m_secrets->description();
    return Failure::None;
}

bool Runtime::saveConfig(const Config &config, QString *error)
{
    if (!ConfigStore(m_paths.configFile).save(config, error))
        return false;
    m_config = config;
    m_configExisted = true;
    return true;
}

bool Runtime::reloadConfig(QString *error)
{
    const ConfigStore::LoadResult loaded = ConfigStore(m_paths.configFile).load();
    if (!loaded.ok) {
        *error = loaded.error;
        return false;
    }
    m_config = loaded.config;
    m_configExisted = loaded.existed;
    return true;
}

void Runtime::setSecretStore(SecretStore *store)
{
    if (m_secrets && m_secrets->parent() == this)
        m_secrets->deleteLater();
    m_secrets = store;
}

void Runtime::setClock(const Clock *clock)
{
    m_clockOverride = clock;
    if (m_http)
        m_http->setClock(this->clock());
}

} // namespace Homing
