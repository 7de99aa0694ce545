// Quit quits: the real homing program, in an X session with a tray (run-session.sh: Xvfb, trayer,
// a private session bus), ends within 2 s when the user quits from the window's menu, with Ctrl+Q,
// or from the tray's menu with the window shown or hidden. Closing the window keeps it running in
// the tray. Input goes in as a user's would, through the X server (xdotool); the program's only
// address source is a loopback echo server, and it has no hosts.
#include "httptestserver.h"
#include "storage/configstore.h"
#include "storage/paths.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHash>
#include <QProcess>
#include <QRect>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;

namespace {

constexpr int kQuitWithinMs = 2000;

// Runs xdotool with these arguments: whether it succeeded (a search that matched nothing fails),
// and its output.
bool runXdotool(const QStringList &arguments, QString *output = nullptr)
{
    QProcess tool;
    tool.start(QStringLiteral("xdotool"), arguments);
    const bool ok = tool.waitForFinished(10000) && tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0;
    if (output)
        *output = ok ? QString::fromUtf8(tool.readAllStandardOutput()).trimmed() : QString();
    return ok;
}

QString xdotool(const QStringList &arguments)
{
    QString output;
    runXdotool(arguments, &output);
    return output;
}

// The program under test, started on a config directory of its own.
class App
{
public:
    bool start(bool minimized, QString *error)
    {
        echo.respondWith(Test::HttpTestServer::Response::text("81.2.69.160"));
        if (!dir.isValid() || !echo.listen()) {
            *error = QStringLiteral("no scratch directory or loopback server");
            return false;
        }
        Config config;
        SourceConfig source;
        source.id = QStringLiteral("loopback-echo");
        source.kind = QStringLiteral("http");
        source.options.insert(QStringLiteral("ipv4Url"), echo.url(QStringLiteral("/ip")).toString());
        source.options.insert(QStringLiteral("format"), QStringLiteral("plain"));
        config.sources = {source};
        config.settings.quorum = 1;
        if (!ConfigStore(Paths::inDirectory(dir.path()).configFile).save(config, error))
            return false;
        QStringList arguments {QStringLiteral("--config-dir"), dir.path()};
        if (minimized)
            arguments << QStringLiteral("--minimized");
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(qEnvironmentVariable("HOMING_APP"), arguments);
        if (!process.waitForStarted(10000)) {
            *error = QStringLiteral("homing did not start: ") + process.errorString();
            return false;
        }
        return true;
    }

    QString pid() const { return QString::number(process.processId()); }

    struct Window
    {
        QString id;
        QRect geometry;
    };
    // The program's mapped X windows.
    QList<Window> windows() const
    {
        QList<Window> result;
        const QStringList ids
            = xdotool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--onlyvisible"),
                       QStringLiteral("--pid"), pid(), QStringLiteral(".*")})
                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            QHash<QString, int> values;
            const QString shell = xdotool({QStringLiteral("getwindowgeometry"), QStringLiteral("--shell"), id});
            for (const QString &line : shell.split(QLatin1Char('\n')))
                values.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1).toInt());
            result.append({id,
                           QRect(values.value(QStringLiteral("X")), values.value(QStringLiteral("Y")),
                                 values.value(QStringLiteral("WIDTH")), values.value(QStringLiteral("HEIGHT")))});
        }
        return result;
    }
    // The main window, if it is mapped: the program's one large window.
    QString window() const
    {
        for (const Window &window : windows()) {
            if (window.geometry.width() > 300 && window.geometry.height() > 200)
                return window.id;
        }
        return {};
    }
    // The icon docked in the tray: a small window inside the tray's strip at the top of the
    // screen (trayer, 40 px high).
    QString trayIcon() const
    {
        for (const Window &window : windows()) {
            const QRect g = window.geometry;
            if (g.y() >= 0 && g.y() < 40 && g.width() > 0 && g.width() <= 64 && g.height() > 0 && g.height() <= 64)
                return window.id;
        }
        return {};
    }
    bool running() const { return process.state() == QProcess::Running; }

    QTemporaryDir dir;
    Test::HttpTestServer echo;
    QProcess process;
};

} // namespace

class TestQuit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs an X session: run through tests/gui/run-session.sh");
        QVERIFY2(!qEnvironmentVariableIsEmpty("HOMING_APP"), "HOMING_APP names the homing program");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
                 "xdotool is missing (packaging/install-deps.sh installs it)");
    }

    void quits_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("minimized");
        QTest::newRow("window menu Homing > Quit Homing") << QStringLiteral("menu") << false;
        QTest::newRow("Ctrl+Q in the window") << QStringLiteral("ctrl+q") << false;
        QTest::newRow("tray menu, window shown") << QStringLiteral("tray") << false;
        QTest::newRow("tray menu, window hidden") << QStringLiteral("tray") << true;
    }

    void quits()
    {
        QFETCH(QString, path);
        QFETCH(bool, minimized);
        App app;
        QString error;
        QVERIFY2(app.start(minimized, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!app.trayIcon().isEmpty(), 20000);
        if (minimized) {
            QVERIFY(app.window().isEmpty());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!app.window().isEmpty(), 20000);
        }

        QElapsedTimer sinceQuit;
        if (path == QLatin1String("tray")) {
            const QString icon = app.trayIcon();
            QVERIFY(runXdotool({QStringLiteral("mousemove"), QStringLiteral("--window"), icon, QStringLiteral("4"),
                                QStringLiteral("4"), QStringLiteral("click"), QStringLiteral("3")}));
            // The menu is open when a second mapped window of the program is there besides the
            // icon (and the main window): then its mnemonic, &Quit.
            const int before = minimized ? 1 : 2;
            QTRY_VERIFY_WITH_TIMEOUT(app.windows().size() > before, 10000);
            sinceQuit.start();
            QVERIFY(runXdotool({QStringLiteral("key"), QStringLiteral("q")}));
        } else {
            const QString window = app.window();
            QVERIFY(runXdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), window}));
            sinceQuit.start();
            if (path == QLatin1String("menu"))
                QVERIFY(runXdotool({QStringLiteral("key"), QStringLiteral("alt+h"), QStringLiteral("q")}));
            else
                QVERIFY(runXdotool({QStringLiteral("key"), QStringLiteral("ctrl+q")}));
        }
        QVERIFY2(app.process.waitForFinished(kQuitWithinMs + 1000), "homing is still running");
        QVERIFY2(sinceQuit.elapsed() <= kQuitWithinMs, qPrintable(QStringLiteral("%1 ms").arg(sinceQuit.elapsed())));
        QCOMPARE(app.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.process.exitCode(), 0);
    }

    void closingTheWindowKeepsHomingInTheTray()
    {
        App app;
        QString error;
        QVERIFY2(app.start(false, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!app.window().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!app.trayIcon().isEmpty(), 20000);
        QVERIFY(runXdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), app.window()}));
        QVERIFY(runXdotool({QStringLiteral("key"), QStringLiteral("ctrl+w")}));
        QTRY_VERIFY_WITH_TIMEOUT(app.window().isEmpty(), 10000);
        QVERIFY(app.running());
        QVERIFY2(!app.trayIcon().isEmpty(), "the icon stays in the tray");
        // A left click on the icon brings the window back.
        QVERIFY(runXdotool({QStringLiteral("mousemove"), QStringLiteral("--window"), app.trayIcon(),
                            QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("click"), QStringLiteral("1")}));
        QTRY_VERIFY_WITH_TIMEOUT(!app.window().isEmpty(), 10000);
        QVERIFY(app.running());
        app.process.terminate();
        QVERIFY(app.process.waitForFinished(10000));
    }
};

QTEST_MAIN(TestQuit)
#include "tst_quit.moc"
