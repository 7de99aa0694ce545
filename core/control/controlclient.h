#pragma once

#include <QJsonObject>
#include <QString>

namespace Homing {

// The client side of the control socket, for homingctl: one request, one answer, with a timeout.
class ControlClient
{
public:
    enum class Result
    {
        Ok,
        NotRunning, // nobody listens on the socket
        Failed // connected, but the exchange failed; error says why
    };

    explicit ControlClient(const QString &socketPath);

    // Blocking by design: a command-line tool has nothing else to do meanwhile.
    Result request(const QJsonObject &request, QJsonObject *response, QString *error, int timeoutMs = 10000) const;

private:
    QString m_path;
};

} // namespace Homing
