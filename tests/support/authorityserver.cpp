#include "authorityserver.h"

#include "testutil.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <csignal>

namespace Homing::Test {

namespace {
const char *const kNamed = "/usr/sbin/named";
const char *const kKnotd = "/usr/sbin/knotd";
} // namespace

AuthorityServer::AuthorityServer(Kind kind)
    : m_kind(kind)
{
}

AuthorityServer::~AuthorityServer()
{
    stop();
}

bool AuthorityServer::available(Kind kind)
{
    return QFile::exists(QLatin1String(kind == Kind::Bind ? kNamed : kKnotd));
}

bool AuthorityServer::start(const QHostAddress &address, const QList<Zone> &zones, const QByteArray &keySecret,
                            const QByteArray &options, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no scratch directory");
        return false;
    }
    return m_kind == Kind::Bind ? startBind(address, zones, keySecret, options, error)
                                : startKnot(address, zones, keySecret, error);
}

bool AuthorityServer::startBind(const QHostAddress &address, const QList<Zone> &zones, const QByteArray &keySecret,
                                const QByteArray &options, QString *error)
{
    const QByteArray d = m_dir.path().toLatin1();
    QByteArray config;
    if (!keySecret.isEmpty())
        config += "key \"ddns-key\" { algorithm hmac-sha256; secret \"" + keySecret + "\"; };\n";
    const QByteArray text = address.toString().toLatin1();
    const QByteArray listen = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QByteArray("listen-on { none; }; listen-on-v6 port 53 { " + text + "; };")
        : QByteArray("listen-on port 53 { " + text + "; }; listen-on-v6 { none; };");
    config += "options { directory \"" + d + "\"; pid-file \"" + d + "/named.pid\";\n  session-keyfile \"" + d
        + "/session.key\"; " + listen + "\n  recursion no; dnssec-validation no; notify no;\n  " + options
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
    return launch(QLatin1String(kNamed),
                  {QStringLiteral("-g"), QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-c"),
                   m_dir.filePath(QStringLiteral("named.conf"))},
                  {QByteArrayLiteral("running\n")}, address, error);
}

bool AuthorityServer::startKnot(const QHostAddress &address, const QList<Zone> &zones, const QByteArray &keySecret,
                                QString *error)
{
    const QByteArray d = m_dir.path().toLatin1();
    // Knot listens on an IPv6 address written the same way ("fd00::1@53").
    QByteArray config = "server:\n    listen: " + address.toString().toLatin1() + "@53\n    rundir: " + d
        + "\n    pidfile: " + d + "/knot.pid\ndatabase:\n    storage: " + d + "/db\ncontrol:\n    listen: " + d
        + "/knot.sock\nlog:\n  - target: stdout\n    any: info\n";
    if (!keySecret.isEmpty())
        config += "key:\n  - id: ddns-key\n    algorithm: hmac-sha256\n    secret: " + keySecret
            + "\nacl:\n  - id: update\n    key: ddns-key\n    action: update\n";
    config += "zone:\n";
    int index = 0;
    for (const Zone &zone : zones) {
        if (!zone.primary.isEmpty()) {
            *error = QStringLiteral("secondary zones are set up for BIND only");
            return false;
        }
        const QByteArray file = d + "/zone" + QByteArray::number(index++) + ".db";
        if (!writeFile(QString::fromLatin1(file), zone.text)) {
            *error = QStringLiteral("cannot write a zone file");
            return false;
        }
        config += "  - domain: " + zone.name.toLatin1() + "\n    file: " + file + '\n';
        if (zone.updatable && !keySecret.isEmpty())
            config += "    acl: update\n";
    }
    // The journal's directory must exist, or every update fails (TESTBED.md §4c).
    if (!QDir().mkpath(m_dir.filePath(QStringLiteral("db")))
        || !writeFile(m_dir.filePath(QStringLiteral("knot.conf")), config)) {
        *error = QStringLiteral("cannot write knot.conf");
        return false;
    }
    return launch(QLatin1String(kKnotd), {QStringLiteral("-c"), m_dir.filePath(QStringLiteral("knot.conf"))},
                  {QByteArrayLiteral("server started"), QByteArrayLiteral("loaded, serial")}, address, error);
}

bool AuthorityServer::launch(const QString &program, const QStringList &arguments, const QList<QByteArray> &ready,
                             const QHostAddress &address, QString *error)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(5000)) {
        *error = program + QStringLiteral(" did not start: ") + m_process.errorString();
        return false;
    }
    const auto allSeen = [&] {
        return std::all_of(ready.begin(), ready.end(), [&](const QByteArray &line) { return m_log.contains(line); });
    };
    while (!allSeen() && m_process.state() == QProcess::Running && m_process.waitForReadyRead(15000))
        m_log += m_process.readAll();
    if (allSeen() && m_process.state() == QProcess::Running && !m_log.contains("exiting"))
        return true;
    m_log += m_process.readAll();
    *error = QStringLiteral("%1 on %2 did not come up: %3")
                 .arg(program, address.toString(), QString::fromLocal8Bit(m_log.right(2000)));
    return false;
}

QString AuthorityServer::log()
{
    m_log += m_process.readAll();
    return QString::fromLocal8Bit(m_log);
}

void AuthorityServer::stop()
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
