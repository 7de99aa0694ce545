// The timeline at a million rows: 1,000 hosts with 1,000 events each in a scratch directory. Prints
// how long the first page of one host takes to read (HistoryStore, in this process), what
// `homingctl history HOST --limit 50` takes as a whole program, and the time from making the
// window's controller to the window shown with the selected host's first page (offscreen), with
// how many timeline reads that took. Nothing is sent anywhere: the sources point at a closed
// loopback port and the engine is not started.
#include "desktopcontroller.h"
#include "redactor.h"
#include "runtime.h"
#include "storage/configstore.h"
#include "storage/historystore.h"
#include "storage/paths.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Homing;

namespace {

constexpr int kHosts = 1000;
constexpr int kPerHost = 1000;

double medianMs(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return nanoseconds.isEmpty() ? -1 : nanoseconds.at(nanoseconds.size() / 2) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Config config;
    SourceConfig source;
    source.id = QStringLiteral("closed");
    source.kind = QStringLiteral("http");
    source.options.insert(QStringLiteral("ipv4Url"), QStringLiteral("http://127.0.0.1:9/"));
    source.options.insert(QStringLiteral("format"), QStringLiteral("plain"));
    config.sources = {source};
    config.settings.secretBackend = Settings::SecretBackend::File;
    for (int i = 0; i < kHosts; ++i) {
        Host host;
        host.id = QUuid::createUuid();
        host.name = QStringLiteral("host%1.example.org").arg(i);
        host.providerId = QStringLiteral("dyndns2");
        host.settings.insert(QStringLiteral("server"), QStringLiteral("http://127.0.0.1:9/"));
        host.settings.insert(QStringLiteral("username"), QStringLiteral("alice"));
        config.hosts.append(host);
    }
    QString error;
    if (!ConfigStore(dir.filePath(QStringLiteral("config.json"))).save(config, &error)) {
        std::printf("%s\n", qPrintable(error));
        return 1;
    }
    Redactor redactor;
    QElapsedTimer clock;
    clock.start();
    {
        Runtime runtime(&redactor);
        if (runtime.open(Paths::inDirectory(dir.path()), &error) != Runtime::Failure::None) {
            std::printf("%s\n", qPrintable(error));
            return 1;
        }
        // Interleaved in time, as hosts that are checked together write them.
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-300);
        for (int round = 0; round < kPerHost; ++round) {
            QList<HistoryEvent> rows;
            for (const Host &host : std::as_const(config.hosts)) {
                HistoryEvent event;
                event.hostId = host.id;
                event.time = start.addSecs(qint64(round) * 300);
                event.kind = HistoryEvent::Kind::Result;
                event.outcome = QStringLiteral("unchanged");
                event.newAddress = QStringLiteral("81.2.69.160");
                event.detail = QStringLiteral("already up to date");
                rows.append(event);
            }
            if (!runtime.history()->append(rows, &error)) {
                std::printf("%s\n", qPrintable(error));
                return 1;
            }
        }
        std::printf("wrote %d rows in %.1f s\n", kHosts * kPerHost, clock.elapsed() / 1000.0);

        const QUuid last = config.hosts.last().id;
        QList<qint64> reads;
        for (int i = 0; i < 20; ++i) {
            clock.restart();
            const QList<HistoryEvent> page = runtime.history()->events(last, 50);
            reads.append(clock.nsecsElapsed());
            if (page.size() != 50)
                std::printf("first page has %lld rows\n", qint64(page.size()));
        }
        std::printf("first page (50 rows) of one host, HistoryStore: median %.2f ms\n", medianMs(reads));

        QList<qint64> paints;
        int readsPerStart = 0;
        for (int i = 0; i < 5; ++i) {
            const int before = runtime.history()->reads();
            clock.restart();
            DesktopController::Options options;
            options.scheduler.watchChanges = false;
            options.scheduler.autoTick = false;
            DesktopController desktop(&runtime, options);
            desktop.showWindow();
            if (!QTest::qWaitForWindowExposed(desktop.window()))
                std::printf("the window was not shown\n");
            paints.append(clock.nsecsElapsed());
            readsPerStart = runtime.history()->reads() - before;
        }
        std::printf("window shown with the first host's timeline (500 rows): median %.1f ms, %d timeline read(s)\n",
                    medianMs(paints), readsPerStart);
    }

    QList<qint64> runs;
    for (int i = 0; i < 10; ++i) {
        QProcess homingctl;
        clock.restart();
        homingctl.start(QStringLiteral(HOMING_BENCH_HOMINGCTL),
                        {QStringLiteral("--config-dir"), dir.path(), QStringLiteral("history"),
                         config.hosts.last().name, QStringLiteral("--limit"), QStringLiteral("50")});
        homingctl.waitForFinished(60000);
        runs.append(clock.nsecsElapsed());
        if (homingctl.exitCode() != 0 || homingctl.readAllStandardOutput().count('\n') < 50)
            std::printf("homingctl history failed: %s\n", homingctl.readAllStandardError().constData());
    }
    std::printf("homingctl history HOST --limit 50 (the whole program): median %.1f ms\n", medianMs(runs));
    return 0;
}
