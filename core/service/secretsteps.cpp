#include "secretsteps.h"

#include <QPointer>

#include <memory>

namespace Homing {

namespace {

struct StepRun
{
    SecretStore *store;
    QUuid hostId;
    QList<SecretStep> remaining;
    QPointer<QObject> context;
    SecretStepsDone done;
    QHash<QString, QString> values;
};

void runNextStep(const std::shared_ptr<StepRun> &run)
{
    if (run->remaining.isEmpty()) {
        run->done(true, {}, run->values);
        return;
    }
    const SecretStep step = run->remaining.takeFirst();
    const QString key = SecretStore::keyFor(run->hostId, step.field);
    auto callback = [step, run](const SecretResult &result) {
        const bool fine
            = result.ok() || (result.status == SecretResult::Status::NotFound && step.op != SecretStep::Op::Write);
        if (!fine) {
            run->done(false, result, run->values);
            return;
        }
        if (step.op == SecretStep::Op::Read && result.ok())
            run->values.insert(step.field, result.value);
        runNextStep(run);
    };
    switch (step.op) {
    case SecretStep::Op::Read:
        run->store->read(key, run->context, callback);
        break;
    case SecretStep::Op::Write:
        run->store->write(key, step.value, run->context, callback);
        break;
    case SecretStep::Op::Remove:
        run->store->remove(key, run->context, callback);
        break;
    }
}

} // namespace

void runSecretSteps(SecretStore *store, const QUuid &hostId, const QList<SecretStep> &steps, QObject *context,
                    SecretStepsDone done)
{
    runNextStep(std::make_shared<StepRun>(StepRun {store, hostId, steps, context, std::move(done), {}}));
}

} // namespace Homing
