#include "singleinstance.h"

#include "control/locallistener.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcInstance, "homing.ui.instance", QtInfoMsg)

namespace Homing {

namespace {
constexpr int handOverTimeoutMs = 3000;
constexpr int maxLineBytes = 64 * 1024;
} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
    , m_lock(std::make_unique<QLockFile>(socketPath + QStringLiteral(".lock")))
{
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

void SingleInstance::start(const QStringList &arguments)
{
    m_arguments = arguments;
    if (m_lock->tryLock(0)) {
        becomeServer();
        return;
    }
    // Another instance holds the lock; it may still be setting up its socket.
    tryHandOver(10);
}

void SingleInstance::becomeServer()
{
    // LocalListener removes a stale socket of a crashed instance, accepts only this user, and keeps
    // listening when accept() fails (QLocalServer would close and delete the socket).
    m_server = new LocalListener(this);
    m_server->setMaxConnections(8);
    m_server->setIdleTimeout(handOverTimeoutMs * 2);
    QString error;
    if (!m_server->listen(m_socketPath, &error)) {
        QTimer::singleShot(0, this, [this, error] { emit failed(error); });
        return;
    }
    connect(m_server, &LocalListener::newConnection, this, &SingleInstance::onNewConnection);
    qCDebug(lcInstance).noquote() << "first instance, listening on" << m_socketPath;
    QTimer::singleShot(0, this, &SingleInstance::becamePrimary);
}

void SingleInstance::tryHandOver(int attemptsLeft)
{
    auto *socket = new QLocalSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto buffer = std::make_shared<QByteArray>();
    auto finish = [this, socket, timer](bool ok, const QString &error, int retriesLeft) {
        timer->stop();
        timer->disconnect(this);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        if (ok) {
            emit handedOver();
        } else if (retriesLeft > 0) {
            QTimer::singleShot(200, this, [this, retriesLeft] {
                if (m_lock->tryLock(0))
                    becomeServer();
                else
                    tryHandOver(retriesLeft - 1);
            });
        } else {
            emit failed(error);
        }
    };
    connect(socket, &QLocalSocket::connected, this, [this, socket] {
        QJsonObject message {{QStringLiteral("command"), QStringLiteral("activate")},
                             {QStringLiteral("arguments"), QJsonArray::fromStringList(m_arguments)}};
        socket->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    });
    connect(socket, &QLocalSocket::readyRead, this, [socket, buffer, finish] {
        buffer->append(socket->readAll());
        if (buffer->contains('\n'))
            finish(buffer->startsWith("ok"), tr("The running Homing refused the request."), 0);
    });
    connect(socket, &QLocalSocket::errorOccurred, this, [socket, finish, attemptsLeft] {
        finish(false, tr("Homing is already running but does not answer (%1).").arg(socket->errorString()),
               attemptsLeft);
    });
    connect(timer, &QTimer::timeout, this,
            [finish] { finish(false, tr("Homing is already running but did not answer in time."), 0); });
    timer->start(handOverTimeoutMs);
    socket->connectToServer(m_socketPath);
}

void SingleInstance::onNewConnection(QLocalSocket *socket)
{
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (buffer->size() > maxLineBytes) {
                socket->abort();
                return;
            }
            const qsizetype end = buffer->indexOf('\n');
            if (end < 0)
                return;
            const QJsonObject message = QJsonDocument::fromJson(buffer->left(end)).object();
            if (message.value(QStringLiteral("command")).toString() != QLatin1String("activate")) {
                socket->write("error unknown command\n");
                socket->disconnectFromServer();
                return;
            }
            QStringList arguments;
            for (const QJsonValue &value : message.value(QStringLiteral("arguments")).toArray())
                arguments.append(value.toString());
            socket->write("ok\n");
            socket->disconnectFromServer();
            qCInfo(lcInstance) << "another start handed over its arguments";
            emit activationRequested(arguments);
        });
    }
}

} // namespace Homing
