// inadyn.conf, v2 (libconfuse) and the v1 legacy format, from the grammar in IMPORTERS.md §2.
#include "importfixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Homing;
using namespace Homing::Test;

class TestImportInadyn : public QObject
{
    Q_OBJECT

private:
    static ImportPreview read(const QByteArray &text, const QHash<QString, QString> &env = {})
    {
        ImportOptions options;
        options.environment = env;
        return readText(text, ImportFormat::Inadyn, QStringLiteral("/etc/inadyn.conf"), options);
    }

    static bool write(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

private slots:
    void sectionWithAList()
    {
        const ImportPreview p = read("# inadyn.conf\n"
                                     "period = 300\n"
                                     "provider default@dyndns.org {\n"
                                     "    username = alice\n"
                                     "    password = \"s3cret\"\n"
                                     "    hostname = { home.example.org, \"nas.example.org\" }\n"
                                     "}\n");
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.version, QStringLiteral("v2"));
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("home.example.org dyndns v4 [username=alice] {password=s3cret}"),
                               QStringLiteral("nas.example.org dyndns v4 [username=alice] {password=s3cret}")}));
        QCOMPARE(issueReasons(p), QStringList {});
        QCOMPARE(p.stopCommand, QStringLiteral("sudo systemctl disable --now inadyn.service"));
        checkApplied(p);
    }

    void unquotedValuesEndAtHashAndWhitespace()
    {
        const ImportPreview p = read("provider no-ip.com {\n"
                                     "  username = u; password = p@ss#word\n"
                                     "  hostname = a.example.org // a comment\n"
                                     "}\n"
                                     "provider dynu.com { username = v password = \"q#w\" /* c */ hostname = "
                                     "b.example.org }\n");
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("a.example.org noip v4 [username=u;] {password=p@ss}"),
                               QStringLiteral("b.example.org dynu v4 [username=v] {password=q#w}")}));
        checkApplied(p);
    }

    void quotesEscapesAndVariables()
    {
        const ImportPreview p = read("provider default@dyndns.org {\n"
                                     "  username = ${DDNS_USER}\n"
                                     "  password = \"x\\x41\\\"${DDNS_PW:-fallback}\"\n"
                                     "  hostname = '$HOST.example.org'\n"
                                     "}\n",
                                     {{QStringLiteral("DDNS_USER"), QStringLiteral("carol")}});
        // $VAR without braces stays literal, so the host name is refused as not a DNS name.
        QCOMPARE(hostLines(p), QStringList {});
        QCOMPARE(p.issues.size(), 1);
        const ImportPreview q = read("provider default@dyndns.org {\n"
                                     "  username = ${DDNS_USER}\n"
                                     "  password = \"x\\x41\\\"${DDNS_PW:-fallback}\"\n"
                                     "  hostname = 'h.example.org'\n"
                                     "}\n",
                                     {{QStringLiteral("DDNS_USER"), QStringLiteral("carol")}});
        QCOMPARE(hostLines(q),
                 QStringList {QStringLiteral("h.example.org dyndns v4 [username=carol] {password=xA\"fallback}")});
        checkApplied(q);
    }

    void listsReplaceOrAppend()
    {
        const ImportPreview p = read("provider dyndns.org {\n"
                                     "  username = u\n  password = pw-1\n"
                                     "  hostname = old.example.org\n"
                                     "  hostname = a.example.org\n"
                                     "  hostname += { b.example.org }\n"
                                     "}\n");
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("a.example.org dyndns v4 [username=u] {password=pw-1}"),
                               QStringLiteral("b.example.org dyndns v4 [username=u] {password=pw-1}")}));
    }

    void duplicateSectionsKeepOnlyTheLast()
    {
        const ImportPreview p = read("provider cloudflare.com {\n"
                                     "  username = example.org\n  password = "
                                     "cf-old-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  hostname = old.example.org\n}\n"
                                     "provider cloudflare.com {\n"
                                     "  username = example.org\n  password = "
                                     "cf-new-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  hostname = new.example.org\n"
                                     "  ttl = 120\n  proxied = true\n}\n"
                                     "provider cloudflare.com:2 {\n"
                                     "  username = example.net\n  password = "
                                     "cf-two-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n  hostname = two.example.net\n}\n");
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("new.example.org cloudflare v4 [proxied=true zone=example.org] "
                                              "{token=cf-new-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx} ttl:120"),
                               QStringLiteral("two.example.net cloudflare v4 [zone=example.net] "
                                              "{token=cf-two-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx}")}));
        QCOMPARE(p.issues.size(), 1);
        QVERIFY(p.issues.first().text.contains(QStringLiteral("line 1 (replaced by line 6)")));
        checkApplied(p);
    }

    void includeInsideASectionOnly()
    {
        QTemporaryDir dir;
        QVERIFY(
            write(dir.filePath(QStringLiteral("etc/inadyn.conf")),
                  "provider duckdns.org {\n  include(\"/etc/inadyn/duck.secret\")\n  hostname = me.duckdns.org\n}\n"));
        QVERIFY(write(dir.filePath(QStringLiteral("etc/inadyn/duck.secret")),
                      "username = d0000005-0000-4000-8000-000000000005\npassword = x\n"));
        ImportOptions options;
        options.rootDir = dir.path();
        options.home = dir.filePath(QStringLiteral("home"));
        const ImportPreview p = Importer::read(dir.filePath(QStringLiteral("etc/inadyn.conf")), options);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(
            hostLines(p),
            QStringList {QStringLiteral("me.duckdns.org duckdns v4 [] {token=d0000005-0000-4000-8000-000000000005}")});
        checkApplied(p);

        const ImportPreview top = read("include(\"/etc/inadyn/duck.secret\")\n");
        QVERIFY(!top.ok());
        QVERIFY(top.error.contains(QStringLiteral("only inside")));
    }

    void providerNamesMapByDomain()
    {
        const ImportPreview p = read("provider he { password = he-key-1 hostname = he.example.org }\n"
                                     "provider ipv6tb@he.net { username = u password = tb hostname = 12345 }\n"
                                     "provider dynv6 { username = dv6-token hostname = four.dynv6.net }\n"
                                     "provider ipv6@dynv6.com { username = dv6-token hostname = six.dynv6.net }\n"
                                     "provider ipv64.net { username = v64-token password = unused hostname = "
                                     "h.home64.de }\n"
                                     "provider namecheap.com { username = example.com password = nc-pw "
                                     "hostname = { \"@\", www } }\n"
                                     "provider cloudflare.com:9 { username = example.org password = cf hostname = "
                                     "0123456789abcdef0123456789abcdef }\n"
                                     "provider porkbun.com { username = pk1_a password = sk1_b hostname = "
                                     "p.example.org }\n"
                                     "provider default@loopia.com { username = u password = p hostname = "
                                     "l.example.org }\n");
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("he.example.org he v4 [] {password=he-key-1}"),
                               QStringLiteral("four.dynv6.net dynv6 v4 [] {token=dv6-token}"),
                               QStringLiteral("six.dynv6.net dynv6 v6 [] {token=dv6-token}"),
                               QStringLiteral("h.home64.de ipv64 v4 [] {password=v64-token}"),
                               QStringLiteral("example.com namecheap v4 [zone=example.com] {password=nc-pw}"),
                               QStringLiteral("www.example.com namecheap v4 [zone=example.com] {password=nc-pw}"),
                               QStringLiteral("p.example.org porkbun v4 [zone=example.org] {apikey=pk1_a "
                                              "secretapikey=sk1_b}")}));
        const QStringList reasons = issueReasons(p);
        QCOMPARE(reasons.size(), 3);
        QVERIFY(reasons.at(0).contains(QStringLiteral("tunnel broker")));
        QVERIFY(reasons.at(1).contains(QStringLiteral("record id")));
        QVERIFY(reasons.at(2).contains(QStringLiteral("default@loopia.com")));
        checkApplied(p);
    }

    void customSections()
    {
        const ImportPreview p = read("custom my:1 {\n  ddns-server = dyn.example.net\n  ddns-path = "
                                     "\"/update?u=%u&p=%p&h=%h&ip=%i\"\n  username = u\n  password = cu-pw\n"
                                     "  hostname = c.example.org\n}\n"
                                     "custom two {\n  ssl = false\n  ddns-server = members.example.com\n  ddns-path = "
                                     "\"/nic/update?hostname=\"\n  username = u\n  password = d2-pw\n  hostname = "
                                     "d.example.org\n}\n");
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("c.example.org custom v4 [url=https://dyn.example.net/update?u={username}"
                                              "&p={password}&h={host}&ip={ip} username=u] {password=cu-pw}"),
                               QStringLiteral("d.example.org dyndns2 v4 [server=https://members.example.com "
                                              "username=u] {password=d2-pw}")}));
        QVERIFY(p.hosts.last().notes.contains(QStringLiteral("http:// changed to https://")));
        checkApplied(p);
    }

    void addressSources()
    {
        const ImportPreview p = read("provider dyndns.org {\n  username = u\n  password = pw-1\n  hostname = "
                                     "a.example.org\n  checkip-server = ip.example.net:8443\n  checkip-path = /raw\n}\n"
                                     "provider no-ip.com {\n  username = u\n  password = pw-2\n  hostname = "
                                     "b.example.org\n  checkip-command = \"/sbin/ip -4 addr show wan0\"\n}\n");
        QCOMPARE(
            sourceLines(p),
            (QStringList {QStringLiteral("inadyn-checkip http format=auto ipv4Url=https://ip.example.net:8443/raw"),
                          QStringLiteral("inadyn-command command(off) arguments=-4,addr,show,wan0 program=/sbin/ip")}));
        checkApplied(p);
    }

    void legacyV1Format()
    {
        const ImportPreview p = read("# inadyn 1.x\n"
                                     "--background\n"
                                     "update_period_sec 600\n"
                                     "system default@dyndns.org\n"
                                     "  username alice\n"
                                     "  password pa\\ ss # comment\n"
                                     "  alias one.example.org\n"
                                     "  alias two.example.org\n"
                                     "system default@no-ip.com\n"
                                     "  username bob\n  password nopw\n  alias n.example.org\n"
                                     "bogus-option 1\n");
        QCOMPARE(p.version, QStringLiteral("v1"));
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("one.example.org dyndns v4 [username=alice] {password=pa ss}"),
                               QStringLiteral("two.example.org dyndns v4 [username=alice] {password=pa ss}"),
                               QStringLiteral("n.example.org noip v4 [username=bob] {password=nopw}")}));
        QCOMPARE(issueReasons(p), QStringList {QStringLiteral("line 13: inadyn 1 has no option \"bogus-option\"")});
        checkApplied(p);
    }

    void syntaxErrorsRefuseTheFile()
    {
        const ImportPreview p = read("provider dyndns.org {\n  username = u\n");
        QVERIFY(!p.ok());
        QVERIFY(p.hosts.isEmpty());
        QVERIFY(p.error.contains(QStringLiteral("never closed")));
    }

    void cacheDirSeedsPublishedAddresses()
    {
        QTemporaryDir root;
        QVERIFY(write(root.filePath(QStringLiteral("var/cache/inadyn/home.example.org.cache")), "81.2.69.160\n"));
        ImportOptions options;
        options.rootDir = root.path();
        options.home = root.filePath(QStringLiteral("home"));
        const ImportPreview p = Importer::readData(
            "provider dyndns.org { username = u password = pw-1 hostname = { home.example.org, other.example.org } }\n",
            QStringLiteral("/etc/inadyn.conf"), options);
        QCOMPARE(p.cachePath, root.filePath(QStringLiteral("var/cache/inadyn")));
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("home.example.org dyndns v4 [username=u] {password=pw-1} "
                                              "published:81.2.69.160/"),
                               QStringLiteral("other.example.org dyndns v4 [username=u] {password=pw-1}")}));
    }
};

QTEST_GUILESS_MAIN(TestImportInadyn)
#include "tst_import_inadyn.moc"
