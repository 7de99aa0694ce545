#pragma once

#include <QHostAddress>
#include <QString>

namespace Homing {

// Decides whether an address may be published: global unicast only, unless the host allows
// private addresses (RFC 1918, ULA, CGNAT), which still excludes the never-useful ranges.
class AddressValidator
{
public:
    enum class Scope
    {
        Global,
        Private, // 10/8, 172.16/12, 192.168/16, fc00::/7
        SharedCgnat, // 100.64/10
        Unspecified,
        Loopback,
        LinkLocal,
        Multicast,
        Documentation, // 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32
        Benchmarking, // 198.18/15, 2001:2::/48
        Reserved // 0/8, 240/4, 255.255.255.255, 192.0.0/24, ::ffff:0:0/96, 64:ff9b::/96 ... and non-2000::/3
    };

    static Scope classify(const QHostAddress &address);
    static QString scopeName(Scope scope);
    static bool isAcceptable(const QHostAddress &address, bool allowPrivate, QString *why);
};

} // namespace Homing
