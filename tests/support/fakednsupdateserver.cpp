#include "fakednsupdateserver.h"

#include "dns/dnsupdate.h"
#include "dnstestserver.h"

#include <QNetworkDatagram>
#include <QTcpSocket>
#include <QtEndian>

#include <memory>

namespace Homing::Test {

namespace {

QByteArray framed(const QByteArray &message)
{
    QByteArray out(2, Qt::Uninitialized);
    qToBigEndian(static_cast<quint16>(message.size()), out.data());
    return out + message;
}

} // namespace

FakeDnsUpdateServer::FakeDnsUpdateServer(const QHostAddress &upstream, quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_udp, &QUdpSocket::readyRead, this, &FakeDnsUpdateServer::readUdp);
    connect(&m_tcp, &QTcpServer::newConnection, this, &FakeDnsUpdateServer::onTcpConnection);
}

bool FakeDnsUpdateServer::listen()
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        const quint16 port = freeLoopbackPort();
        if (m_udp.bind(QHostAddress::LocalHost, port) && m_tcp.listen(QHostAddress::LocalHost, port))
            return true;
        m_udp.close();
        m_tcp.close();
    }
    return false;
}

void FakeDnsUpdateServer::setKey(const QString &name, const QString &algorithm)
{
    m_keyName = name;
    m_algorithm = algorithm;
}

QByteArray FakeDnsUpdateServer::forward(const QByteArray &message) const
{
    QTcpSocket socket;
    socket.connectToHost(m_upstream, m_upstreamPort);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(framed(message));
    QByteArray buffer;
    while (socket.waitForReadyRead(5000)) {
        buffer += socket.readAll();
        if (buffer.size() >= 2 && buffer.size() >= 2 + qFromBigEndian<quint16>(buffer.constData()))
            return buffer.mid(2, qFromBigEndian<quint16>(buffer.constData()));
    }
    return {};
}

QByteArray FakeDnsUpdateServer::alter(const QByteArray &reply) const
{
    if (m_mode != Mode::ForgeMac && m_mode != Mode::StripTsig)
        return reply;
    QString error;
    const std::optional<DnsUpdateReply> parsed = DnsUpdateReply::parse(reply, &error);
    if (!parsed || !parsed->tsig)
        return reply;
    const qsizetype tsigStart = parsed->unsignedBody.size();
    if (m_mode == Mode::StripTsig) {
        QByteArray stripped = reply.left(tsigStart);
        const quint16 additional = qFromBigEndian<quint16>(stripped.constData() + 10);
        qToBigEndian(static_cast<quint16>(additional - 1), stripped.data() + 10);
        return stripped;
    }
    // owner, type/class/ttl/rdlength, algorithm, time (6), fudge (2), mac size (2), then the MAC
    const qsizetype mac = tsigStart + Tsig::canonicalName(m_keyName).size() + 10
        + Tsig::canonicalName(Tsig::wireAlgorithm(m_algorithm)).size() + 10;
    QByteArray forged = reply;
    if (mac < forged.size())
        forged[mac] = static_cast<char>(forged.at(mac) ^ 0x5a);
    return forged;
}

void FakeDnsUpdateServer::readUdp()
{
    while (m_udp.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp.receiveDatagram();
        const QByteArray message = datagram.data();
        if (message.size() < 12)
            continue;
        ++m_udpMessages;
        QByteArray reply;
        if (m_mode == Mode::TruncateUdp) {
            reply = message.left(12);
            const quint16 flags = qFromBigEndian<quint16>(message.constData() + 2);
            qToBigEndian(static_cast<quint16>((flags & 0x7800) | 0x8000 | 0x0200), reply.data() + 2);
            reply.replace(4, 8, QByteArray(8, '\0'));
        } else {
            reply = alter(forward(message));
        }
        if (!reply.isEmpty())
            m_udp.writeDatagram(reply, datagram.senderAddress(), static_cast<quint16>(datagram.senderPort()));
    }
}

void FakeDnsUpdateServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            while (buffer->size() >= 2 && buffer->size() >= 2 + qFromBigEndian<quint16>(buffer->constData())) {
                const quint16 length = qFromBigEndian<quint16>(buffer->constData());
                const QByteArray message = buffer->mid(2, length);
                buffer->remove(0, 2 + length);
                ++m_tcpMessages;
                const QByteArray reply = alter(forward(message));
                if (!reply.isEmpty())
                    socket->write(framed(reply));
            }
        });
    }
}

} // namespace Homing::Test
