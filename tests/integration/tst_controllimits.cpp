// The control socket under load: 2,000 held connections from this user, with the agent at the
// file-descriptor limit of a default systemd user unit (1024) and far below it (48). The agent keeps
// the socket (and so the one-instance lock), status still answers, and a second agent still exits 75.
#include "agentfixture.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <memory>

using namespace Homing::Test;

namespace {
int connectTo(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    std::memcpy(address.sun_path, native.constData(), static_cast<size_t>(native.size()));
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool isSocket(const QString &path)
{
    struct stat info
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISSOCK(info.st_mode);
}

// Reads until EOF or a newline (a blocking socket with a receive timeout set by the caller).
QByteArray readLine(int fd)
{
    QByteArray line;
    char buffer[4096];
    while (!line.contains('\n')) {
        const ssize_t got = ::recv(fd, buffer, sizeof(buffer), 0);
        if (got <= 0)
            break;
        line.append(buffer, got);
    }
    return line;
}
} // namespace

class TestControlLimits : public QObject
{
    Q_OBJECT

private:
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
    {
        return QTest::qWaitFor(condition, timeoutMs); // as QTRY_VERIFY does, with the event loop running
    }

    static std::unique_ptr<QProcess> startAgent(AgentFixture &fixture, rlim_t descriptors)
    {
        auto agent = std::make_unique<QProcess>();
        agent->setChildProcessModifier([descriptors] {
            const rlimit limit {descriptors, descriptors};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
        agent->start(QString::fromLocal8Bit(qgetenv("HOMINGD")), {QStringLiteral("--config-dir"), fixture.configDir()});
        agent->waitForStarted(10000);
        return agent;
    }

    static bool statusAnswers(AgentFixture &fixture)
    {
        const auto run = fixture.homingctl({QStringLiteral("status"), QStringLiteral("--json")});
        return run.exitCode == 0 && QJsonDocument::fromJson(run.out).object().contains(QStringLiteral("hosts"));
    }

private slots:
    void initTestCase()
    {
        // This process holds the 2,000 connections: raise its own soft limit.
        rlimit limit {};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &limit) == 0);
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 8192);
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &limit) == 0);
        QVERIFY2(limit.rlim_cur >= 2100, "the hard descriptor limit is below 2,100");
    }

    void twoThousandConnections_data()
    {
        QTest::addColumn<int>("descriptors");
        QTest::newRow("systemd default 1024") << 1024;
        QTest::newRow("starved 48") << 48;
    }
    void twoThousandConnections()
    {
        QFETCH(int, descriptors);
        AgentFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.writeConfig(fixture.config(QStringLiteral("file"))));
        auto agent = startAgent(fixture, static_cast<rlim_t>(descriptors));
        const QString socketPath = QDir(fixture.configDir()).filePath(QStringLiteral("homing.sock"));
        QVERIFY(waitFor([&] { return statusAnswers(fixture); }));

        std::vector<int> held;
        for (int i = 0; i < 2000; ++i) {
            const int fd = connectTo(socketPath);
            if (fd >= 0)
                held.push_back(fd);
        }
        QCOMPARE(static_cast<int>(held.size()), 2000);

        QVERIFY2(statusAnswers(fixture), "status did not answer beside 2,000 connections");
        QVERIFY(isSocket(socketPath));
        const auto second = fixture.run(QString::fromLocal8Bit(qgetenv("HOMINGD")),
                                        {QStringLiteral("--config-dir"), fixture.configDir()});
        QCOMPARE(second.exitCode, 75);
        QVERIFY2(second.err.contains("already running"), second.err.constData());
        QCOMPARE(agent->state(), QProcess::Running);

        for (int fd : held)
            ::close(fd);
        QVERIFY(statusAnswers(fixture));

        ::kill(static_cast<pid_t>(agent->processId()), SIGTERM);
        QVERIFY(agent->waitForFinished(10000));
        QCOMPARE(agent->exitCode(), 0);
        const QByteArray log = agent->readAllStandardError();
        if (descriptors < 100) // the starved agent did run out, and recovered
            QVERIFY2(log.contains("accept() on"), log.constData());
        QVERIFY(!QFileInfo::exists(socketPath)); // removed on a clean exit
    }

    void oversizedAndNulRequestsAreRefused()
    {
        AgentFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.writeConfig(fixture.config(QStringLiteral("file"))));
        auto agent = startAgent(fixture, 1024);
        const QString socketPath = QDir(fixture.configDir()).filePath(QStringLiteral("homing.sock"));
        QVERIFY(waitFor([&] { return statusAnswers(fixture); }));

        const timeval timeout {10, 0};
        const int big = connectTo(socketPath);
        QVERIFY(big >= 0);
        ::setsockopt(big, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
        const QByteArray flood(70 * 1024, 'x'); // no newline: more than one request may hold
        QCOMPARE(::send(big, flood.constData(), static_cast<size_t>(flood.size()), MSG_NOSIGNAL),
                 static_cast<ssize_t>(flood.size()));
        const QByteArray reply = readLine(big);
        QVERIFY2(reply.contains("too large"), reply.constData());
        QCOMPARE(readLine(big), QByteArray()); // and the connection is closed
        ::close(big);

        const int nul = connectTo(socketPath);
        QVERIFY(nul >= 0);
        ::setsockopt(nul, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
        const QByteArray request = "{\"command\":\"status\",\"host\":\"a\\u0000b\"}\n";
        QVERIFY(::send(nul, request.constData(), static_cast<size_t>(request.size()), MSG_NOSIGNAL) > 0);
        const QByteArray nulReply = readLine(nul);
        QVERIFY2(nulReply.contains("\"ok\":false") && nulReply.contains("NUL"), nulReply.constData());
        ::close(nul);

        ::kill(static_cast<pid_t>(agent->processId()), SIGTERM);
        QVERIFY(agent->waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestControlLimits)
#include "tst_controllimits.moc"
