#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace Homing {

class Runtime;
class Scheduler;

// The per-user control socket (mode 0600) that homing and homingd serve. One JSON object per line
// each way: {"command": "status"} -> {"ok": true, "result": {...}}. Commands: status, hosts,
// history [host, limit], update [host], pause [host], resume [host], reload. It doubles as the
// one-instance lock: listen() fails while another Homing answers on it; a stale socket is removed.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    ControlServer(Runtime *runtime, Scheduler *scheduler, QObject *parent = nullptr);
    ~ControlServer() override;

    bool listen(QString *error);
    QString path() const;

    // Answers one request; public so the tray app can reuse it for arguments it is handed.
    QJsonObject handle(const QJsonObject &request);

signals:
    // A command asked for something only a UI can do (e.g. "activate"): the UI connects to this.
    void uiRequested(const QString &command, const QJsonObject &request);

private:
    void onConnection();
    QJsonObject status() const;
    QJsonObject hosts() const;

    Runtime *m_runtime;
    Scheduler *m_scheduler;
    QLocalServer *m_server;
};

} // namespace Homing
