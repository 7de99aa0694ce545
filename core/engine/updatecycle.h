#pragma once

#include "address/addressmonitor.h"
#include "model/historyevent.h"
#include "model/hostrecord.h"
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
class HistoryStore;
class HttpClient;
class SecretStore;
class StateStore;

// One pass over some or all hosts: detect the public address once per family (consensus through
// the AddressMonitor), then for each host compare it with the address last published and call the
// provider only when they differ or a forced refresh is due. Hosts run in parallel: one host's
// failure or slow provider never holds up another. Each outcome is stored with its history rows in
// one transaction. A host that needs the user stays quiet until its settings change.
class UpdateCycle : public QObject
{
    Q_OBJECT
public:
    struct Dependencies
    {
        StateStore *state = nullptr;
        HistoryStore *history = nullptr;
        SecretStore *secrets = nullptr;
        HttpClient *http = nullptr;
        const Clock *clock = nullptr;
        AddressMonitor *monitor = nullptr;
        // Returns a factor in [1 - jitter, 1 + jitter] to spread retries; nullptr: no jitter.
        std::function<double()> jitter;
    };

    struct Options
    {
        QList<QUuid> hosts; // empty: every host in the config
        QSet<QUuid> userRequested; // the user asked for these now: skip the least-interval wait
        int forcedRefreshDays = 25;
        int minimumIntervalSeconds = 60;
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
            NoAddress // no usable address was detected for any of its families
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
        // 0: all up to date; 2: a host needs the user; 75: a transient failure, try later.
        int exitCode() const;
    };

    UpdateCycle(const Config &config, const Dependencies &dependencies, const Options &options,
                QObject *parent = nullptr);
    ~UpdateCycle() override;

    void start();

signals:
    void hostUpdating(const QUuid &hostId);
    void hostRecorded(const Homing::HostRecord &record, const QList<Homing::HistoryEvent> &events);
    void finished(const Homing::UpdateCycle::Summary &summary);

private:
    void detected(const Detection &detection);
    void processHost(const Host &host);
    void callProvider(const Host &host, const HostRecord &record, const struct UpdateRequest &request,
                      const QList<HistoryEvent> &detections);
    void readSecrets(const Host &host, const QStringList &fields, QHash<QString, QString> secrets,
                     const std::function<void(QHash<QString, QString>, std::optional<UpdateOutcome>)> &done);
    void finishHost(const Host &host, HostRecord record, const UpdateOutcome &outcome, const QList<QHostAddress> &sent,
                    qint64 startedMs);
    void record(const HostRecord &record, const QList<HistoryEvent> &events);
    void addResult(const Host &host, HostResult::Kind kind, const QString &message, const QDateTime &dueAt = {});
    void hostDone();

    Config m_config;
    Dependencies m_deps;
    Options m_options;
    QList<Host> m_hosts;
    Detection m_detection;
    int m_outstanding = 0;
    Summary m_summary;
};

} // namespace Homing

Q_DECLARE_METATYPE(Homing::UpdateCycle::Summary)
