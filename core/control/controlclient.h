#pragma once

#include <QJsonObject>
#include <QString>

#include "storage/paths.h"

#include <optional>

namespace Homing {

// The client side of the control socket, for homingctl: one request, one answer, with a timeout.
// It talks only to a server run by this same user: the socket's directory must be this user's (no
// one else could have planted it), and the process answering must be this user's (SO_PEERCRED).
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
    // Also checks the socket's directory (Paths::checkRuntimeDirectory) before connecting.
    explicit ControlClient(const Paths &paths);

    // Blocking by design: a command-line tool has nothing else to do meanwhile.
    Result request(const QJsonObject &request, QJsonObject *response, QString *error, int timeoutMs = 10000) const;

private:
    QString m_path;
    std::optional<Paths> m_paths;
};

} // namespace Homing
