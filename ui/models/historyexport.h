#pragma once

#include "model/historyevent.h"

#include <QByteArray>
#include <QList>

namespace Homing {

// A timeline written out for people and tools. The events are already redacted by the
// HistoryStore; export adds nothing that is not in them.
QByteArray historyToCsv(const QList<HistoryEvent> &events, const QString &hostName);
QByteArray historyToJson(const QList<HistoryEvent> &events, const QString &hostName);

} // namespace Homing
