#pragma once

#include "model/historyevent.h"
#include "model/host.h"
#include "model/hostrecord.h"
#include "verify/verification.h"

#include <QJsonObject>

namespace Homing {

// The JSON shapes the control socket and homingctl --json share.
// verification: the latest check at the zone's servers, per family ("verification": {"ipv4": ...}).
QJsonObject hostStatusJson(const Host &host, const HostRecord &record, const QDateTime &nextCheck,
                           const QList<FamilyVerification> &verification = {});
QJsonObject verificationJson(const QList<FamilyVerification> &verification);
QJsonObject historyEventJson(const HistoryEvent &event, const QString &hostName);
// The host a history row is about, for people: its name, the id of a host no longer configured, or
// "(public address)" for a row about the address itself (rows from before they were kept per host).
QString historyHostName(const HistoryEvent &event, const Host *host);

} // namespace Homing
