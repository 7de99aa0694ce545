// What trust costs and how fast it is, on a real delegation in a network namespace of its own
// (BIND on loopback, port 53: a root, the "test" TLD and bench.test; nothing leaves it):
//  1. from the provider's reply to Verified, when the authority changes at once (RFC 2136 to the
//     zone's own server), with the engine in this process (median of 10);
//  2. the bytes one drift check costs per host on the wire (the namespace's loopback counters;
//     one host, one name server; median of 10);
//  3. the stale window: from logind's PrepareForSleep(true) (a fake logind on a private bus) to
//     the name server no longer answering the old address, with the real homingd parking the
//     host through RFC 2136 (its own server stands in for the provider); and how long the delay
//     lock was held (median and worst of 10).
// Needs root (a network namespace); prints figures, asserts nothing.
#include "delegation.h"
#include "engine/scheduler.h"
#include "fakelogind.h"
#include "redactor.h"
#include "runtime.h"
#include "storage/paths.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace Homing;
using namespace Homing::Test;

namespace {

constexpr int kRounds = 10;

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// An A query without recursion for name, as bytes.
QByteArray query(const QString &name, quint16 id)
{
    QByteArray message;
    message.append(char(id >> 8)).append(char(id & 0xff));
    message.append("\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10);
    for (const QString &label : name.split(QLatin1Char('.'))) {
        message.append(char(label.size()));
        message.append(label.toLatin1());
    }
    message.append("\x00\x00\x01\x00\x01", 5);
    return message;
}

// Runs the event loop until done() holds (checked every millisecond) or timeoutMs passed. Unlike
// QTest::qWaitFor, which sleeps between its checks, events are handled as they come.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start(1);
    loop.exec();
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("homing.*.info=false"));
    if (::geteuid() != 0) {
        std::printf("bench_trust needs root (a network namespace of its own)\n");
        return 0;
    }
    qputenv("HOMINGD", QByteArray(HOMING_BENCH_HOMINGD));
    qputenv("HOMINGCTL", QByteArray(HOMING_BENCH_HOMINGCTL));
    Delegation dns(QStringLiteral("bench"));
    // The drift watch is on but far away: this bench asks for each check itself.
    if (!dns.setUp(Delegation::settings(
                       {{QStringLiteral("verifyLagSeconds"), 5}, {QStringLiteral("driftCheckSeconds"), 86400}}),
                   {{QStringLiteral("park"), true}})
        || !dns.skipReason().isEmpty()) {
        std::printf("cannot set up the delegation: %s\n", qPrintable(dns.skipReason()));
        return 1;
    }

    // 1 and 2: the engine in this process.
    {
        Redactor redactor;
        Runtime runtime(&redactor);
        QString error;
        if (runtime.open(Paths::inDirectory(dns.fixture().configDir()), &error) != Runtime::Failure::None) {
            std::printf("%s\n", qPrintable(error));
            return 1;
        }
        Scheduler::Options options;
        options.watchChanges = false;
        Scheduler scheduler(&runtime, options);
        const QUuid id = runtime.config().hosts.first().id;
        QElapsedTimer clock;
        qint64 replied = -1;
        qint64 verified = -1;
        QObject::connect(&scheduler, &Scheduler::hostRecordChanged, &app, [&](const HostRecord &record) {
            if (record.state == HostState::UpToDate && replied < 0)
                replied = clock.nsecsElapsed();
        });
        QObject::connect(&scheduler, &Scheduler::hostVerificationChanged, &app,
                         [&](const QUuid &, const FamilyVerification &result) {
                             if (result.status == FamilyVerification::Status::Verified && replied >= 0 && verified < 0)
                                 verified = clock.nsecsElapsed();
                         });
        scheduler.start();
        QList<qint64> toVerified;
        for (int round = 0; round < kRounds; ++round) {
            if (round > 0) {
                dns.changeBehindHomingsBack("81.2.69.1"); // not Homing's address: restore sends it
                scheduler.restore(id);
            }
            clock.start();
            replied = verified = -1;
            if (!runUntil([&] { return verified >= 0; }, 30000)) {
                std::printf("round %d: no Verified within 30 s\n", round);
                continue;
            }
            toVerified.append((verified - replied) / 1000);
        }
        std::printf("provider's reply -> Verified: first (finding the zone's servers from the root) %.1f ms, then "
                    "median %.1f ms (of %lld)\n",
                    toVerified.isEmpty() ? -1.0 : toVerified.first() / 1000.0, median(toVerified.mid(1)) / 1000.0,
                    qint64(toVerified.size()));

        QList<qint64> bytes, packets;
        for (int round = 0; round < kRounds; ++round) {
            QTest::qWait(50); // nothing else on the wire: the last replies are in
            const auto before = loopbackCounters();
            scheduler.checkDrift();
            if (!QTest::qWaitFor([&] { return !scheduler.isVerifying(id); }, 10000))
                continue;
            QTest::qWait(50);
            const auto after = loopbackCounters();
            bytes.append(after.bytes - before.bytes);
            packets.append(after.packets - before.packets);
        }
        std::printf("one drift check, one host, one name server: median %lld bytes in %lld packets on the wire "
                    "(IP and UDP headers included)\n",
                    median(bytes), median(packets));
    }

    // 3: the real agent, a fake logind, the stale window.
    FakeLogind logind;
    QString error;
    if (!logind.start(&error)) {
        std::printf("fake logind: %s\n", qPrintable(error));
        return 1;
    }
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", logind.address().toUtf8());
    std::unique_ptr<QProcess> agent = dns.fixture().startAgent();
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    QList<qint64> stale, held;
    qint64 gone = -1;
    bool watching = false;
    quint16 next = 1;
    QTimer ask;
    QObject::connect(&ask, &QTimer::timeout, &app, [&] {
        socket.writeDatagram(query(dns.host(), next++), QHostAddress(QLatin1String(Delegation::primary)), 53);
    });
    QObject::connect(&socket, &QUdpSocket::readyRead, &app, [&] {
        while (socket.hasPendingDatagrams()) {
            const QByteArray reply = socket.receiveDatagram().data();
            const int answers = reply.size() >= 8 ? (quint8(reply.at(6)) << 8) | quint8(reply.at(7)) : -1;
            if (watching && answers == 0 && gone < 0)
                gone = logind.clock().nsecsElapsed();
        }
    });
    for (int round = 0; round < kRounds; ++round) {
        // Back with the address (the agent's restore after a resume) and holding a new lock.
        if (!QTest::qWaitFor([&] { return dns.dig() == Delegation::published && logind.heldLocks() == 1; }, 30000)) {
            std::printf("round %d: the agent did not get ready\n", round);
            break;
        }
        // Ask the server every millisecond from the notice on; the first answer without an A
        // record ends the window.
        gone = -1;
        watching = true;
        logind.prepareForSleep(true);
        ask.start(1);
        const bool parked = runUntil([&] { return gone >= 0 && logind.heldLocks() == 0; }, 15000);
        ask.stop();
        watching = false;
        if (!parked)
            std::printf("round %d: not parked within 15 s\n", round);
        else {
            stale.append(gone / 1000);
            held.append(logind.locks().constLast().releasedAtMs * 1000);
        }
        logind.prepareForSleep(false);
    }
    std::sort(stale.begin(), stale.end());
    std::sort(held.begin(), held.end());
    if (!stale.isEmpty())
        std::printf("stale window (PrepareForSleep(true) -> the name server answers no address): median %.1f ms, "
                    "worst %.1f ms (of %lld)\ndelay lock held after the notice: median %.0f ms, worst %.0f ms\n",
                    median(stale) / 1000.0, stale.constLast() / 1000.0, qint64(stale.size()), median(held) / 1000.0,
                    held.constLast() / 1000.0);
    AgentFixture::stopAgent(*agent);
    return 0;
}
