#pragma once

#include <QString>
#include <QUrl>

namespace Homing {

// HTTPS always; plain HTTP only to a loopback address (test servers, a local relay).
bool isAllowedServiceUrl(const QUrl &url, QString *why);
bool isLoopbackHost(const QString &host);

} // namespace Homing
