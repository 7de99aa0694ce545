#include "locallistener.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocalSocket>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace Homing {

namespace {
struct LocalListenerText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::LocalListener)
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

LocalListener::LocalListener(QObject *parent)
    : QObject(parent)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(200);
    connect(m_retry, &QTimer::timeout, this, [this] {
        if (m_notifier)
            m_notifier->setEnabled(true);
    });
}

LocalListener::~LocalListener()
{
    close();
}

qint64 LocalListener::peerUid(qintptr descriptor)
{
    struct ucred credentials
    {
    };
    socklen_t length = sizeof(credentials);
    if (::getsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0
        || length != sizeof(credentials))
        return -1;
    return credentials.uid;
}

bool LocalListener::listen(const QString &path, QString *error)
{
    close();
    const QByteArray native = QFile::encodeName(path);
    struct sockaddr_un address
    {
    };
    address.sun_family = AF_UNIX;
    if (native.size() >= static_cast<qsizetype>(sizeof(address.sun_path))) {
        *error = LocalListenerText::tr("Cannot listen on %1: the path is too long for a socket").arg(path);
        return false;
    }
    std::memcpy(address.sun_path, native.constData(), static_cast<size_t>(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *error = LocalListenerText::tr("Cannot listen on %1: %2").arg(path, errnoText(errno));
        return false;
    }
    ::unlink(native.constData()); // a stale socket left by a crash
    struct stat info
    {
    };
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0
        || ::chmod(native.constData(), 0600) != 0 || ::lstat(native.constData(), &info) != 0
        || ::listen(fd, SOMAXCONN) != 0) {
        *error = LocalListenerText::tr("Cannot listen on %1: %2").arg(path, errnoText(errno));
        ::close(fd);
        return false;
    }
    m_fd = fd;
    m_inode = info.st_ino;
    m_path = path;
    m_spareFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LocalListener::onReadable);
    return true;
}

void LocalListener::close()
{
    m_retry->stop();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
        // Remove the socket file only if it is still the one bound here.
        struct stat info
        {
        };
        const QByteArray native = QFile::encodeName(m_path);
        if (::lstat(native.constData(), &info) == 0 && info.st_ino == m_inode && S_ISSOCK(info.st_mode))
            ::unlink(native.constData());
    }
    if (m_spareFd >= 0) {
        ::close(m_spareFd);
        m_spareFd = -1;
    }
    const QList<QLocalSocket *> connections = m_connections;
    m_connections.clear();
    for (QLocalSocket *socket : connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void LocalListener::onReadable()
{
    // A bounded batch per wake-up, so a flood cannot starve the event loop.
    for (int i = 0; i < 64 && m_fd >= 0; ++i) {
        const int descriptor = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (descriptor < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            if (!acceptFailed(errno))
                return;
            continue;
        }
        const qint64 uid = peerUid(descriptor);
        if (uid != static_cast<qint64>(::geteuid())) {
            qCWarning(lcControl).noquote()
                << "refused a connection to" << m_path << "from uid" << uid << "(only this user may use it)";
            ::close(descriptor);
            continue;
        }
        adopt(descriptor);
    }
}

bool LocalListener::acceptFailed(int error)
{
    if (error == EINTR || error == ECONNABORTED || error == EPROTO)
        return true;
    if (!m_warnedAboutAccept) {
        qCWarning(lcControl).noquote() << "accept() on" << m_path << "failed:" << errnoText(error)
                                       << "- closing the oldest connection and going on listening";
        m_warnedAboutAccept = true;
    }
    if (error == EMFILE || error == ENFILE) {
        if (!m_connections.isEmpty()) {
            evictOldest(); // frees a descriptor now; try again
            return true;
        }
        if (m_spareFd >= 0) { // refuse the waiting connection with the spare descriptor
            ::close(m_spareFd);
            const int dropped = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (dropped >= 0)
                ::close(dropped);
            m_spareFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
            return m_spareFd >= 0;
        }
    }
    // Nothing to free: wait a moment rather than spin, but keep the socket and the lock.
    m_notifier->setEnabled(false);
    m_retry->start();
    return false;
}

void LocalListener::adopt(int descriptor)
{
    m_warnedAboutAccept = false;
    while (m_connections.size() >= m_maxConnections && !m_connections.isEmpty())
        evictOldest();
    auto *socket = new QLocalSocket(this);
    if (!socket->setSocketDescriptor(descriptor, QLocalSocket::ConnectedState, QIODevice::ReadWrite)) {
        ::close(descriptor);
        delete socket;
        return;
    }
    m_connections.append(socket);
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->start(m_idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [this, socket] {
        qCDebug(lcControl) << "closing an idle control connection";
        forget(socket);
    });
    auto active = [this, socket, idle] {
        idle->start(m_idleTimeoutMs);
        m_connections.removeOne(socket);
        m_connections.append(socket);
    };
    connect(socket, &QLocalSocket::readyRead, this, active);
    connect(socket, &QLocalSocket::bytesWritten, this, active);
    connect(socket, &QLocalSocket::disconnected, this, [this, socket] { forget(socket); });
    emit newConnection(socket);
}

void LocalListener::forget(QLocalSocket *socket)
{
    if (!m_connections.removeOne(socket))
        return;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void LocalListener::evictOldest()
{
    if (!m_connections.isEmpty())
        forget(m_connections.first());
}

} // namespace Homing
