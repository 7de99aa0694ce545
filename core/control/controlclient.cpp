#include "controlclient.h"

#include "locallistener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>

#include <unistd.h>

namespace Homing {

ControlClient::ControlClient(const QString &socketPath)
    : m_path(socketPath)
{
}

ControlClient::ControlClient(const Paths &paths)
    : m_path(paths.controlSocket)
    , m_paths(paths)
{
}

ControlClient::Result ControlClient::request(const QJsonObject &request, QJsonObject *response, QString *error,
                                             int timeoutMs) const
{
    if (m_paths) {
        if (!QFileInfo(m_paths->runtimeDir).exists() && !QFileInfo(m_paths->runtimeDir).isSymLink())
            return Result::NotRunning;
        if (!m_paths->checkRuntimeDirectory(error))
            return Result::Failed;
    }
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(2000))
        return Result::NotRunning;
    const qint64 uid = LocalListener::peerUid(socket.socketDescriptor());
    if (uid != static_cast<qint64>(::geteuid())) {
        *error = QCoreApplication::translate("Homing::ControlClient",
                                             "%1 is served by another user (uid %2), not by your Homing; "
                                             "homingctl does not talk to it.")
                     .arg(m_path)
                     .arg(uid);
        return Result::Failed;
    }
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs)) {
        *error = QCoreApplication::translate("Homing::ControlClient", "could not send the request: %1")
                     .arg(socket.errorString());
        return Result::Failed;
    }
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(static_cast<int>(timeoutMs - timer.elapsed())))
            break;
        line += socket.readAll();
    }
    const int end = static_cast<int>(line.indexOf('\n'));
    if (end < 0) {
        *error = QCoreApplication::translate("Homing::ControlClient", "no answer from the running Homing within %1 s")
                     .arg(timeoutMs / 1000);
        return Result::Failed;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.left(end), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QCoreApplication::translate("Homing::ControlClient", "the answer was not valid JSON");
        return Result::Failed;
    }
    *response = document.object();
    return Result::Ok;
}

} // namespace Homing
