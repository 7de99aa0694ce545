// homingctl import, then the real homingd --once against loopback servers: a host whose address
// the old client's cache says is current sends nothing; a host without a cached address is updated.
// Also the command's exit statuses (all / some / nothing) and its JSON preview.
#include "agentfixture.h"
#include "testutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Homing::Test;

class TestImportOnce : public QObject
{
    Q_OBJECT

private:
    // The agent fixture's config without its host, the echo source in the form the import writes.
    static QJsonObject emptyConfig(AgentFixture &fixture)
    {
        QJsonObject config = fixture.config(QStringLiteral("file"));
        config.insert(QStringLiteral("hosts"), QJsonArray {});
        QJsonObject source = config.value(QStringLiteral("sources")).toArray().first().toObject();
        source.insert(QStringLiteral("format"), QStringLiteral("auto"));
        config.insert(QStringLiteral("sources"), QJsonArray {source});
        return config;
    }

    static QByteArray ddclientConf(AgentFixture &fixture, const QString &cache)
    {
        const QByteArray server = fixture.provider().url().authority().toUtf8();
        return "# ddclient.conf\n"
               "daemon=300\n"
               "cache="
            + cache.toUtf8() + "\nusev4=webv4, webv4=" + fixture.echo().url(QStringLiteral("/ip")).toString().toUtf8()
            + "\nssl=no\n"
              "protocol=dyndns2, server="
            + server
            + ", login=alice, password='pw import 1'\n"
              "cached.example.org\n"
              "fresh.example.org\n";
    }

private slots:
    void cachedHostsSendNothingOnTheFirstRun()
    {
        AgentFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.writeConfig(emptyConfig(fixture)));
        const QString cache = fixture.configDir() + QStringLiteral("/ddclient.cache");
        QVERIFY(writeFile(cache,
                          "## ddclient-4.0.0\nhost=cached.example.org,ipv4=81.2.69.160,mtime="
                              + QByteArray::number(QDateTime::currentSecsSinceEpoch() - 3600)
                              + ",status-ipv4=good cached.example.org\n"));
        const QString conf = fixture.configDir() + QStringLiteral("/old-ddclient.conf");
        const QByteArray confText = ddclientConf(fixture, cache);
        QVERIFY(writeFile(conf, confText));

        // A dry run changes nothing and says what would come.
        const QByteArray configBefore = readFile(fixture.configDir() + QStringLiteral("/config.json"));
        const AgentFixture::Run dry = fixture.homingctl(
            {QStringLiteral("import"), conf, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject preview = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(preview.value(QStringLiteral("format")).toString(), QStringLiteral("ddclient"));
        QCOMPARE(preview.value(QStringLiteral("hosts")).toArray().size(), 2);
        QCOMPARE(
            preview.value(QStringLiteral("hosts")).toArray().first().toObject().value(QStringLiteral("publishedIpv4")),
            QJsonValue(QStringLiteral("81.2.69.160")));
        QVERIFY(!dry.out.contains("pw import 1"));
        QCOMPARE(readFile(fixture.configDir() + QStringLiteral("/config.json")), configBefore);

        const AgentFixture::Run imported = fixture.homingctl({QStringLiteral("import"), conf});
        QVERIFY2(imported.exitCode == 0, imported.out.constData());
        QVERIFY2(imported.out.contains("sudo systemctl disable --now ddclient.service"), imported.out.constData());
        QVERIFY(!imported.out.contains("pw import 1"));
        QVERIFY(!readFile(fixture.configDir() + QStringLiteral("/config.json")).contains("pw import 1"));
        QCOMPARE(readFile(conf), confText);

        const AgentFixture::Run once = fixture.homingd();
        QCOMPARE(once.exitCode, 0);
        QCOMPARE(fixture.provider().requests().size(), 1);
        const HttpTestServer::Request &request = fixture.provider().requests().first();
        QCOMPARE(request.query().queryItemValue(QStringLiteral("hostname")), QStringLiteral("fresh.example.org"));
        QCOMPARE(request.basicCredentials(), QByteArray("alice:pw import 1"));
        QVERIFY2(once.out.contains("cached.example.org: already up to date")
                     || once.out.contains("cached.example.org: up to date"),
                 once.out.constData());
    }

    void exitStatusSaysAllSomeOrNothing()
    {
        AgentFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.writeConfig(emptyConfig(fixture)));
        const QString some = fixture.configDir() + QStringLiteral("/some.conf");
        QVERIFY(writeFile(some,
                          "protocol=duckdns, password=d0000001-0000-4000-8000-000000000001 "
                          "a.duckdns.org\nprotocol=woima w.example.org\n"));
        const QString none = fixture.configDir() + QStringLiteral("/none.conf");
        QVERIFY(writeFile(none, "protocol=woima w.example.org\n"));
        const AgentFixture::Run partly = fixture.homingctl(
            {QStringLiteral("import"), some, QStringLiteral("--format"), QStringLiteral("ddclient")});
        QCOMPARE(partly.exitCode, 1);
        QVERIFY(partly.out.contains("\"woima\" has no Homing provider"));
        const AgentFixture::Run nothing = fixture.homingctl(
            {QStringLiteral("import"), none, QStringLiteral("--format"), QStringLiteral("ddclient")});
        QCOMPARE(nothing.exitCode, 2);
        const AgentFixture::Run usage
            = fixture.homingctl({QStringLiteral("import"), none, QStringLiteral("--format"), QStringLiteral("bogus")});
        QCOMPARE(usage.exitCode, 64);
        const AgentFixture::Run hosts = fixture.homingctl({QStringLiteral("hosts"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(hosts.out).array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportOnce)
#include "tst_importonce.moc"
