#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUdpSocket>

namespace Homing::Test {

// A loopback man in the middle in front of a real name server (a DnsServerFixture): it passes
// each message on to the server over TCP and hands the server's reply back, changed as the mode
// says. Forces TCP by truncating every UDP reply, or forges / strips the reply's TSIG record.
class FakeDnsUpdateServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Forward, // replies as the server gave them
        TruncateUdp, // every UDP reply is an empty one with TC set; TCP is forwarded
        ForgeMac, // the first byte of the reply's TSIG MAC is flipped
        StripTsig // the reply's TSIG record is removed
    };

    FakeDnsUpdateServer(const QHostAddress &upstream, quint16 upstreamPort, QObject *parent = nullptr);

    bool listen(); // 127.0.0.1, one free port for UDP and TCP
    quint16 port() const { return m_udp.localPort(); }
    void setMode(Mode mode) { m_mode = mode; }
    // The key the server signs with (to find the MAC in ForgeMac mode): its name and wire algorithm.
    void setKey(const QString &name, const QString &algorithm);

    int udpMessages() const { return m_udpMessages; }
    int tcpMessages() const { return m_tcpMessages; }

private:
    void readUdp();
    void onTcpConnection();
    QByteArray forward(const QByteArray &message) const;
    QByteArray alter(const QByteArray &reply) const;

    QHostAddress m_upstream;
    quint16 m_upstreamPort;
    QUdpSocket m_udp;
    QTcpServer m_tcp;
    Mode m_mode = Mode::Forward;
    QString m_keyName;
    QString m_algorithm;
    int m_udpMessages = 0;
    int m_tcpMessages = 0;
};

} // namespace Homing::Test
