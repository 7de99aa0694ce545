// The keychain secret store against a real gnome-keyring on a private D-Bus session, read back
// independently with secret-tool; and the clear failure when there is no Secret Service at all.
#include "agentfixture.h"
#include "redactor.h"
#include "storage/keychainsecretstore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace Homing;
using namespace std::chrono_literals;

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    SecretResult wait(const std::function<void(SecretStore::Callback)> &start)
    {
        std::optional<SecretResult> result;
        start([&](const SecretResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
        return result.value_or(SecretResult {});
    }

    static QProcess *secretTool(const QStringList &arguments)
    {
        auto *process = new QProcess;
        process->start(QStringLiteral("secret-tool"), arguments);
        process->waitForFinished(10000);
        return process;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
            || qgetenv("DBUS_SESSION_BUS_ADDRESS").startsWith("disabled"))
            QFAIL("run me through with-keyring.sh (a private D-Bus session with gnome-keyring)");
    }

    void writeReadDeleteAndSecretToolAgrees()
    {
        Redactor redactor;
        KeychainSecretStore store(&redactor);
        const QString key = SecretStore::keyFor(QUuid::createUuid(), QStringLiteral("password"));
        const QString value = QStringLiteral("kc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

        SecretResult written = wait([&](auto cb) { store.write(key, value, this, cb); });
        QVERIFY2(written.ok(), qPrintable(written.message));

        SecretResult read = wait([&](auto cb) { store.read(key, this, cb); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value, value);

        // The secret lives in the Secret Service where other tools find it: service "homing", key as user.
        std::unique_ptr<QProcess> lookup(secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                                                     QStringLiteral("homing"), QStringLiteral("user"), key}));
        QCOMPARE(lookup->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(lookup->readAllStandardOutput()).trimmed(), value);

        SecretResult removed = wait([&](auto cb) { store.remove(key, this, cb); });
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        std::unique_ptr<QProcess> gone(secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                                                   QStringLiteral("homing"), QStringLiteral("user"), key}));
        QVERIFY(gone->readAllStandardOutput().trimmed().isEmpty());

        SecretResult missing = wait([&](auto cb) { store.read(key, this, cb); });
        QCOMPARE(missing.status, SecretResult::Status::NotFound);
    }

    void readsWhatSecretToolStored()
    {
        const QString key = QStringLiteral("homing/") + QUuid::createUuid().toString(QUuid::WithoutBraces)
            + QStringLiteral("/password");
        QProcess store;
        store.start(QStringLiteral("secret-tool"),
                    {QStringLiteral("store"), QStringLiteral("--label=homing test"), QStringLiteral("server"),
                     QStringLiteral("homing"), QStringLiteral("user"), key, QStringLiteral("type"),
                     QStringLiteral("plaintext")});
        QVERIFY(store.waitForStarted());
        store.write("from-secret-tool");
        store.closeWriteChannel();
        QVERIFY(store.waitForFinished(10000));
        QCOMPARE(store.exitCode(), 0);
        Redactor redactor;
        KeychainSecretStore keychain(&redactor);
        SecretResult read = wait([&](auto cb) { keychain.read(key, this, cb); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value, QStringLiteral("from-secret-tool"));
    }

    void noSecretServiceIsAClearErrorNotAHang()
    {
        Homing::Test::AgentFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.writeConfig(fixture.config(QStringLiteral("keychain"))));
        QElapsedTimer timer;
        timer.start();
        const auto run = fixture.homingctl(
            {QStringLiteral("secret"), QStringLiteral("set"), fixture.hostName(), QStringLiteral("password")},
            "pw-1234\n", {QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/homing-test-bus")});
        QCOMPARE(run.exitCode, 74);
        QVERIFY2(run.err.contains("keychain") && run.err.contains("\"secretStore\": \"file\""), run.err.constData());
        QVERIFY(timer.elapsed() < 20000);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
