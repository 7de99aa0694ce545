#include "dnstestserver.h"

#include "testutil.h"

#include <QFile>
#include <QTcpServer>
#include <QUdpSocket>

namespace Homing::Test {

namespace {

const char *const kNamed = "/usr/sbin/named";

QByteArray zoneFile(const DnsTestServer::Zone &zone)
{
    const QByteArray klass = zone.klass.toLatin1();
    return "$TTL 60\n@ " + klass + " SOA ns.invalid. hostmaster.invalid. 1 3600 600 86400 60\n@ " + klass
        + " NS ns.invalid.\n" + zone.records + "\n";
}

} // namespace

quint16 freeLoopbackPort()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0))
            continue;
        QTcpServer tcp;
        if (tcp.listen(QHostAddress::LocalHost, udp.localPort()))
            return udp.localPort();
    }
    return 0;
}

DnsTestServer::DnsTestServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

DnsTestServer::~DnsTestServer()
{
    stop();
}

bool DnsTestServer::available()
{
    return QFile::exists(QLatin1String(kNamed));
}

bool DnsTestServer::start(const QList<Zone> &zones, QString *error)
{
    const QString dir = m_dir.path();
    QByteArray chaos;
    QByteArray internet;
    int index = 0;
    for (const Zone &zone : zones) {
        const QString file = dir + QStringLiteral("/zone%1.db").arg(++index);
        if (!writeFile(file, zoneFile(zone))) {
            *error = QStringLiteral("cannot write ") + file;
            return false;
        }
        const QByteArray entry = "  zone \"" + zone.name.toLatin1() + "\" " + zone.klass.toLatin1()
            + " { type primary; file \"" + file.toLatin1() + "\"; };\n";
        (zone.klass == QLatin1String("CH") ? chaos : internet) += entry;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freeLoopbackPort();
        const QByteArray d = dir.toLatin1();
        QByteArray config = "options { directory \"" + d + "\"; pid-file \"" + d + "/named.pid\";\n"
            + "  session-keyfile \"" + d + "/session.key\"; listen-on port " + QByteArray::number(m_port)
            + " { 127.0.0.1; };\n  listen-on-v6 { none; }; recursion no; dnssec-validation no; notify no;\n"
            + "  minimal-responses yes; };\ncontrols { };\n";
        if (!chaos.isEmpty())
            config += "view \"chaos\" ch {\n  match-clients { any; };\n" + chaos + "};\n";
        config += "view \"internet\" in {\n  match-clients { any; };\n" + internet + "};\n";
        if (!writeFile(dir + QStringLiteral("/named.conf"), config)) {
            *error = QStringLiteral("cannot write named.conf");
            return false;
        }
        m_process.start(QLatin1String(kNamed),
                        {QStringLiteral("-g"), QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-c"),
                         dir + QStringLiteral("/named.conf")});
        if (!m_process.waitForStarted(5000)) {
            *error = QStringLiteral("named did not start: ") + m_process.errorString();
            return false;
        }
        QByteArray log;
        while (m_process.state() == QProcess::Running && m_process.waitForReadyRead(10000)) {
            log += m_process.readAll();
            if (log.contains("running\n") || log.contains("exiting"))
                break;
        }
        if (log.contains("running\n") && !log.contains("exiting"))
            return true;
        stop();
        *error = QString::fromLocal8Bit(log.right(1500));
        if (!log.contains("address in use"))
            return false;
    }
    return false;
}

void DnsTestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM to named's PID
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace Homing::Test
