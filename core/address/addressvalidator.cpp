#include "addressvalidator.h"

#include <QCoreApplication>

namespace Homing {

namespace {

bool in(const QHostAddress &address, const char *network, int prefix)
{
    return address.isInSubnet(QHostAddress(QLatin1String(network)), prefix);
}

} // namespace

AddressValidator::Scope AddressValidator::classify(const QHostAddress &address)
{
    // Qt converts "::" to 0.0.0.0 as well, so the unspecified address is named before the mapped test.
    if (address.protocol() == QAbstractSocket::IPv6Protocol && address != QHostAddress::AnyIPv6) {
        bool mapped = false;
        address.toIPv4Address(&mapped);
        if (mapped)
            return Scope::Reserved; // ::ffff:a.b.c.d is not an IPv6 address to publish
    }
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        if (in(address, "0.0.0.0", 32))
            return Scope::Unspecified;
        if (in(address, "127.0.0.0", 8))
            return Scope::Loopback;
        if (in(address, "169.254.0.0", 16))
            return Scope::LinkLocal;
        if (in(address, "224.0.0.0", 4))
            return Scope::Multicast;
        if (in(address, "192.0.2.0", 24) || in(address, "198.51.100.0", 24) || in(address, "203.0.113.0", 24))
            return Scope::Documentation;
        if (in(address, "198.18.0.0", 15))
            return Scope::Benchmarking;
        if (in(address, "10.0.0.0", 8) || in(address, "172.16.0.0", 12) || in(address, "192.168.0.0", 16))
            return Scope::Private;
        if (in(address, "100.64.0.0", 10))
            return Scope::SharedCgnat;
        if (in(address, "0.0.0.0", 8) || in(address, "240.0.0.0", 4) || in(address, "192.0.0.0", 24)
            || in(address, "192.88.99.0", 24))
            return Scope::Reserved;
        return Scope::Global;
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return Scope::Reserved;
    if (address == QHostAddress::AnyIPv6)
        return Scope::Unspecified;
    if (address == QHostAddress::LocalHostIPv6)
        return Scope::Loopback;
    if (in(address, "fe80::", 10))
        return Scope::LinkLocal;
    if (in(address, "ff00::", 8))
        return Scope::Multicast;
    if (in(address, "2001:db8::", 32) || in(address, "3fff::", 20))
        return Scope::Documentation;
    if (in(address, "2001:2::", 48))
        return Scope::Benchmarking;
    if (in(address, "fc00::", 7))
        return Scope::Private;
    if (!in(address, "2000::", 3) || in(address, "2001::", 23) || in(address, "2002::", 16))
        return Scope::Reserved; // outside global unicast, or special-purpose (Teredo, ORCHID, 6to4 relay)
    return Scope::Global;
}

QString AddressValidator::scopeName(Scope scope)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Homing::AddressValidator", text); };
    switch (scope) {
    case Scope::Global:
        return tr("public");
    case Scope::Private:
        return tr("private (LAN)");
    case Scope::SharedCgnat:
        return tr("carrier-grade NAT (100.64.0.0/10)");
    case Scope::Unspecified:
        return tr("unspecified");
    case Scope::Loopback:
        return tr("loopback");
    case Scope::LinkLocal:
        return tr("link-local");
    case Scope::Multicast:
        return tr("multicast");
    case Scope::Documentation:
        return tr("documentation-only");
    case Scope::Benchmarking:
        return tr("benchmarking");
    case Scope::Reserved:
        return tr("reserved");
    }
    return {};
}

bool AddressValidator::isAcceptable(const QHostAddress &address, bool allowPrivate, QString *why)
{
    const Scope scope = classify(address);
    if (scope == Scope::Global)
        return true;
    if (allowPrivate && (scope == Scope::Private || scope == Scope::SharedCgnat))
        return true;
    *why = QCoreApplication::translate("Homing::AddressValidator", "%1 is a %2 address, not one to publish")
               .arg(address.toString(), scopeName(scope));
    return false;
}

} // namespace Homing
