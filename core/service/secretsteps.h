#pragma once

#include "storage/secretstore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace Homing {

// One read, write or remove of a host's secret field, in a sequence run by runSecretSteps.
struct SecretStep
{
    enum class Op
    {
        Read,
        Write,
        Remove
    } op;
    QString field;
    QString value;
};

// ok; the first failure (with !ok); the values the Read steps found.
using SecretStepsDone = std::function<void(bool, const SecretResult &, const QHash<QString, QString> &)>;

// Runs the steps one after the other; done runs once at the end or at the first failure (not at
// all if context goes away). A remove or read that finds nothing is fine.
void runSecretSteps(SecretStore *store, const QUuid &hostId, const QList<SecretStep> &steps, QObject *context,
                    SecretStepsDone done);

} // namespace Homing
