#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace Homing::Test {

// A loopback HTTP/1.1 server for tests. It records every request and answers with whatever the
// handler returns: a status and body, extra headers, a huge body, or no answer at all (stall).
class HttpTestServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;

        QString path() const;
        QUrlQuery query() const;
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        // "user:password" decoded from a Basic Authorization header, empty if none.
        QByteArray basicCredentials() const;
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool stall = false; // never answer (the client must time out)
        qint64 repeatBodyBytes = 0; // if set, send this many bytes of 'x' as the body instead
        int delayMs = 0; // answer this much later (a distant server; benchmarks)
        bool close = false; // hang up after this answer (the server does so when the request asks)

        void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
        static Response text(const QByteArray &body, int status = 200) { return Response {status, body, {}, false, 0}; }
    };

    using Handler = std::function<Response(const Request &)>;

    explicit HttpTestServer(QObject *parent = nullptr);

    // Serves HTTPS with this certificate and key (call before listen()); tests/support/certs has them.
    void setTls(const QSslConfiguration &configuration);
    bool listen(const QHostAddress &address = QHostAddress::LocalHost); // a free port
    quint16 port() const;
    // TCP connections accepted so far (with TLS: handshakes begun), whether or not a request followed.
    int connections() const { return m_connections; }
    void resetConnections() { m_connections = 0; }
    QUrl url(const QString &path = QStringLiteral("/")) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Always answers with this one response.
    void respondWith(const Response &response);

    // Test-controlled ordering: after hold(), requests are recorded (requestReceived) but their
    // answers wait until release(), which sends every held answer and stops holding.
    void hold();
    void release();
    int heldCount() const { return static_cast<int>(m_held.size()); }

    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

signals:
    void requestReceived(const Homing::Test::HttpTestServer::Request &request);
    void heldChanged(int held);

private:
    void onConnection();
    void send(QTcpSocket *socket, const Response &response);

    struct Held
    {
        QPointer<QTcpSocket> socket;
        Response response;
    };

    QTcpServer *m_server;
    bool m_tls = false;
    int m_connections = 0;
    Handler m_handler;
    QList<Request> m_requests;
    bool m_holding = false;
    QList<Held> m_held;
};

} // namespace Homing::Test
