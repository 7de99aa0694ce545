#include "controlclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocalSocket>

namespace Homing {

ControlClient::ControlClient(const QString &socketPath)
    : m_path(socketPath)
{
}

ControlClient::Result ControlClient::request(const QJsonObject &request, QJsonObject *response, QString *error,
                                             int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(2000))
        return Result::NotRunning;
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
