#pragma once

#include "model/historyevent.h"
#include "model/host.h"
#include "model/hostrecord.h"
#include "model/hoststate.h"
#include "model/updateoutcome.h"
#include "verify/verification.h"

#include <QDateTime>
#include <QHostAddress>
#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

namespace Homing {

class Clock;
class StateStore;

// One host's state machine. It holds the host's settings and its record, and it is the only code
// that writes that record and the host's history: every step is one StateStore transaction, so the
// state and the rows that explain it commit together. It decides whether the host may call its
// provider (paused, needs you, backoff and Retry-After, least interval, forced refresh, a changed
// target) and says which state the UI shows, live states (Checking, Updating, Offline) included.
//
// Everything that changes a host comes here: a trigger of the Scheduler (poll, network change,
// wake, update now), a change of its settings or secrets, pause and resume, and the outcome of a
// provider call. An outcome is applied to the record as it is when the reply arrives, so a pause
// made while the request was in flight stays.
//
// A write that fails (a full disk, a damaged database) is a failure, never only a log line: SQLite
// keeps the last good state (the transaction is rolled back) and so does record(); the host shows
// Error with the reason, and the change that could not be stored (the record and its rows) waits
// in memory. Every later step builds on it, so what the provider was told is never sent twice,
// and retryStore() (the next pass, at storageRetryAt() or earlier) writes it all in one
// transaction once the database takes it.
class HostMachine : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int forcedRefreshDays = 25;
        int minimumIntervalSeconds = 60;
        std::function<double()> jitter; // a factor around 1 that spreads retries; empty: none
    };

    // What a pass should do with this host once the address is known.
    struct Decision
    {
        enum class Kind
        {
            Send, // call the provider
            UpToDate, // the provider has it; nothing to send
            Waiting, // the least interval between two calls has not passed
            Backoff // a retry deadline (backoff, Retry-After) has not passed
        } kind
            = Kind::Send;
        QString message;
        QDateTime dueAt;
    };

    // Why a host takes no part in a pass, or nullopt when it does.
    enum class Gate
    {
        Disabled,
        Paused,
        NeedsUser
    };

    HostMachine(const Host &host, const HostRecord &stored, StateStore *store, const Clock *clock, const Policy &policy,
                QObject *parent = nullptr);

    const Host &host() const { return m_host; }
    QUuid id() const { return m_host.id; }
    HostRecord record() const; // as stored, with the state shown (and, in Error, the reason and next try)
    HostState state() const; // what the UI shows
    // What decisions start from: the record waiting to be stored when a write failed (what the
    // provider was told), else the stored one.
    HostRecord latestRecord() const { return latest(); }
    void setPolicy(const Policy &policy) { m_policy = policy; }

    // --- storage ---
    bool storageFailed() const { return m_pending.has_value(); } // a change waits to be stored
    QString storageError() const { return m_storageError; } // for the user: translated, redacted
    QDateTime storageRetryAt() const { return m_storageRetryAt; }
    // Stores the change that could not be stored before, if any; false while it still cannot be.
    bool retryStore();

    // --- changes ---
    // New settings for the host (a save in the editor, a hand edit and reload). A host that needs
    // the user may try again; one whose target changed (provider, server, account, families, ...)
    // sends its address to the new target at the next pass, whatever was published before.
    void setHost(const Host &host);
    // A secret of the host was stored anew: it may try again and sends again, though unchanged.
    void secretsChanged(const QString &detail);
    bool pause(const QString &detail); // false: it was paused already
    bool resume(const QString &detail); // also releases a host that needs the user or waits out a backoff
    void requestNow(); // "update now": skip the least-interval wait once
    void setOffline(bool offline);
    void setChecking(bool checking);

    // --- a pass ---
    std::optional<Gate> gate() const;
    QString gateMessage() const;
    // A retry deadline (backoff, Retry-After) that has not passed, unless the user or new settings
    // asked for an attempt.
    std::optional<Decision> backoff(bool userAsked) const;
    // With the address the host should publish now: `changed` when it differs from what the provider
    // has. providerMinimum is the provider's own least interval.
    Decision decide(bool changed, int providerMinimumSeconds, bool userAsked) const;
    bool republishDue() const; // its target or a secret changed since the last success
    void upToDate(); // nothing had to be sent
    void beginUpdate(); // the call is going out (live only: the outcome is what gets stored)
    // The call waits for its account's request budget, `ahead` requests before it (-1: it went out).
    void setWaiting(int ahead);
    // The provider answered (or the call could not be made). `before` are the rows that led to the
    // call (detected, sent); they commit with the outcome. Returns the line for the user.
    QString finish(const UpdateOutcome &outcome, const QList<QHostAddress> &sent, QList<HistoryEvent> before,
                   qint64 durationMs);
    // No usable address for some or all of the host's families: a row saying why, when that is news.
    void noAddress(const QString &reason, bool partial);
    void appendRows(const QList<HistoryEvent> &events); // e.g. a disagreement this host saw

    HistoryEvent historyRow(HistoryEvent::Kind kind) const; // a row of this host at the clock's now

    // --- verification at the zone's servers (kept in memory; its outcomes are timeline rows) ---
    QList<FamilyVerification> verification() const;
    // A check of these addresses (one per family) begins: they show Checking.
    void verificationStarted(const QList<QHostAddress> &expected);
    // A check's outcome for one family. A row goes to the timeline when the outcome is new for
    // the address (not for every poll of a lagging server), or always when the user asked.
    void verificationChanged(const FamilyVerification &result, bool userAsked);

    // --- drift watch: the zone's servers answer something Homing did not publish ---
    enum class DriftResponse
    {
        Restore, // the record is sent again at the next pass (Settings::restoreOnDrift)
        Report, // only told: the user may restore it
        Fight // a second change within an hour: another client fights Homing; the host needs you
    };
    static constexpr qint64 fightWindowSeconds = 3600;
    // Whether a drift check's result shows servers whose answer changed away from what Homing
    // published: a server that answered the published address at the last check (or that Homing
    // has not heard from since it started) now answers another address or none. A server that
    // kept the same other answer (a broken secondary) is a Mismatch, already told, not news.
    bool isDrift(const FamilyVerification &result) const;
    // A row in the timeline (old: what Homing published, new: what the servers answer) and, by
    // the response, a re-publish or a stop.
    DriftResponse driftSeen(const FamilyVerification &result, bool restore);
    // "Restore": send the published address again now; also releases a host stopped by a fight.
    void restore(const QString &detail);

    // --- parking (Host::park): the name goes offline when the machine goes away ---
    // The host asks for it, takes part in passes, has something published and is not parked yet.
    bool wantsPark() const;
    void beginPark(); // the park request is going out (live: Updating)
    // The provider answered the park request (why: "sleep", "shutdown", "quit"). Success: the
    // record is parked (state Parked, a "parked" row) and the next pass restores it, one update,
    // then verification. A failure is a row in the timeline; the record stays as it was.
    QString parkFinished(const UpdateOutcome &outcome, const QString &why, qint64 durationMs);

signals:
    void recorded(const Homing::HostRecord &record, const QList<Homing::HistoryEvent> &events);
    void stateChanged(const QUuid &hostId, Homing::HostState oldState, Homing::HostState newState);
    void needsAttention(const QUuid &hostId, const QString &reason);
    void recovered(const QUuid &hostId);
    void verificationUpdated(const QUuid &hostId, const Homing::FamilyVerification &result);
    // published: what Homing published; seen: what the zone's servers answer (empty: no record).
    void driftDetected(const QUuid &hostId, Homing::AddressFamily family, const QString &published,
                       const QStringList &seen, Homing::HostMachine::DriftResponse response);

private:
    struct PendingWrite
    {
        HostRecord record;
        QList<HistoryEvent> events;
    };

    // The newest record: the one waiting to be stored, or the one stored last. Every change and
    // decision starts from it.
    const HostRecord &latest() const { return m_pending ? m_pending->record : m_record; }
    HostRecord &latest() { return m_pending ? m_pending->record : m_record; }
    bool store(HostRecord record, const QList<HistoryEvent> &events, bool endLive = false); // false: not stored
    void storeFailed(const HostRecord &record, QList<HistoryEvent> events, const QString &error);
    void setLive(std::optional<HostState> live);
    static void release(HostRecord &record);

    Host m_host;
    HostRecord m_record; // as stored last
    std::optional<PendingWrite> m_pending; // what could not be stored yet
    QString m_storageError;
    QDateTime m_storageRetryAt;
    QDateTime m_storageFailedSince;
    int m_storageFailures = 0; // consecutive, for the retry delay
    StateStore *m_store;
    const Clock *m_clock;
    Policy m_policy;
    std::optional<HostState> m_live; // Checking or Updating, never stored
    bool m_offline = false;
    bool m_troubled = false; // needed attention or failed since the last success
    // The update in flight was sent while the record was parked: its success restores the record.
    // One sent before the park leaves the record parked, whatever the reply.
    bool m_updateRestores = false;
    bool m_storedUserRequested = false; // HostRecord::userRequested as last written
    int m_waitingAhead = -1; // HostRecord::waitingAhead, live
    QString m_lastPartial; // the families missing at the last pass that published only some
    QMap<AddressFamily, FamilyVerification> m_verification;
    QMap<AddressFamily, FamilyVerification> m_verificationRow; // the outcome the timeline has last
};

} // namespace Homing
