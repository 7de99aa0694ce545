// homingd --once, end to end: loopback echo -> real agent process -> loopback dyndns2 server ->
// history, as a cron job or a user would run it.
#include "agentfixture.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Homing::Test;

class TestAgentOnce : public QObject
{
    Q_OBJECT

private:
    static QJsonArray history(AgentFixture &fixture)
    {
        const AgentFixture::Run run = fixture.homingctl({QStringLiteral("history"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out).array();
    }

    // The provider's latest answer: a "result" row when it succeeded, an "error" row (which the
    // timeline's Problems filter shows) when it did not.
    static QJsonObject latestResult(const QJsonArray &rows)
    {
        for (const QJsonValue &row : rows) {
            const QString kind = row.toObject().value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("result")
                || (kind == QLatin1String("error")
                    && !row.toObject().value(QStringLiteral("outcome")).toString().isEmpty()
                    && row.toObject().value(QStringLiteral("outcome")).toString() != QLatin1String("no-address")))
                return row.toObject();
        }
        return {};
    }

    static bool storePassword(AgentFixture &fixture, const QByteArray &password)
    {
        const AgentFixture::Run set = fixture.homingctl(
            {QStringLiteral("secret"), QStringLiteral("set"), fixture.hostName(), QStringLiteral("password")},
            password + '\n');
        return set.exitCode == 0;
    }

private slots:
    void updatesOnceThenSendsNothing()
    {
        AgentFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.writeConfig(fixture.config(QStringLiteral("file"))));
        QVERIFY(storePassword(fixture, "s3cret word"));
        QCOMPARE(fileMode(fixture.configDir() + QStringLiteral("/secrets.json")), 0600);
        QVERIFY(!readFile(fixture.configDir() + QStringLiteral("/config.json")).contains("s3cret"));

        const AgentFixture::Run first = fixture.homingd();
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains("home.example.org: updated"), first.out.constData());
        QCOMPARE(fixture.provider().requests().size(), 1);
        const HttpTestServer::Request &request = fixture.provider().requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.target, QByteArray("/nic/update?hostname=home.example.org&myip=81.2.69.160"));
        QCOMPARE(request.basicCredentials(), QByteArray("alice:s3cret word"));
        QVERIFY2(request.header("user-agent").startsWith("Homing/0."), request.header("user-agent").constData());

        const QJsonObject result = latestResult(history(fixture));
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("updated"));
        QCOMPARE(result.value(QStringLiteral("new")).toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(result.value(QStringLiteral("host")).toString(), QStringLiteral("home.example.org"));

        const AgentFixture::Run second = fixture.homingd();
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("up to date"), second.out.constData());
        QCOMPARE(fixture.provider().requests().size(), 1);
        QCOMPARE(fixture.echo().requests().size(), 2);
        QCOMPARE(fileMode(fixture.configDir() + QStringLiteral("/homing.sqlite")), 0600);
    }

    void needsUserStopsTheHostUntilItsSettingsChange_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("why");
        QTest::newRow("badauth") << QByteArray("badauth") << QStringLiteral("rejected the user name or password");
        QTest::newRow("nohost") << QByteArray("nohost") << QStringLiteral("does not exist in this account");
        QTest::newRow("abuse") << QByteArray("abuse") << QStringLiteral("blocked this host for abuse");
    }

    void needsUserStopsTheHostUntilItsSettingsChange()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, why);
        AgentFixture fixture;
        QVERIFY(fixture.start());
        fixture.provider().respondWith(HttpTestServer::Response::text(reply));
        QVERIFY(fixture.writeConfig(fixture.config(QStringLiteral("file"))));
        QVERIFY(storePassword(fixture, "wrong-password"));

        const AgentFixture::Run first = fixture.homingd();
        QCOMPARE(first.exitCode, 2);
        QVERIFY2(first.out.contains("NEEDS YOU"), first.out.constData());
        QCOMPARE(fixture.provider().requests().size(), 1);
        const QJsonObject result = latestResult(history(fixture));
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("needs-user"));
        QVERIFY2(result.value(QStringLiteral("detail")).toString().contains(why),
                 qPrintable(result.value(QStringLiteral("detail")).toString()));

        // Later runs say "needs you" again but send nothing.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(fixture.homingd().exitCode, 2);
        QCOMPARE(fixture.provider().requests().size(), 1);

        // The user fixes the host's settings: the next run tries again.
        fixture.provider().respondWith(HttpTestServer::Response::text("good 81.2.69.160"));
        QVERIFY(fixture.writeConfig(fixture.config(QStringLiteral("file"), QStringLiteral("alice2"))));
        QCOMPARE(fixture.homingd().exitCode, 0);
        QCOMPARE(fixture.provider().requests().size(), 2);
        QCOMPARE(fixture.provider().requests().last().basicCredentials(), QByteArray("alice2:wrong-password"));
    }

    void newPasswordReleasesAStoppedHost()
    {
        AgentFixture fixture;
        QVERIFY(fixture.start());
        fixture.provider().respondWith(HttpTestServer::Response::text("badauth"));
        QVERIFY(fixture.writeConfig(fixture.config(QStringLiteral("file"))));
        QVERIFY(storePassword(fixture, "wrong-password"));
        QCOMPARE(fixture.homingd().exitCode, 2);
        fixture.provider().respondWith(HttpTestServer::Response::text("good 81.2.69.160"));
        QVERIFY(storePassword(fixture, "right-password"));
        QCOMPARE(fixture.homingd().exitCode, 0);
        QCOMPARE(fixture.provider().requests().size(), 2);
        QCOMPARE(fixture.provider().requests().last().basicCredentials(), QByteArray("alice:right-password"));
    }

    void serverTroubleWaitsAndSaysSo()
    {
        AgentFixture fixture;
        QVERIFY(fixture.start());
        fixture.provider().respondWith(HttpTestServer::Response::text("911", 500));
        QVERIFY(fixture.writeConfig(fixture.config(QStringLiteral("file"))));
        QVERIFY(storePassword(fixture, "pw-1234"));
        QCOMPARE(fixture.homingd().exitCode, 75);
        const AgentFixture::Run again = fixture.homingd();
        QCOMPARE(again.exitCode, 75);
        QVERIFY2(again.out.contains("waiting until"), again.out.constData());
        QCOMPARE(fixture.provider().requests().size(), 1);
    }

    void missingPasswordNeedsTheUser()
    {
        AgentFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.writeConfig(fixture.config(QStringLiteral("file"))));
        const AgentFixture::Run run = fixture.homingd();
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains("homingctl secret set"), run.out.constData());
        QVERIFY(fixture.provider().requests().isEmpty());
    }

    void damagedConfigIsReportedAndKept()
    {
        AgentFixture fixture;
        QVERIFY(fixture.start());
        const QByteArray broken = "{\n  \"schema\": 1,\n  \"hosts\": [ oops ]\n}\n";
        QVERIFY(writeFile(fixture.configDir() + QStringLiteral("/config.json"), broken));
        const AgentFixture::Run run = fixture.homingd();
        QCOMPARE(run.exitCode, 78);
        QVERIFY2(run.err.contains("config.json:3:"), run.err.constData());
        QCOMPARE(readFile(fixture.configDir() + QStringLiteral("/config.json")), broken);
        QVERIFY(fixture.echo().requests().isEmpty());
    }

    void badArgumentsAreUsageErrors()
    {
        AgentFixture fixture;
        QVERIFY(fixture.start());
        QCOMPARE(fixture.homingd({QStringLiteral("--frobnicate")}).exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TestAgentOnce)
#include "tst_agentonce.moc"
