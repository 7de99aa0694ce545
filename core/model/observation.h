#pragma once

#include "addressfamily.h"

#include <QDateTime>
#include <QHostAddress>
#include <QString>

namespace Homing {

// One address as one source saw it.
struct Observation
{
    QHostAddress address;
    AddressFamily family = AddressFamily::IPv4;
    QString sourceId;
    QDateTime time;
};

} // namespace Homing
