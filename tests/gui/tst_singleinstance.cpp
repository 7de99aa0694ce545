// Single instance: the first start listens, a second hands its arguments over and steps aside, a
// stale socket left by a crash is removed; and the real homing executable behaves that way.
#include "platform/singleinstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;

namespace {
// Someone listens on this socket: a socket file a killed instance left behind refuses connections.
bool accepts(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(path);
    const bool connected = socket.waitForConnected(1000);
    socket.abort();
    return connected;
}
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondHandsOverItsArguments()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("homing-ui.sock"));
        SingleInstance first(path);
        QSignalSpy primary(&first, &SingleInstance::becamePrimary);
        QSignalSpy activation(&first, &SingleInstance::activationRequested);
        first.start({});
        QTRY_COMPARE(primary.size(), 1);

        SingleInstance second(path);
        QSignalSpy handedOver(&second, &SingleInstance::handedOver);
        QSignalSpy secondPrimary(&second, &SingleInstance::becamePrimary);
        second.start({QStringLiteral("--minimized"), QStringLiteral("--config-dir"), QStringLiteral("x y")});
        QTRY_COMPARE(handedOver.size(), 1);
        QTRY_COMPARE(activation.size(), 1);
        QCOMPARE(activation.first().first().toStringList(),
                 (QStringList {QStringLiteral("--minimized"), QStringLiteral("--config-dir"), QStringLiteral("x y")}));
        QCOMPARE(secondPrimary.size(), 0);
    }

    void staleSocketIsRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("homing-ui.sock"));
        {
            // A crashed instance leaves its socket file behind (and no process holds the lock).
            QLocalServer stale;
            stale.setSocketOptions(QLocalServer::UserAccessOption);
            QVERIFY(stale.listen(path));
            QVERIFY(QFile::exists(path));
            // Leak the file: close without removing by detaching the descriptor is not possible in
            // Qt, so copy what a crash leaves: a socket file nobody listens on.
        }
        QFile leftover(path);
        QVERIFY(leftover.open(QIODevice::WriteOnly)); // a plain file where the socket was
        leftover.close();
        SingleInstance instance(path);
        QSignalSpy primary(&instance, &SingleInstance::becamePrimary);
        QSignalSpy failed(&instance, &SingleInstance::failed);
        instance.start({});
        QTRY_COMPARE(primary.size(), 1);
        QCOMPARE(failed.size(), 0);
    }

    void realExecutableHandsOver()
    {
        const QString app = QString::fromLocal8Bit(qgetenv("HOMING_APP"));
        if (app.isEmpty())
            QSKIP("HOMING_APP is not set (run through ctest)");
        QTemporaryDir dir;
        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(app, {QStringLiteral("--config-dir"), dir.path(), QStringLiteral("--minimized")});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(QStringLiteral("homing-ui.sock"))), 15000);

        QProcess second;
        second.start(app, {QStringLiteral("--config-dir"), dir.path()});
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(second.readAllStandardOutput().contains("already running"));
        QCOMPARE(first.state(), QProcess::Running);

        first.terminate(); // by PID, the one we started
        if (!first.waitForFinished(5000)) {
            first.kill();
            first.waitForFinished(5000);
        }
        // After a crash (SIGKILL leaves lock and socket behind) the next start takes over.
        QProcess crashed;
        crashed.start(app, {QStringLiteral("--config-dir"), dir.path(), QStringLiteral("--minimized")});
        QVERIFY(crashed.waitForStarted());
        const QString socket = dir.filePath(QStringLiteral("homing-ui.sock"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 15000); // it takes the lock before it listens
        crashed.kill();
        crashed.waitForFinished(5000);
        QProcess next;
        next.start(app, {QStringLiteral("--config-dir"), dir.path(), QStringLiteral("--minimized")});
        QVERIFY(next.waitForStarted());
        // It became the first instance instead of handing over: it listens on a socket of its own.
        QTRY_VERIFY_WITH_TIMEOUT(accepts(socket), 15000);
        QCOMPARE(next.state(), QProcess::Running);
        QProcess third; // and it answers a later start like any first instance
        third.start(app, {QStringLiteral("--config-dir"), dir.path()});
        QVERIFY(third.waitForFinished(15000));
        QCOMPARE(third.exitCode(), 0);
        QVERIFY(third.readAllStandardOutput().contains("already running"));
        next.terminate();
        if (!next.waitForFinished(5000)) {
            next.kill();
            next.waitForFinished(5000);
        }
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
