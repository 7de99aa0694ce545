#pragma once

#include "clock.h"
#include "storage/config.h"
#include "storage/database.h"
#include "storage/historystore.h"
#include "storage/paths.h"
#include "storage/statestore.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Homing {

class HttpClient;
class Redactor;
class SecretStore;

// The objects every Homing program builds from its config directory: config, state and history,
// the secret store the config chooses, and the network client. Built once in main() and passed on.
class Runtime : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        None,
        Config, // the config file is damaged or unreadable: report and leave it
        Storage // the state database or a directory cannot be opened
    };

    explicit Runtime(Redactor *redactor, QObject *parent = nullptr);
    ~Runtime() override;

    // Loads the config and opens the stores. On failure, error says what and where.
    Failure open(const Paths &paths, QString *error);
    bool saveConfig(const Config &config, QString *error);
    // Reads the config file again (after an edit by hand or by another program).
    bool reloadConfig(QString *error);

    const Paths &paths() const { return m_paths; }
    const Config &config() const { return m_config; }
    bool configExisted() const { return m_configExisted; }
    Redactor *redactor() const { return m_redactor; }
    const Clock *clock() const { return m_clockOverride ? m_clockOverride : &m_clock; }
    // Tests move time themselves.
    void setClock(const Clock *clock); // also the clock of the HTTP client's request budgets
    StateStore *state() { return m_state.get(); }
    HistoryStore *history() { return m_history.get(); }
    const Database *database() const { return &m_database; }
    SecretStore *secrets() const { return m_secrets; }
    HttpClient *http() const { return m_http; }
    QNetworkAccessManager *network() const { return m_network; }

    // Replaces the secret store (tests, or a UI that switches backends).
    void setSecretStore(SecretStore *store);

private:
    Redactor *m_redactor;
    Paths m_paths;
    Config m_config;
    bool m_configExisted = false;
    SystemClock m_clock;
    const Clock *m_clockOverride = nullptr;
    Database m_database;
    std::unique_ptr<StateStore> m_state;
    std::unique_ptr<HistoryStore> m_history;
    SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    HttpClient *m_http = nullptr;
};

} // namespace Homing
