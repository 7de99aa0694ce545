#include "secretstore.h"

#include "logging.h"
#include "redactor.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace Homing {

QString secretStatusName(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return QStringLiteral("ok");
    case SecretResult::Status::NotFound:
        return QStringLiteral("not-found");
    case SecretResult::Status::NoBackend:
        return QStringLiteral("no-backend");
    case SecretResult::Status::Locked:
        return QStringLiteral("locked");
    case SecretResult::Status::AccessDenied:
        return QStringLiteral("access-denied");
    case SecretResult::Status::TimedOut:
        return QStringLiteral("timed-out");
    case SecretResult::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

SecretStore::SecretStore(Redactor *redactor, QObject *parent)
    : QObject(parent)
    , m_redactor(redactor)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QUuid &hostId, const QString &field)
{
    return QStringLiteral("homing/") + hostId.toString(QUuid::WithoutBraces) + QLatin1Char('/') + field;
}

SecretStore::Completion SecretStore::makeCompletion(const char *operation, const QString &key, QObject *context,
                                                    Callback callback, const QString &written)
{
    struct Job
    {
        bool finished = false;
        QPointer<QObject> context;
        Callback callback;
        QPointer<QTimer> timer; // owned by the store; deleting it releases the timeout's hold on the job
    };
    auto job = std::make_shared<Job>();
    job->context = context;
    job->callback = std::move(callback);
    if (!written.isEmpty() && m_redactor)
        m_redactor->addSecret(written);

    QPointer<SecretStore> self(this);
    auto finish = [job, self, operation, key](SecretResult result) {
        if (job->finished)
            return;
        job->finished = true;
        if (job->timer) {
            job->timer->stop();
            job->timer->deleteLater();
        }
        if (result.ok() && !result.value.isEmpty() && self && self->m_redactor)
            self->m_redactor->addSecret(result.value);
        qCDebug(lcSecrets) << operation << key << "->" << secretStatusName(result.status);
        // Deliver from the event loop, never from inside read()/write()/remove().
        QObject *target = job->context.data();
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target,
            [job, result] {
                if (job->context)
                    job->callback(result);
            },
            Qt::QueuedConnection);
    };

    auto *timer = new QTimer(this);
    job->timer = timer;
    timer->setSingleShot(true);
    timer->setInterval(m_timeout);
    QObject::connect(timer, &QTimer::timeout, this, [finish, this] {
        SecretResult result;
        result.status = SecretResult::Status::TimedOut;
        result.message = tr("The secret store (%1) did not answer within %2 seconds.")
                             .arg(backendName())
                             .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count());
        finish(result);
    });
    timer->start();
    return finish;
}

void SecretStore::read(const QString &key, QObject *context, Callback callback)
{
    startRead(key, makeCompletion("read", key, context, std::move(callback), {}));
}

void SecretStore::write(const QString &key, const QString &value, QObject *context, Callback callback)
{
    startWrite(key, value, makeCompletion("write", key, context, std::move(callback), value));
}

void SecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    startRemove(key, makeCompletion("remove", key, context, std::move(callback), {}));
}

} // namespace Homing
