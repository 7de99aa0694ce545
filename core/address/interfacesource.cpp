#include "interfacesource.h"

#include "addressvalidator.h"
#include "clock.h"
#include "logging.h"

#include <QTimer>

#include <algorithm>

namespace Homing {

namespace {

// Public before private, so that a LAN address beside a public one is not picked.
int rank(const QHostAddress &address)
{
    switch (AddressValidator::classify(address)) {
    case AddressValidator::Scope::Global:
        return 0;
    case AddressValidator::Scope::Private:
    case AddressValidator::Scope::SharedCgnat:
        return 1;
    default:
        return 2; // documentation, reserved ...: still reported, the monitor decides
    }
}

bool usable(const InterfaceAddress &entry, const QString &interfaceName, AddressFamily family)
{
    if (familyOf(entry.address) != family || entry.tentative)
        return false;
    if (interfaceName.isEmpty() ? entry.loopbackInterface : entry.interfaceName != interfaceName)
        return false;
    const AddressValidator::Scope scope = AddressValidator::classify(entry.address);
    return scope != AddressValidator::Scope::Loopback && scope != AddressValidator::Scope::LinkLocal
        && scope != AddressValidator::Scope::Multicast && scope != AddressValidator::Scope::Unspecified;
}

} // namespace

InterfaceSource::InterfaceSource(const SourceConfig &config, const Clock *clock, QObject *parent)
    : AddressSource(config.id, parent)
    , m_interface(config.option(QStringLiteral("interface")))
    , m_interfaceId(config.option(QStringLiteral("interfaceId")))
    , m_clock(clock)
{
    const QStringList families
        = config.options.value(QStringLiteral("families"), QStringList {QStringLiteral("ipv4"), QStringLiteral("ipv6")})
              .toStringList();
    for (const QString &name : families) {
        AddressFamily family;
        if (familyFromName(name, &family) && !m_families.contains(family))
            m_families.append(family);
    }
    policyFromName(config.option(QStringLiteral("ipv6Policy")), &m_policy);
}

bool InterfaceSource::policyFromName(const QString &name, Ipv6Policy *policy)
{
    if (name.isEmpty() || name == QLatin1String("stable"))
        *policy = Ipv6Policy::Stable;
    else if (name == QLatin1String("temporary"))
        *policy = Ipv6Policy::Temporary;
    else if (name == QLatin1String("fixed"))
        *policy = Ipv6Policy::Fixed;
    else
        return false;
    return true;
}

bool InterfaceSource::supports(AddressFamily family) const
{
    return m_families.contains(family);
}

void InterfaceSource::detect(AddressFamily family, QObject *context, Callback callback)
{
    SourceResult result;
    QString error;
    const QList<InterfaceAddress> addresses = readInterfaceAddresses(&error);
    QHostAddress chosen;
    if (!error.isEmpty() && addresses.isEmpty())
        result.error = error;
    else if (!supports(family))
        result.error = tr("this source is not set up for %1").arg(familyName(family));
    else if (choose(addresses, m_interface, family, m_policy, m_interfaceId, &chosen, &result.error))
        result = SourceResult {true, Observation {chosen, family, id(), m_clock->now()}, {}};
    if (!result.ok)
        qCInfo(lcAddress).noquote() << "source" << id() << familyName(family) << "failed:" << result.error;
    QTimer::singleShot(0, context, [callback, result] { callback(result); });
}

bool InterfaceSource::choose(const QList<InterfaceAddress> &addresses, const QString &interfaceName,
                             AddressFamily family, Ipv6Policy policy, const QHostAddress &interfaceId,
                             QHostAddress *chosen, QString *error)
{
    QList<InterfaceAddress> candidates;
    for (const InterfaceAddress &entry : addresses) {
        if (usable(entry, interfaceName, family))
            candidates.append(entry);
    }
    const QString where = interfaceName.isEmpty() ? tr("any interface") : interfaceName;
    if (family == AddressFamily::IPv4) {
        if (candidates.isEmpty()) {
            *error = tr("%1 has no IPv4 address").arg(where);
            return false;
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const auto &a, const auto &b) { return rank(a.address) < rank(b.address); });
        const int best = rank(candidates.first().address);
        QStringList tied;
        for (const InterfaceAddress &entry : std::as_const(candidates)) {
            if (rank(entry.address) == best)
                tied.append(entry.address.toString() + QStringLiteral(" (") + entry.interfaceName + QLatin1Char(')'));
        }
        if (tied.size() > 1) {
            *error = tr("%1 has several IPv4 addresses (%2); name one interface")
                         .arg(where, tied.join(QStringLiteral(", ")));
            return false;
        }
        *chosen = candidates.first().address;
        return true;
    }

    const bool wantTemporary = policy == Ipv6Policy::Temporary;
    QList<InterfaceAddress> matching;
    for (const InterfaceAddress &entry : std::as_const(candidates)) {
        if (!entry.deprecated && entry.temporary == wantTemporary)
            matching.append(entry);
    }
    if (matching.isEmpty()) {
        *error = wantTemporary ? tr("%1 has no current temporary IPv6 address").arg(where)
                               : tr("%1 has no stable IPv6 address (not temporary, not deprecated)").arg(where);
        return false;
    }
    // Public first; then the longest preferred lifetime, i.e. the newest prefix during renumbering.
    std::stable_sort(matching.begin(), matching.end(), [](const auto &a, const auto &b) {
        if (rank(a.address) != rank(b.address))
            return rank(a.address) < rank(b.address);
        return a.preferredLifetime > b.preferredLifetime;
    });
    const InterfaceAddress &best = matching.first();
    if (policy != Ipv6Policy::Fixed) {
        *chosen = best.address;
        return true;
    }
    if (interfaceId.protocol() != QAbstractSocket::IPv6Protocol) {
        *error = tr("the fixed IPv6 policy needs interfaceId, e.g. ::1234:5678:9abc:def0");
        return false;
    }
    if (best.prefixLength > 64) {
        *error = tr("%1 has prefix length %2; a fixed interface id needs a /64 or shorter prefix")
                     .arg(best.address.toString())
                     .arg(best.prefixLength);
        return false;
    }
    *chosen = withInterfaceId(best.address, interfaceId);
    return true;
}

bool InterfaceSource::currentAddress(const QString &interfaceName, AddressFamily family, Ipv6Policy policy,
                                     const QHostAddress &interfaceId, QHostAddress *chosen, QString *error)
{
    QString readError;
    const QList<InterfaceAddress> addresses = readInterfaceAddresses(&readError);
    if (addresses.isEmpty() && !readError.isEmpty()) {
        *error = readError;
        return false;
    }
    return choose(addresses, interfaceName, family, policy, interfaceId, chosen, error);
}

QHostAddress InterfaceSource::withInterfaceId(const QHostAddress &address, const QHostAddress &interfaceId)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol || interfaceId.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    Q_IPV6ADDR combined = address.toIPv6Address();
    const Q_IPV6ADDR suffix = interfaceId.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        combined[i] = suffix[i];
    return QHostAddress(combined);
}

} // namespace Homing
