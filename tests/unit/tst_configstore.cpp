// ConfigStore: one JSON document, atomic, 0600, never a secret, and a damaged file is left alone.
#include "storage/configstore.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;
using Homing::Test::readFile;
using Homing::Test::writeFile;

namespace {
// JSON written with single quotes, so the test data stays readable (and moc-friendly).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT

private:
    static Config sample()
    {
        Config config;
        Host host;
        host.id = QUuid::createUuid();
        host.name = QStringLiteral("home.example.org");
        host.providerId = QStringLiteral("dyndns2");
        host.settings.insert(QStringLiteral("username"), QStringLiteral("alice"));
        host.settings.insert(QStringLiteral("server"), QStringLiteral("https://dyn.example.net"));
        config.hosts.append(host);
        config.settings.pollIntervalSeconds = 120;
        config.settings.secretBackend = Settings::SecretBackend::File;
        config.settings.verify = false;
        config.settings.rootHints = {QStringLiteral("127.0.1.1"), QStringLiteral("::1")};
        config.settings.verifyLagSeconds = 30;
        config.settings.driftCheckSeconds = 60;
        config.settings.restoreOnDrift = false;
        return config;
    }

private slots:
    void missingFileGivesDefaults()
    {
        QTemporaryDir dir;
        const ConfigStore::LoadResult result = ConfigStore(dir.filePath(QStringLiteral("config.json"))).load();
        QVERIFY(result.ok);
        QVERIFY(!result.existed);
        QVERIFY(result.config.hosts.isEmpty());
        QVERIFY(!result.config.sources.isEmpty());
        QCOMPARE(result.config.settings.secretBackend, Settings::SecretBackend::Keychain);
        // Verification is on by default, from the built-in root servers, with the provider's lag.
        QVERIFY(result.config.settings.verify);
        QVERIFY(result.config.settings.rootHints.isEmpty());
        QCOMPARE(result.config.settings.verifyLagSeconds, 0);
        // The drift watch asks every 5 minutes and restores what changed behind Homing's back.
        QCOMPARE(result.config.settings.driftCheckSeconds, 300);
        QVERIFY(result.config.settings.restoreOnDrift);
    }

    void roundTripWithOwnerOnlyMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        ConfigStore store(path);
        QString error;
        const Config config = sample();
        QVERIFY2(store.save(config, &error), qPrintable(error));
        QCOMPARE(Homing::Test::fileMode(path), 0600);
        const ConfigStore::LoadResult loaded = store.load();
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QCOMPARE(loaded.config, config);
        QVERIFY(readFile(path).contains("\"schema\": 1"));
    }

    void brokenJsonIsReportedWithLineAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        const QByteArray broken = "{\n  \"schema\": 1,\n  \"hosts\": [\n    { \"name\": \"a\" \n  ]\n}\n";
        QVERIFY(writeFile(path, broken));
        ConfigStore store(path);
        const ConfigStore::LoadResult loaded = store.load();
        QVERIFY(!loaded.ok);
        QVERIFY2(loaded.error.contains(QStringLiteral("config.json:5:")), qPrintable(loaded.error));
        QString error;
        QVERIFY(!store.save(sample(), &error));
        QVERIFY(error.contains(QStringLiteral("never overwrites")));
        QCOMPARE(readFile(path), broken);
    }

    void newerSchemaIsKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        const QByteArray newer = json("{'schema': 7, 'hosts': [], 'fancy': true}");
        QVERIFY(writeFile(path, newer));
        const ConfigStore::LoadResult loaded = ConfigStore(path).load();
        QVERIFY(!loaded.ok);
        QVERIFY2(loaded.error.contains(QStringLiteral("\"schema\"")) && loaded.error.contains(QStringLiteral("newer")),
                 qPrintable(loaded.error));
        QString error;
        QVERIFY(!ConfigStore(path).save(sample(), &error));
        QCOMPARE(readFile(path), newer);
    }

    void fieldErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray host
            = json("{'id':'3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a','name':'a.example.org','provider':'dyndns2'");
        QTest::newRow("no-schema") << QByteArray(json("{'hosts':[]}")) << "schema";
        QTest::newRow("bad-name") << QByteArray(json(
            "{'schema':1,'hosts':[{'id':'3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a','name':'not a name','provider':'x'}]}"))
                                  << "hosts[0].name";
        QTest::newRow("bad-ttl") << QByteArray(json("{'schema':1,'hosts':[") + host + json(",'ttl':-5}]}"))
                                 << "hosts[0].ttl";
        QTest::newRow("secret-looking-field")
            << QByteArray(json("{'schema':1,'hosts':[") + host + json(",'password':'x'}]}")) << "hosts[0].password";
        QTest::newRow("http-source") << QByteArray(
            json("{'schema':1,'sources':[{'id':'e','kind':'http','ipv4Url':'http://echo.example.net/'}]}"))
                                     << "sources[0].ipv4Url";
        QTest::newRow("poll") << QByteArray(json("{'schema':1,'settings':{'pollIntervalSeconds':5}}"))
                              << "settings.pollIntervalSeconds";
        QTest::newRow("duplicate-id") << QByteArray(json("{'schema':1,'hosts':[") + host + "}," + host + "}]}")
                                      << "hosts[1].id";
        // Numbers far outside int or int64: refused before any conversion (UBSan would abort on one).
        QTest::newRow("schema-1e300") << QByteArray(json("{'schema':1e300}")) << "schema";
        QTest::newRow("schema--1e300") << QByteArray(json("{'schema':-1e300}")) << "schema";
        QTest::newRow("schema-1.5") << QByteArray(json("{'schema':1.5}")) << "schema";
        QTest::newRow("poll-1e300") << QByteArray(json("{'schema':1,'settings':{'pollIntervalSeconds':1e300}}"))
                                    << "settings.pollIntervalSeconds";
        QTest::newRow("retention--9.3e18")
            << QByteArray(json("{'schema':1,'settings':{'historyRetentionDays':-9.3e18}}"))
            << "settings.historyRetentionDays";
        QTest::newRow("quorum-6.7e19") << QByteArray(json("{'schema':1,'settings':{'quorum':6.7e19}}"))
                                       << "settings.quorum";
        QTest::newRow("ttl-6.7e19") << QByteArray(json("{'schema':1,'hosts':[") + host + json(",'ttl':6.7e19}]}"))
                                    << "hosts[0].ttl";
        QTest::newRow("source-timeout-6.7e19") << QByteArray(
            json("{'schema':1,'sources':[{'id':'c','kind':'command','program':'/bin/true','timeoutMs':6.7e19}]}"))
                                               << "sources[0].timeoutMs";
        QTest::newRow("source-port-1e300")
            << QByteArray(json("{'schema':1,'sources':[{'id':'d','kind':'dns','service':'opendns','port':1e300}]}"))
            << "sources[0].port";
        // Verification settings: root hints are addresses (never names), the lag a range.
        QTest::newRow("verify-not-bool") << QByteArray(json("{'schema':1,'settings':{'verify':'yes'}}"))
                                         << "settings.verify";
        QTest::newRow("root-hint-name") << QByteArray(json("{'schema':1,'settings':{'rootHints':['a.root.test']}}"))
                                        << "settings.rootHints";
        QTest::newRow("root-hints-empty")
            << QByteArray(json("{'schema':1,'settings':{'rootHints':[]}}")) << "settings.rootHints";
        QTest::newRow("root-hints-not-list")
            << QByteArray(json("{'schema':1,'settings':{'rootHints':'127.0.1.1'}}")) << "settings.rootHints";
        QTest::newRow("verify-lag-0") << QByteArray(json("{'schema':1,'settings':{'verifyLagSeconds':0}}"))
                                      << "settings.verifyLagSeconds";
        QTest::newRow("drift-3") << QByteArray(json("{'schema':1,'settings':{'driftCheckSeconds':3}}"))
                                 << "settings.driftCheckSeconds";
        QTest::newRow("drift-negative") << QByteArray(json("{'schema':1,'settings':{'driftCheckSeconds':-5}}"))
                                        << "settings.driftCheckSeconds";
        QTest::newRow("restore-string") << QByteArray(json("{'schema':1,'settings':{'restoreOnDrift':'yes'}}"))
                                        << "settings.restoreOnDrift";
        QTest::newRow("verify-lag-1e300")
            << QByteArray(json("{'schema':1,'settings':{'verifyLagSeconds':1e300}}")) << "settings.verifyLagSeconds";
        // NUL characters inside strings and keys.
        QTest::newRow("nul-in-name") << QByteArray(
            json("{'schema':1,'hosts':[{'id':'3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a','name':'a\\u0000.example.org',"
                 "'provider':'dyndns2'}]}"))
                                     << "hosts[0].name";
        QTest::newRow("nul-in-key") << QByteArray(json("{'schema':1,'settings':{'quorum\\u0000':1}}"))
                                    << "settings.quorum\uFFFD";
    }

    // Bad input quoted back in a message is cut short: a 50 MB host name gives a short message.
    void hugeInputGivesAShortMessage_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray huge(50 * 1024 * 1024, 'a');
        QTest::newRow("host-name") << json("{'schema':1,'hosts':[{'id':'3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a',"
                                           "'provider':'dyndns2','name':'")
                + huge + json("!'}]}");
        QTest::newRow("unknown-field") << json("{'schema':1,'") + huge + json("':1}");
        QTest::newRow("unknown-setting") << json("{'schema':1,'settings':{'") + huge + json("':1}}");
        QTest::newRow("source-kind") << json("{'schema':1,'sources':[{'id':'x','kind':'") + huge + json("'}]}");
    }
    void hugeInputGivesAShortMessage()
    {
        QFETCH(QByteArray, json);
        const ConfigStore::LoadResult loaded = ConfigStore::parse(json, QStringLiteral("config.json"));
        QVERIFY(!loaded.ok);
        QVERIFY2(loaded.error.size() < 600, qPrintable(loaded.error.left(600)));
        QVERIFY2(loaded.error.contains(QStringLiteral("aaaaaaaaaa")), qPrintable(loaded.error)); // still quoted
    }

    void fieldErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const ConfigStore::LoadResult loaded = ConfigStore::parse(json, QStringLiteral("config.json"));
        QVERIFY(!loaded.ok);
        QVERIFY2(loaded.error.contains(QLatin1Char('"') + field + QLatin1Char('"')), qPrintable(loaded.error));
    }

    void plainHttpOnlyForLoopbackSources()
    {
        const ConfigStore::LoadResult loaded = ConfigStore::parse(
            json("{'schema':1,'sources':[{'id':'e','kind':'http','ipv4Url':'http://127.0.0.1:8080/ip'}]}"),
            QStringLiteral("config.json"));
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        QCOMPARE(loaded.config.sources.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
