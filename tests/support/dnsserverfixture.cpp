#include "dnsserverfixture.h"

#include "dnstestserver.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace Homing::Test {

namespace {

const char *const kNamed = "/usr/sbin/named";
const char *const kKnotd = "/usr/sbin/knotd";
const char *const kPdns = "/usr/sbin/pdns_server";
const char *const kPdnsutil = "/usr/bin/pdnsutil";
const char *const kSchema = "/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql";

QByteArray zoneFile(const QString &zone, const QList<DnsServerFixture::Record> &records)
{
    QByteArray text = "$ORIGIN " + zone.toLatin1()
        + ".\n$TTL 300\n@ IN SOA ns1 hostmaster 1 3600 600 86400 60\n"
          "@ IN NS ns1\nns1 IN A 127.0.0.1\n";
    for (const DnsServerFixture::Record &record : records)
        text += record.name.toLatin1() + ' ' + QByteArray::number(record.ttl) + " IN " + record.type.toLatin1() + ' '
            + record.value.toLatin1() + '\n';
    return text;
}

} // namespace

DnsServerFixture::DnsServerFixture(Kind kind)
    : m_kind(kind)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

DnsServerFixture::~DnsServerFixture()
{
    stop();
}

bool DnsServerFixture::available(Kind kind)
{
    switch (kind) {
    case Kind::Bind:
        return QFile::exists(QLatin1String(kNamed));
    case Kind::Knot:
        return QFile::exists(QLatin1String(kKnotd));
    case Kind::PowerDns:
        return QFile::exists(QLatin1String(kPdns)) && QFile::exists(QLatin1String(kPdnsutil))
            && QFile::exists(QLatin1String(kSchema));
    }
    return false;
}

QString DnsServerFixture::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Bind:
        return QStringLiteral("BIND");
    case Kind::Knot:
        return QStringLiteral("Knot");
    case Kind::PowerDns:
        return QStringLiteral("PowerDNS");
    }
    return {};
}

QByteArray DnsServerFixture::newSecret(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &byte : raw)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return raw.toBase64();
}

bool DnsServerFixture::start(const QString &zone, const QList<Key> &keys, const QList<Record> &records, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no scratch directory");
        return false;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freeLoopbackPort();
        m_apiPort = freeLoopbackPort();
        m_log.clear();
        bool started = false;
        switch (m_kind) {
        case Kind::Bind:
            started = startBind(zone, keys, records, error);
            break;
        case Kind::Knot:
            started = startKnot(zone, keys, records, error);
            break;
        case Kind::PowerDns:
            started = startPowerDns(zone, keys, records, error);
            break;
        }
        if (started)
            return true;
        stop();
        if (!error->contains(QLatin1String("in use")))
            return false;
    }
    return false;
}

bool DnsServerFixture::launch(const QString &program, const QStringList &arguments, const QList<QByteArray> &ready,
                              QString *error)
{
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(5000)) {
        *error = program + QStringLiteral(" did not start: ") + m_process.errorString();
        return false;
    }
    const auto allSeen = [&] {
        for (const QByteArray &line : ready) {
            if (!m_log.contains(line))
                return false;
        }
        return true;
    };
    while (!allSeen() && m_process.state() == QProcess::Running && m_process.waitForReadyRead(15000))
        m_log += m_process.readAll();
    if (allSeen() && m_process.state() == QProcess::Running)
        return true;
    m_log += m_process.readAll();
    *error = program + QStringLiteral(" did not come up: ") + QString::fromLocal8Bit(m_log.right(2000));
    return false;
}

bool DnsServerFixture::run(const QString &program, const QStringList &arguments, const QByteArray &input,
                           QString *error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ")
            + QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

bool DnsServerFixture::startBind(const QString &zone, const QList<Key> &keys, const QList<Record> &records,
                                 QString *error)
{
    const QByteArray d = m_dir.path().toLatin1();
    QByteArray config;
    QByteArray grants;
    for (const Key &key : keys) {
        config += "key \"" + key.name.toLatin1() + "\" { algorithm " + key.algorithm.toLatin1() + "; secret \""
            + key.secret + "\"; };\n";
        grants += "    grant \"" + key.name.toLatin1() + "\" zonesub ANY;\n";
    }
    config += "options { directory \"" + d + "\"; pid-file \"" + d + "/named.pid\";\n  session-keyfile \"" + d
        + "/session.key\"; listen-on port " + QByteArray::number(m_port)
        + " { 127.0.0.1; };\n  listen-on-v6 { none; }; recursion no; dnssec-validation no; notify no; };\n"
          "controls { };\n"
        + "zone \"" + zone.toLatin1() + "\" { type primary; file \"" + d + "/zone.db\";\n  update-policy {\n" + grants
        + "  };\n};\n";
    if (!writeFile(m_dir.filePath(QStringLiteral("named.conf")), config)
        || !writeFile(m_dir.filePath(QStringLiteral("zone.db")), zoneFile(zone, records))) {
        *error = QStringLiteral("cannot write the BIND configuration");
        return false;
    }
    return launch(QLatin1String(kNamed),
                  {QStringLiteral("-g"), QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-c"),
                   m_dir.filePath(QStringLiteral("named.conf"))},
                  {QByteArrayLiteral("running\n")}, error)
        && !m_log.contains("exiting");
}

bool DnsServerFixture::startKnot(const QString &zone, const QList<Key> &keys, const QList<Record> &records,
                                 QString *error)
{
    const QByteArray d = m_dir.path().toLatin1();
    QByteArray keyText = "key:\n";
    QByteArrayList ids;
    for (const Key &key : keys) {
        keyText += "  - id: " + key.name.toLatin1() + "\n    algorithm: " + key.algorithm.toLatin1()
            + "\n    secret: " + key.secret + '\n';
        ids.append(key.name.toLatin1());
    }
    QByteArray config = "server:\n    listen: 127.0.0.1@" + QByteArray::number(m_port) + "\n    rundir: " + d
        + "\n    pidfile: " + d + "/knot.pid\n" + "database:\n    storage: " + d + "/db\ncontrol:\n    listen: " + d
        + "/knot.sock\n" + "log:\n  - target: stdout\n    any: info\n";
    if (!keys.isEmpty())
        config += keyText + "acl:\n  - id: update\n    key: [" + ids.join(", ") + "]\n    action: update\n";
    config += "template:\n  - id: default\n    storage: " + d + "\n    file: \"%s.zone\"\n";
    config += "zone:\n  - domain: " + zone.toLatin1() + '\n' + (keys.isEmpty() ? "" : "    acl: update\n");
    if (!QDir().mkpath(m_dir.filePath(QStringLiteral("db")))
        || !writeFile(m_dir.filePath(QStringLiteral("knot.conf")), config)
        || !writeFile(m_dir.filePath(zone + QStringLiteral(".zone")), zoneFile(zone, records))) {
        *error = QStringLiteral("cannot write the Knot configuration");
        return false;
    }
    return launch(QLatin1String(kKnotd), {QStringLiteral("-c"), m_dir.filePath(QStringLiteral("knot.conf"))},
                  {QByteArrayLiteral("server started"), QByteArrayLiteral("loaded, serial")}, error);
}

bool DnsServerFixture::startPowerDns(const QString &zone, const QList<Key> &keys, const QList<Record> &records,
                                     QString *error)
{
    const QString d = m_dir.path();
    const QString database = m_dir.filePath(QStringLiteral("pdns.sqlite3"));
    QFile::remove(database);
    const QByteArray config = "launch=gsqlite3\ngsqlite3-database=" + database.toLatin1()
        + "\nlocal-address=127.0.0.1\nlocal-port=" + QByteArray::number(m_port) + "\nsocket-dir=" + d.toLatin1()
        + "\ndaemon=no\nguardian=no\ndisable-syslog=yes\nsecurity-poll-suffix=\nloglevel=6\n"
          "api=yes\napi-key="
        + apiKey().toLatin1()
        + "\nwebserver=yes\nwebserver-address=127.0.0.1\nwebserver-port=" + QByteArray::number(m_apiPort)
        + "\nwebserver-allow-from=127.0.0.0/8\ndnsupdate=yes\nallow-dnsupdate-from=127.0.0.0/8\n";
    if (!writeFile(m_dir.filePath(QStringLiteral("pdns.conf")), config)) {
        *error = QStringLiteral("cannot write the PowerDNS configuration");
        return false;
    }
    const QString util = QLatin1String(kPdnsutil);
    const QString configDir = QStringLiteral("--config-dir=") + d;
    if (!run(QStringLiteral("/usr/bin/sqlite3"), {database}, readFile(QLatin1String(kSchema)), error)
        || !run(util, {configDir, QStringLiteral("create-zone"), zone, QStringLiteral("ns1.") + zone}, {}, error)
        || !run(
            util,
            {configDir, QStringLiteral("set-meta"), zone, QStringLiteral("SOA-EDIT-API"), QStringLiteral("DEFAULT")},
            {}, error)
        || !run(util,
                {configDir, QStringLiteral("add-record"), zone, QStringLiteral("ns1"), QStringLiteral("A"),
                 QStringLiteral("300"), QStringLiteral("127.0.0.1")},
                {}, error))
        return false;
    QStringList allowed;
    for (const Key &key : keys) {
        if (!run(util,
                 {configDir, QStringLiteral("import-tsig-key"), key.name, key.algorithm,
                  QString::fromLatin1(key.secret)},
                 {}, error))
            return false;
        allowed.append(key.name);
    }
    if (!allowed.isEmpty()
        && !run(util,
                QStringList {configDir, QStringLiteral("set-meta"), zone, QStringLiteral("TSIG-ALLOW-DNSUPDATE")}
                    + allowed,
                {}, error))
        return false;
    for (const Record &record : records) {
        if (!run(util,
                 {configDir, QStringLiteral("add-record"), zone, record.name, record.type, QString::number(record.ttl),
                  record.value},
                 {}, error))
            return false;
    }
    return launch(QLatin1String(kPdns), {configDir},
                  {QByteArrayLiteral("ready to distribute questions"), QByteArrayLiteral("Listening for HTTP")}, error);
}

void DnsServerFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM to the server's own PID
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString DnsServerFixture::log()
{
    m_log += m_process.readAll();
    return QString::fromLocal8Bit(m_log);
}

QStringList DnsServerFixture::dig(const QString &name, const QString &type) const
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/dig"),
                  {QStringLiteral("@127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                   QStringLiteral("+norecurse"), QStringLiteral("+noall"), QStringLiteral("+answer"),
                   QStringLiteral("+time=3"), QStringLiteral("+tries=2"), name, type});
    process.waitForFinished(20000);
    QStringList lines;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 5 && fields.at(3) == type.toLatin1())
            lines.append(QString::fromLatin1(fields.at(1) + ' ' + fields.at(4)));
    }
    lines.sort();
    return lines;
}

} // namespace Homing::Test
