#include "addressfamily.h"

namespace Homing {

QString familyName(AddressFamily family)
{
    return family == AddressFamily::IPv4 ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
}

QString recordType(AddressFamily family)
{
    return family == AddressFamily::IPv4 ? QStringLiteral("A") : QStringLiteral("AAAA");
}

bool familyFromName(const QString &name, AddressFamily *family)
{
    if (name == QLatin1String("ipv4")) {
        *family = AddressFamily::IPv4;
        return true;
    }
    if (name == QLatin1String("ipv6")) {
        *family = AddressFamily::IPv6;
        return true;
    }
    return false;
}

AddressFamily familyOf(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? AddressFamily::IPv6 : AddressFamily::IPv4;
}

} // namespace Homing
