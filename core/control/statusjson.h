#pragma once

#include "model/historyevent.h"
#include "model/host.h"
#include "model/hostrecord.h"

#include <QJsonObject>

namespace Homing {

// The JSON shapes the control socket and homingctl --json share.
QJsonObject hostStatusJson(const Host &host, const HostRecord &record, const QDateTime &nextCheck);
QJsonObject historyEventJson(const HistoryEvent &event, const QString &hostName);

} // namespace Homing
