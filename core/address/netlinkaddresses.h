#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Homing {

// One address configured on a local interface, with the kernel's flags where the platform has them.
struct InterfaceAddress
{
    QString interfaceName;
    int interfaceIndex = 0;
    QHostAddress address;
    int prefixLength = 0;
    bool temporary = false; // IPv6 privacy address (RFC 8981)
    bool deprecated = false; // preferred lifetime over: do not use for new connections
    bool tentative = false; // duplicate address detection still running, or failed
    bool loopbackInterface = false;
    quint32 preferredLifetime = 0xffffffff; // seconds; 0xffffffff = forever
};

// Lists the addresses of this network namespace's interfaces. On Linux it asks the kernel over
// netlink (RTM_GETADDR dump), which is the only way to learn IFA_F_TEMPORARY and
// IFA_F_DEPRECATED; the dump is answered at once, so the short blocking read is bounded. Elsewhere
// QNetworkInterface supplies the addresses without those flags.
QList<InterfaceAddress> readInterfaceAddresses(QString *error);

// Linux: reads one RTM_NEWADDR/RTM_DELADDR message (a struct nlmsghdr); false elsewhere or if it
// is not an IPv4/IPv6 address message.
bool parseNetlinkAddress(const void *header, InterfaceAddress *address);

} // namespace Homing
