#include "httptestserver.h"

#include <QTimer>

#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace Homing::Test {

QString HttpTestServer::Request::path() const
{
    const int question = target.indexOf('?');
    return QString::fromLatin1(question < 0 ? target : target.left(question));
}

QUrlQuery HttpTestServer::Request::query() const
{
    const int question = target.indexOf('?');
    return QUrlQuery(question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1)));
}

QByteArray HttpTestServer::Request::basicCredentials() const
{
    const QByteArray value = header("authorization");
    if (!value.startsWith("Basic "))
        return {};
    return QByteArray::fromBase64(value.mid(6));
}

HttpTestServer::HttpTestServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_handler = [](const Request &) { return Response::text("ok"); };
    connect(m_server, &QTcpServer::newConnection, this, &HttpTestServer::onConnection);
}

void HttpTestServer::setTls(const QSslConfiguration &configuration)
{
    delete m_server;
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_connections; });
    // A TLS connection is pending only once its handshake is done (newConnection comes earlier).
    connect(server, &QSslServer::pendingConnectionAvailable, this, &HttpTestServer::onConnection);
    m_server = server;
    m_tls = true;
}

bool HttpTestServer::listen(const QHostAddress &address)
{
    return m_server->listen(address, 0);
}

quint16 HttpTestServer::port() const
{
    return m_server->serverPort();
}

QUrl HttpTestServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(port());
    return url.resolved(QUrl(path));
}

void HttpTestServer::respondWith(const Response &response)
{
    m_handler = [response](const Request &) { return response; };
}

void HttpTestServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (!m_tls)
            ++m_connections;
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto serve = [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const int headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                Request request;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                request.method = requestLine.value(0);
                request.target = requestLine.value(1);
                for (int i = 1; i < lines.size(); ++i) {
                    const int colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                               lines.at(i).mid(colon + 1).trimmed());
                }
                const int length = request.headers.value("content-length").toInt();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                request.body = buffer->mid(headerEnd + 4, length);
                buffer->remove(0, headerEnd + 4 + length);
                m_requests.append(request);
                emit requestReceived(request);

                Response response = m_handler(request);
                // A client that sends "Connection: close" (ddclient) reads the answer to the end.
                response.close = response.close || request.headers.value("connection").toLower() == "close";
                if (response.stall)
                    return;
                if (m_holding) {
                    m_held.append({QPointer<QTcpSocket>(socket), response});
                    emit heldChanged(static_cast<int>(m_held.size()));
                    continue;
                }
                if (response.delayMs > 0) {
                    QTimer::singleShot(response.delayMs, socket, [this, socket, response] { send(socket, response); });
                    continue;
                }
                send(socket, response);
            }
        };
        connect(socket, &QTcpSocket::readyRead, this, serve);
        // With TLS the request may have arrived with the end of the handshake, before this point.
        if (socket->bytesAvailable() > 0)
            serve();
    }
}

void HttpTestServer::hold()
{
    m_holding = true;
}

void HttpTestServer::release()
{
    m_holding = false;
    const QList<Held> held = std::exchange(m_held, {});
    emit heldChanged(0);
    for (const Held &one : held) {
        if (one.socket)
            send(one.socket, one.response);
    }
}

void HttpTestServer::send(QTcpSocket *socket, const Response &response)
{
    const qint64 bodySize = response.repeatBodyBytes > 0 ? response.repeatBodyBytes : response.body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    head += "Content-Length: " + QByteArray::number(bodySize) + "\r\n";
    bool hasType = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasType = hasType || name.toLower() == "content-type";
    }
    if (!hasType)
        head += "Content-Type: text/plain\r\n";
    head += response.close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    socket->write(head);
    if (response.repeatBodyBytes > 0) {
        const QByteArray chunk(64 * 1024, 'x');
        for (qint64 sent = 0; sent < response.repeatBodyBytes; sent += chunk.size())
            socket->write(
                chunk.left(static_cast<int>(std::min<qint64>(chunk.size(), response.repeatBodyBytes - sent))));
    } else {
        socket->write(response.body);
    }
    if (response.close)
        socket->disconnectFromHost(); // after what was written has gone out
}

} // namespace Homing::Test
