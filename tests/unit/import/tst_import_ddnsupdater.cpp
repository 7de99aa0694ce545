// ddns-updater's config.json and its CONFIG variable, from IMPORTERS.md §3.
#include "importfixture.h"

#include <QTest>

using namespace Homing;
using namespace Homing::Test;

class TestImportDdnsUpdater : public QObject
{
    Q_OBJECT

private:
    static ImportPreview read(const QByteArray &json, const QHash<QString, QString> &env = {})
    {
        ImportOptions options;
        options.environment = env;
        return readText(json, ImportFormat::DdnsUpdater, QStringLiteral("/updater/data/config.json"), options);
    }

private slots:
    void entriesAndKeysInAnyCase()
    {
        const ImportPreview p = read(R"({"settings": [
            {"provider": "duckdns", "domain": "home.duckdns.org", "token": "d0000001-0000-4000-8000-000000000001", "ip_version": "ipv4"},
            {"Provider": "cloudflare", "Domain": "a.example.org", "Token": "cf-1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "proxied": true, "ttl": 600,
             "zone_identifier": "0123", "ip_version": "ipv6"},
            {"provider": "porkbun", "domain": "p.example.co.uk", "api_key": "pk1_x", "secret_api_key": "sk1_y"}
        ]})");
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(
            hostLines(p),
            (QStringList {QStringLiteral("home.duckdns.org duckdns v4 [] {token=d0000001-0000-4000-8000-000000000001}"),
                          QStringLiteral("a.example.org cloudflare v6 [proxied=true] "
                                         "{token=cf-1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx} ttl:600"),
                          QStringLiteral("p.example.co.uk porkbun v46 [zone=example.co.uk] {apikey=pk1_x "
                                         "secretapikey=sk1_y}")}));
        QVERIFY(p.hosts.last().notes.join(QString()).contains(QStringLiteral("ipv4 or ipv6")));
        checkApplied(p);
    }

    void domainListsOwnersAndWildcards()
    {
        const ImportPreview p = read(R"({"settings": [
            {"provider": "namecheap", "domain": "example.com,www.example.com,*.example.com", "password": "nc-1",
             "ip_version": "ipv4"},
            {"provider": "he", "domain": "example.net", "host": "@,vpn", "password": "he-1", "ip_version": "ipv4"}
        ]})");
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("example.com namecheap v4 [zone=example.com] {password=nc-1}"),
                               QStringLiteral("www.example.com namecheap v4 [zone=example.com] {password=nc-1}"),
                               QStringLiteral("*.example.com namecheap v4 [zone=example.com] {password=nc-1}"),
                               QStringLiteral("example.net he v4 [] {password=he-1}"),
                               QStringLiteral("vpn.example.net he v4 [] {password=he-1}")}));
        checkApplied(p);
    }

    void ipv6SuffixIsAFixedInterfaceId()
    {
        const ImportPreview p = read(R"({"settings": [
            {"provider": "dynv6", "domain": "h.dynv6.net", "token": "dv6-1", "ip_version": "ipv6",
             "ipv6_suffix": "0:0:0:0:72ad:8fbb:a54e:bedd/64"}]})");
        QCOMPARE(hostLines(p),
                 QStringList {QStringLiteral("h.dynv6.net dynv6 v6 [] {token=dv6-1} iid:::72ad:8fbb:a54e:bedd")});
        checkApplied(p);
    }

    void invalidJsonLikeTheReadmeTemplate()
    {
        const ImportPreview p = read(R"({
    "settings": [
        {
            "provider": "namecheap",
            "domain": "example.com",
            "password": "e5322165c1d74692bfa6d807100c0310",
        },
    ]
})");
        QVERIFY(!p.ok());
        QVERIFY(p.hosts.isEmpty());
        QVERIFY2(p.error.contains(QStringLiteral("comma before a closing")), qPrintable(p.error));
    }

    void configVariableWins()
    {
        const ImportPreview p = read(
            R"({"settings": [{"provider": "duckdns", "domain": "file.duckdns.org", "token": "d0000007-0000-4000-8000-000000000007"}]})",
            {{QStringLiteral("CONFIG"),
              QStringLiteral(
                  R"({"settings":[{"provider":"duckdns","domain":"env.duckdns.org","token":"d0000008-0000-4000-8000-000000000008",)"
                  R"("ip_version":"ipv4"}]})")}});
        QCOMPARE(
            hostLines(p),
            QStringList {QStringLiteral("env.duckdns.org duckdns v4 [] {token=d0000008-0000-4000-8000-000000000008}")});
        QVERIFY(p.notes.join(QString()).contains(QStringLiteral("CONFIG")));
        checkApplied(p);

        ImportOptions only;
        only.format = ImportFormat::DdnsUpdater;
        only.environment = {{QStringLiteral("CONFIG"),
                             QStringLiteral(R"({"settings":[{"provider":"ipv64","domain":"x.home64.de","key":"k-1",)"
                                            R"("ip_version":"ipv4"}]})")}};
        const ImportPreview fromVariable = Importer::read(QString(), only);
        QCOMPARE(fromVariable.path, QStringLiteral("CONFIG"));
        QCOMPARE(hostLines(fromVariable), QStringList {QStringLiteral("x.home64.de ipv64 v4 [] {password=k-1}")});
    }

    void unsupportedProvidersAndPlaceholders()
    {
        const ImportPreview p = read(
            "{\"settings\": [\n"
            "{\"provider\": \"route53\", \"domain\": \"r.example.org\", \"access_key\": \"AKIA\", \"secret_key\": "
            "\"s\"},\n"
            "{\"provider\": \"google\", \"domain\": \"g.example.org\", \"username\": \"u\", \"password\": \"p\"},\n"
            "{\"provider\": \"cloudflare\", \"domain\": \"c.example.org\", \"email\": \"me@example.org\", \"key\": "
            "\"global-1\"},\n"
            "{\"provider\": \"Duckdns\", \"domain\": \"d.duckdns.org\", \"token\": \"t-1\"},\n"
            "{\"provider\": \"duckdns\", \"domain\": \"e.duckdns.org\", \"token\": \"your-token-here\"},\n"
            "{\"provider\": \"ovh\", \"mode\": \"api\", \"domain\": \"o.example.org\", \"app_key\": \"a\"},\n"
            "{\"provider\": \"custom\", \"domain\": \"u.example.org\", \"ip_version\": \"ipv4\",\n"
            "\"url\": \"https://dyn.example.net/update?host=u&token=cu-secret-1\", \"ipv4key\": \"ip\",\n"
            "\"success_regex\": \"good\"}\n"
            "]}\n");
        QCOMPARE(hostLines(p),
                 QStringList {QStringLiteral("u.example.org custom v4 "
                                             "[url=https://dyn.example.net/update?host=u&token={password}&ip={ip}] "
                                             "{password=cu-secret-1}")});
        const QStringList reasons = issueReasons(p);
        QCOMPARE(reasons.size(), 6);
        QCOMPARE(reasons.at(0),
                 QStringLiteral("settings[0]: ddns-updater's provider \"route53\" has no Homing provider"));
        QVERIFY(reasons.at(1).contains(QStringLiteral("no longer supported")));
        QVERIFY(reasons.at(2).contains(QStringLiteral("API token")));
        QVERIFY(reasons.at(3).contains(QStringLiteral("\"Duckdns\""))); // provider names are case-sensitive
        QVERIFY(reasons.at(4).contains(QStringLiteral("placeholder")));
        QVERIFY(reasons.at(5).contains(QStringLiteral("\"api\" mode")));
        QVERIFY(!p.issues.at(2).text.contains(QStringLiteral("global-1")));
        checkApplied(p);
    }
};

QTEST_GUILESS_MAIN(TestImportDdnsUpdater)
#include "tst_import_ddnsupdater.moc"
