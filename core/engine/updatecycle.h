#pragma once

#include "address/addressmonitor.h"
#include "model/historyevent.h"
#include "model/observation.h"
#include "model/updateoutcome.h"
#include "storage/config.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace Homing {

class Clock;
class HostMachine;
class HttpClient;
class SecretStore;

// One pass over some or all hosts: detect the public address once per family (consensus through
// the AddressMonitor), then for each host work out what it should publish (its address source and
// IPv6 policy applied) and let its HostMachine decide whether to call the provider: only when the
// address differs from what was published, its target or a secret changed, or a forced refresh is
// due. Hosts run in parallel: one host's failure or slow provider never holds up another. The pass
// writes nothing itself: each host's machine stores the outcome with its history rows in one
// transaction. A machine that could not store its state tries again first; while it cannot, the
// host's result is StorageFailed, whatever the provider said.
class UpdateCycle : public QObject
{
    Q_OBJECT
public:
    struct Dependencies
    {
        // The machine of a host in the config (the Scheduler owns them); nullptr: not known.
        std::function<HostMachine *(const QUuid &)> machine;
        SecretStore *secrets = nullptr;
        HttpClient *http = nullptr;
        const Clock *clock = nullptr;
        AddressMonitor *monitor = nullptr;
    };

    struct Options
    {
        QList<QUuid> hosts; // empty: every host in the config
        QSet<QUuid> userRequested; // the user asked for these now: skip the least-interval wait
        bool routine = false; // a timer's check, not an event: AddressMonitor::Check::routine
    };

    struct HostResult
    {
        QUuid hostId;
        QString name;
        enum class Kind
        {
            Updated,
            Unchanged, // the provider already had it, or nothing had to be sent
            Skipped, // paused or disabled
            Waiting, // not before dueAt (least interval between calls)
            RetryLater, // a transient failure, or waiting out a backoff
            NeedsUser,
            NoAddress, // no usable address was detected for any of its families
            Partial, // published, but a family it wants had no usable address
            StorageFailed // its state could not be stored; the last good one is kept, retried at dueAt
        } kind
            = Kind::Skipped;
        QString message;
        QDateTime dueAt; // with Waiting and RetryLater: when the host may call its provider again
    };

    struct Summary
    {
        QList<HostResult> hosts;
        Detection detection;
        int count(HostResult::Kind kind) const;
        // 0: all up to date; 2: a host needs the user; 75: a transient failure or a family without
        // an address, try later; 74 (first): a host's state could not be stored.
        int exitCode() const;
    };

    UpdateCycle(const Config &config, const Dependencies &dependencies, const Options &options,
                QObject *parent = nullptr);
    ~UpdateCycle() override;

    void start();

signals:
    void finished(const Homing::UpdateCycle::Summary &summary);
    // The pass's detection is done (the monitor holds what it found); its hosts come next, and may
    // wait for a provider's budget long after.
    void addressesDetected(const Homing::Detection &detection);
    // The provider accepted these addresses for the host (updated, or it had them already).
    void providerAccepted(const QUuid &hostId, const QList<QHostAddress> &addresses);

private:
    void detected(const Detection &detection);
    void processHost(const Host &host);
    void callProvider(HostMachine *machine, const struct UpdateRequest &request, const QList<HistoryEvent> &detections,
                      const QString &missing);
    std::optional<Observation> addressFor(const Host &host, AddressFamily family, QString *why) const;
    // The host's own IPv6 policy (stable or temporary) applied where an interface source gave the
    // address.
    std::optional<Observation> withHostPolicy(const Host &host, Observation observation, const QStringList &sources,
                                              QString *why) const;
    // The host's secrets (readHostSecrets), or the outcome that explains why they could not be read.
    void readSecrets(const Host &host,
                     const std::function<void(QHash<QString, QString>, std::optional<UpdateOutcome>)> &done);
    void finishHost(const QUuid &hostId, const UpdateOutcome &outcome, const QList<QHostAddress> &sent,
                    QList<HistoryEvent> before, qint64 startedMs, const QString &missing = {});
    void addResult(const Host &host, HostResult::Kind kind, const QString &message, const QDateTime &dueAt = {});
    void hostDone();

    Config m_config;
    Dependencies m_deps;
    Options m_options;
    QList<QUuid> m_hosts;
    Detection m_detection;
    int m_outstanding = 0;
    Summary m_summary;
};

} // namespace Homing

Q_DECLARE_METATYPE(Homing::UpdateCycle::Summary)
