#pragma once

#include "address/addresssource.h"
#include "engine/scheduler.h"
#include "importers/importtarget.h"
#include "model/historyevent.h"
#include "model/host.h"
#include "model/updateoutcome.h"
#include "providers/provider.h"
#include "providers/providerinfo.h"
#include "storage/secretstore.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

namespace Homing {

class Runtime;
struct SecretStep;

// The application service: every change a user can make goes through here, from the tray app's
// windows, the control socket, homingctl and homingd --once alike. It owns the Scheduler (and so
// the hosts' state machines) of the program that made it, writes the config through the Runtime,
// the secrets through the SecretStore, and tells the engine; after every change of the config it
// emits configChanged, which every view follows. Nothing else writes the config or a host's state.
//
// A program that only reads or changes things once (homingctl) makes one too; its Scheduler is not
// started, so nothing is sent from there.
class HomingService : public QObject, public ImportTarget
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = true;
        QString error; // with !ok: what went wrong, redacted, for people
        std::optional<SecretResult> secretFailure; // when the secret store failed (the UI explains it)
    };
    using Done = std::function<void(const Result &)>;

    HomingService(Runtime *runtime, const Scheduler::Options &options, QObject *parent = nullptr);
    ~HomingService() override;

    Runtime *runtime() const { return m_runtime; }
    Scheduler *scheduler() const { return m_scheduler; }
    const Config &config() const override;

    void start(); // the agent and the tray app: react to changes, polls and retries
    void runOnce(); // homingd --once: one pass, Scheduler::passFinished tells the end

    // --- hosts ---
    // Writes the typed secrets (and removes those of a provider the host left), then the host into
    // the config; on any failure nothing is saved. New secrets release a host that needs the user,
    // and a changed target or secret sends the address again.
    void saveHost(const Host &host, const QHash<QString, QString> &secrets, QObject *context, Done done);
    // Its secrets first, then its config entry and its state. The DNS record is left as it is.
    void removeHost(const QUuid &hostId, QObject *context, Done done);
    // One secret field of a host, stored anew or removed (homingctl secret set/delete).
    void storeSecret(const QUuid &hostId, const QString &field, const QString &value, QObject *context, Done done);
    void removeSecret(const QUuid &hostId, const QString &field, QObject *context, Done done);
    // Another program stored a secret of this host (homingctl told the agent): as if stored here.
    void secretsChanged(const QUuid &hostId, const QString &detail);
    // Asks the provider whether these settings would work, sending nothing that changes DNS.
    // typed: secrets the user typed now; the others are read from the store.
    // done(result, outcome): with !result.ok a secret could not be read and nothing was sent.
    // The request draws on the account's budget like the engine's own: while it waits for it,
    // waiting(ahead) says how many requests of the account go first.
    using TestDone = std::function<void(const Result &, const UpdateOutcome &)>;
    using TestWaiting = std::function<void(int ahead)>;
    void testCredentials(const Host &host, const QHash<QString, QString> &typed, QObject *context, TestDone done,
                         TestWaiting waiting = {});

    // --- address sources ---
    // Asks one source, as given (saved or not), once for each family it can report, through the
    // classes the engine builds from the config. done runs once, later, unless context is destroyed
    // first; answers are in family order (IPv4 first), their errors redacted. With !result.ok the
    // source is not valid as the config file would read it (result.error says why) and nothing was asked.
    struct SourceAnswer
    {
        AddressFamily family = AddressFamily::IPv4;
        SourceResult result;
    };
    using SourceTestDone = std::function<void(const Result &, const QList<SourceAnswer> &)>;
    void testSource(const SourceConfig &source, QObject *context, SourceTestDone done);

    // --- the whole config ---
    // Settings and sources (the settings dialog). Hosts are taken as they are in the config now.
    bool saveSettings(const Config &config, QString *error);
    // Reads the config file again (after an edit by hand).
    bool reload(QString *error);

    // --- the engine ---
    void updateNow(const QUuid &hostId = {});
    // After a change behind Homing's back: send the published address again now.
    void restore(const QUuid &hostId);
    // Asks the zone's servers now for the host's published addresses (Scheduler::verifyNow); the
    // outcome goes to the host's timeline. false and *error: nothing to check.
    bool verifyNow(const QUuid &hostId, QObject *context, std::function<void(const QList<FamilyVerification> &)> done,
                   QString *error);
    void pause(const QUuid &hostId = {});
    void resume(const QUuid &hostId = {});
    QList<HistoryEvent> history(const QUuid &hostId, int limit) const;

    // --- ImportTarget (an applied import) ---
    bool saveConfig(const Config &config, QString *error) override;
    SecretStore *secrets() const override;
    bool seedState(const HostRecord &record, QString *error) override;
    void unseed(const QUuid &hostId) override;

signals:
    void configChanged();

private:
    bool commitConfig(const Config &config, QString *error);
    void secretFailed(const Done &done, const SecretResult &failure) const;
    void secretStep(const QUuid &hostId, const SecretStep &step, QObject *context, Done done);
    UpdateRequest testRequest(const Host &host, const ProviderInfo &info, const QHash<QString, QString> &secrets) const;

    Runtime *m_runtime;
    Scheduler *m_scheduler;
};

} // namespace Homing
