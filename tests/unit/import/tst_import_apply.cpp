// Applying an import: all or nothing through the SecretStore, existing hosts skipped or updated,
// the source file never touched, exit statuses for homingctl.
#include "importfixture.h"

#include "importers/importtarget.h"
#include "storage/configstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>
#include <QTimer>

using namespace Homing;
using namespace Homing::Test;

namespace {

// A secret store that refuses the n-th write (counting from 1), as a keychain that locks or
// times out half way through would.
class FailingStore final : public SecretStore
{
public:
    FailingStore(Redactor *redactor, int failAt, QObject *parent)
        : SecretStore(redactor, parent)
        , m_failAt(failAt)
    {
    }
    QString backendName() const override { return QStringLiteral("failing"); }
    QString description() const override { return QStringLiteral("a test store"); }
    QHash<QString, QString> entries;
    int writes = 0;

protected:
    void startRead(const QString &key, Completion done) override
    {
        SecretResult result;
        result.status = entries.contains(key) ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
        result.value = entries.value(key);
        later(done, result);
    }
    void startWrite(const QString &key, const QString &value, Completion done) override
    {
        SecretResult result;
        if (++writes == m_failAt) {
            result.status = SecretResult::Status::Locked;
            result.message = QStringLiteral("the keyring is locked");
        } else {
            entries.insert(key, value);
            result.status = SecretResult::Status::Ok;
        }
        later(done, result);
    }
    void startRemove(const QString &key, Completion done) override
    {
        SecretResult result;
        result.status = entries.remove(key) ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
        later(done, result);
    }

private:
    void later(const Completion &done, const SecretResult &result)
    {
        QTimer::singleShot(0, this, [done, result] { done(result); });
    }
    int m_failAt;
};

const QByteArray kTwoHosts = "protocol=dyndns2, login=u, password=pw-a a.example.org\n"
                             "protocol=duckdns, password=d0000002-0000-4000-8000-000000000002 b.duckdns.org\n"
                             "protocol=cloudflare, zone=example.org, login=token, "
                             "password=cf-c-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx c.example.org\n";

} // namespace

class TestImportApply : public QObject
{
    Q_OBJECT

private slots:
    void aKeychainFailureLeavesNothingHalfCreated_data()
    {
        QTest::addColumn<int>("failAt");
        QTest::newRow("first secret") << 1;
        QTest::newRow("second secret") << 2;
        QTest::newRow("last secret") << 3;
    }

    void aKeychainFailureLeavesNothingHalfCreated()
    {
        QFETCH(int, failAt);
        ImportScratch scratch;
        QVERIFY(scratch.isValid());
        Redactor redactor;
        auto *store = new FailingStore(&redactor, failAt, scratch.runtime());
        store->entries.insert(QStringLiteral("homing/other/password"), QStringLiteral("kept"));
        scratch.runtime()->setSecretStore(store);
        const QByteArray before = scratch.configFile();
        const ImportPreview preview = readText(kTwoHosts, ImportFormat::Ddclient);
        QCOMPARE(preview.hosts.size(), 3);

        const ImportApplier::Result result = scratch.apply(preview);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("locked")), qPrintable(result.error));
        QVERIFY(result.created.isEmpty());
        QCOMPARE(scratch.configFile(), before);
        QCOMPARE(scratch.savedConfig().hosts.size(), 0);
        // Only the secret that was there before remains.
        QCOMPARE(store->entries,
                 (QHash<QString, QString> {{QStringLiteral("homing/other/password"), QStringLiteral("kept")}}));
    }

    void aFailedUpdateRestoresTheOldSecrets()
    {
        ImportScratch scratch;
        QVERIFY(scratch.apply(readText(kTwoHosts, ImportFormat::Ddclient)).ok);
        const Config first = scratch.savedConfig();
        Redactor redactor;
        auto *store = new FailingStore(&redactor, 3, scratch.runtime());
        const QHash<QString, QString> imported = scratch.secrets()->entries(); // a copy: iterate one object
        for (auto it = imported.begin(); it != imported.end(); ++it)
            store->entries.insert(it.key(), it.value());
        const QHash<QString, QString> old = store->entries;
        scratch.runtime()->setSecretStore(store);
        QByteArray changed = kTwoHosts;
        changed.replace("pw-a", "pw-new")
            .replace("d0000002-0000-4000-8000-000000000002", "d0000009-0000-4000-8000-000000000009")
            .replace("cf-c-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "cf-new-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        const ImportApplier::Result result
            = scratch.apply(readText(changed, ImportFormat::Ddclient), ImportApplier::Existing::Update);
        QVERIFY(!result.ok);
        QCOMPARE(store->entries, old);
        QCOMPARE(scratch.savedConfig(), first);
    }

    void existingHostsAreSkippedOrUpdated()
    {
        ImportScratch scratch;
        const ImportApplier::Result first = scratch.apply(readText(kTwoHosts, ImportFormat::Ddclient));
        QVERIFY(first.ok);
        QCOMPARE(first.created.size(), 3);
        const Config before = scratch.savedConfig();

        QByteArray changed = kTwoHosts;
        changed.replace("login=u,", "login=newuser,").replace("pw-a", "pw-new");
        changed.append("protocol=duckdns, password=d0000004-0000-4000-8000-000000000004 d.duckdns.org\n");
        const ImportPreview again = readText(changed, ImportFormat::Ddclient);

        const ImportApplier::Result skipped = scratch.apply(again, ImportApplier::Existing::Skip);
        QVERIFY(skipped.ok);
        QCOMPARE(skipped.skipped,
                 (QStringList {QStringLiteral("a.example.org"), QStringLiteral("b.duckdns.org"),
                               QStringLiteral("c.example.org")}));
        QCOMPARE(skipped.created.size(), 1);
        QCOMPARE(scratch.savedConfig().hosts.size(), 4);
        QCOMPARE(scratch.secret(QStringLiteral("a.example.org"), QStringLiteral("password")), QStringLiteral("pw-a"));
        QCOMPARE(*scratch.savedConfig().find(QStringLiteral("a.example.org")),
                 *before.find(QStringLiteral("a.example.org")));

        const ImportApplier::Result updated = scratch.apply(again, ImportApplier::Existing::Update, {0});
        QVERIFY(updated.ok);
        QCOMPARE(updated.updated, QList<QUuid> {before.find(QStringLiteral("a.example.org"))->id});
        const Config after = scratch.savedConfig();
        QCOMPARE(after.hosts.size(), 4);
        QCOMPARE(after.find(QStringLiteral("a.example.org"))->setting(QStringLiteral("username")),
                 QStringLiteral("newuser"));
        QCOMPARE(scratch.secret(QStringLiteral("a.example.org"), QStringLiteral("password")), QStringLiteral("pw-new"));
        QCOMPARE(scratch.secret(QStringLiteral("b.duckdns.org"), QStringLiteral("token")),
                 QStringLiteral("d0000002-0000-4000-8000-000000000002"));
    }

    void theSourceFileIsNeverModified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ddclient.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kTwoHosts);
        file.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QDateTime modified = QFileInfo(path).lastModified();
        const QFileDevice::Permissions permissions = QFile::permissions(path);
        ImportOptions options;
        options.rootDir = dir.path();
        const ImportPreview preview = Importer::read(path, options);
        ImportScratch scratch;
        QVERIFY(scratch.apply(preview).ok);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kTwoHosts);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QFile::permissions(path), permissions);
    }

    void exitStatusSaysAllSomeOrNothing()
    {
        ImportScratch scratch;
        const ImportPreview all = readText(kTwoHosts, ImportFormat::Ddclient);
        QCOMPARE(ImportApplier::exitStatus(all, scratch.apply(all)), 0);
        ImportScratch second;
        const ImportPreview some
            = readText(QByteArray(kTwoHosts) + "protocol=woima w.example.org\n", ImportFormat::Ddclient);
        QCOMPARE(ImportApplier::exitStatus(some, second.apply(some)), 1);
        ImportScratch third;
        const ImportPreview none = readText("protocol=woima w.example.org\n", ImportFormat::Ddclient);
        QCOMPARE(ImportApplier::exitStatus(none, third.apply(none)), 2);
    }

    void sourcesAreAddedOnce()
    {
        ImportScratch scratch;
        const ImportPreview preview = readText("usev4=webv4, webv4=https://ip.example.net/\nprotocol=duckdns, "
                                               "password=d0000011-0000-4000-8000-000000000011 a.duckdns.org\n",
                                               ImportFormat::Ddclient);
        const int defaults = static_cast<int>(scratch.savedConfig().sources.size());
        QCOMPARE(scratch.apply(preview).sourcesAdded, 1);
        QCOMPARE(scratch.savedConfig().sources.size(), defaults + 1);
        QCOMPARE(scratch.savedConfig().sources.last().option(QStringLiteral("ipv4Url")),
                 QStringLiteral("https://ip.example.net/"));
        QCOMPARE(scratch.apply(preview, ImportApplier::Existing::Update).sourcesAdded, 0);
    }
};

QTEST_GUILESS_MAIN(TestImportApply)
#include "tst_import_apply.moc"
