#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUdpSocket>

namespace Homing::Test {

// A loopback DNS echo service for tests (what myip.opendns.com, whoami.cloudflare and
// o-o.myaddr.l.google.com do on the internet): every question gets this network's "public" address,
// an A or AAAA record for those types and a TXT string otherwise, and each query is counted. It
// listens on 127.0.0.1 and, where the system has it, on ::1 with the same port; a TXT question that
// came over ::1 gets the IPv6 address, as the real services answer with the querier's address.
// UDP only, no EDNS: what DnsEchoSource sends.
class EchoDnsServer : public QObject
{
    Q_OBJECT
public:
    explicit EchoDnsServer(QObject *parent = nullptr);

    bool listen(); // a free port
    quint16 port() const { return m_udp4.localPort(); }
    bool hasIpv6() const { return m_udp6.state() == QAbstractSocket::BoundState; }

    // The addresses it echoes; a null one leaves that family's answer empty (NOERROR, no record).
    void setAddresses(const QHostAddress &ipv4, const QHostAddress &ipv6 = {});
    void setRcode(int rcode) { m_rcode = rcode; } // non-zero: that error and no record
    void setSilent(bool silent) { m_silent = silent; } // read every query, answer none

    int queries() const { return m_queries; }
    void resetQueries() { m_queries = 0; }

private:
    void read(QUdpSocket *socket);
    QByteArray reply(const QByteArray &query, bool overIpv6) const;

    QUdpSocket m_udp4;
    QUdpSocket m_udp6;
    QHostAddress m_ipv4;
    QHostAddress m_ipv6;
    int m_rcode = 0;
    bool m_silent = false;
    int m_queries = 0;
};

} // namespace Homing::Test
