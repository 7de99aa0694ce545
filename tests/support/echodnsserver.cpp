#include "echodnsserver.h"

#include <QNetworkDatagram>

namespace Homing::Test {

namespace {

constexpr quint16 kTypeA = 1;
constexpr quint16 kTypeAaaa = 28;

void appendShort(QByteArray &out, quint16 value)
{
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value & 0xff));
}

quint16 shortAt(const QByteArray &data, qsizetype at)
{
    return static_cast<quint16>((static_cast<quint8>(data.at(at)) << 8) | static_cast<quint8>(data.at(at + 1)));
}

} // namespace

EchoDnsServer::EchoDnsServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_udp4, &QUdpSocket::readyRead, this, [this] { read(&m_udp4); });
    connect(&m_udp6, &QUdpSocket::readyRead, this, [this] { read(&m_udp6); });
}

bool EchoDnsServer::listen()
{
    // The same port on ::1 may be taken; a few tries find one free on both.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!m_udp4.bind(QHostAddress::LocalHost, 0))
            return false;
        if (m_udp6.bind(QHostAddress::LocalHostIPv6, m_udp4.localPort()))
            return true;
        if (m_udp6.error() == QAbstractSocket::SocketAddressNotAvailableError)
            return true; // no IPv6 loopback here: IPv4 only
        m_udp4.close();
        m_udp6.close();
    }
    return false;
}

void EchoDnsServer::setAddresses(const QHostAddress &ipv4, const QHostAddress &ipv6)
{
    m_ipv4 = ipv4;
    m_ipv6 = ipv6;
}

void EchoDnsServer::read(QUdpSocket *socket)
{
    while (socket->hasPendingDatagrams()) {
        const QNetworkDatagram query = socket->receiveDatagram();
        ++m_queries;
        if (m_silent)
            continue;
        const QByteArray answer = reply(query.data(), socket == &m_udp6);
        if (!answer.isEmpty())
            socket->writeDatagram(answer, query.senderAddress(), static_cast<quint16>(query.senderPort()));
    }
}

QByteArray EchoDnsServer::reply(const QByteArray &query, bool overIpv6) const
{
    // Header (12 bytes), then one question: labels up to the root label, type, class.
    if (query.size() < 17 || shortAt(query, 4) != 1)
        return {};
    qsizetype at = 12;
    while (at < query.size() && query.at(at) != 0)
        at += static_cast<quint8>(query.at(at)) + 1;
    if (at + 5 > query.size())
        return {};
    const quint16 type = shortAt(query, at + 1);
    const quint16 klass = shortAt(query, at + 3);
    const QByteArray question = query.mid(12, at + 5 - 12);

    QByteArray rdata;
    if (m_rcode == 0) {
        if (type == kTypeA && !m_ipv4.isNull()) {
            appendShort(rdata, static_cast<quint16>(m_ipv4.toIPv4Address() >> 16));
            appendShort(rdata, static_cast<quint16>(m_ipv4.toIPv4Address() & 0xffff));
        } else if (type == kTypeAaaa && !m_ipv6.isNull()) {
            const Q_IPV6ADDR bytes = m_ipv6.toIPv6Address();
            rdata = QByteArray(reinterpret_cast<const char *>(bytes.c), 16);
        } else if (type != kTypeA && type != kTypeAaaa) {
            const QHostAddress echoed = (overIpv6 && !m_ipv6.isNull()) || m_ipv4.isNull() ? m_ipv6 : m_ipv4;
            const QByteArray text = echoed.toString().toLatin1();
            if (!echoed.isNull())
                rdata = static_cast<char>(text.size()) + text;
        }
    }
    QByteArray out = query.left(2); // the id
    out.append(static_cast<char>(0x84 | (query.at(2) & 0x01))); // a response, authoritative, RD as asked
    out.append(static_cast<char>(m_rcode & 0x0f));
    appendShort(out, 1);
    appendShort(out, rdata.isEmpty() ? 0 : 1);
    appendShort(out, 0);
    appendShort(out, 0);
    out.append(question);
    if (rdata.isEmpty())
        return out;
    appendShort(out, 0xc00c); // the owner: a pointer to the question's name
    appendShort(out, type);
    appendShort(out, klass);
    appendShort(out, 0); // TTL 0, as the echo services give
    appendShort(out, 0);
    appendShort(out, static_cast<quint16>(rdata.size()));
    out.append(rdata);
    return out;
}

} // namespace Homing::Test
