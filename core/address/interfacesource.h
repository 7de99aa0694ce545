#pragma once

#include "addresssource.h"
#include "netlinkaddresses.h"
#include "sourceconfig.h"

namespace Homing {

class Clock;

// The address configured on a local interface: right for a host that has a public address itself
// (most IPv6 networks, some IPv4 ones). Options: interface (a name; empty = every non-loopback
// interface), families (default ["ipv4", "ipv6"]), ipv6Policy (stable | temporary | fixed) and
// interfaceId for "fixed" (e.g. "::1234:5678:9abc:def0", appended to the current /64 prefix).
class InterfaceSource final : public AddressSource
{
    Q_OBJECT
public:
    enum class Ipv6Policy
    {
        Stable, // not temporary, not deprecated: the address that stays while the prefix stays
        Temporary, // the current privacy address
        Fixed // the current /64 prefix with a fixed interface identifier (another machine's, say)
    };

    InterfaceSource(const SourceConfig &config, const Clock *clock, QObject *parent = nullptr);

    static bool policyFromName(const QString &name, Ipv6Policy *policy);

    bool supports(AddressFamily family) const override;
    void detect(AddressFamily family, QObject *context, Callback callback) override;

    // The choice on its own, for tests and per-host policies: candidates are the addresses of the
    // interface (all non-loopback ones when interfaceName is empty).
    static bool choose(const QList<InterfaceAddress> &addresses, const QString &interfaceName, AddressFamily family,
                       Ipv6Policy policy, const QHostAddress &interfaceId, QHostAddress *chosen, QString *error);

    // For a host's own policy: reads this namespace's addresses and chooses (see choose()).
    static bool currentAddress(const QString &interfaceName, AddressFamily family, Ipv6Policy policy,
                               const QHostAddress &interfaceId, QHostAddress *chosen, QString *error);
    // The /64 prefix of address with the low 64 bits of interfaceId, e.g. for a host whose address
    // is the detected prefix plus its own fixed identifier. Null if either is not IPv6.
    static QHostAddress withInterfaceId(const QHostAddress &address, const QHostAddress &interfaceId);

private:
    QString m_interface;
    QList<AddressFamily> m_families;
    Ipv6Policy m_policy = Ipv6Policy::Stable;
    QHostAddress m_interfaceId;
    const Clock *m_clock;
};

} // namespace Homing
