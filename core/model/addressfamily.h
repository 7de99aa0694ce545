#pragma once

#include <QHostAddress>
#include <QString>

namespace Homing {

enum class AddressFamily
{
    IPv4,
    IPv6
};

QString familyName(AddressFamily family); // "ipv4" / "ipv6"
QString recordType(AddressFamily family); // "A" / "AAAA"
bool familyFromName(const QString &name, AddressFamily *family);
AddressFamily familyOf(const QHostAddress &address);

} // namespace Homing
