// The providers' per-account cache and its file: what one process learned, the next one knows.
#include "providers/providercache.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;

namespace {
const QByteArray kAccount = "cloudflare/0123456789abcdef";
const QByteArray kOther = "hetzner/fedcba9876543210";
} // namespace

class TestProviderCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void answersAndNoAnswers()
    {
        ProviderCache cache;
        QVERIFY(cache.value(kAccount, QStringLiteral("zone example.org")).isNull());
        cache.insert(kAccount, QStringLiteral("zone example.org"), QStringLiteral("z1"));
        cache.insert(kAccount, QStringLiteral("zone home.example.org"), QString()); // no such zone
        cache.insert(kOther, QStringLiteral("zone example.org"), QStringLiteral("h1"));
        QCOMPARE(cache.value(kAccount, QStringLiteral("zone example.org")), QStringLiteral("z1"));
        QVERIFY(cache.contains(kAccount, QStringLiteral("zone home.example.org")));
        const QString none = cache.value(kAccount, QStringLiteral("zone home.example.org"));
        QVERIFY(!none.isNull());
        QVERIFY(none.isEmpty());
        QCOMPARE(cache.value(kOther, QStringLiteral("zone example.org")), QStringLiteral("h1"));
        cache.insert(QByteArray(), QStringLiteral("zone x"), QStringLiteral("y")); // no account: not kept
        QCOMPARE(cache.size(), 3);

        cache.forget(kAccount);
        QCOMPARE(cache.size(), 1);
        QVERIFY(cache.value(kAccount, QStringLiteral("zone example.org")).isNull());
        cache.remove(kOther, QStringLiteral("zone example.org"));
        QCOMPARE(cache.size(), 0);
    }

    void aRestartReadsWhatTheLastOneWrote()
    {
        const QString path = file("restart.json");
        {
            ProviderCache cache;
            QVERIFY(cache.attach(path));
            cache.insert(kAccount, QStringLiteral("record z1 A home.example.org"), QStringLiteral("r1"));
            cache.insert(kAccount, QStringLiteral("zone home.example.org"), QString());
            // Written a moment after the change, without anyone asking.
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 20000);
            QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
            cache.insert(kOther, QStringLiteral("zone example.net"), QStringLiteral("h2"));
        } // and at the end, what changed since
        ProviderCache next;
        QVERIFY(next.attach(path));
        QCOMPARE(next.size(), 3);
        QCOMPARE(next.value(kAccount, QStringLiteral("record z1 A home.example.org")), QStringLiteral("r1"));
        QVERIFY(next.contains(kAccount, QStringLiteral("zone home.example.org")));
        QVERIFY(next.value(kAccount, QStringLiteral("zone home.example.org")).isEmpty());
        QCOMPARE(next.value(kOther, QStringLiteral("zone example.net")), QStringLiteral("h2"));

        // A forgotten account is gone from the file too.
        next.forget(kOther);
        QVERIFY(next.flush());
        ProviderCache third;
        QVERIFY(third.attach(path));
        QCOMPARE(third.size(), 2);
        QVERIFY(third.value(kOther, QStringLiteral("zone example.net")).isNull());
    }

    void oldAnswersAreAskedAgain()
    {
        const QString path = file("old.json");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject entries {
            {QStringLiteral("zone example.org"), QJsonArray {QStringLiteral("z1"), now - ProviderCache::maxAge() - 60}},
            {QStringLiteral("zone example.net"), QJsonArray {QStringLiteral("z2"), now - 3600}}};
        const QJsonObject root {{QStringLiteral("version"), 1},
                                {QStringLiteral("accounts"), QJsonObject {{QString::fromLatin1(kAccount), entries}}}};
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();
        ProviderCache cache;
        QVERIFY(cache.attach(path));
        QCOMPARE(cache.size(), 1);
        QVERIFY(cache.value(kAccount, QStringLiteral("zone example.org")).isNull());
        QCOMPARE(cache.value(kAccount, QStringLiteral("zone example.net")), QStringLiteral("z2"));
    }

    void aDamagedFileIsStartedAfresh()
    {
        const QString path = file("damaged.json");
        for (const QByteArray &content : {QByteArray("{\"version\":1,\"accounts\":{\"x\":[1,"), QByteArray("garbage"),
                                          QByteArray("{\"version\":99,\"accounts\":{}}"),
                                          QByteArray("{\"version\":1,\"accounts\":{\"a\":{\"k\":[\"v\"]}}}")}) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(content);
            out.close();
            ProviderCache cache;
            QVERIFY(cache.attach(path));
            QCOMPARE(cache.size(), 0);
            cache.insert(kAccount, QStringLiteral("zone example.org"), QStringLiteral("z1"));
            QVERIFY(cache.flush());
            ProviderCache next;
            QVERIFY(next.attach(path));
            QCOMPARE(next.value(kAccount, QStringLiteral("zone example.org")), QStringLiteral("z1"));
        }
    }

    void anUnwritablePlaceSaysSo()
    {
        ProviderCache cache;
        QVERIFY(cache.attach(file("no-such-dir/cache.json")));
        cache.insert(kAccount, QStringLiteral("zone example.org"), QStringLiteral("z1"));
        QString error;
        QVERIFY(!cache.flush(&error));
        QVERIFY2(error.contains(QStringLiteral("no-such-dir")), qPrintable(error));
        QCOMPARE(cache.value(kAccount, QStringLiteral("zone example.org")), QStringLiteral("z1")); // still known
    }
};

QTEST_GUILESS_MAIN(TestProviderCache)
#include "tst_providercache.moc"
