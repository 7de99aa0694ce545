#pragma once

#include "storage/secretstore.h"

#include <QString>

namespace Homing {

// Words a failed keychain job for people: what went wrong and what to do about it. Nothing is
// ever written in plain text instead; the way forward is always the user's choice.
struct SecretProblem
{
    QString title;
    QString text; // what happened and the way forward
};

SecretProblem describeSecretProblem(const SecretResult &result, const QString &storeDescription, int timeoutSeconds);

} // namespace Homing
