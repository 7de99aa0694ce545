// CommandSource: a user's program prints the address; no shell, a timeout, strict output.
#include "address/commandsource.h"
#include "fakeclock.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;

class TestCommandSource : public QObject
{
    Q_OBJECT

private:
    Homing::Test::FakeClock m_clock;
    QTemporaryDir m_dir;

    QString script(const char *name, const QByteArray &body)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        Homing::Test::writeFile(path, "#!/bin/sh\n" + body);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    SourceResult detect(const QString &program, const QStringList &arguments = {},
                        AddressFamily family = AddressFamily::IPv4, int timeoutMs = 5000)
    {
        SourceConfig config;
        config.id = QStringLiteral("mine");
        config.kind = QStringLiteral("command");
        config.options.insert(QStringLiteral("program"), program);
        config.options.insert(QStringLiteral("arguments"), arguments);
        config.options.insert(QStringLiteral("families"), QStringList {QStringLiteral("ipv4"), QStringLiteral("ipv6")});
        config.options.insert(QStringLiteral("timeoutMs"), timeoutMs);
        CommandSource source(config, &m_clock);
        std::optional<SourceResult> result;
        int calls = 0;
        source.detect(family, this, [&](const SourceResult &r) {
            result = r;
            ++calls;
        });
        [&] { QVERIFY(!result); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), timeoutMs + 3000); }();
        // A second callback would need the program's process, which goes once it has ended.
        [&] { QTRY_VERIFY_WITH_TIMEOUT(source.findChildren<QProcess *>().isEmpty(), timeoutMs + 3000); }();
        [&] { QCOMPARE(calls, 1); }();
        return result.value_or(SourceResult {});
    }

private slots:
    void goodOutput()
    {
        const SourceResult result = detect(script("ok.sh", "echo 81.2.69.160\n"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.observation.address, QHostAddress(QStringLiteral("81.2.69.160")));
        QCOMPARE(result.observation.sourceId, QStringLiteral("mine"));
    }

    void argumentsAndFamilyWithoutAShell()
    {
        // "{family}" is replaced; "$HOME;" stays a literal argument because no shell is involved.
        const QString path = script("args.sh",
                                    "[ \"$2\" = '$HOME;' ] || exit 3\n"
                                    "[ \"$HOMING_FAMILY\" = \"$1\" ] || exit 4\n"
                                    "[ \"$1\" = ipv6 ] && echo 2a01:4f8:c17:1::7 || echo 81.2.69.160\n");
        const SourceResult result
            = detect(path, {QStringLiteral("{family}"), QStringLiteral("$HOME;")}, AddressFamily::IPv6);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.observation.address, QHostAddress(QStringLiteral("2a01:4f8:c17:1::7")));
    }

    void badOutput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("words") << QByteArray("echo my address is 81.2.69.160\n") << "printed no single address";
        QTest::newRow("two") << QByteArray("echo 81.2.69.160; echo 81.2.69.161\n") << "printed no single address";
        QTest::newRow("empty") << QByteArray("true\n") << "empty";
        QTest::newRow("html") << QByteArray("echo '<html>81.2.69.160</html>'\n") << "printed no single address";
        QTest::newRow("wrong family") << QByteArray("echo 2a01:4f8:c17:1::7\n") << "IPv6";
        QTest::newRow("exit status") << QByteArray("echo 'no route' >&2; exit 7\n") << "exited with status 7: no route";
        QTest::newRow("crash") << QByteArray("kill -SEGV $$\n") << "crashed";
        QTest::newRow("too much") << QByteArray("head -c 100000 /dev/zero | tr '\\\\0' 1\n") << "more than 4096 bytes";
    }

    void badOutput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const SourceResult result = detect(script("bad.sh", body));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    void timeout()
    {
        QElapsedTimer timer;
        timer.start();
        const SourceResult result = detect(script("slow.sh", "sleep 30\n"), {}, AddressFamily::IPv4, 400);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("did not finish within 0.4 s")), qPrintable(result.error));
        QVERIFY(timer.elapsed() < 3000);
    }

    void missingProgram()
    {
        const SourceResult result = detect(m_dir.filePath(QStringLiteral("does-not-exist")));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("could not be started")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestCommandSource)
#include "tst_commandsource.moc"
