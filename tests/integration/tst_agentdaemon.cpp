// The long-running agent: control socket, homingctl status/pause/resume/update, one instance per
// user, clean stop on SIGTERM, and a SIGKILL in the middle of an update that loses nothing.
#include "agentfixture.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace Homing::Test;

class TestAgentDaemon : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<QProcess> startAgent(AgentFixture &fixture)
    {
        auto agent = std::make_unique<QProcess>();
        agent->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        agent->start(QString::fromLocal8Bit(qgetenv("HOMINGD")), {QStringLiteral("--config-dir"), fixture.configDir()});
        agent->waitForStarted(10000);
        return agent;
    }

    static QJsonObject status(AgentFixture &fixture)
    {
        const auto run = fixture.homingctl({QStringLiteral("status"), QStringLiteral("--json")});
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object() : QJsonObject();
    }

    static QJsonObject firstHost(const QJsonObject &status)
    {
        return status.value(QStringLiteral("hosts")).toArray().first().toObject();
    }

    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
    {
        return QTest::qWaitFor(condition, timeoutMs); // as QTRY_VERIFY does, with the event loop running
    }

    static void prepare(AgentFixture &fixture)
    {
        QVERIFY(fixture.start());
        QVERIFY(fixture.writeConfig(fixture.config(QStringLiteral("file"))));
        QCOMPARE(fixture
                     .homingctl({QStringLiteral("secret"), QStringLiteral("set"), fixture.hostName(),
                                 QStringLiteral("password")},
                                "pw-1234\n")
                     .exitCode,
                 0);
    }

private slots:
    void statusPauseResumeAndOneInstance()
    {
        AgentFixture fixture;
        prepare(fixture);
        auto agent = startAgent(fixture);
        QVERIFY(waitFor(
            [&] { return firstHost(status(fixture)).value(QStringLiteral("state")) == QLatin1String("up-to-date"); }));
        const QJsonObject current = status(fixture);
        const QJsonObject host = firstHost(current);
        QCOMPARE(host.value(QStringLiteral("name")).toString(), fixture.hostName());
        QCOMPARE(host.value(QStringLiteral("ipv4")).toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(host.value(QStringLiteral("lastOutcome")).toString(), QStringLiteral("updated"));
        QVERIFY(!host.value(QStringLiteral("nextCheck")).toString().isEmpty());
        const QJsonObject ipv4
            = current.value(QStringLiteral("publicAddresses")).toObject().value(QStringLiteral("ipv4")).toObject();
        QCOMPARE(ipv4.value(QStringLiteral("address")).toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(ipv4.value(QStringLiteral("sources")).toArray(), QJsonArray {QStringLiteral("loopback-echo")});
        QCOMPARE(current.value(QStringLiteral("online")).toBool(), true);
        QCOMPARE(fixture.provider().requests().size(), 1);
        QCOMPARE(fileMode(fixture.configDir() + QStringLiteral("/homing.sock")), 0600);

        // A second agent for the same user refuses to run beside the first.
        const auto duplicate = fixture.run(QString::fromLocal8Bit(qgetenv("HOMINGD")),
                                           {QStringLiteral("--config-dir"), fixture.configDir()});
        QCOMPARE(duplicate.exitCode, 75);
        QVERIFY2(duplicate.err.contains("already running"), duplicate.err.constData());

        QCOMPARE(fixture.homingctl({QStringLiteral("pause")}).exitCode, 0);
        QCOMPARE(firstHost(status(fixture)).value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
        QCOMPARE(fixture.homingctl({QStringLiteral("resume"), fixture.hostName()}).exitCode, 0);
        QVERIFY(waitFor(
            [&] { return firstHost(status(fixture)).value(QStringLiteral("state")) == QLatin1String("up-to-date"); }));
        const auto text = fixture.homingctl({QStringLiteral("status")});
        QVERIFY2(text.out.contains("Public IPv4: 81.2.69.160 (agreed by loopback-echo)"), text.out.constData());
        QCOMPARE(fixture.homingctl({QStringLiteral("update"), QStringLiteral("nosuch.example.org")}).exitCode, 1);

        ::kill(static_cast<pid_t>(agent->processId()), SIGTERM);
        QVERIFY(agent->waitForFinished(10000));
        QCOMPARE(agent->exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent->exitCode(), 0);
        QCOMPARE(fixture.homingctl({QStringLiteral("status")}).exitCode, 69);
    }

    void killedMidUpdateLosesNothing()
    {
        AgentFixture fixture;
        prepare(fixture);
        // The provider takes the request and never answers: the agent is in the middle of an update.
        HttpTestServer::Response stall;
        stall.stall = true;
        fixture.provider().respondWith(stall);
        const QByteArray configBefore = readFile(fixture.configDir() + QStringLiteral("/config.json"));
        auto agent = startAgent(fixture);
        QVERIFY(waitFor([&] { return fixture.provider().requests().size() == 1; }));
        ::kill(static_cast<pid_t>(agent->processId()), SIGKILL);
        QVERIFY(agent->waitForFinished(10000));
        QCOMPARE(agent->exitStatus(), QProcess::CrashExit);

        QCOMPARE(readFile(fixture.configDir() + QStringLiteral("/config.json")), configBefore);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(fixture.configDir() + QStringLiteral("/homing.sqlite"));
            QVERIFY(db.open());
            QSqlQuery check(db);
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            // The host's machine stores a call with its outcome, in one transaction: a call that never
            // came back leaves neither a half row nor a state stuck in "updating".
            QSqlQuery sent(db);
            QVERIFY(sent.exec(QStringLiteral("SELECT COUNT(*) FROM history WHERE kind = 'sent'")) && sent.next());
            QCOMPARE(sent.value(0).toInt(), 0);
            QSqlQuery state(db);
            QVERIFY(state.exec(QStringLiteral("SELECT COUNT(*) FROM host_state WHERE state = 'updating'"))
                    && state.next());
            QCOMPARE(state.value(0).toInt(), 0);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        fixture.provider().respondWith(HttpTestServer::Response::text("good 81.2.69.160"));
        auto restarted = startAgent(fixture);
        QVERIFY(waitFor(
            [&] { return firstHost(status(fixture)).value(QStringLiteral("state")) == QLatin1String("up-to-date"); }));
        QCOMPARE(fixture.provider().requests().size(), 2);
        const auto history = fixture.homingctl({QStringLiteral("history"), QStringLiteral("--json")});
        const QJsonArray rows = QJsonDocument::fromJson(history.out).array();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("result"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("updated"));
        QCOMPARE(readFile(fixture.configDir() + QStringLiteral("/config.json")), configBefore);
        ::kill(static_cast<pid_t>(restarted->processId()), SIGTERM);
        QVERIFY(restarted->waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestAgentDaemon)
#include "tst_agentdaemon.moc"
