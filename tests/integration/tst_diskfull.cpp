// A state that cannot be stored is a failure, on a full disk: the config directory is a 1 MB tmpfs,
// mounted in this test's own mount namespace (made in main(), before any thread, so that this
// process and the homingd and homingctl it starts share it and nothing outside sees it), filled
// with a file. `homingd --once` exits 74 and keeps the last good state; the running agent shows
// the host in the Error state with the reason, and stores the outcome once room is made, without
// telling the provider again. The damaged database is tst_storagefailure.
#include "agentfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

using namespace Homing::Test;

namespace {

QString g_isolation; // empty: this process has its own mount namespace; otherwise why not

void enterOwnMountNamespace()
{
    if (::geteuid() != 0) {
        g_isolation = QStringLiteral("a mount namespace for the tmpfs needs root (the suite runs as root in CI)");
        return;
    }
    if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        g_isolation
            = QStringLiteral("no private mount namespace: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
}

// A 1 MB tmpfs over a directory while it lives.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &directory)
        : m_directory(directory.toLocal8Bit())
    {
        m_mounted
            = ::mount("homing-full", m_directory.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=1M,mode=0700") == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_directory.constData(), MNT_DETACH);
    }
    bool isMounted() const { return m_mounted; }

    // Writes a file until the disk is full, then gives back `leave` bytes.
    bool fill(qint64 leave)
    {
        QFile filler(fillerPath());
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(4096, '\0');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        if (leave > 0 && !filler.resize(std::max<qint64>(0, filler.size() - leave)))
            return false;
        return available() <= leave;
    }
    bool makeRoom() { return QFile::remove(fillerPath()); }
    qint64 available() const
    {
        struct statvfs info = {};
        return ::statvfs(m_directory.constData(), &info) == 0 ? qint64(info.f_bavail) * qint64(info.f_frsize) : -1;
    }

private:
    QString fillerPath() const { return QString::fromLocal8Bit(m_directory) + QStringLiteral("/filler"); }

    QByteArray m_directory;
    bool m_mounted = false;
};

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    static QByteArray published(AgentFixture &fixture)
    {
        return fixture.sqlite(QStringLiteral("SELECT published_ipv4 FROM host_state"));
    }

private slots:
    void initTestCase()
    {
        if (g_isolation.isEmpty())
            return;
        // A skip under CI would pass a suite in which the full disk was never tried.
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(g_isolation));
        QSKIP(qPrintable(g_isolation));
    }

    void fullDiskOnce()
    {
        AgentFixture fixture;
        SmallDisk disk(fixture.configDir());
        QVERIFY(disk.isMounted());
        QVERIFY(fixture.prepare());
        QCOMPARE(fixture.homingd().exitCode, 0); // a good first state: 81.2.69.160 published
        QCOMPARE(published(fixture), QByteArray("81.2.69.160"));
        fixture.echo().respondWith(HttpTestServer::Response::text("81.2.69.161\n")); // the address moves
        fixture.sqlite(QStringLiteral("UPDATE host_state SET last_attempt = NULL")); // no least-interval wait

        // 40 KB left: room for SQLite's 32 KB shared-memory file, not for the transaction.
        QVERIFY(disk.fill(40 * 1024));
        const auto full = fixture.homingd();
        QVERIFY2(full.exitCode == 74, full.out.constData());
        QVERIFY2(full.out.contains("NOT STORED - Could not store the state: database or disk is full"),
                 full.out.constData());
        QCOMPARE(fixture.provider().requests().size(), 2); // the provider was told
        QCOMPARE(published(fixture), QByteArray("81.2.69.160")); // the last good state is kept

        QVERIFY(disk.makeRoom());
        const auto room = fixture.homingd();
        QVERIFY2(room.exitCode == 0, room.out.constData());
        QCOMPARE(published(fixture), QByteArray("81.2.69.161")); // retried and stored
        // A new process does not know what the last one could not store: it sends again.
        QCOMPARE(fixture.provider().requests().size(), 3);
        QCOMPARE(fixture.sqlite(QStringLiteral("SELECT new_address FROM history WHERE kind = 'result'"
                                               " ORDER BY id DESC LIMIT 1")),
                 QByteArray("81.2.69.161"));
    }

    void diskFillsUnderTheAgent()
    {
        AgentFixture fixture;
        SmallDisk disk(fixture.configDir());
        QVERIFY(disk.isMounted());
        QVERIFY(fixture.prepare());
        auto agent = fixture.startAgent();
        QCOMPARE(fixture.waitForHostState(QStringLiteral("up-to-date")).value(QStringLiteral("ipv4")).toString(),
                 QStringLiteral("81.2.69.160"));
        QCOMPARE(fixture.provider().requests().size(), 1);

        // The disk fills to the last byte; the address moves and the user asks for an update.
        QVERIFY(disk.fill(0));
        QCOMPARE(disk.available(), 0);
        fixture.echo().respondWith(HttpTestServer::Response::text("81.2.69.161\n"));
        QCOMPARE(fixture.homingctl({QStringLiteral("update")}).exitCode, 0);
        const QJsonObject host = fixture.waitForHostState(QStringLiteral("error"));
        const QByteArray shown = QJsonDocument(host).toJson();
        QVERIFY2(host.value(QStringLiteral("state")) == QLatin1String("error")
                     && host.value(QStringLiteral("attention"))
                            .toString()
                            .startsWith(QLatin1String("Could not store the state: database or disk is full")),
                 shown.constData());
        QCOMPARE(host.value(QStringLiteral("ipv4")).toString(), QStringLiteral("81.2.69.160")); // the last good
        QVERIFY2(!host.value(QStringLiteral("nextCheck")).toString().isEmpty(), shown.constData());
        QCOMPARE(fixture.provider().requests().size(), 2); // the provider has the new address
        QCOMPARE(published(fixture), QByteArray("81.2.69.160"));

        // Room is made: the agent's own retry stores what the provider answered, and its rows.
        QVERIFY(disk.makeRoom());
        QCOMPARE(fixture.waitForHostState(QStringLiteral("up-to-date"), 90000).value(QStringLiteral("ipv4")).toString(),
                 QStringLiteral("81.2.69.161"));
        QCOMPARE(published(fixture), QByteArray("81.2.69.161"));
        const auto history = fixture.homingctl({QStringLiteral("history"), QStringLiteral("--json")});
        const QJsonArray rows = QJsonDocument::fromJson(history.out).array();
        // The provider's answer is the newest result. (The row that says the write failed is as
        // old as the failure, which came a moment after the answer: by time it may be newer.)
        const auto result = std::find_if(rows.begin(), rows.end(), [](const QJsonValue &row) {
            return row[QStringLiteral("kind")] == QLatin1String("result");
        });
        QVERIFY(result != rows.end());
        const QJsonObject newest = result->toObject();
        QCOMPARE(newest.value(QStringLiteral("new")).toString(), QStringLiteral("81.2.69.161"));
        QCOMPARE(newest.value(QStringLiteral("old")).toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(fixture.provider().requests().size(), 2); // stored, not sent again
        // The timeline says why its rows came late.
        QVERIFY2(std::any_of(rows.begin(), rows.end(),
                             [](const QJsonValue &row) {
                                 return row[QStringLiteral("kind")] == QLatin1String("error")
                                     && row[QStringLiteral("outcome")] == QLatin1String("not-stored")
                                     && row[QStringLiteral("detail")].toString().contains(
                                         QLatin1String("disk is full"));
                             }),
                 history.out.constData());

        QCOMPARE(AgentFixture::stopAgent(*agent), 0);
    }
};

int main(int argc, char *argv[])
{
    enterOwnMountNamespace(); // before QCoreApplication starts a thread
    QCoreApplication app(argc, argv);
    TestDiskFull test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diskfull.moc"
