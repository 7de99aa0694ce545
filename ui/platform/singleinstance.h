#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QLocalSocket;
class QLockFile;

namespace Homing {

class LocalListener;

// One Homing window per user and config directory. The first instance holds a lock file and
// listens on a local socket beside it; a later one hands its arguments over that socket and
// steps aside. A lock left by a dead process is taken over, and a stale socket file removed.
// Protocol: one JSON line {"command":"activate","arguments":[...]} answered by "ok\n".
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // socketPath: e.g. <config dir>/homing-ui.sock; the lock file is socketPath + ".lock".
    explicit SingleInstance(const QString &socketPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Decides asynchronously; exactly one of the three signals follows.
    void start(const QStringList &arguments);
    QString socketPath() const { return m_socketPath; }

signals:
    void becamePrimary();
    void handedOver(); // another instance took the arguments: this one should exit
    void failed(const QString &error);
    // In the primary: a later instance was started with these arguments.
    void activationRequested(const QStringList &arguments);

private:
    void becomeServer();
    void tryHandOver(int attemptsLeft);
    void onNewConnection(QLocalSocket *socket);

    QString m_socketPath;
    QStringList m_arguments;
    std::unique_ptr<QLockFile> m_lock;
    LocalListener *m_server = nullptr;
};

} // namespace Homing
