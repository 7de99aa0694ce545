// ddns-go's YAML, from IMPORTERS.md §4.
#include "importers/yamlreader.h"
#include "importfixture.h"

#include <QTest>

using namespace Homing;
using namespace Homing::Test;

class TestImportDdnsGo : public QObject
{
    Q_OBJECT

private:
    static ImportPreview read(const QByteArray &yaml)
    {
        return readText(yaml, ImportFormat::DdnsGo, QStringLiteral("/home/u/.ddns_go_config.yaml"));
    }

private slots:
    void dnsconfListWithDomainLines()
    {
        const ImportPreview p = read("dnsconf:\n"
                                     "    - name: home\n"
                                     "      ipv4:\n"
                                     "        enable: true\n"
                                     "        gettype: url\n"
                                     "        url: https://ip4.example.net, http://ip4b.example.net/raw\n"
                                     "        netinterface: \"\"\n"
                                     "        cmd: \"\"\n"
                                     "        domains:\n"
                                     "            - home.example.org\n"
                                     "            - \"vpn:example.org?proxied=true&comment=office\"\n"
                                     "            - \":example.org\"\n"
                                     "            - \"\"\n"
                                     "      ipv6:\n"
                                     "        enable: true\n"
                                     "        gettype: netInterface\n"
                                     "        netinterface: eth0\n"
                                     "        ipv6reg: \"@1\"\n"
                                     "        domains: [home.example.org]\n"
                                     "      dns:\n"
                                     "        name: cloudflare\n"
                                     "        id: \"\"\n"
                                     "        secret: cf-token-1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxx   # the API token\n"
                                     "      ttl: \"120\"\n"
                                     "user:\n"
                                     "    username: admin\n"
                                     "    password: $2a$10$hash\n"
                                     "lang: en\n");
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(hostLines(p),
                 (QStringList {
                     QStringLiteral(
                         "home.example.org cloudflare v46 [] {token=cf-token-1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxx} ttl:120"),
                     QStringLiteral("vpn.example.org cloudflare v4 [proxied=true] "
                                    "{token=cf-token-1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxx} ttl:120"),
                     QStringLiteral(
                         "example.org cloudflare v4 [] {token=cf-token-1-xxxxxxxxxxxxxxxxxxxxxxxxxxxxx} ttl:120")}));
        QCOMPARE(
            sourceLines(p),
            (QStringList {QStringLiteral("ddns-go-ip4.example.net http format=auto ipv4Url=https://ip4.example.net/"),
                          QStringLiteral("ddns-go-ip4b.example.net http format=auto "
                                         "ipv4Url=https://ip4b.example.net/raw"),
                          QStringLiteral("ddns-go-if-eth0 interface families=ipv6 interface=eth0")}));
        QCOMPARE(issueReasons(p), QStringList {});
        checkApplied(p);
    }

    void unknownOrEmptyNameBecomesAlidns()
    {
        const ImportPreview p = read("dnsconf:\n"
                                     "  - ipv4: {}\n"
                                     "    dns:\n"
                                     "      name: \"\"\n"
                                     "  - dns:\n"
                                     "      name: cloudflair\n"
                                     "  - dns:\n"
                                     "      name: godaddy\n");
        QCOMPARE(hostLines(p), QStringList {});
        const QStringList reasons = issueReasons(p);
        QCOMPARE(reasons.size(), 3);
        QVERIFY(reasons.at(0).contains(QStringLiteral("alidns")));
        QVERIFY(reasons.at(1).contains(QStringLiteral("alidns")));
        QVERIFY(reasons.at(2).contains(QStringLiteral("\"godaddy\" has no Homing provider")));
    }

    void keysAreLowerCaseAndGettypeIsCamelCase()
    {
        const ImportPreview p = read("dnsconf:\n"
                                     "  - Ipv4:\n"
                                     "      enable: true\n"
                                     "    ipv4:\n"
                                     "      enable: true\n"
                                     "      gettype: netinterface\n"
                                     "      domains: [a.example.org]\n"
                                     "    ipv6:\n"
                                     "      enable: true\n"
                                     "      gettype: cmd\n"
                                     "      cmd: /usr/bin/getip6 --wan\n"
                                     "      domains: [b.example.org]\n"
                                     "    dns:\n"
                                     "      name: porkbun\n"
                                     "      id: pk1_id\n"
                                     "      secret: sk1_secret\n");
        QCOMPARE(hostLines(p),
                 QStringList {QStringLiteral("b.example.org porkbun v6 [zone=example.org] {apikey=pk1_id "
                                             "secretapikey=sk1_secret}")});
        QCOMPARE(sourceLines(p),
                 QStringList {QStringLiteral("ddns-go-cmd command(off) arguments=--wan families=ipv6 "
                                             "program=/usr/bin/getip6")});
        const QStringList reasons = issueReasons(p);
        QCOMPARE(reasons.size(), 2);
        QVERIFY(reasons.at(0).contains(QStringLiteral("\"Ipv4\": its keys are lower case")));
        QVERIFY(reasons.at(1).contains(QStringLiteral("gettype \"netinterface\"")));
        checkApplied(p);
    }

    void beforeV5OneEntryAtTopLevel()
    {
        const ImportPreview p = read("ipv4:\n"
                                     "  enable: true\n"
                                     "  gettype: url\n"
                                     "  url: https://myip.example.net\n"
                                     "  domains:\n"
                                     "  - n.example.com\n"
                                     "dns:\n"
                                     "  name: namecheap\n"
                                     "  secret: nc-pw-1\n"
                                     "user:\n  username: admin\n"
                                     "notallowwanaccess: true\n");
        QCOMPARE(issueReasons(p), QStringList {});
        QCOMPARE(p.version, QStringLiteral("before v5"));
        QCOMPARE(hostLines(p),
                 QStringList {QStringLiteral("n.example.com namecheap v4 [zone=example.com] "
                                             "{password=nc-pw-1}")});
        checkApplied(p);
    }

    void brokenYamlIsRefused()
    {
        const ImportPreview p = read("dnsconf:\n  - name: a\n    name: b\n");
        QVERIFY(!p.ok());
        QVERIFY(p.error.contains(QStringLiteral("already defined")));
        const YamlReader::Result r = YamlReader::parse("a: 'unclosed\n");
        QCOMPARE(r.errorLine, 1);
    }
};

QTEST_GUILESS_MAIN(TestImportDdnsGo)
#include "tst_import_ddnsgo.moc"
