#pragma once

#include <QStringList>

class QCoreApplication;

namespace Homing {

class HomingService;

// homingctl test-credentials HOST [--json]: reads the host's secrets and runs its provider's
// harmless credentials check (Provider::testCredentials). Exit status: 0 accepted, 1 refused (the
// reason and what to fix are printed), 75 could not tell now, 69 the provider has no such check,
// 64 usage, 66 no such host, 74 secrets unreadable.
int testCredentialsCommand(HomingService &service, QCoreApplication &app, const QStringList &args, bool json);

} // namespace Homing
