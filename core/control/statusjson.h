#pragma once

#include "model/historyevent.h"
#include "model/host.h"
#include "model/hostrecord.h"

#include <QJsonObject>

namespace Homing {

// The JSON shapes the control socket and homingctl --json share.
QJsonObject hostStatusJson(const Host &host, const HostRecord &record, const QDateTime &nextCheck);
QJsonObject historyEventJson(const HistoryEvent &event, const QString &hostName);
// The host a history row is about, for people: its name, the id of a host no longer configured, or
// "(public address)" for a row about the address itself (rows from before they were kept per host).
QString historyHostName(const HistoryEvent &event, const Host *host);

} // namespace Homing
