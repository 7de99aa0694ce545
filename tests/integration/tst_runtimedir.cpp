// The control socket's directory cannot be planted by another local user. Two real users, made by
// the test (useradd) and removed afterwards: "victim" runs Homing without XDG_RUNTIME_DIR, so the
// socket goes to $TMPDIR/homing-<uid>; "intruder" plants that directory, or a socket, first.
#include "agentfixture.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace Homing::Test;

namespace {
struct User
{
    QString name;
    uint uid = 0;
    uint gid = 0;
};

bool runAsRoot(const QString &program, const QStringList &arguments, QByteArray *out = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput().trimmed();
    return true;
}
} // namespace

class TestRuntimeDir : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_tmp; // TMPDIR for both users (mode 1777 like /tmp)
    User m_victim;
    User m_intruder;
    QList<QString> m_created;
    QList<std::shared_ptr<QProcess>> m_servers;
    int m_impostors = 0;

    bool makeUser(const QString &role, User *user)
    {
        user->name = QStringLiteral("hmg%1%2").arg(role).arg(QCoreApplication::applicationPid() % 100000);
        if (!runAsRoot(QStringLiteral("useradd"),
                       {QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                        QStringLiteral("/usr/sbin/nologin"), QStringLiteral("--user-group"), user->name}))
            return false;
        m_created.append(user->name);
        QByteArray uid;
        QByteArray gid;
        if (!runAsRoot(QStringLiteral("id"), {QStringLiteral("-u"), user->name}, &uid)
            || !runAsRoot(QStringLiteral("id"), {QStringLiteral("-g"), user->name}, &gid))
            return false;
        user->uid = uid.toUInt();
        user->gid = gid.toUInt();
        const QString home = m_scratch.filePath(user->name);
        return QDir().mkpath(home) && ::chown(QFile::encodeName(home).constData(), user->uid, user->gid) == 0;
    }

    QString fallbackDir(const User &user) const { return m_tmp + QStringLiteral("/homing-%1").arg(user.uid); }

    QProcessEnvironment environmentFor(const User &user) const
    {
        QProcessEnvironment env;
        const QString home = m_scratch.filePath(user.name);
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("TMPDIR"), m_tmp);
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        return env; // no XDG_RUNTIME_DIR: the fallback directory is used
    }

    std::unique_ptr<QProcess> startAs(const User &user, const QString &program, const QStringList &arguments) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environmentFor(user));
        process->start(QStringLiteral("setpriv"),
                       QStringList {QStringLiteral("--reuid=%1").arg(user.uid),
                                    QStringLiteral("--regid=%1").arg(user.gid), QStringLiteral("--clear-groups"),
                                    QStringLiteral("--"), program}
                           + arguments);
        process->waitForStarted(10000);
        return process;
    }

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result runAs(const User &user, const QString &program, const QStringList &arguments) const
    {
        auto process = startAs(user, program, arguments);
        Result result;
        if (!process->waitForFinished(60000)) {
            process->kill();
            process->waitForFinished();
            return result;
        }
        result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        result.out = process->readAllStandardOutput();
        result.err = process->readAllStandardError();
        return result;
    }

    // The intruder's impostor server on socketPath; returns its log file.
    QString startImpostor(const QString &socketPath)
    {
        // The log lives in the intruder's home so the intruder can write it.
        const QString ownLog
            = m_scratch.filePath(m_intruder.name) + QStringLiteral("/impostor-%1.log").arg(++m_impostors);
        // A copy the intruder can read: the source tree may sit in a home only its owner enters.
        const QString script = m_scratch.filePath(QStringLiteral("fakecontrolserver.py"));
        if (!QFileInfo::exists(script)) {
            QFile::copy(QStringLiteral(HOMING_FAKE_CONTROL_SERVER), script);
            QFile::setPermissions(script,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        }
        std::shared_ptr<QProcess> server(startAs(m_intruder, script, {socketPath, ownLog}).release());
        m_servers.append(server);
        // Waits for the impostor's "ready" file (or its end), however slow the machine is.
        (void)QTest::qWaitFor(
            [&] {
                return QFileInfo::exists(ownLog + QStringLiteral(".ready")) || server->state() != QProcess::Running;
            },
            120000);
        if (QFileInfo::exists(ownLog + QStringLiteral(".ready")))
            return ownLog;
        qWarning().noquote() << "the impostor did not get ready: state" << server->state() << "exit"
                             << server->exitCode() << server->readAllStandardError();
        return QString();
    }

    QString homingctl() const { return QString::fromLocal8Bit(qgetenv("HOMINGCTL")); }
    QString homingd() const { return QString::fromLocal8Bit(qgetenv("HOMINGD")); }

    void removeFallback() { QProcess::execute(QStringLiteral("rm"), {QStringLiteral("-rf"), fallbackDir(m_victim)}); }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("useradd")).isEmpty())
            QSKIP("needs root and useradd to create two users (the suite runs as root in CI)");
        QVERIFY(m_scratch.isValid());
        QVERIFY(QFile::setPermissions(m_scratch.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
        m_tmp = m_scratch.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_tmp));
        QVERIFY(::chmod(QFile::encodeName(m_tmp).constData(), 01777) == 0);
        QVERIFY(makeUser(QStringLiteral("v"), &m_victim));
        QVERIFY(makeUser(QStringLiteral("i"), &m_intruder));
        // The built programs must be reachable by the two users.
        QVERIFY2(QFileInfo(homingd()).isExecutable(), qPrintable(homingd()));
    }

    void cleanup()
    {
        for (const auto &server : m_servers) {
            server->kill();
            server->waitForFinished(5000);
        }
        m_servers.clear();
        removeFallback();
    }

    void cleanupTestCase()
    {
        cleanup();
        for (const QString &name : m_created)
            runAsRoot(QStringLiteral("userdel"), {name});
    }

    // Without a planted directory, the victim's agent makes the fallback directory itself, mode 0700.
    void fallbackIsCreatedPrivate()
    {
        auto agent = startAs(m_victim, homingd(), {});
        const QString socket = fallbackDir(m_victim) + QStringLiteral("/homing.sock");
        Result status;
        (void)QTest::qWaitFor(
            [&] {
                status = runAs(m_victim, homingctl(), {QStringLiteral("status"), QStringLiteral("--json")});
                return status.exitCode == 0;
            },
            20000);
        QVERIFY2(status.exitCode == 0, status.err.constData());
        struct stat info
        {
        };
        QVERIFY(::lstat(QFile::encodeName(fallbackDir(m_victim)).constData(), &info) == 0);
        QCOMPARE(info.st_uid, m_victim.uid);
        QCOMPARE(info.st_mode & 07777, 0700u);
        QVERIFY(::lstat(QFile::encodeName(socket).constData(), &info) == 0);
        QCOMPARE(info.st_mode & 0777, 0600u);

        // The agent answers only its own user: the intruder's connection gets nothing, even with
        // the directory and socket opened up by mistake.
        QVERIFY(::chmod(QFile::encodeName(fallbackDir(m_victim)).constData(), 0711) == 0);
        QVERIFY(::chmod(QFile::encodeName(socket).constData(), 0666) == 0);
        const Result intruder = runAs(m_intruder, QStringLiteral("python3"),
                                      {QStringLiteral("-c"),
                                       QStringLiteral("import socket,sys\n"
                                                      "s=socket.socket(socket.AF_UNIX)\n"
                                                      "s.settimeout(20)\n"
                                                      "s.connect(sys.argv[1])\n"
                                                      "try:\n"
                                                      "    s.sendall(b'{\"command\":\"status\"}\\n')\n"
                                                      "    data=s.recv(65536)\n"
                                                      "except (BrokenPipeError, ConnectionResetError):\n"
                                                      "    data=b''\n"
                                                      "print(repr(data))\n"),
                                       socket});
        QVERIFY2(intruder.exitCode == 0, intruder.err.constData());
        QCOMPARE(intruder.out.trimmed(), QByteArray("b''")); // closed without a byte of answer
        ::kill(static_cast<pid_t>(agent->processId()), SIGTERM);
        QVERIFY(agent->waitForFinished(10000));
        QCOMPARE(agent->exitCode(), 0);
    }

    // The intruder made $TMPDIR/homing-<victim uid> and serves an impostor socket in it.
    void plantedDirectoryIsRefused()
    {
        const QString dir = fallbackDir(m_victim);
        QCOMPARE(
            runAs(m_intruder, QStringLiteral("mkdir"), {QStringLiteral("-m"), QStringLiteral("0777"), dir}).exitCode,
            0);
        const QString log = startImpostor(dir + QStringLiteral("/homing.sock"));
        QVERIFY(!log.isEmpty());

        const Result status = runAs(m_victim, homingctl(), {QStringLiteral("status")});
        QVERIFY(status.exitCode != 0);
        QVERIFY2(status.err.contains("belongs to another user"), status.err.constData());
        QVERIFY(!status.out.contains("impostor"));

        const Result agent = runAs(m_victim, homingd(), {});
        QCOMPARE(agent.exitCode, 77); // not 75 ("already running")
        QVERIFY2(agent.err.contains("belongs to another user"), agent.err.constData());
        QVERIFY(!agent.err.contains("already running"));

        QCOMPARE(readFile(log), QByteArray()); // the impostor never saw a connection
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/homing.sock"))); // and its socket is untouched
    }

    void plantedFileOrSymlinkIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("plain file") << "file";
        QTest::newRow("symlink to a victim-owned directory") << "symlink";
    }
    void plantedFileOrSymlinkIsRefused()
    {
        QFETCH(QString, kind);
        const QString dir = fallbackDir(m_victim);
        if (kind == QLatin1String("file")) {
            QCOMPARE(runAs(m_intruder, QStringLiteral("touch"), {dir}).exitCode, 0);
        } else {
            const QString target = m_scratch.filePath(m_victim.name) + QStringLiteral("/run");
            QVERIFY(QDir().mkpath(target));
            QVERIFY(::chown(QFile::encodeName(target).constData(), m_victim.uid, m_victim.gid) == 0);
            QVERIFY(::chmod(QFile::encodeName(target).constData(), 0700) == 0);
            QCOMPARE(runAs(m_intruder, QStringLiteral("ln"), {QStringLiteral("-s"), target, dir}).exitCode, 0);
        }
        const Result agent = runAs(m_victim, homingd(), {});
        QCOMPARE(agent.exitCode, 77);
        QVERIFY2(agent.err.contains(kind == QLatin1String("file") ? "is not a directory" : "symbolic link"),
                 agent.err.constData());
    }

    // The victim's directory is genuine, but the socket in it is the intruder's (planted by root's
    // mistake, here by the test): homingctl connects, sees another user at the other end, and sends
    // nothing.
    void plantedSocketIsRefused()
    {
        const QString dir = fallbackDir(m_victim);
        QVERIFY(::mkdir(QFile::encodeName(dir).constData(), 0700) == 0);
        QVERIFY(::chown(QFile::encodeName(dir).constData(), m_victim.uid, m_victim.gid) == 0);
        const QString elsewhere = m_scratch.filePath(m_intruder.name) + QStringLiteral("/impostor.sock");
        const QString log = startImpostor(elsewhere);
        QVERIFY(!log.isEmpty());
        QVERIFY2(::rename(QFile::encodeName(elsewhere).constData(),
                          QFile::encodeName(dir + QStringLiteral("/homing.sock")).constData())
                     == 0,
                 std::strerror(errno));

        const Result status = runAs(m_victim, homingctl(), {QStringLiteral("status")});
        QVERIFY(status.exitCode != 0);
        QVERIFY2(status.err.contains("served by another user"), status.err.constData());
        QVERIFY(!status.out.contains("impostor"));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(log).contains("data:"), 20000);
        QCOMPARE(readFile(log), QByteArray("connect\ndata:\n")); // connected, but not a byte was sent
    }
};

QTEST_GUILESS_MAIN(TestRuntimeDir)
#include "tst_runtimedir.moc"
