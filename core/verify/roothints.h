#pragma once

#include <QHostAddress>
#include <QList>

namespace Homing {

// The addresses of the thirteen root name servers (a.root-servers.net to m.root-servers.net, IPv4
// and IPv6), where iterative resolution starts unless the config names other root hints
// (Settings::rootHints: split-horizon networks, and every test).
QList<QHostAddress> builtInRootHints();

} // namespace Homing
