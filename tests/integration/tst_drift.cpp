// The drift watch, end to end: a real delegation (a root, the "test" TLD and the zone drift.test)
// served by BIND on loopback addresses, port 53, in the test's own network namespace. The real
// homingd publishes home.drift.test through the RFC 2136 provider, and then the test changes the
// record behind its back with nsupdate, as another client would. What is asserted is what a user
// observes: the name server's answer (dig), the timeline rows and `homingctl status`.
#include "agentfixture.h"
#include "authorityserver.h"
#include "dnsserverfixture.h"
#include "netnshelper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace Homing::Test;

namespace {

const QByteArray kPublished = "81.2.69.160"; // what the loopback echo reports
const QString kHost = QStringLiteral("home.drift.test");
const QString kPrimary = QStringLiteral("127.0.3.1");

} // namespace

class TestDrift : public QObject
{
    Q_OBJECT

private:
    NetnsHelper m_netns {QStringLiteral("drift")};
    QList<std::shared_ptr<AuthorityServer>> m_servers;
    std::unique_ptr<AgentFixture> m_fixture;
    std::unique_ptr<QProcess> m_agent;
    QByteArray m_secret = DnsServerFixture::newSecret();
    QJsonObject m_config;

    bool serve(const QString &address, const QList<AuthorityServer::Zone> &zones)
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

    // What the primary answers for the host's A record, asked with dig (not Homing's code).
    static QByteArray dig()
    {
        QProcess process;
        process.start(QStringLiteral("dig"),
                      {QLatin1Char('@') + kPrimary, kHost, QStringLiteral("A"), QStringLiteral("+norecurse"),
                       QStringLiteral("+short"), QStringLiteral("+time=2"), QStringLiteral("+tries=1")});
        process.waitForFinished(10000);
        return process.readAllStandardOutput().trimmed();
    }

    // Another client's change: nsupdate with the zone's key replaces the host's A record (or
    // deletes it, with an empty address).
    bool changeBehindHomingsBack(const QByteArray &address)
    {
        QByteArray script
            = "server " + kPrimary.toLatin1() + " 53\nzone drift.test\nupdate delete " + kHost.toLatin1() + " A\n";
        if (!address.isEmpty())
            script += "update add " + kHost.toLatin1() + " 60 A " + address + '\n';
        script += "send\n";
        const AgentFixture::Run run = m_fixture->run(
            QStringLiteral("nsupdate"),
            {QStringLiteral("-y"), QStringLiteral("hmac-sha256:ddns-key:") + QString::fromLatin1(m_secret)}, script);
        if (run.exitCode != 0)
            qWarning().noquote() << "nsupdate:" << run.err;
        return run.exitCode == 0;
    }

    QJsonObject status()
    {
        const AgentFixture::Run run = m_fixture->homingctl({QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonArray hosts = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("hosts")).toArray();
        return hosts.isEmpty() ? QJsonObject() : hosts.first().toObject();
    }

    static QString ipv4Status(const QJsonObject &host)
    {
        return host.value(QStringLiteral("verification"))
            .toObject()
            .value(QStringLiteral("ipv4"))
            .toObject()
            .value(QStringLiteral("status"))
            .toString();
    }

    // The host's timeline, newest first.
    QList<QJsonObject> history()
    {
        const AgentFixture::Run run = m_fixture->homingctl({QStringLiteral("history"), kHost, QStringLiteral("--json"),
                                                            QStringLiteral("--limit"), QStringLiteral("500")});
        QList<QJsonObject> rows;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array())
            rows.append(value.toObject());
        return rows;
    }

    static qsizetype count(const QList<QJsonObject> &rows, const QString &key, const QString &value)
    {
        return std::count_if(rows.begin(), rows.end(),
                             [&](const QJsonObject &row) { return row.value(key).toString() == value; });
    }

    static qsizetype driftRows(const QList<QJsonObject> &rows)
    {
        return count(rows, QStringLiteral("outcome"), QStringLiteral("drift"));
    }

    // Waits until the authority answers the published address and Homing shows it verified.
    bool waitForVerified()
    {
        return QTest::qWaitFor([&] { return dig() == kPublished && ipv4Status(status()) == QLatin1String("verified"); },
                               60000);
    }

private slots:
    void initTestCase()
    {
        if (const QString why = NetnsHelper::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        if (!AuthorityServer::available(AuthorityServer::Kind::Bind))
            QSKIP("BIND (named) is not installed (packaging/install-deps.sh --tests installs it)");
        QString error;
        QVERIFY2(m_netns.create(&error), qPrintable(error));
        QVERIFY2(m_netns.ipBatch({QStringLiteral("address add 127.0.1.1/32 dev lo"),
                                  QStringLiteral("address add 127.0.2.1/32 dev lo"),
                                  QStringLiteral("address add 127.0.3.1/32 dev lo"),
                                  // A default route that leads nowhere: homingd counts the network as
                                  // up, and nothing can leave the namespace.
                                  QStringLiteral("address add 10.250.0.1/30 dev veth0"),
                                  QStringLiteral("route add default dev veth0")},
                                 &error),
                 qPrintable(error));
        QVERIFY2(m_netns.enter(&error), qPrintable(error));

        QVERIFY(serve(QStringLiteral("127.0.1.1"),
                      {{QStringLiteral("."),
                        "$TTL 300\n. IN SOA ns.root. hostmaster.root. 1 3600 600 86400 60\n. IN NS ns.root.\n"
                        "ns.root. IN A 127.0.1.1\ntest. IN NS ns.nic.test.\nns.nic.test. IN A 127.0.2.1\n",
                        false,
                        {}}}));
        QVERIFY(serve(QStringLiteral("127.0.2.1"),
                      {{QStringLiteral("test"),
                        "$ORIGIN test.\n$TTL 300\n@ IN SOA ns.nic hostmaster.nic 1 3600 600 86400 60\n"
                        "@ IN NS ns.nic\nns.nic IN A 127.0.2.1\ndrift IN NS ns1.drift\nns1.drift IN A 127.0.3.1\n",
                        false,
                        {}}}));
        QVERIFY(serve(kPrimary,
                      {{QStringLiteral("drift.test"),
                        "$ORIGIN drift.test.\n$TTL 60\n@ IN SOA ns1 hostmaster 1 3600 600 86400 60\n"
                        "@ IN NS ns1\nns1 IN A 127.0.3.1\nhome IN A 81.2.69.1\n",
                        true,
                        {}}}));

        m_fixture = std::make_unique<AgentFixture>();
        QVERIFY(m_fixture->start());
        m_config = m_fixture->config(QStringLiteral("file"));
        // The watch every 5 s (the shortest it allows) and servers that may lag 5 s, so that the
        // test does not wait for the 5 minutes a user gets.
        m_config.insert(QStringLiteral("settings"),
                        QJsonObject {{QStringLiteral("secretStore"), QStringLiteral("file")},
                                     {QStringLiteral("rootHints"), QJsonArray {QStringLiteral("127.0.1.1")}},
                                     {QStringLiteral("verifyLagSeconds"), 5},
                                     {QStringLiteral("driftCheckSeconds"), 5}});
        m_config.insert(
            QStringLiteral("hosts"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("name"), kHost},
                                     {QStringLiteral("provider"), QStringLiteral("rfc2136")},
                                     {QStringLiteral("families"), QJsonArray {QStringLiteral("ipv4")}},
                                     {QStringLiteral("settings"),
                                      QJsonObject {{QStringLiteral("server"), kPrimary},
                                                   {QStringLiteral("zone"), QStringLiteral("drift.test")},
                                                   {QStringLiteral("keyname"), QStringLiteral("ddns-key")},
                                                   {QStringLiteral("algorithm"), QStringLiteral("hmac-sha256")}}}}});
        QVERIFY(m_fixture->writeConfig(m_config));
        const AgentFixture::Run set = m_fixture->homingctl(
            {QStringLiteral("secret"), QStringLiteral("set"), kHost, QStringLiteral("secret")}, m_secret + '\n');
        QVERIFY2(set.exitCode == 0, set.err.constData());
        m_agent = m_fixture->startAgent();
        QVERIFY(m_agent->state() == QProcess::Running);
    }

    void cleanupTestCase()
    {
        if (m_agent)
            AgentFixture::stopAgent(*m_agent);
        m_servers.clear();
    }

    void changeBehindTheBackIsRestored()
    {
        QVERIFY2(waitForVerified(), dig().constData());
        QCOMPARE(driftRows(history()), 0); // a steady record makes no rows, however often it is asked

        QVERIFY(changeBehindHomingsBack("81.2.69.77"));
        QCOMPARE(dig(), QByteArray("81.2.69.77"));

        // The watch sees it: a row with what Homing published and what the server answers.
        QList<QJsonObject> rows;
        QTRY_VERIFY_WITH_TIMEOUT((rows = history(), driftRows(rows) == 1), 60000);
        const auto drift = std::find_if(rows.begin(), rows.end(), [](const QJsonObject &row) {
            return row.value(QStringLiteral("outcome")).toString() == QLatin1String("drift");
        });
        QCOMPARE(drift->value(QStringLiteral("kind")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(drift->value(QStringLiteral("old")).toString(), QString::fromLatin1(kPublished));
        QCOMPARE(drift->value(QStringLiteral("new")).toString(), QStringLiteral("81.2.69.77"));
        QCOMPARE(drift->value(QStringLiteral("source")).toString(), QStringLiteral("drift.test."));
        const QString detail = drift->value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QStringLiteral("changed behind Homing's back")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("Homing sends its address again")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("ns1.drift.test. (127.0.3.1): 81.2.69.77")), qPrintable(detail));

        // By default it is sent once more, and the server answers Homing's address again.
        QVERIFY2(waitForVerified(), dig().constData());
        rows = history();
        const qsizetype driftAt
            = std::find_if(rows.begin(), rows.end(),
                           [](const QJsonObject &row) {
                               return row.value(QStringLiteral("outcome")).toString() == QLatin1String("drift");
                           })
            - rows.begin();
        // Newest first: a sent row and the provider's answer came after the drift row.
        const qsizetype sentAt
            = std::find_if(rows.begin(), rows.end(),
                           [](const QJsonObject &row) {
                               return row.value(QStringLiteral("kind")).toString() == QLatin1String("sent");
                           })
            - rows.begin();
        QVERIFY2(sentAt < driftAt, "no update was sent after the drift");
        const QJsonObject host = status();
        QCOMPARE(host.value(QStringLiteral("state")).toString(), QStringLiteral("up-to-date"));
        QVERIFY(!host.value(QStringLiteral("lastDrift")).toString().isEmpty());
    }

    void secondChangeWithinAnHourStopsTheHost()
    {
        QVERIFY2(waitForVerified(), dig().constData());
        const qsizetype sentBefore = count(history(), QStringLiteral("kind"), QStringLiteral("sent"));
        // Another client fights Homing: it removes the record again.
        QVERIFY(changeBehindHomingsBack({}));
        QCOMPARE(dig(), QByteArray());

        QJsonObject host;
        QTRY_VERIFY_WITH_TIMEOUT(
            (host = status(), host.value(QStringLiteral("state")).toString() == QLatin1String("needs-attention")),
            60000);
        const QString reason = host.value(QStringLiteral("attention")).toString();
        QVERIFY2(reason.contains(QStringLiteral("twice within an hour")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("another client")), qPrintable(reason));
        const QList<QJsonObject> rows = history();
        QCOMPARE(driftRows(rows), 2);
        const QJsonObject newest = rows.first();
        QCOMPARE(newest.value(QStringLiteral("outcome")).toString(), QStringLiteral("drift"));
        QCOMPARE(newest.value(QStringLiteral("new")).toString(), QString()); // no record
        QVERIFY2(newest.value(QStringLiteral("detail")).toString().contains(QStringLiteral("removed")),
                 qPrintable(newest.value(QStringLiteral("detail")).toString()));
        // Stopped: nothing more was sent, and the record stays as the other client left it.
        QCOMPARE(count(rows, QStringLiteral("kind"), QStringLiteral("sent")), sentBefore);
        QCOMPARE(dig(), QByteArray());

        // The user resumes (the window's "Restore" does the same): Homing's address is back.
        const AgentFixture::Run restore = m_fixture->homingctl({QStringLiteral("restore"), kHost});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QVERIFY2(waitForVerified(), dig().constData());
        QCOMPARE(status().value(QStringLiteral("state")).toString(), QStringLiteral("up-to-date"));
        QCOMPARE(count(history(), QStringLiteral("kind"), QStringLiteral("sent")), sentBefore + 1);
    }

    void withoutRestoreOnlyTells()
    {
        m_config.insert(QStringLiteral("settings"),
                        QJsonObject {{QStringLiteral("secretStore"), QStringLiteral("file")},
                                     {QStringLiteral("rootHints"), QJsonArray {QStringLiteral("127.0.1.1")}},
                                     {QStringLiteral("verifyLagSeconds"), 5},
                                     {QStringLiteral("driftCheckSeconds"), 5},
                                     {QStringLiteral("restoreOnDrift"), false}});
        QVERIFY(m_fixture->writeConfig(m_config));
        const AgentFixture::Run reload = m_fixture->homingctl({QStringLiteral("reload")});
        QVERIFY2(reload.exitCode == 0, reload.err.constData());
        QVERIFY2(waitForVerified(), dig().constData());
        const QList<QJsonObject> before = history();
        const qsizetype sentBefore = count(before, QStringLiteral("kind"), QStringLiteral("sent"));

        QVERIFY(changeBehindHomingsBack("81.2.69.88"));
        QList<QJsonObject> rows;
        QTRY_VERIFY_WITH_TIMEOUT((rows = history(), driftRows(rows) == driftRows(before) + 1), 60000);
        QVERIFY2(rows.first().value(QStringLiteral("detail")).toString().contains(QStringLiteral("Choose Restore")),
                 qPrintable(rows.first().value(QStringLiteral("detail")).toString()));
        // The restore after the fight made this a first change again: the host keeps running.
        QCOMPARE(status().value(QStringLiteral("state")).toString(), QStringLiteral("up-to-date"));
        QCOMPARE(count(rows, QStringLiteral("kind"), QStringLiteral("sent")), sentBefore);
        QCOMPARE(dig(), QByteArray("81.2.69.88"));

        // "Restore" sends it.
        const AgentFixture::Run restore = m_fixture->homingctl({QStringLiteral("restore"), kHost});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QVERIFY2(waitForVerified(), dig().constData());
        QCOMPARE(count(history(), QStringLiteral("kind"), QStringLiteral("sent")), sentBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
