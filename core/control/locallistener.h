#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <sys/types.h>

class QLocalSocket;
class QSocketNotifier;
class QTimer;

namespace Homing {

// A per-user Unix socket server that cannot be knocked over: it accepts only this user's processes
// (SO_PEERCRED), holds at most maxConnections at once (a newcomer closes the least recently active
// one), closes connections idle for idleTimeoutMs, and when accept() fails (e.g. out of file
// descriptors) it frees one and tries again instead of closing: the socket file, and with it the
// one-instance lock, stays. QLocalServer does the opposite on a failed accept() (it closes and
// deletes the socket), hence this class.
class LocalListener : public QObject
{
    Q_OBJECT
public:
    explicit LocalListener(QObject *parent = nullptr);
    ~LocalListener() override;

    // Binds path (mode 0600; a stale file there is removed first) and listens. The caller has made
    // sure no one answers on path and that its directory is this user's.
    bool listen(const QString &path, QString *error);
    void close();
    bool isListening() const { return m_fd >= 0; }

    void setMaxConnections(int count) { m_maxConnections = count; }
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    int connectionCount() const { return static_cast<int>(m_connections.size()); }
    int maxConnections() const { return m_maxConnections; }

    // The user id of the process on the other end of a connected Unix socket, or -1.
    static qint64 peerUid(qintptr descriptor);

signals:
    // A new connection from this user. The socket is a child of the listener, which deletes it
    // when it disconnects, idles too long or is pushed out by newer connections.
    void newConnection(QLocalSocket *socket);

private:
    void onReadable();
    void adopt(int descriptor);
    void forget(QLocalSocket *socket);
    void evictOldest();
    bool acceptFailed(int error);

    int m_fd = -1;
    int m_spareFd = -1; // kept open so that one pending connection can be refused when out of descriptors
    ino_t m_inode = 0;
    QString m_path;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry = nullptr;
    QList<QLocalSocket *> m_connections; // least recently active first
    int m_maxConnections = 32;
    int m_idleTimeoutMs = 30000;
    bool m_warnedAboutAccept = false;
};

} // namespace Homing
