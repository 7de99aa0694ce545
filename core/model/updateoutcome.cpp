#include "updateoutcome.h"

namespace Homing {

UpdateOutcome UpdateOutcome::updated(const QList<QHostAddress> &addresses, const QString &reason)
{
    UpdateOutcome outcome;
    outcome.kind = Kind::Updated;
    outcome.addresses = addresses;
    outcome.reason = reason;
    return outcome;
}

UpdateOutcome UpdateOutcome::unchanged(const QList<QHostAddress> &addresses, const QString &reason)
{
    UpdateOutcome outcome;
    outcome.kind = Kind::Unchanged;
    outcome.addresses = addresses;
    outcome.reason = reason;
    return outcome;
}

UpdateOutcome UpdateOutcome::retryLater(const QString &reason, std::chrono::seconds after)
{
    UpdateOutcome outcome;
    outcome.kind = Kind::RetryLater;
    outcome.reason = reason;
    outcome.retryAfter = after;
    return outcome;
}

UpdateOutcome UpdateOutcome::needsUser(const QString &reason, const QString &fix)
{
    UpdateOutcome outcome;
    outcome.kind = Kind::NeedsUser;
    outcome.reason = reason;
    outcome.fix = fix;
    return outcome;
}

UpdateOutcome UpdateOutcome::credentialsRefused(const QString &reason, const QString &fix)
{
    UpdateOutcome outcome = needsUser(reason, fix);
    outcome.credentialsRejected = true;
    return outcome;
}

QString outcomeKindName(UpdateOutcome::Kind kind)
{
    switch (kind) {
    case UpdateOutcome::Kind::Updated:
        return QStringLiteral("updated");
    case UpdateOutcome::Kind::Unchanged:
        return QStringLiteral("unchanged");
    case UpdateOutcome::Kind::RetryLater:
        return QStringLiteral("retry-later");
    case UpdateOutcome::Kind::NeedsUser:
        return QStringLiteral("needs-user");
    }
    return {};
}

} // namespace Homing
