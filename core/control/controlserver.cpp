#include "controlserver.h"

#include "engine/scheduler.h"
#include "inputcheck.h"
#include "locallistener.h"
#include "logging.h"
#include "redactor.h"
#include "runtime.h"
#include "service/homingservice.h"
#include "statusjson.h"
#include "storage/historystore.h"
#include "storage/secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>

namespace Homing {

namespace {

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

ControlServer::ControlServer(HomingService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_runtime(service->runtime())
    , m_scheduler(service->scheduler())
    , m_listener(new LocalListener(this))
{
    connect(m_listener, &LocalListener::newConnection, this, &ControlServer::onConnection);
}

ControlServer::~ControlServer() = default;

QString ControlServer::path() const
{
    return m_runtime->paths().controlSocket;
}

bool ControlServer::listen(QString *error)
{
    const QString socketPath = path();
    m_listenFailure = ListenFailure::UnsafeDirectory;
    if (!m_runtime->paths().ensureRuntimeDirectory(error))
        return false;
    {
        QLocalSocket probe;
        probe.connectToServer(socketPath);
        if (probe.waitForConnected(1000)) {
            m_listenFailure = ListenFailure::AlreadyRunning;
            *error = tr("Another Homing is already running for this user (it answers on %1). "
                        "Use homingctl to talk to it.")
                         .arg(socketPath);
            return false;
        }
    }
    m_listenFailure = ListenFailure::Other;
    if (!m_listener->listen(socketPath, error))
        return false;
    m_listenFailure = ListenFailure::None;
    qCInfo(lcControl).noquote() << "control socket" << socketPath;
    return true;
}

std::optional<QJsonObject> ControlServer::parseRequest(const QByteArray &line, QJsonObject *errorReply)
{
    if (line.size() > maxRequestBytes) {
        *errorReply = failure(tr("request too large (more than %1 bytes)").arg(maxRequestBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *errorReply = failure(tr("not a JSON object: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    const QString withNul = findNul(document.object());
    if (!withNul.isEmpty()) {
        *errorReply = failure(tr("field \"%1\" must not contain a NUL character").arg(withNul));
        return std::nullopt;
    }
    return document.object();
}

void ControlServer::onConnection(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QLocalSocket::readyRead, socket, [this, socket, buffer] {
        // Never more than one request (plus its newline) is held per connection.
        buffer->append(socket->read(maxRequestBytes + 2 - buffer->size()));
        qsizetype end = -1;
        while ((end = buffer->indexOf('\n')) >= 0) {
            const QByteArray line = buffer->left(end).trimmed();
            buffer->remove(0, end + 1);
            if (line.isEmpty())
                continue;
            QJsonObject reply;
            const std::optional<QJsonObject> request = parseRequest(line, &reply);
            // "verify" answers when the servers have: its reply is written then.
            if (request && request->value(QStringLiteral("command")).toString() == QLatin1String("verify")) {
                startVerify(*request, socket);
                buffer->append(socket->read(maxRequestBytes + 2 - buffer->size()));
                continue;
            }
            if (request)
                reply = handle(*request);
            socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
            buffer->append(socket->read(maxRequestBytes + 2 - buffer->size()));
        }
        if (buffer->size() > maxRequestBytes) {
            QJsonObject reply;
            parseRequest(*buffer, &reply);
            socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
            socket->disconnectFromServer();
            buffer->clear();
        }
    });
}

void ControlServer::startVerify(const QJsonObject &request, QLocalSocket *socket)
{
    const auto reply = [socket](const QJsonObject &object) {
        socket->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    };
    const QString hostName = request.value(QStringLiteral("host")).toString();
    const Host *host = m_runtime->config().find(hostName);
    if (hostName.isEmpty() || !host) {
        reply(failure(hostName.isEmpty() ? tr("verify needs a host")
                                         : tr("no host called \"%1\"").arg(shownInput(hostName))));
        return;
    }
    const QString name = host->displayName();
    QString error;
    const bool started = m_service->verifyNow(
        host->id, socket,
        [reply, name](const QList<FamilyVerification> &results) {
            reply(success(QJsonObject {{QStringLiteral("host"), name},
                                       {QStringLiteral("verification"), verificationJson(results)}}));
        },
        &error);
    if (!started)
        reply(failure(error));
}

QJsonObject ControlServer::hosts() const
{
    QJsonArray array;
    for (const Host &host : m_runtime->config().hosts)
        array.append(hostStatusJson(host, m_scheduler->record(host.id), m_scheduler->nextCheck(host.id),
                                    m_scheduler->verification(host.id)));
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
            return failure(tr("no host called \"%1\"").arg(shownInput(hostName)));
        hostId = host->id;
    }
    if (command == QLatin1String("status"))
        return success(status());
    if (command == QLatin1String("hosts"))
        return success(hosts());
    if (command == QLatin1String("history")) {
        const int limit = std::clamp(request.value(QStringLiteral("limit")).toInt(50), 1, 10000);
        QJsonArray rows;
        for (const HistoryEvent &event : m_service->history(hostId, limit)) {
            rows.append(historyEventJson(event, historyHostName(event, m_runtime->config().host(event.hostId))));
        }
        return success(QJsonObject {{QStringLiteral("events"), rows}});
    }
    if (command == QLatin1String("update")) {
        m_service->updateNow(hostId);
        return success();
    }
    if (command == QLatin1String("pause")) {
        m_service->pause(hostId);
        return success();
    }
    if (command == QLatin1String("resume")) {
        m_service->resume(hostId);
        return success();
    }
    if (command == QLatin1String("restore")) {
        if (hostId.isNull())
            return failure(tr("restore needs a host"));
        m_service->restore(hostId);
        return success();
    }
    if (command == QLatin1String("reload")) {
        QString error;
        if (!m_service->reload(&error))
            return failure(error);
        return success();
    }
    if (command == QLatin1String("secret-changed")) {
        // homingctl stored a secret: the host's machine releases it and sends its record again.
        if (hostId.isNull())
            return failure(tr("secret-changed needs a host"));
        m_service->secretsChanged(hostId, request.value(QStringLiteral("detail")).toString());
        return success();
    }
    if (command == QLatin1String("activate")) {
        emit uiRequested(command, request);
        return success();
    }
    if (command == QLatin1String("verify"))
        return failure(tr("verify is answered on the control socket only"));
    return failure(
        tr("unknown command \"%1\"; known: status, hosts, history, update, verify, pause, resume, restore, reload")
            .arg(shownInput(command)));
}

} // namespace Homing
