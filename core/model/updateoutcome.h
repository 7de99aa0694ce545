#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <chrono>

namespace Homing {

// What one provider call achieved. requestSummary and reply are already redacted and safe to show,
// log and store.
struct UpdateOutcome
{
    enum class Kind
    {
        Updated, // the provider now holds the address(es)
        Unchanged, // the provider already held them
        RetryLater, // a transient failure: try again after retryAfter
        NeedsUser // the user must act (credentials, host name, account): send nothing until then
    };

    Kind kind = Kind::RetryLater;
    QList<QHostAddress> addresses;
    std::chrono::seconds retryAfter {0}; // with RetryLater: the least wait the provider asked for, 0 if none
    QString reason; // one sentence a person understands
    QString fix; // with NeedsUser: what to change
    QString requestSummary;
    // At least one request left the machine (false when every one was held back before sending: a
    // paused account, a URL the policy refuses, an answer given without asking).
    bool requestSent = false;
    QString reply;
    int httpStatus = 0;
    // With NeedsUser: the provider refused the password, token or key itself (not the name or the
    // account's rights), so the fix the window offers is to enter it again.
    bool credentialsRejected = false;

    bool succeeded() const { return kind == Kind::Updated || kind == Kind::Unchanged; }

    static UpdateOutcome updated(const QList<QHostAddress> &addresses, const QString &reason = {});
    static UpdateOutcome unchanged(const QList<QHostAddress> &addresses, const QString &reason = {});
    static UpdateOutcome retryLater(const QString &reason, std::chrono::seconds after = std::chrono::seconds(0));
    static UpdateOutcome needsUser(const QString &reason, const QString &fix);
    static UpdateOutcome credentialsRefused(const QString &reason, const QString &fix);
};

QString outcomeKindName(UpdateOutcome::Kind kind);

} // namespace Homing
