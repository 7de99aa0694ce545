#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Homing {

// One row of a host's timeline. detail is redacted before it is built.
struct HistoryEvent
{
    enum class Kind
    {
        Detected,
        Sent,
        Result,
        Verified,
        Mismatch,
        Error,
        Paused,
        Resumed,
        Disagreement,
        Parked // the record was taken offline because the machine went away (Host::park)
    };

    qint64 id = 0; // assigned by HistoryStore
    QDateTime time;
    QUuid hostId; // null for events about the public address itself
    Kind kind = Kind::Detected;
    QString oldAddress;
    QString newAddress;
    QString source;
    QString outcome; // outcomeKindName() for Result rows
    QString detail;
    qint64 durationMs = -1;
    QDateTime retryAt; // with a retry-later outcome: when Homing tries again
};

QString historyKindName(HistoryEvent::Kind kind);
bool historyKindFromName(const QString &name, HistoryEvent::Kind *kind);

} // namespace Homing
