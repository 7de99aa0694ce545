#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Homing::Test {

// A real BIND (named) on 127.0.0.1 and a free high port, serving test zones from a scratch
// directory; stopped by its PID when the object goes. Needs /usr/sbin/named.
class DnsTestServer
{
public:
    struct Zone
    {
        QString name; // "myip.opendns.com"
        QByteArray records; // zone file lines after SOA and NS, e.g. "@ IN A 81.2.69.160"
        QString klass = QStringLiteral("IN"); // "IN" or "CH"
    };

    DnsTestServer();
    ~DnsTestServer();
    DnsTestServer(const DnsTestServer &) = delete;
    DnsTestServer &operator=(const DnsTestServer &) = delete;

    static bool available();
    bool start(const QList<Zone> &zones, QString *error);
    void stop();

    QHostAddress address() const { return QHostAddress(QHostAddress::LocalHost); }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// A port on 127.0.0.1 that is free for both UDP and TCP right now.
quint16 freeLoopbackPort();

} // namespace Homing::Test
