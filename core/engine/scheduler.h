#pragma once

#include "address/addressmonitor.h"
#include "hostmachine.h"
#include "model/historyevent.h"
#include "model/hostrecord.h"
#include "model/hoststate.h"
#include "powerevents.h"
#include "updatecycle.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace Homing {

class ChangeWatcher;
class Parker;
class Runtime;
class Verifier;

// The dispatcher of triggers. Each host has a HostMachine (hostmachine.h) that owns its record and
// history and decides what is due; the Scheduler turns triggers into passes (UpdateCycle) over
// those machines and arms the timer for the next due time, from the injected Clock:
// - a poll at the configured interval (300 s, or 60 s with a DNS echo source), with jitter;
// - at once after a network change, a wake from sleep, coming back online, or "update now";
// - polls and retry deadlines are routine checks: where an address is already agreed, the
//   AddressMonitor asks one cheap source per family and the quorum only if that one does not
//   confirm it (AddressMonitor::Check). Every other trigger, and a pass that any other trigger
//   joins, asks every source;
// - a host that failed transiently waits out its backoff (5 min doubling to 1 h, jittered;
//   Retry-After and 911-style waits win); one that needs the user stays quiet until its settings
//   change or the user resumes it; records are re-sent every 25 days though unchanged.
// Offline: nothing is sent; one check when the network is back. State that matters lives in the
// StateStore, so a restart keeps published addresses, backoff deadlines and pauses.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        double jitter = 0.1; // ±10 % on polls and retries
        bool watchChanges = true; // netlink, reachability and wake detection
        bool autoTick = true; // arm a timer for the next due time (tests call tick() instead)
        int forcedRefreshDays = 25;
        int minimumIntervalSeconds = 60;
    };

    explicit Scheduler(Runtime *runtime, QObject *parent = nullptr);
    Scheduler(Runtime *runtime, const Options &options, QObject *parent = nullptr);
    ~Scheduler() override;

    void start();
    void updateNow(const QUuid &hostId = {}); // null: all hosts
    void pause(const QUuid &hostId = {});
    void resume(const QUuid &hostId = {});
    bool allPaused() const;
    void reloadConfig(); // the HomingService saved or reloaded the config
    // A secret of the host was stored anew (host editor, homingctl secret set): a host that needs
    // the user tries again, and one that is up to date sends its record again.
    void secretsChanged(const QUuid &hostId, const QString &detail);
    // One pass over every host, as `homingd --once` does it: the same machines and the same
    // published addresses as the agent. Emits passFinished.
    void runOnce();
    const UpdateCycle::Summary &lastSummary() const { return m_lastSummary; }
    HostMachine *machine(const QUuid &hostId) const { return m_machines.value(hostId); }

    HostRecord record(const QUuid &hostId) const; // as stored, with the live state
    HostState state(const QUuid &hostId) const;
    QDateTime nextCheck(const QUuid &hostId) const;
    std::optional<QHostAddress> publicAddress(AddressFamily family) const;
    // One detection outside a pass (a credentials test that needs the current address).
    void detect(const QList<AddressFamily> &families, QObject *context, std::function<void(const Detection &)> done);
    QStringList agreeingSources(AddressFamily family) const;
    const Detection &lastDetection() const { return m_lastDetection; }
    bool isOnline() const { return m_online; }
    bool isBusy() const { return !m_cycle.isNull(); }
    int pollIntervalSeconds() const;

    // --- verification at the zone's own servers (core/verify/) ---
    // Runs after each update the provider accepted (Settings::verify); this asks each server once
    // now, for the addresses published, and records the outcome in the host's timeline.
    // false (and *error): nothing is published for the host yet, or no such host.
    bool verifyNow(const QUuid &hostId, QObject *context, std::function<void(const QList<FamilyVerification> &)> done,
                   QString *error);
    QList<FamilyVerification> verification(const QUuid &hostId) const;
    bool isVerifying(const QUuid &hostId) const;
    // The drift watch (Settings::driftCheckSeconds): asks the zone's servers, once each, for every
    // host that is up to date and whose detected address is what it published. A changed answer is
    // a drift (HostMachine::driftSeen). tick() runs it when due; tests may call it.
    void checkDrift();
    // "Restore" after a drift: send the published address again now (releasing a host stopped by a fight).
    void restore(const QUuid &hostId);

    // --- parking (Host::park): the name goes offline when this machine goes away ---
    // The platform's notice of sleep and shutdown (not owned; it outlives the Scheduler). While
    // some host parks, the Scheduler holds its delay lock. On leaving it parks those hosts and lets
    // the machine go after the replies, or after parkDeadline at worst; back from sleep, it
    // restores them: one update each, then verification.
    void setPowerEvents(PowerEvents *events);
    // Parks every host that asks for it now (the program quits after done). Nothing is checked or
    // sent after it until the machine is back or the program starts again.
    void parkAll(const QString &why, std::function<void(int parked)> done);
    bool isAway() const { return m_away; }
    Parker *parker() const { return m_parker; }
    // logind waits 5 s by default (InhibitDelayMaxSec); the lock goes a second before that.
    static constexpr std::chrono::milliseconds parkDeadline {4000};

    // Does whatever is due at the clock's now; the timer calls it, tests call it after moving time.
    void tick();
    QDateTime nextWakeup() const;
    // The network went away or came back (the ChangeWatcher reports this; tests may call it).
    void setOnline(bool online);
    // A change that may have moved the public address: check all hosts now.
    void networkChanged(const QString &reason);

signals:
    void hostStateChanged(const QUuid &hostId, Homing::HostState oldState, Homing::HostState newState);
    void hostRecordChanged(const Homing::HostRecord &record);
    void historyAppended(const QList<Homing::HistoryEvent> &events);
    // After the pass that saw it: hostsFollowing are the hosts whose providers now have the new
    // address (they answered with success), never those that failed.
    void publicAddressChanged(Homing::AddressFamily family, const QHostAddress &oldAddress,
                              const QHostAddress &newAddress, const QStringList &sources,
                              const QList<QUuid> &hostsFollowing);
    void disagreementDetected(Homing::AddressFamily family, const QString &detail);
    void hostNeedsAttention(const QUuid &hostId, const QString &reason);
    void hostRecovered(const QUuid &hostId);
    void hostVerificationChanged(const QUuid &hostId, const Homing::FamilyVerification &result);
    void hostDrifted(const QUuid &hostId, Homing::AddressFamily family, const QString &published,
                     const QStringList &seen, Homing::HostMachine::DriftResponse response);
    void busyChanged(bool busy);
    void onlineChanged(bool online);
    // A pass found the public addresses: publicAddress() and agreeingSources() say what it found,
    // before its hosts are updated (which can wait minutes for a provider's rate limit).
    void addressesDetected();
    void cycleFinished();
    void passFinished(const Homing::UpdateCycle::Summary &summary);
    // The park requests of a leave (sleep, shutdown, quit) are answered, or the deadline passed.
    void parkingFinished(int parked);

private:
    void buildMonitor();
    void syncMachines();
    HostMachine::Policy policy() const;
    // Empty list: all hosts. routine: a timer's check (poll, retry due), which a steady state answers
    // from one cheap source; any other request makes the next pass a full detection.
    void request(const QList<QUuid> &hosts, const QString &reason, bool routine = false);
    void startCycle();
    void cycleDone(const UpdateCycle::Summary &summary);
    QList<QUuid> hostIds() const;
    QList<QUuid> machinesFor(const QUuid &hostId) const; // null: all
    double jitterFactor() const;
    void armTimer();
    void pruneHistory(); // drops rows older than the retention setting, at most once a day
    void configureVerifier();
    void startVerification(const QUuid &hostId, const QList<QHostAddress> &addresses);
    int expectedLagSeconds(const Host &host) const;
    bool driftWatchOn() const;
    void armDriftWatch(bool restart);
    void leaving(PowerEvents::Leaving why);
    void cameBack();
    void followParking(); // holds the delay lock while some host parks, else lets it go

    struct AddressChange
    {
        AddressFamily family;
        QHostAddress oldAddress;
        QHostAddress newAddress;
        QStringList sources;
    };

    Runtime *m_runtime;
    Options m_options;
    AddressMonitor *m_monitor = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    Verifier *m_verifier = nullptr;
    Parker *m_parker = nullptr;
    QPointer<PowerEvents> m_power;
    bool m_away = false; // parked for sleep, shutdown or quit: no passes, no checks
    QHash<QUuid, HostMachine *> m_machines;
    QHash<QUuid, QDateTime> m_hostDue;
    QDateTime m_pollDue;
    QDateTime m_driftDue; // the next drift check; invalid when the watch is off
    int m_driftInterval = 0; // the interval m_driftDue was armed with
    bool m_pendingAll = false;
    bool m_pendingFull = false; // some request waiting for the next pass is an event, not a timer's check
    QSet<QUuid> m_pendingHosts;
    QSet<QUuid> m_userRequested;
    bool m_cycleIsAll = false;
    QPointer<UpdateCycle> m_cycle;
    Detection m_lastDetection;
    UpdateCycle::Summary m_lastSummary;
    QList<AddressChange> m_addressChanges; // told once the hosts' providers answered
    bool m_online = true;
    bool m_once = false;
    QDateTime m_lastPrune;
    bool m_started = false;
    QTimer m_timer;
};

} // namespace Homing
