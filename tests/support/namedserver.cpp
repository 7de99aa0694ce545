#include "namedserver.h"

#include "testutil.h"

#include <QFile>

#include <csignal>

namespace Homing::Test {

namespace {
const char *const kNamed = "/usr/sbin/named";
}

NamedServer::~NamedServer()
{
    stop();
}

bool NamedServer::available()
{
    return QFile::exists(QLatin1String(kNamed));
}

bool NamedServer::start(const QHostAddress &address, const QList<Zone> &zones, const QByteArray &keySecret,
                        const QByteArray &options, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no scratch directory");
        return false;
    }
    const QByteArray d = m_dir.path().toLatin1();
    QByteArray config;
    if (!keySecret.isEmpty())
        config += "key \"ddns-key\" { algorithm hmac-sha256; secret \"" + keySecret + "\"; };\n";
    config += "options { directory \"" + d + "\"; pid-file \"" + d + "/named.pid\";\n  session-keyfile \"" + d
        + "/session.key\"; listen-on port 53 { " + address.toString().toLatin1()
        + "; };\n  listen-on-v6 { none; }; recursion no; dnssec-validation no; notify no;\n  " + options
        + "\n};\ncontrols { };\n";
    int index = 0;
    for (const Zone &zone : zones) {
        const QByteArray file = d + "/zone" + QByteArray::number(index++) + ".db";
        if (!zone.primary.isEmpty()) {
            config += "zone \"" + zone.name.toLatin1() + "\" { type secondary; primaries { " + zone.primary.toLatin1()
                + "; }; file \"" + file + "\"; };\n";
            continue;
        }
        if (!writeFile(QString::fromLatin1(file), zone.text)) {
            *error = QStringLiteral("cannot write a zone file");
            return false;
        }
        config += "zone \"" + zone.name.toLatin1() + "\" { type primary; file \"" + file + "\";";
        if (zone.updatable && !keySecret.isEmpty())
            config += " update-policy { grant \"ddns-key\" zonesub ANY; };";
        config += " };\n";
    }
    if (!writeFile(m_dir.filePath(QStringLiteral("named.conf")), config)) {
        *error = QStringLiteral("cannot write named.conf");
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QLatin1String(kNamed),
                    {QStringLiteral("-g"), QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-c"),
                     m_dir.filePath(QStringLiteral("named.conf"))});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("named did not start: ") + m_process.errorString();
        return false;
    }
    while (!m_log.contains("running\n") && m_process.state() == QProcess::Running && m_process.waitForReadyRead(15000))
        m_log += m_process.readAll();
    if (m_log.contains("running\n") && m_process.state() == QProcess::Running && !m_log.contains("exiting"))
        return true;
    m_log += m_process.readAll();
    *error = QStringLiteral("named on %1 did not come up: %2")
                 .arg(address.toString(), QString::fromLocal8Bit(m_log.right(2000)));
    return false;
}

QString NamedServer::log()
{
    m_log += m_process.readAll();
    return QString::fromLocal8Bit(m_log);
}

void NamedServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace Homing::Test
