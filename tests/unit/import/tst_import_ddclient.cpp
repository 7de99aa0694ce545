// ddclient.conf, 3.10 and 4.x, from the grammar in IMPORTERS.md §1: each test checks the exact
// hosts, settings, secrets and sources of the preview, then applies it to a scratch config.
#include "importfixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Homing;
using namespace Homing::Test;

class TestImportDdclient : public QObject
{
    Q_OBJECT

private:
    static ImportPreview read(const QByteArray &text, const QString &version = QStringLiteral("4"),
                              const QHash<QString, QString> &env = {})
    {
        ImportOptions options;
        options.peerVersion = version;
        options.environment = env;
        return readText(text, ImportFormat::Ddclient, QStringLiteral("/home/u/ddclient.conf"), options);
    }

private slots:
    void globalsThenHost()
    {
        const ImportPreview p = read("# ddclient.conf\n"
                                     "daemon=300\n"
                                     "syslog=yes\n"
                                     "usev4=webv4, webv4=ipify-ipv4\n"
                                     "protocol=dyndns2\n"
                                     "login=alice\n"
                                     "password='pa ss#word'\n"
                                     "home.example.org\n");
        QVERIFY(p.ok());
        QCOMPARE(p.version, QStringLiteral("4.x"));
        QCOMPARE(hostLines(p),
                 QStringList {QStringLiteral("home.example.org dyndns v4 [username=alice] "
                                             "{password=pa ss#word}")});
        QCOMPARE(sourceLines(p),
                 QStringList {QStringLiteral("ddclient-web http format=auto "
                                             "ipv4Url=https://api.ipify.org/")});
        QCOMPARE(issueReasons(p), QStringList {});
        QVERIFY(p.notes.join(QLatin1Char(' ')).contains(QStringLiteral("daemon, syslog")));
        QCOMPARE(p.stopCommand, QStringLiteral("sudo systemctl disable --now ddclient.service"));
        QCOMPARE(p.hosts.first().secrets.first().origin, QStringLiteral("password on line 7"));
        checkApplied(p);
    }

    void continuationLinesDifferBetweenVersions()
    {
        const QByteArray text = "protocol=cloudflare, \\ # the zone's API\n"
                                "zone=example.org, \\\n"
                                "login=token, password=cf-token-1234-xxxxxxxxxxxxxxxxxxxxxxxxxx \\\n"
                                "home.example.org\n";
        const ImportPreview v4 = read(text, QStringLiteral("4"));
        QCOMPARE(hostLines(v4),
                 QStringList {QStringLiteral("home.example.org cloudflare v4 [zone=example.org] "
                                             "{token=cf-token-1234-xxxxxxxxxxxxxxxxxxxxxxxxxx}")});
        QCOMPARE(issueReasons(v4), QStringList {});
        checkApplied(v4);

        // 3.10: "\ # note" does not join: the first line becomes a host named "\".
        const ImportPreview v3 = read(text, QStringLiteral("3"));
        QCOMPARE(v3.version, QStringLiteral("3.10"));
        QCOMPARE(hostLines(v3),
                 QStringList {QStringLiteral("home.example.org dyndns v4 [username=token] "
                                             "{password=cf-token-1234-xxxxxxxxxxxxxxxxxxxxxxxxxx}")});
        QCOMPARE(v3.issues.size(), 1);
        QCOMPARE(v3.issues.first().text, QStringLiteral("\\"));
        QVERIFY(v3.issues.first().reason.contains(QStringLiteral("very last")));
    }

    void quotingAndThePasswordPrePass()
    {
        const ImportPreview p = read("login=a1\"2\"'3'4, server=dyn.example.net\n"
                                     "password=\"dq#pw\"\n"
                                     "one.example.org\n"
                                     "login='it\\'s', password = 'sp ace' two.example.org\n");
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("one.example.org dyndns2 v4 [server=https://dyn.example.net "
                                              "username=a1234] {password=\"dq#pw\"}"),
                               QStringLiteral("two.example.org dyndns2 v4 [server=https://dyn.example.net "
                                              "username=it's] {password=sp ace}")}));
        checkApplied(p);
    }

    void envKeys()
    {
        const QByteArray text = "protocol=duckdns, password_env=DUCK_TOKEN\nhome\n";
        const ImportPreview set
            = read(text, {}, {{QStringLiteral("DUCK_TOKEN"), QStringLiteral("d0001234-0000-4000-8000-000000001234")}});
        QCOMPARE(set.version, QStringLiteral("4.x")); // _env keys mean 3.11 or later
        QCOMPARE(hostLines(set),
                 QStringList {
                     QStringLiteral("home.duckdns.org duckdns v4 [] {token=d0001234-0000-4000-8000-000000001234}")});
        QVERIFY(set.hosts.first().secrets.first().origin.contains(QStringLiteral("DUCK_TOKEN")));
        checkApplied(set);

        const ImportPreview unset = read(text, {});
        QCOMPARE(hostLines(unset), QStringList {QStringLiteral("home.duckdns.org duckdns v4 [] {} missing:token")});
        QVERIFY(unset.hosts.first().notes.join(QString()).contains(QStringLiteral("DUCK_TOKEN")));
        checkApplied(unset);
    }

    void severalHostsPerLine()
    {
        const ImportPreview p = read("protocol=dyndns2, server=dynupdate.no-ip.com, login=bob, password=pw-1\n"
                                     "a.example.org,b.example.org\n"
                                     "host=c.example.org,d.example.org\n");
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("a.example.org noip v4 [username=bob] {password=pw-1}"),
                               QStringLiteral("b.example.org noip v4 [username=bob] {password=pw-1}"),
                               QStringLiteral("c.example.org noip v4 [username=bob] {password=pw-1}"),
                               QStringLiteral("d.example.org noip v4 [username=bob] {password=pw-1}")}));
        checkApplied(p);
    }

    void perHostOverridesAndGlobalsForLaterLinesOnly()
    {
        const ImportPreview p = read("protocol=dyndns2, login=first, password=pw-one\n"
                                     "early.example.org\n"
                                     "login=second\n"
                                     "late.example.org\n"
                                     "login=own, password=pw-own own.example.org\n"
                                     "after.example.org\n");
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("early.example.org dyndns v4 [username=first] {password=pw-one}"),
                               QStringLiteral("late.example.org dyndns v4 [username=second] {password=pw-one}"),
                               QStringLiteral("own.example.org dyndns v4 [username=own] {password=pw-own}"),
                               QStringLiteral("after.example.org dyndns v4 [username=second] {password=pw-one}")}));
        checkApplied(p);
    }

    void repeatedHost()
    {
        const QByteArray text = "login=u1, password=pw-1\n"
                                "protocol=dyndns2 one.example.org\n"
                                "protocol=noip one.example.org\n";
        const ImportPreview v4 = read(text, QStringLiteral("4"));
        QCOMPARE(hostLines(v4),
                 QStringList {QStringLiteral("one.example.org dyndns v4 [username=u1] {password=pw-1}")});
        QCOMPARE(v4.issues.size(), 1);
        const ImportPreview v3 = read(text, QStringLiteral("3"));
        QCOMPARE(hostLines(v3), QStringList {QStringLiteral("one.example.org noip v4 [username=u1] {password=pw-1}")});
        checkApplied(v3);
    }

    void sslDefaultsToPlainHttpIn310()
    {
        const QByteArray text = "protocol=dyndns2, server=dyn.example.net, login=u, password=pw-1 h.example.org\n";
        const ImportPreview v3 = read(text, QStringLiteral("3"));
        QCOMPARE(v3.hosts.first().host.setting(QStringLiteral("server")), QStringLiteral("https://dyn.example.net"));
        QVERIFY(v3.hosts.first().notes.join(QString()).contains(QStringLiteral("plain http")));
        const ImportPreview v4 = read(text, QStringLiteral("4"));
        QVERIFY(v4.hosts.first().notes.isEmpty());
        ImportOptions keep;
        keep.peerVersion = QStringLiteral("3");
        keep.keepHttp = true;
        // Kept as plain http, the server is refused by Homing's own rule (https except on this machine).
        const ImportPreview kept = readText(text, ImportFormat::Ddclient, QStringLiteral("x.conf"), keep);
        QCOMPARE(kept.hosts.size(), 0);
        QVERIFY2(kept.issues.first().reason.contains(QStringLiteral("https")), qPrintable(kept.issues.first().reason));
    }

    void unsupportedProvidersAndOptions()
    {
        const ImportPreview p = read(
            "protocol=woima, login=a, password=pw-1 w.example.org\n"
            "protocol=freedns, login=a, password=pw-2 f.example.org\n"
            "protocol=cloudflare, zone=example.org, login=me@example.org, password=gk-1 "
            "c.example.org\n"
            "protocol=nsupdate, zone=example.org, password=/etc/key n.example.org\n"
            "Login=x, frobnicate=1, protocol=duckdns, password=d0000001-0000-4000-8000-000000000001 d.duckdns.org\n"
            "usev4=linksys, protocol=duckdns, password=d0000002-0000-4000-8000-000000000002 r.duckdns.org\n");
        QCOMPARE(
            hostLines(p),
            (QStringList {QStringLiteral("d.duckdns.org duckdns v4 [] {token=d0000001-0000-4000-8000-000000000001}"),
                          QStringLiteral("r.duckdns.org duckdns v4 [] {token=d0000002-0000-4000-8000-000000000002}")}));
        const QStringList reasons = issueReasons(p);
        QCOMPARE(reasons.size(), 7);
        QVERIFY(reasons.at(0).startsWith(QStringLiteral("line 5: ddclient ignores \"Login\"")));
        QCOMPARE(reasons.at(1), QStringLiteral("line 5: ddclient has no option \"frobnicate\""));
        QCOMPARE(reasons.at(2), QStringLiteral("line 1: ddclient's protocol \"woima\" has no Homing provider"));
        QVERIFY(reasons.at(3).contains(QStringLiteral("v2 update token")));
        QVERIFY(reasons.at(4).contains(QStringLiteral("global API key")));
        QVERIFY(reasons.at(5).contains(QStringLiteral("nsupdate")));
        QVERIFY(reasons.at(6).contains(QStringLiteral("router (linksys)")));
        // The refused secrets are masked in what the preview shows.
        for (const ImportIssue &issue : p.issues)
            QVERIFY2(!issue.text.contains(QStringLiteral("gk-1")), qPrintable(issue.text));
        checkApplied(p);
    }

    void commentsAndPlaceholdersAreNotImported()
    {
        const ImportPreview p = read("# protocol=cloudflare, zone=example.org, password=real-token\n"
                                     "#real.example.org\n"
                                     "protocol=cloudflare, zone=example.org, login=token\n"
                                     "password=your-api-token sample.example.org\n"
                                     "protocol=dyndns2, login=u, password=pw-1 <hostname>\n"
                                     "protocol=dyndns2, login=u, password=changeme x.example.org\n"
                                     "protocol=dyndns2, login=u, password=pw-ok ok.example.org # old.example.org\n");
        QCOMPARE(hostLines(p), QStringList {QStringLiteral("ok.example.org dyndns v4 [username=u] {password=pw-ok}")});
        const QStringList reasons = issueReasons(p);
        QCOMPARE(reasons.size(), 3);
        QVERIFY(reasons.at(0).contains(QStringLiteral("placeholder")));
        QVERIFY(reasons.at(1).contains(QStringLiteral("placeholder")));
        QVERIFY(reasons.at(2).contains(QStringLiteral("placeholder")));
        checkApplied(p);
    }

    void providersAndSources()
    {
        const ImportPreview p = read("usev4=ifv4, ifv4=eth0, usev6=cmdv6, cmdv6='/usr/local/bin/myip -6'\n"
                                     "protocol=porkbun, apikey=pk1_abc, secretapikey=sk1_def, root-domain=example.org "
                                     "home.example.org\n"
                                     "protocol=gandi, use-personal-access-token=yes, ttl=600, password=pat-1 "
                                     "g.example.net\n"
                                     "protocol=cloudns, dynurl='https://ipv4.cloudns.net/api/dynamicURL/?q=Q123' "
                                     "c.example.org\n"
                                     "protocol=dyndns2, server=dyn.dns.he.net, password=he-key he.example.org\n"
                                     "protocol=dyndns2, server=dynv6.com, login=none, password=dv6-token "
                                     "x.dynv6.net\n");
        QCOMPARE(hostLines(p),
                 (QStringList {
                     QStringLiteral("home.example.org porkbun v46 [zone=example.org] {apikey=pk1_abc "
                                    "secretapikey=sk1_def}"),
                     QStringLiteral("g.example.net gandi v46 [authKind=pat zone=example.net] {token=pat-1} ttl:600"),
                     QStringLiteral("c.example.org cloudns v46 [] {key=Q123}"),
                     QStringLiteral("he.example.org he v46 [] {password=he-key}"),
                     QStringLiteral("x.dynv6.net dynv6 v46 [] {token=dv6-token}")}));
        QCOMPARE(sourceLines(p),
                 (QStringList {QStringLiteral("ddclient-if-eth0 interface families=ipv4 interface=eth0"),
                               QStringLiteral("ddclient-cmd command(off) arguments=-6 families=ipv6 "
                                              "program=/usr/local/bin/myip")}));
        checkApplied(p);
    }

    void cacheSeedsThePublishedAddress()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("var/cache/ddclient"))));
        QFile cache(root.filePath(QStringLiteral("var/cache/ddclient/ddclient.cache")));
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.write("## ddclient-4.0.0\n"
                    "atime=1764547200,host=home.example.org,ip=81.2.69.160,ipv4=81.2.69.160,mtime=1764547200,"
                    "status=good,status-ipv4=good home.example.org\n"
                    "host=bad.example.org,ipv4=81.2.69.161,status-ipv4=badauth bad.example.org\n");
        cache.close();
        ImportOptions options;
        options.rootDir = root.path();
        options.peerVersion = QStringLiteral("4");
        const ImportPreview p
            = readText("protocol=dyndns2, login=u, password=pw-1\nhome.example.org\nbad.example.org\n",
                       ImportFormat::Ddclient, QStringLiteral("/etc/ddclient/ddclient.conf"), options);
        QCOMPARE(p.cachePath, QStringLiteral("/var/cache/ddclient/ddclient.cache"));
        QCOMPARE(hostLines(p),
                 (QStringList {QStringLiteral("home.example.org dyndns v4 [username=u] {password=pw-1} "
                                              "published:81.2.69.160/"),
                               QStringLiteral("bad.example.org dyndns v4 [username=u] {password=pw-1}")}));
        QCOMPARE(p.hosts.first().publishedAt, QDateTime::fromSecsSinceEpoch(1764547200, Qt::UTC));

        ImportScratch scratch;
        const ImportApplier::Result result = scratch.apply(p);
        QVERIFY(result.ok);
        QCOMPARE(result.seeded, 1);
        const HostRecord record = scratch.runtime()->state()->load(result.created.first());
        QCOMPARE(record.publishedIpv4, QStringLiteral("81.2.69.160"));
        QCOMPARE(record.lastSuccess, QDateTime::fromSecsSinceEpoch(1764547200, Qt::UTC));
        QCOMPARE(scratch.runtime()->state()->load(result.created.last()).publishedIpv4, QString());
    }

    // nsupdate: ddclient's password is the path of the key file; the key inside becomes the rfc2136
    // host's key name, algorithm and secret (in the secret store), the file stays untouched.
    void nsupdateTakesTheKeyFromItsFile()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("etc/ddclient"))));
        QFile key(root.filePath(QStringLiteral("etc/ddclient/ddns.key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        const QByteArray keyText = "key \"ddns-key.example.org\" {\n\talgorithm hmac-sha512;\n"
                                   "\tsecret \"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==\";\n};\n";
        key.write(keyText);
        key.close();
        ImportOptions options;
        options.rootDir = root.path();
        options.peerVersion = QStringLiteral("4");
        const ImportPreview p
            = readText("protocol=nsupdate, server=192.0.2.53, zone=example.org, tcp=yes, "
                       "password=/etc/ddclient/ddns.key\nn.example.org\n"
                       "protocol=nsupdate, zone=example.org, password=/etc/ddclient/missing.key "
                       "m.example.org\n",
                       ImportFormat::Ddclient, QStringLiteral("/etc/ddclient/ddclient.conf"), options);
        QCOMPARE(hostLines(p),
                 QStringList {QStringLiteral("n.example.org rfc2136 v4 [algorithm=hmac-sha512 "
                                             "keyname=ddns-key.example.org server=192.0.2.53 zone=example.org] "
                                             "{secret=c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==} "
                                             "ttl:600")}); // ddclient's default TTL for nsupdate
        const QStringList reasons = issueReasons(p);
        QVERIFY2(reasons.size() == 1, qPrintable(reasons.join(QLatin1Char('\n'))));
        QVERIFY2(reasons.first().contains(QStringLiteral("/etc/ddclient/missing.key")), qPrintable(reasons.first()));
        QVERIFY2(reasons.first().contains(QStringLiteral("RFC 2136")), qPrintable(reasons.first()));
        checkApplied(p);
        QVERIFY(key.open(QIODevice::ReadOnly));
        QCOMPARE(key.readAll(), keyText);
    }

    void versionIsDetectedFromPathAndEnv()
    {
        QCOMPARE(
            readText("h.example.org\n", ImportFormat::Ddclient, QStringLiteral("/etc/ddclient/ddclient.conf")).version,
            QStringLiteral("4.x"));
        QCOMPARE(readText("h.example.org\n", ImportFormat::Ddclient, QStringLiteral("/etc/ddclient.conf")).version,
                 QStringLiteral("3.10"));
        const ImportPreview unknown = readText("h.example.org\n", ImportFormat::Ddclient, QStringLiteral("x.conf"));
        QCOMPARE(unknown.version, QStringLiteral("4.x"));
        QVERIFY(unknown.notes.join(QString()).contains(QStringLiteral("3.10")));
        QCOMPARE(Importer::detect(QStringLiteral("/tmp/ddclient.conf"), {}), ImportFormat::Ddclient);
        QCOMPARE(Importer::detect(QStringLiteral("/tmp/x"), "daemon=300\nprotocol=dyndns2\n"), ImportFormat::Ddclient);
    }
};

QTEST_GUILESS_MAIN(TestImportDdclient)
#include "tst_import_ddclient.moc"
