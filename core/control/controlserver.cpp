#include "controlserver.h"

#include "engine/scheduler.h"
#include "logging.h"
#include "redactor.h"
#include "runtime.h"
#include "statusjson.h"
#include "storage/historystore.h"
#include "storage/secretstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace Homing {

namespace {

constexpr qsizetype kMaxRequestBytes = 64 * 1024;

QJsonObject failure(const QString &message)
{
    return QJsonObject {{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}};
}

QJsonObject success(const QJsonValue &result = QJsonValue())
{
    QJsonObject object {{QStringLiteral("ok"), true}};
    if (!result.isUndefined() && !result.isNull())
        object.insert(QStringLiteral("result"), result);
    return object;
}

} // namespace

ControlServer::ControlServer(Runtime *runtime, Scheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_scheduler(scheduler)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &ControlServer::onConnection);
}

ControlServer::~ControlServer() = default;

QString ControlServer::path() const
{
    return m_runtime->paths().controlSocket;
}

bool ControlServer::listen(QString *error)
{
    const QString socketPath = path();
    {
        QLocalSocket probe;
        probe.connectToServer(socketPath);
        if (probe.waitForConnected(1000)) {
            *error = tr("Another Homing is already running for this user (it answers on %1). "
                        "Use homingctl to talk to it.")
                         .arg(socketPath);
            return false;
        }
    }
    QLocalServer::removeServer(socketPath); // a stale socket left by a crash
    if (!m_server->listen(socketPath)) {
        *error = tr("Cannot listen on %1: %2").arg(socketPath, m_server->errorString());
        return false;
    }
    QFile::setPermissions(socketPath, QFile::ReadOwner | QFile::WriteOwner);
    qCInfo(lcControl).noquote() << "control socket" << socketPath;
    return true;
}

void ControlServer::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine(kMaxRequestBytes).trimmed();
                if (line.isEmpty())
                    continue;
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
                const QJsonObject response = parseError.error == QJsonParseError::NoError && document.isObject()
                    ? handle(document.object())
                    : failure(tr("not a JSON object: %1").arg(parseError.errorString()));
                socket->write(QJsonDocument(response).toJson(QJsonDocument::Compact) + '\n');
            }
            if (socket->bytesAvailable() > kMaxRequestBytes) {
                socket->write(QJsonDocument(failure(tr("request too large"))).toJson(QJsonDocument::Compact) + '\n');
                socket->disconnectFromServer();
            }
        });
    }
}

QJsonObject ControlServer::hosts() const
{
    QJsonArray array;
    for (const Host &host : m_runtime->config().hosts)
        array.append(hostStatusJson(host, m_scheduler->record(host.id), m_scheduler->nextCheck(host.id)));
    return QJsonObject {{QStringLiteral("hosts"), array}};
}

QJsonObject ControlServer::status() const
{
    QJsonObject addresses;
    for (AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        const auto address = m_scheduler->publicAddress(family);
        QJsonObject entry {
            {QStringLiteral("address"), address ? QJsonValue(address->toString()) : QJsonValue()},
            {QStringLiteral("sources"), QJsonArray::fromStringList(m_scheduler->agreeingSources(family))}};
        if (const FamilyDetection *detection = m_scheduler->lastDetection().family(family)) {
            if (!detection->ok || detection->disagreement)
                entry.insert(QStringLiteral("problem"), detection->error);
        }
        addresses.insert(familyName(family), entry);
    }
    QJsonObject result = hosts();
    result.insert(QStringLiteral("online"), m_scheduler->isOnline());
    result.insert(QStringLiteral("busy"), m_scheduler->isBusy());
    result.insert(QStringLiteral("pollIntervalSeconds"), m_scheduler->pollIntervalSeconds());
    result.insert(QStringLiteral("publicAddresses"), addresses);
    result.insert(QStringLiteral("secretStore"), m_runtime->secrets()->description());
    result.insert(QStringLiteral("version"), QStringLiteral(HOMING_VERSION));
    return result;
}

QJsonObject ControlServer::handle(const QJsonObject &request)
{
    const QString command = request.value(QStringLiteral("command")).toString();
    QUuid hostId;
    const QString hostName = request.value(QStringLiteral("host")).toString();
    if (!hostName.isEmpty()) {
        const Host *host = m_runtime->config().find(hostName);
        if (!host)
            return failure(tr("no host called \"%1\"").arg(hostName));
        hostId = host->id;
    }
    if (command == QLatin1String("status"))
        return success(status());
    if (command == QLatin1String("hosts"))
        return success(hosts());
    if (command == QLatin1String("history")) {
        const int limit = std::clamp(request.value(QStringLiteral("limit")).toInt(50), 1, 10000);
        QJsonArray rows;
        for (const HistoryEvent &event : m_runtime->history()->events(hostId, limit)) {
            rows.append(historyEventJson(event, historyHostName(event, m_runtime->config().host(event.hostId))));
        }
        return success(QJsonObject {{QStringLiteral("events"), rows}});
    }
    if (command == QLatin1String("update")) {
        m_scheduler->updateNow(hostId);
        return success();
    }
    if (command == QLatin1String("pause")) {
        m_scheduler->pause(hostId);
        return success();
    }
    if (command == QLatin1String("resume")) {
        m_scheduler->resume(hostId);
        return success();
    }
    if (command == QLatin1String("reload")) {
        QString error;
        if (!m_runtime->reloadConfig(&error))
            return failure(m_runtime->redactor()->redact(error));
        m_scheduler->reloadConfig();
        return success();
    }
    if (command == QLatin1String("secret-changed")) {
        // homingctl stored a secret: the host's machine releases it and sends its record again.
        if (hostId.isNull())
            return failure(tr("secret-changed needs a host"));
        m_scheduler->secretsChanged(hostId, request.value(QStringLiteral("detail")).toString());
        return success();
    }
    if (command == QLatin1String("activate")) {
        emit uiRequested(command, request);
        return success();
    }
    return failure(
        tr("unknown command \"%1\"; known: status, hosts, history, update, pause, resume, reload").arg(command));
}

} // namespace Homing
