#include "netlinkaddresses.h"

#include <QCoreApplication>
#include <QNetworkInterface>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/if_addr.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Homing {

namespace {

// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct NetlinkAddressesText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::InterfaceSource)
};

#ifdef Q_OS_LINUX

// RTA_* macros do pointer arithmetic with C casts; these keep the warnings in one place.
const rtattr *firstAttribute(const ifaddrmsg *message)
{
    return reinterpret_cast<const rtattr *>(reinterpret_cast<const char *>(message) + NLMSG_ALIGN(sizeof(ifaddrmsg)));
}

const rtattr *nextAttribute(const rtattr *attribute, int *remaining)
{
    const int length = static_cast<int>(RTA_ALIGN(attribute->rta_len));
    *remaining -= length;
    return reinterpret_cast<const rtattr *>(reinterpret_cast<const char *>(attribute) + length);
}

bool attributeOk(const rtattr *attribute, int remaining)
{
    return remaining >= static_cast<int>(sizeof(rtattr)) && attribute->rta_len >= sizeof(rtattr)
        && static_cast<int>(attribute->rta_len) <= remaining;
}

const void *attributeData(const rtattr *attribute)
{
    return reinterpret_cast<const char *>(attribute) + RTA_LENGTH(0);
}

int attributeSize(const rtattr *attribute)
{
    return static_cast<int>(attribute->rta_len) - static_cast<int>(RTA_LENGTH(0));
}

bool parseAddress(const nlmsghdr *header, InterfaceAddress *out)
{
    const auto *message = reinterpret_cast<const ifaddrmsg *>(reinterpret_cast<const char *>(header) + NLMSG_HDRLEN);
    if (header->nlmsg_len < NLMSG_LENGTH(sizeof(ifaddrmsg))
        || (message->ifa_family != AF_INET && message->ifa_family != AF_INET6))
        return false;
    int remaining = static_cast<int>(header->nlmsg_len) - static_cast<int>(NLMSG_LENGTH(sizeof(ifaddrmsg)));
    quint32 flags = message->ifa_flags;
    QHostAddress address;
    QHostAddress local;
    quint32 preferred = 0xffffffff;
    for (const rtattr *attribute = firstAttribute(message); attributeOk(attribute, remaining);
         attribute = nextAttribute(attribute, &remaining)) {
        const int size = attributeSize(attribute);
        const auto *data = static_cast<const quint8 *>(attributeData(attribute));
        switch (attribute->rta_type) {
        case IFA_ADDRESS:
        case IFA_LOCAL: {
            QHostAddress parsed;
            if (message->ifa_family == AF_INET && size == 4) {
                quint32 value = 0;
                std::memcpy(&value, data, 4);
                parsed = QHostAddress(ntohl(value));
            } else if (message->ifa_family == AF_INET6 && size == 16) {
                parsed = QHostAddress(data);
            }
            (attribute->rta_type == IFA_LOCAL ? local : address) = parsed;
            break;
        }
        case IFA_FLAGS:
            if (size == 4)
                std::memcpy(&flags, data, 4);
            break;
        case IFA_CACHEINFO:
            if (size >= static_cast<int>(sizeof(ifa_cacheinfo))) {
                ifa_cacheinfo info;
                std::memcpy(&info, data, sizeof info);
                preferred = info.ifa_prefered;
            }
            break;
        default:
            break;
        }
    }
    InterfaceAddress entry;
    entry.address = local.isNull() ? address : local; // IFA_LOCAL is ours on point-to-point links
    if (entry.address.isNull())
        return false;
    entry.interfaceIndex = static_cast<int>(message->ifa_index);
    char name[IF_NAMESIZE] = {};
    if (if_indextoname(message->ifa_index, name))
        entry.interfaceName = QString::fromLocal8Bit(name);
    entry.prefixLength = message->ifa_prefixlen;
    entry.temporary = flags & IFA_F_TEMPORARY;
    entry.deprecated = flags & IFA_F_DEPRECATED;
    entry.tentative = flags & (IFA_F_TENTATIVE | IFA_F_DADFAILED);
    entry.loopbackInterface = entry.address.isLoopback();
    entry.preferredLifetime = preferred;
    *out = entry;
    return true;
}

QList<InterfaceAddress> readNetlink(QString *error)
{
    QList<InterfaceAddress> result;
    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    if (fd < 0) {
        *error = NetlinkAddressesText::tr("cannot open a netlink socket: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    struct
    {
        nlmsghdr header;
        ifaddrmsg message;
    } request {};
    request.header.nlmsg_len = NLMSG_LENGTH(sizeof(ifaddrmsg));
    request.header.nlmsg_type = RTM_GETADDR;
    request.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    request.header.nlmsg_seq = 1;
    request.message.ifa_family = AF_UNSPEC;
    if (::send(fd, &request, request.header.nlmsg_len, 0) < 0) {
        *error
            = NetlinkAddressesText::tr("netlink request failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return result;
    }
    QByteArray buffer(32768, Qt::Uninitialized);
    bool done = false;
    while (!done) {
        pollfd waitFor {fd, POLLIN, 0};
        if (::poll(&waitFor, 1, 1000) <= 0) {
            *error = NetlinkAddressesText::tr("the kernel did not finish listing addresses");
            break;
        }
        const ssize_t received = ::recv(fd, buffer.data(), static_cast<size_t>(buffer.size()), 0);
        if (received <= 0) {
            *error
                = NetlinkAddressesText::tr("netlink read failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            break;
        }
        int remaining = static_cast<int>(received);
        for (auto *header = reinterpret_cast<const nlmsghdr *>(buffer.constData());
             remaining >= static_cast<int>(sizeof(nlmsghdr)) && header->nlmsg_len >= sizeof(nlmsghdr)
             && static_cast<int>(header->nlmsg_len) <= remaining;) {
            if (header->nlmsg_type == NLMSG_DONE) {
                done = true;
                break;
            }
            if (header->nlmsg_type == NLMSG_ERROR) {
                *error = NetlinkAddressesText::tr("the kernel refused to list addresses");
                done = true;
                break;
            }
            InterfaceAddress entry;
            if (header->nlmsg_type == RTM_NEWADDR && parseAddress(header, &entry))
                result.append(entry);
            const int length = static_cast<int>(NLMSG_ALIGN(header->nlmsg_len));
            remaining -= length;
            header = reinterpret_cast<const nlmsghdr *>(reinterpret_cast<const char *>(header) + length);
        }
    }
    ::close(fd);
    return result;
}

#endif

} // namespace

bool parseNetlinkAddress(const void *header, InterfaceAddress *address)
{
#ifdef Q_OS_LINUX
    const auto *message = static_cast<const nlmsghdr *>(header);
    if (message->nlmsg_type != RTM_NEWADDR && message->nlmsg_type != RTM_DELADDR)
        return false;
    return parseAddress(message, address);
#else
    Q_UNUSED(header);
    Q_UNUSED(address);
    return false;
#endif
}

QList<InterfaceAddress> readInterfaceAddresses(QString *error)
{
#ifdef Q_OS_LINUX
    return readNetlink(error);
#else
    Q_UNUSED(error);
    QList<InterfaceAddress> result;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            InterfaceAddress address;
            address.interfaceName = interface.name();
            address.interfaceIndex = interface.index();
            address.address = entry.ip();
            address.address.setScopeId({});
            address.prefixLength = entry.prefixLength();
            address.loopbackInterface = interface.flags().testFlag(QNetworkInterface::IsLoopBack);
            address.deprecated = entry.isDeprecated();
            result.append(address);
        }
    }
    return result;
#endif
}

} // namespace Homing
