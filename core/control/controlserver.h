#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

class QLocalSocket;

namespace Homing {

class HomingService;
class LocalListener;
class Runtime;
class Scheduler;

// The per-user control socket (mode 0600) that homing and homingd serve. One JSON object per line
// each way: {"command": "status"} -> {"ok": true, "result": {...}}. Commands: status, hosts,
// history [host, limit], update [host], verify host (answered once the zone's servers have),
// pause [host], resume [host], reload. It doubles as the
// one-instance lock: listen() fails while another Homing answers on it; a stale socket is removed.
// Only this user's processes may connect; connections are capped, idle ones closed, a request may
// be at most 64 KB, and running out of file descriptors never closes the socket (LocalListener).
class ControlServer : public QObject
{
    Q_OBJECT
public:
    explicit ControlServer(HomingService *service, QObject *parent = nullptr);
    ~ControlServer() override;

    enum class ListenFailure
    {
        None,
        AlreadyRunning, // another Homing answers on the socket
        UnsafeDirectory, // the socket's directory could be someone else's (see Paths)
        Other
    };

    bool listen(QString *error);
    ListenFailure listenFailure() const { return m_listenFailure; }
    QString path() const;
    LocalListener *listener() const { return m_listener; }

    // The largest request line (without its newline) the server reads.
    static constexpr qsizetype maxRequestBytes = 64 * 1024;
    // One request line as it comes from a client: the parsed object, or an error reply.
    static std::optional<QJsonObject> parseRequest(const QByteArray &line, QJsonObject *errorReply);

    // Answers one request; public so the tray app can reuse it for arguments it is handed.
    QJsonObject handle(const QJsonObject &request);

signals:
    // A command asked for something only a UI can do (e.g. "activate"): the UI connects to this.
    void uiRequested(const QString &command, const QJsonObject &request);

private:
    void onConnection(QLocalSocket *socket);
    void startVerify(const QJsonObject &request, QLocalSocket *socket);
    QJsonObject status() const;
    QJsonObject hosts() const;

    HomingService *m_service;
    Runtime *m_runtime;
    Scheduler *m_scheduler;
    LocalListener *m_listener;
    ListenFailure m_listenFailure = ListenFailure::None;
};

} // namespace Homing
