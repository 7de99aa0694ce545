#pragma once

#include "model/historyevent.h"
#include "model/observation.h"
#include "model/updateoutcome.h"
#include "storage/config.h"
#include "storage/hostrecord.h"

#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Homing {

class AddressSource;
class Clock;
class HttpClient;
class Provider;
class SecretStore;
class StateStore;

// One full pass: detect the public address once per family, then for each host compare it with
// the address last published and call the provider only when they differ (or a forced refresh is
// due). Each outcome is stored with its history rows in one transaction. One host's failure never
// stops another. Hosts that need the user stay quiet until their settings change.
class UpdateCycle : public QObject
{
    Q_OBJECT
public:
    struct Dependencies
    {
        StateStore *state = nullptr;
        SecretStore *secrets = nullptr;
        HttpClient *http = nullptr;
        const Clock *clock = nullptr;
    };

    struct HostResult
    {
        QUuid hostId;
        QString name;
        enum class Kind
        {
            Updated,
            Unchanged, // the provider already had it, or nothing had to be sent
            Skipped, // paused, disabled, or waiting out a backoff or the least interval
            RetryLater,
            NeedsUser,
            NoAddress // no usable address was detected for any of its families
        } kind
            = Kind::Skipped;
        QString message;
    };

    struct Summary
    {
        QList<HostResult> hosts;
        int count(HostResult::Kind kind) const;
        // 0: all up to date; 2: a host needs the user; 75: a transient failure, try later.
        int exitCode() const;
    };

    UpdateCycle(const Config &config, const Dependencies &dependencies, QObject *parent = nullptr);
    ~UpdateCycle() override;

    void start();

signals:
    void finished(const Homing::UpdateCycle::Summary &summary);

private:
    struct Detection
    {
        std::optional<Observation> observation;
        QString error;
    };

    void detectNext();
    void processNextHost();
    void readSecrets(const Host &host, const QStringList &fields, QHash<QString, QString> secrets,
                     const std::function<void(QHash<QString, QString>, std::optional<UpdateOutcome>)> &done);
    void finishHost(const Host &host, HostRecord record, const UpdateOutcome &outcome, const QList<QHostAddress> &sent,
                    qint64 startedMs);
    void record(const HostRecord &record, const QList<HistoryEvent> &events);
    void addResult(const Host &host, HostResult::Kind kind, const QString &message);

    Config m_config;
    Dependencies m_deps;
    QList<AddressSource *> m_sources;
    QList<AddressFamily> m_familiesToDetect;
    int m_sourceIndex = 0;
    QStringList m_detectionErrors;
    QMap<AddressFamily, Detection> m_detected;
    QList<Host> m_pending;
    Summary m_summary;
};

} // namespace Homing

Q_DECLARE_METATYPE(Homing::UpdateCycle::Summary)
