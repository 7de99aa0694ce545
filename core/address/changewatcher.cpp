#include "changewatcher.h"

#include "clock.h"
#include "logging.h"
#include "netlinkaddresses.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QSocketNotifier>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Homing {

namespace {

constexpr unsigned kLowerUp = 1u << 16; // IFF_LOWER_UP; <linux/if.h> clashes with <net/if.h>

} // namespace

ChangeWatcher::ChangeWatcher(const Clock *clock, QObject *parent)
    : ChangeWatcher(clock, Options {}, parent)
{
}

ChangeWatcher::ChangeWatcher(const Clock *clock, const Options &options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
{
    m_quiet.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, &ChangeWatcher::emitChanged);
    connect(&m_wakeTimer, &QTimer::timeout, this, &ChangeWatcher::checkWake);
}

ChangeWatcher::~ChangeWatcher()
{
#ifdef Q_OS_LINUX
    delete m_notifier;
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

void ChangeWatcher::start()
{
    if (m_options.netlink && m_fd < 0) {
        openNetlink();
        if (m_fd >= 0)
            readRoutes();
    }
    if (m_options.reachability)
        startReachability();
    if (routesDecideOnline()) {
        m_online = !m_defaultRoutes.isEmpty();
        qCInfo(lcAddress) << "online/offline follows the default routes:" << m_defaultRoutes.size() << "now";
    }
    if (m_options.wakeCheckMs > 0) {
        m_lastWall = m_clock->now();
        m_lastMonotonicMs = m_clock->monotonicMs();
        m_wakeTimer.start(m_options.wakeCheckMs);
    }
}

void ChangeWatcher::openNetlink()
{
#ifdef Q_OS_LINUX
    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_ROUTE);
    if (fd < 0) {
        m_netlinkError = tr("cannot open a netlink socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        qCWarning(lcAddress).noquote() << m_netlinkError;
        return;
    }
    sockaddr_nl address {};
    address.nl_family = AF_NETLINK;
    address.nl_groups = RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR | RTMGRP_LINK | RTMGRP_IPV4_ROUTE | RTMGRP_IPV6_ROUTE;
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) < 0) {
        m_netlinkError = tr("cannot listen to netlink: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        qCWarning(lcAddress).noquote() << m_netlinkError;
        ::close(fd);
        return;
    }
    m_fd = fd;
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ChangeWatcher::readNetlink);
    qCDebug(lcAddress) << "watching interface addresses over netlink";
#else
    m_netlinkError = tr("netlink exists on Linux only");
#endif
}

void ChangeWatcher::readNetlink()
{
#ifdef Q_OS_LINUX
    alignas(nlmsghdr) char buffer[16384];
    for (;;) {
        const ssize_t received = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (received < 0) {
            if (errno == ENOBUFS) // the kernel dropped messages: something changed, we cannot say what
                noteChange(tr("many network changes"));
            else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                qCWarning(lcAddress) << "netlink read failed:" << std::strerror(errno);
            if (errno == EINTR || errno == ENOBUFS)
                continue;
            return;
        }
        if (received == 0)
            return;
        int remaining = static_cast<int>(received);
        for (auto *header = reinterpret_cast<const nlmsghdr *>(buffer); remaining >= static_cast<int>(sizeof(nlmsghdr))
             && header->nlmsg_len >= sizeof(nlmsghdr) && static_cast<int>(header->nlmsg_len) <= remaining;) {
            InterfaceAddress entry;
            if (header->nlmsg_type == RTM_NEWROUTE || header->nlmsg_type == RTM_DELROUTE) {
                const bool hadRoute = !m_defaultRoutes.isEmpty();
                if (noteRoute(header)) {
                    noteChange(header->nlmsg_type == RTM_NEWROUTE ? tr("a default route was added")
                                                                  : tr("a default route was removed"));
                    if (routesDecideOnline() && hadRoute != !m_defaultRoutes.isEmpty())
                        setOnline(!m_defaultRoutes.isEmpty(), "default route");
                }
            } else if ((header->nlmsg_type == RTM_NEWADDR || header->nlmsg_type == RTM_DELADDR)
                       && parseNetlinkAddress(header, &entry)) {
                noteChange((header->nlmsg_type == RTM_NEWADDR ? tr("address %1 added on %2")
                                                              : tr("address %1 removed from %2"))
                               .arg(entry.address.toString(), entry.interfaceName));
            } else if ((header->nlmsg_type == RTM_NEWLINK || header->nlmsg_type == RTM_DELLINK)
                       && header->nlmsg_len >= NLMSG_LENGTH(sizeof(ifinfomsg))) {
                const auto *info
                    = reinterpret_cast<const ifinfomsg *>(reinterpret_cast<const char *>(header) + NLMSG_HDRLEN);
                const unsigned flags = info->ifi_flags & (IFF_UP | IFF_RUNNING | kLowerUp);
                const bool removed = header->nlmsg_type == RTM_DELLINK;
                const auto known = m_linkFlags.constFind(info->ifi_index);
                if (removed || known == m_linkFlags.constEnd() || *known != flags) {
                    noteChange(removed ? tr("interface %1 removed").arg(info->ifi_index)
                                       : tr("interface %1 is %2")
                                             .arg(info->ifi_index)
                                             .arg((flags & IFF_RUNNING) ? tr("up") : tr("down")));
                }
                if (removed)
                    m_linkFlags.remove(info->ifi_index);
                else
                    m_linkFlags.insert(info->ifi_index, flags);
            }
            const int length = static_cast<int>(NLMSG_ALIGN(header->nlmsg_len));
            remaining -= length;
            header = reinterpret_cast<const nlmsghdr *>(reinterpret_cast<const char *>(header) + length);
        }
    }
#endif
}

void ChangeWatcher::noteChange(const QString &what)
{
    const qint64 now = m_clock->monotonicMs();
    if (m_burstCount == 0) {
        m_burstStartMs = now;
        m_firstReason = what;
    }
    ++m_burstCount;
    const qint64 left = m_options.maxDelayMs - (now - m_burstStartMs);
    m_quiet.start(static_cast<int>(std::clamp<qint64>(left, 0, m_options.quietMs)));
}

void ChangeWatcher::emitChanged()
{
    const QString reason = m_burstCount <= 1
        ? m_firstReason
        : tr("%1 and %2 more network changes").arg(m_firstReason).arg(m_burstCount - 1);
    m_burstCount = 0;
    m_burstStartMs = -1;
    qCInfo(lcAddress).noquote() << "network change:" << reason;
    emit changed(reason);
}

bool ChangeWatcher::isSettled() const
{
    if (m_burstCount > 0 || m_quiet.isActive())
        return false;
#ifdef Q_OS_LINUX
    if (m_fd >= 0) {
        pollfd waiting {m_fd, POLLIN, 0};
        return ::poll(&waiting, 1, 0) == 0;
    }
#endif
    return true;
}

void ChangeWatcher::checkWake()
{
    ++m_wakeChecks;
    const QDateTime wall = m_clock->now();
    const qint64 monotonic = m_clock->monotonicMs();
    const qint64 gained = m_lastWall.msecsTo(wall) - (monotonic - m_lastMonotonicMs);
    m_lastWall = wall;
    m_lastMonotonicMs = monotonic;
    if (gained > m_options.wakeThresholdMs) {
        qCInfo(lcAddress) << "woke up after about" << gained / 1000 << "s asleep";
        emit wokeUp(gained);
    }
}

bool ChangeWatcher::noteRoute(const void *message)
{
#ifdef Q_OS_LINUX
    const auto *header = static_cast<const nlmsghdr *>(message);
    if (header->nlmsg_len < NLMSG_LENGTH(sizeof(rtmsg)))
        return false;
    // NLMSG_DATA's old-style cast, spelled out.
    const auto *route = reinterpret_cast<const rtmsg *>(reinterpret_cast<const char *>(header) + NLMSG_LENGTH(0));
    if (route->rtm_dst_len != 0 || route->rtm_type != RTN_UNICAST
        || (route->rtm_family != AF_INET && route->rtm_family != AF_INET6))
        return false;
    unsigned table = route->rtm_table;
    int interface = 0;
    unsigned metric = 0;
    QString gateway;
    int length = static_cast<int>(RTM_PAYLOAD(header));
    for (const rtattr *attribute = RTM_RTA(route); RTA_OK(attribute, length); attribute = RTA_NEXT(attribute, length)) {
        const void *data = RTA_DATA(attribute);
        const auto size = RTA_PAYLOAD(attribute);
        if (attribute->rta_type == RTA_TABLE && size >= sizeof(quint32))
            table = *static_cast<const quint32 *>(data);
        else if (attribute->rta_type == RTA_OIF && size >= sizeof(int))
            interface = *static_cast<const int *>(data);
        else if (attribute->rta_type == RTA_PRIORITY && size >= sizeof(quint32))
            metric = *static_cast<const quint32 *>(data);
        else if (attribute->rta_type == RTA_GATEWAY) {
            char text[INET6_ADDRSTRLEN] = {};
            if (::inet_ntop(route->rtm_family, data, text, sizeof text))
                gateway = QString::fromLatin1(text);
        }
    }
    if (table != RT_TABLE_MAIN)
        return false;
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(route->rtm_family == AF_INET ? 4 : 6)
                            .arg(interface)
                            .arg(gateway)
                            .arg(metric);
    if (header->nlmsg_type == RTM_DELROUTE)
        m_defaultRoutes.remove(key);
    else
        m_defaultRoutes.insert(key);
    return true;
#else
    Q_UNUSED(message)
    return false;
#endif
}

void ChangeWatcher::readRoutes()
{
#ifdef Q_OS_LINUX
    // A socket of its own, so the dump's replies never mix with the change messages.
    const int fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
    if (fd < 0)
        return;
    timeval timeout {1, 0}; // the kernel answers a dump at once; this only bounds a broken one
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    struct
    {
        nlmsghdr header;
        rtmsg route;
    } request {};
    request.header.nlmsg_len = NLMSG_LENGTH(sizeof(rtmsg));
    request.header.nlmsg_type = RTM_GETROUTE;
    request.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    request.header.nlmsg_seq = 1;
    request.route.rtm_family = AF_UNSPEC;
    bool done = false;
    if (::send(fd, &request, request.header.nlmsg_len, 0) >= 0) {
        alignas(nlmsghdr) char buffer[16384];
        while (!done) {
            const ssize_t received = ::recv(fd, buffer, sizeof buffer, 0);
            if (received <= 0)
                break;
            int remaining = static_cast<int>(received);
            for (auto *header = reinterpret_cast<const nlmsghdr *>(buffer); NLMSG_OK(header, remaining);
                 header = NLMSG_NEXT(header, remaining)) {
                if (header->nlmsg_type == NLMSG_DONE || header->nlmsg_type == NLMSG_ERROR) {
                    done = header->nlmsg_type == NLMSG_DONE;
                    break;
                }
                if (header->nlmsg_type == RTM_NEWROUTE)
                    noteRoute(header);
            }
            if (remaining > 0 && !done)
                continue;
        }
    }
    ::close(fd);
    m_routesKnown = done;
    if (!done)
        qCInfo(lcAddress) << "could not read the routing table; online/offline does not follow it";
#endif
}

void ChangeWatcher::setOnline(bool online, const char *why)
{
    if (online == m_online)
        return;
    m_online = online;
    qCInfo(lcAddress) << (online ? "network is back" : "network is gone") << "(" << why << ")";
    if (online)
        emit cameOnline();
    else
        emit wentOffline();
}

void ChangeWatcher::startReachability()
{
    // Qt 6.4: the backend is process-wide; loading it twice is harmless. It may not exist at all
    // (no NetworkManager, or no platform plugin), in which case offline/online stay unknown.
#ifdef Q_OS_LINUX
    // Only NetworkManager's backend reports changes here. Qt's glib backend says "online" once and
    // never again (the routes decide anyway), and starting it costs the agent GIO's machinery,
    // about 1.6 MB of resident memory, for nothing.
    const bool loaded = QNetworkInformation::instance() || QNetworkInformation::loadBackendByName(u"networkmanager");
#else
    const bool loaded = QNetworkInformation::instance() || QNetworkInformation::loadDefaultBackend()
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
#endif
    if (!loaded) {
        qCInfo(lcAddress) << "no network reachability backend; offline/online is not watched";
        return;
    }
    QNetworkInformation *information = QNetworkInformation::instance();
    if (!information || !information->supports(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcAddress) << "the network information backend cannot tell reachability";
        return;
    }
    m_hasReachability = true;
    // Qt's glib backend says "online" once and never reports a change: the routes know better.
    if (information->backendName() == QLatin1String("glib")) {
        qCInfo(lcAddress) << "the glib reachability backend reports no changes; the routes decide";
        return;
    }
    m_routesDecide = false;
    m_online = information->reachability() != QNetworkInformation::Reachability::Disconnected;
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Unknown)
                    return;
                setOnline(reachability != QNetworkInformation::Reachability::Disconnected, "reachability");
            });
}

} // namespace Homing
