#include "delegation.h"

#include "dnsserverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUuid>

namespace Homing::Test {

Delegation::Delegation(const QString &zone)
    : m_zone(zone)
    , m_netns(zone)
    , m_secret(DnsServerFixture::newSecret())
{
}

bool Delegation::serve(const QString &address, const QList<AuthorityServer::Zone> &zones)
{
    auto server = std::make_shared<AuthorityServer>(AuthorityServer::Kind::Bind);
    QString error;
    if (!server->start(QHostAddress(address), zones, m_secret, {}, &error)) {
        qWarning().noquote() << error;
        return false;
    }
    m_servers.append(server);
    return true;
}

QJsonObject Delegation::settings(const QJsonObject &extra)
{
    QJsonObject settings {{QStringLiteral("secretStore"), QStringLiteral("file")},
                          {QStringLiteral("rootHints"), QJsonArray {QStringLiteral("127.0.1.1")}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        settings.insert(it.key(), it.value());
    return settings;
}

bool Delegation::setUp(const QJsonObject &settings, const QJsonObject &hostExtra)
{
    if (const QString why = NetnsHelper::unavailableReason(); !why.isEmpty()) {
        m_skip = why;
        return true;
    }
    if (!AuthorityServer::available(AuthorityServer::Kind::Bind)) {
        m_skip = QStringLiteral("BIND (named) is not installed (packaging/install-deps.sh --tests installs it)");
        return true;
    }
    QString error;
    if (!m_netns.create(&error)
        || !m_netns.ipBatch(
            {QStringLiteral("address add 127.0.1.1/32 dev lo"), QStringLiteral("address add 127.0.2.1/32 dev lo"),
             QStringLiteral("address add 127.0.3.1/32 dev lo"),
             // A default route that leads nowhere: homingd counts the network as
             // up, and nothing can leave the namespace.
             QStringLiteral("address add 10.250.0.1/30 dev veth0"), QStringLiteral("route add default dev veth0")},
            &error)
        || !m_netns.enter(&error)) {
        qWarning().noquote() << error;
        return false;
    }
    const QByteArray zoneName = m_zone.toLatin1();
    const bool served = serve(QStringLiteral("127.0.1.1"),
                              {{QStringLiteral("."),
                                "$TTL 300\n. IN SOA ns.root. hostmaster.root. 1 3600 600 86400 60\n. IN NS ns.root.\n"
                                "ns.root. IN A 127.0.1.1\ntest. IN NS ns.nic.test.\nns.nic.test. IN A 127.0.2.1\n",
                                false,
                                {}}})
        && serve(QStringLiteral("127.0.2.1"),
                 {{QStringLiteral("test"),
                   "$ORIGIN test.\n$TTL 300\n@ IN SOA ns.nic hostmaster.nic 1 3600 600 86400 60\n"
                   "@ IN NS ns.nic\nns.nic IN A 127.0.2.1\n"
                       + zoneName + " IN NS ns1." + zoneName + "\nns1." + zoneName + " IN A 127.0.3.1\n",
                   false,
                   {}}})
        && serve(QLatin1String(primary),
                 {{zone(),
                   "$ORIGIN " + zone().toLatin1()
                       + ".\n$TTL 60\n@ IN SOA ns1 hostmaster 1 3600 600 86400 60\n"
                         "@ IN NS ns1\nns1 IN A 127.0.3.1\nhome IN A 81.2.69.1\n",
                   true,
                   {}}});
    if (!served)
        return false;

    m_fixture = std::make_unique<AgentFixture>();
    if (!m_fixture->start())
        return false;
    m_config = m_fixture->config(QStringLiteral("file"));
    m_config.insert(QStringLiteral("settings"), settings);
    QJsonObject host {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {QStringLiteral("name"), this->host()},
                      {QStringLiteral("provider"), QStringLiteral("rfc2136")},
                      {QStringLiteral("families"), QJsonArray {QStringLiteral("ipv4")}},
                      {QStringLiteral("settings"),
                       QJsonObject {{QStringLiteral("server"), QLatin1String(primary)},
                                    {QStringLiteral("zone"), zone()},
                                    {QStringLiteral("keyname"), QStringLiteral("ddns-key")},
                                    {QStringLiteral("algorithm"), QStringLiteral("hmac-sha256")}}}};
    for (auto it = hostExtra.begin(); it != hostExtra.end(); ++it)
        host.insert(it.key(), it.value());
    m_config.insert(QStringLiteral("hosts"), QJsonArray {host});
    if (!m_fixture->writeConfig(m_config))
        return false;
    const AgentFixture::Run set = m_fixture->homingctl(
        {QStringLiteral("secret"), QStringLiteral("set"), this->host(), QStringLiteral("secret")}, m_secret + '\n');
    if (set.exitCode != 0)
        qWarning().noquote() << set.err;
    return set.exitCode == 0;
}

QByteArray Delegation::dig() const
{
    QProcess process;
    process.start(QStringLiteral("dig"),
                  {QLatin1Char('@') + QLatin1String(primary), host(), QStringLiteral("A"), QStringLiteral("+norecurse"),
                   QStringLiteral("+short"), QStringLiteral("+time=2"), QStringLiteral("+tries=1")});
    process.waitForFinished(10000);
    return process.readAllStandardOutput().trimmed();
}

bool Delegation::changeBehindHomingsBack(const QByteArray &address)
{
    const QByteArray name = host().toLatin1();
    QByteArray script
        = QByteArray("server ") + primary + " 53\nzone " + zone().toLatin1() + "\nupdate delete " + name + " A\n";
    if (!address.isEmpty())
        script += "update add " + name + " 60 A " + address + '\n';
    script += "send\n";
    const AgentFixture::Run run = m_fixture->run(
        QStringLiteral("nsupdate"),
        {QStringLiteral("-y"), QStringLiteral("hmac-sha256:ddns-key:") + QString::fromLatin1(m_secret)}, script);
    if (run.exitCode != 0)
        qWarning().noquote() << "nsupdate:" << run.err;
    return run.exitCode == 0;
}

QJsonObject Delegation::status()
{
    const AgentFixture::Run run = m_fixture->homingctl({QStringLiteral("status"), QStringLiteral("--json")});
    const QJsonArray hosts = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("hosts")).toArray();
    return hosts.isEmpty() ? QJsonObject() : hosts.first().toObject();
}

QString Delegation::ipv4Status(const QJsonObject &host)
{
    return host.value(QStringLiteral("verification"))
        .toObject()
        .value(QStringLiteral("ipv4"))
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}

QList<QJsonObject> Delegation::history()
{
    const AgentFixture::Run run = m_fixture->homingctl({QStringLiteral("history"), host(), QStringLiteral("--json"),
                                                        QStringLiteral("--limit"), QStringLiteral("500")});
    QList<QJsonObject> rows;
    for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array())
        rows.append(value.toObject());
    return rows;
}

qsizetype Delegation::count(const QList<QJsonObject> &rows, const QString &key, const QString &value)
{
    return std::count_if(rows.begin(), rows.end(),
                         [&](const QJsonObject &row) { return row.value(key).toString() == value; });
}

bool Delegation::waitForVerified()
{
    return QTest::qWaitFor([&] { return dig() == published && ipv4Status(status()) == QLatin1String("verified"); },
                           60000);
}

} // namespace Homing::Test
