#pragma once

#include "model/hoststate.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace Homing {

// What Homing remembers about a host between runs.
struct HostRecord
{
    QUuid hostId;
    HostState state = HostState::Idle;
    QString publishedIpv4; // the address the provider last accepted, empty if none
    QString publishedIpv6;
    QDateTime lastChange; // when the provider last accepted a new address
    QDateTime lastAttempt; // the last provider call, whatever its outcome
    QDateTime lastSuccess; // the last call that ended Updated or Unchanged
    QDateTime nextAttempt; // with RetryScheduled: no provider call before this
    int failureCount = 0; // consecutive transient failures, for backoff
    QByteArray blockedFingerprint; // with NeedsAttention: Host::fingerprint() when it stopped
    QString attentionReason;
    bool paused = false;
    bool userRequested
        = false; // the user asked for an attempt (update now, resume, new settings): skip the least-interval wait once
    QString lastOutcome; // outcomeKindName()
    // Host::fingerprint() of the settings the provider last accepted; empty when not known (stored
    // before Homing remembered it). A different one means the user moved the host to a new target.
    QByteArray publishedFingerprint;
    bool republish = false; // a secret changed since the last success: send again though unchanged
    bool credentialsRejected = false; // with NeedsAttention: the provider refused the secret itself
    // When the zone's servers last answered something Homing had not published, while the detected
    // address was unchanged (the drift watch); invalid when never or since the user resumed.
    QDateTime lastDrift;
    // The record is parked (Host::park): the machine went away and the provider took the name
    // offline. The next pass restores it, whatever was published before.
    bool parked = false;
    // Live, never stored: with Updating, the call waits for its provider account's request budget
    // with this many requests ahead of it; -1 when it does not wait.
    int waitingAhead = -1;

    bool operator==(const HostRecord &other) const = default;
};

} // namespace Homing
Q_DECLARE_METATYPE(Homing::HostRecord)
