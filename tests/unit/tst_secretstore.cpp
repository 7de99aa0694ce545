// SecretStore: every job ends exactly once, later, with a timeout; the file store is 0600.
#include "redactor.h"
#include "storage/filesecretstore.h"
#include "storage/memorysecretstore.h"

#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Homing;
using namespace std::chrono_literals;

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void callbackRunsOnceAndNeverInsideTheCall()
    {
        Redactor redactor;
        MemorySecretStore store(&redactor);
        int calls = 0;
        store.write(QStringLiteral("k"), QStringLiteral("value-123"), this, [&](const SecretResult &r) {
            QVERIFY(r.ok());
            ++calls;
        });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        // A second callback would need the job's timeout timer, which goes once the job has finished.
        QTRY_VERIFY(store.findChildren<QTimer *>().isEmpty());
        QCOMPARE(calls, 1);
        // What was written is now masked everywhere.
        QCOMPARE(redactor.redact(QStringLiteral("x value-123 y")), QStringLiteral("x [redacted] y"));
    }

    void readAndNotFound()
    {
        Redactor redactor;
        MemorySecretStore store(&redactor);
        std::optional<SecretResult> result;
        store.read(QStringLiteral("missing"), this, [&](const SecretResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->status, SecretResult::Status::NotFound);
    }

    void stuckBackendTimesOutExactlyOnce()
    {
        Redactor redactor;
        MemorySecretStore store(&redactor);
        store.setStalled(true);
        store.setTimeout(200ms);
        int calls = 0;
        SecretResult last;
        store.read(QStringLiteral("k"), this, [&](const SecretResult &r) {
            ++calls;
            last = r;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 2000);
        QCOMPARE(last.status, SecretResult::Status::TimedOut);
        QVERIFY(!last.message.isEmpty());
        QTRY_VERIFY(store.findChildren<QTimer *>().isEmpty()); // nothing left that could answer again
        QCOMPARE(calls, 1);
    }

    void failuresAreReported()
    {
        Redactor redactor;
        MemorySecretStore store(&redactor);
        store.setFailure(SecretResult::Status::Locked);
        std::optional<SecretResult> result;
        store.write(QStringLiteral("k"), QStringLiteral("v"), this, [&](const SecretResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->status, SecretResult::Status::Locked);
    }

    void contextGoneMeansNoCallback()
    {
        Redactor redactor;
        MemorySecretStore store(&redactor);
        auto *context = new QObject;
        bool called = false;
        store.read(QStringLiteral("k"), context, [&](const SecretResult &) { called = true; });
        delete context;
        QTRY_VERIFY(store.findChildren<QTimer *>().isEmpty()); // the job has finished
        QCoreApplication::sendPostedEvents(); // and whatever it could have posted is delivered
        QVERIFY(!called);
    }

    void fileStoreIsOwnerOnlyAndRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        Redactor redactor;
        FileSecretStore store(path, &redactor);
        QVERIFY(store.description().contains(path));
        std::optional<SecretResult> written;
        store.write(SecretStore::keyFor(QUuid::createUuid(), QStringLiteral("password")), QStringLiteral("pw-9876"),
                    this, [&](const SecretResult &r) { written = r; });
        QTRY_VERIFY(written.has_value());
        QVERIFY2(written->ok(), qPrintable(written->message));
        QCOMPARE(Homing::Test::fileMode(path), 0600);

        FileSecretStore again(path, &redactor);
        std::optional<SecretResult> read;
        const QString key = QStringLiteral("homing/x/password");
        std::optional<SecretResult> w2;
        again.write(key, QStringLiteral("second"), this, [&](const SecretResult &r) { w2 = r; });
        QTRY_VERIFY(w2.has_value());
        again.read(key, this, [&](const SecretResult &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->value, QStringLiteral("second"));
        std::optional<SecretResult> removed;
        again.remove(key, this, [&](const SecretResult &r) { removed = r; });
        QTRY_VERIFY(removed.has_value());
        std::optional<SecretResult> gone;
        again.read(key, this, [&](const SecretResult &r) { gone = r; });
        QTRY_VERIFY(gone.has_value());
        QCOMPARE(gone->status, SecretResult::Status::NotFound);
    }

    // Many hosts read their secrets from one parse of the file; a change on disk (another program,
    // an edit by hand) is read again.
    void fileStoreParsesOnceUntilTheFileChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets.json"));
        Redactor redactor;
        FileSecretStore writer(path, &redactor);
        std::optional<SecretResult> written;
        writer.write(QStringLiteral("homing/a/password"), QStringLiteral("first"), this,
                     [&](const SecretResult &r) { written = r; });
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok());

        FileSecretStore store(path, &redactor);
        auto readValue = [&](const QString &key) {
            std::optional<SecretResult> read;
            store.read(key, this, [&](const SecretResult &r) { read = r; });
            [&] { QTRY_VERIFY(read.has_value()); }();
            return read ? read->value : QString();
        };
        for (int i = 0; i < 100; ++i)
            QCOMPARE(readValue(QStringLiteral("homing/a/password")), QStringLiteral("first"));
        QCOMPARE(store.parses(), 1);

        // Another store replaces the file: the next read sees the new value.
        written.reset();
        writer.write(QStringLiteral("homing/a/password"), QStringLiteral("other"), this,
                     [&](const SecretResult &r) { written = r; });
        QTRY_VERIFY(written.has_value());
        QCOMPARE(readValue(QStringLiteral("homing/a/password")), QStringLiteral("other"));
        QCOMPARE(store.parses(), 2);

        // An edit by hand in place, same length: read again too.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray content = file.readAll();
        QVERIFY(content.contains("other"));
        content.replace("other", "third");
        QVERIFY(file.seek(0));
        file.write(content);
        file.close();
        QCOMPARE(readValue(QStringLiteral("homing/a/password")), QStringLiteral("third"));
        QCOMPARE(store.parses(), 3);
    }

    void keysAreNamespaced()
    {
        const QUuid id = QUuid::fromString(QStringLiteral("3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a"));
        QCOMPARE(SecretStore::keyFor(id, QStringLiteral("password")),
                 QStringLiteral("homing/3f2b0d8e-5c1a-4c8e-9a57-0c6f1e2d4b7a/password"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
