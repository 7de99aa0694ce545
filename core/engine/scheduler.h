#pragma once

#include "address/addressmonitor.h"
#include "model/historyevent.h"
#include "model/hostrecord.h"
#include "model/hoststate.h"

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
class Runtime;
class UpdateCycle;

// Decides when each host is checked and updated, from the injected Clock:
// - a poll at the configured interval (300 s, or 60 s with a DNS echo source), with jitter;
// - at once after a network change, a wake from sleep, coming back online, or "update now";
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
    void reloadConfig(); // after Runtime::saveConfig or reloadConfig

    HostRecord record(const QUuid &hostId) const; // as stored, with the live state
    HostState state(const QUuid &hostId) const;
    QDateTime nextCheck(const QUuid &hostId) const;
    std::optional<QHostAddress> publicAddress(AddressFamily family) const;
    QStringList agreeingSources(AddressFamily family) const;
    const Detection &lastDetection() const { return m_lastDetection; }
    bool isOnline() const { return m_online; }
    bool isBusy() const { return !m_cycle.isNull(); }
    int pollIntervalSeconds() const;

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
    void publicAddressChanged(Homing::AddressFamily family, const QHostAddress &oldAddress,
                              const QHostAddress &newAddress, const QStringList &sources,
                              const QList<QUuid> &hostsFollowing);
    void disagreementDetected(Homing::AddressFamily family, const QString &detail);
    void hostNeedsAttention(const QUuid &hostId, const QString &reason);
    void hostRecovered(const QUuid &hostId);
    void busyChanged(bool busy);
    void onlineChanged(bool online);
    void cycleFinished();

private:
    void buildMonitor();
    void request(const QList<QUuid> &hosts, const QString &reason); // empty list: all hosts
    void startCycle();
    void cycleDone();
    void recorded(const HostRecord &record, const QList<HistoryEvent> &events);
    void setTransient(const QUuid &hostId, std::optional<HostState> state);
    void changeRecord(const QUuid &hostId, const std::function<void(HostRecord &)> &change, HistoryEvent::Kind kind,
                      const QString &detail);
    QList<QUuid> hostIds() const;
    QList<QUuid> activeHostsWanting(AddressFamily family) const;
    double jitterFactor() const;
    void armTimer();
    void pruneHistory(); // drops rows older than the retention setting, at most once a day

    Runtime *m_runtime;
    Options m_options;
    AddressMonitor *m_monitor = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    QHash<QUuid, HostRecord> m_records;
    QHash<QUuid, HostState> m_transient; // Checking, Updating, Offline: live only, never stored
    QHash<QUuid, QDateTime> m_hostDue;
    QDateTime m_pollDue;
    bool m_pendingAll = false;
    QSet<QUuid> m_pendingHosts;
    QSet<QUuid> m_userRequested;
    QSet<QUuid> m_troubled; // needed attention or failed since the last success
    bool m_cycleIsAll = false;
    QPointer<UpdateCycle> m_cycle;
    Detection m_lastDetection;
    bool m_online = true;
    QDateTime m_lastPrune;
    bool m_started = false;
    QTimer m_timer;
};

} // namespace Homing
