// AddressMonitor: consensus between sources (the rule on its own, then the monitor against
// loopback echo servers: agreement, disagreement, failures, quorum, one shared detection).
#include "address/addressmonitor.h"
#include "fakeclock.h"
#include "httptestserver.h"
#include "net/httpclient.h"
#include "redactor.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;
using Homing::Test::HttpTestServer;

namespace {

const QHostAddress kX(QStringLiteral("81.2.69.160"));
const QHostAddress kY(QStringLiteral("81.2.69.192"));

Observation seen(const QHostAddress &address, const char *source)
{
    return Observation {address, AddressFamily::IPv4, QLatin1String(source), QDateTime()};
}

QStringList names(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
}

} // namespace

class TestConsensus : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_manager;
    Redactor m_redactor;
    HttpClient m_http {&m_manager, &m_redactor};
    Homing::Test::FakeClock m_clock;
    HttpTestServer m_server;
    QHash<QByteArray, QByteArray> m_answers; // path -> body ("" = HTTP 500)

    SourceConfig source(const QString &id)
    {
        SourceConfig config;
        config.id = id;
        config.kind = QStringLiteral("http");
        config.options.insert(QStringLiteral("ipv4Url"), m_server.url(QLatin1Char('/') + id).toString());
        config.options.insert(QStringLiteral("format"), QStringLiteral("plain"));
        return config;
    }

    QList<SourceConfig> sources(std::initializer_list<const char *> ids)
    {
        QList<SourceConfig> list;
        for (const char *id : ids)
            list.append(source(QLatin1String(id)));
        return list;
    }

    Detection detectOnce(AddressMonitor &monitor)
    {
        std::optional<Detection> result;
        int calls = 0;
        monitor.detect({AddressFamily::IPv4}, this, [&](const Detection &detection) {
            result = detection;
            ++calls;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        // A second callback would need a detection or a source's request still out.
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!monitor.isDetecting() && m_http.inFlight() == 0, 15000); }();
        [&] { QCOMPARE(calls, 1); }();
        return result.value_or(Detection {});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setHandler([this](const HttpTestServer::Request &request) {
            const QByteArray body = m_answers.value(request.path().mid(1).toLatin1());
            return body.isEmpty() ? HttpTestServer::Response::text("oops", 500) : HttpTestServer::Response::text(body);
        });
    }

    void init()
    {
        m_server.release();
        m_answers.clear();
        m_server.clearRequests();
    }

    // --- the rule alone ---

    void allAgree()
    {
        const FamilyDetection d = AddressMonitor::decide(
            AddressFamily::IPv4, {seen(kX, "a"), seen(kX, "b"), seen(kX, "c")}, {}, 3, 2, std::nullopt);
        QVERIFY(d.ok);
        QCOMPARE(d.address, kX);
        QCOMPARE(d.agreeingSources, names("a,b,c"));
        QVERIFY(!d.disagreement);
    }

    void majorityWinsWhenQuorumReached()
    {
        const FamilyDetection d = AddressMonitor::decide(
            AddressFamily::IPv4, {seen(kX, "a"), seen(kY, "b"), seen(kX, "c")}, {}, 3, 2, std::nullopt);
        QVERIFY(d.ok);
        QCOMPARE(d.address, kX);
        QCOMPARE(d.agreeingSources, names("a,c"));
    }

    void twoDisagreeIsNoPick()
    {
        const FamilyDetection d
            = AddressMonitor::decide(AddressFamily::IPv4, {seen(kX, "a"), seen(kY, "b")}, {}, 2, 2, std::nullopt);
        QVERIFY(!d.ok);
        QVERIFY(d.disagreement);
        QVERIFY(d.address.isNull());
        QVERIFY2(d.error.contains(kX.toString()) && d.error.contains(kY.toString()), qPrintable(d.error));
    }

    void quorumOneWithTwoAnswersStillDisagrees()
    {
        const FamilyDetection d
            = AddressMonitor::decide(AddressFamily::IPv4, {seen(kX, "a"), seen(kY, "b")}, {}, 2, 1, std::nullopt);
        QVERIFY(!d.ok);
        QVERIFY(d.disagreement);
    }

    void oneAnswerIsNotEnoughForANewAddress()
    {
        const FamilyDetection d = AddressMonitor::decide(AddressFamily::IPv4, {seen(kX, "a")},
                                                         {QStringLiteral("b: HTTP status 500")}, 2, 2, std::nullopt);
        QVERIFY(!d.ok);
        QVERIFY(!d.disagreement);
        QVERIFY2(d.error.contains(QStringLiteral("b: HTTP status 500")), qPrintable(d.error));
        QVERIFY2(d.error.contains(QStringLiteral("1 of the 2")), qPrintable(d.error));
    }

    void oneAnswerConfirmsTheUnchangedAddress()
    {
        const FamilyDetection d
            = AddressMonitor::decide(AddressFamily::IPv4, {seen(kX, "a")}, {QStringLiteral("b: timeout")}, 2, 2, kX);
        QVERIFY(d.ok);
        QCOMPARE(d.address, kX);
        QVERIFY(!d.disagreement);
    }

    void unchangedKeptButDisagreementReported()
    {
        const FamilyDetection d
            = AddressMonitor::decide(AddressFamily::IPv4, {seen(kY, "a"), seen(kX, "b")}, {}, 2, 2, kX);
        QVERIFY(d.ok);
        QCOMPARE(d.address, kX);
        QVERIFY(d.disagreement);
        QVERIFY(!d.error.isEmpty());
    }

    void changeNeedsQuorumEvenWithCurrentKnown()
    {
        const FamilyDetection d
            = AddressMonitor::decide(AddressFamily::IPv4, {seen(kY, "a"), seen(kY, "b"), seen(kX, "c")}, {}, 3, 2, kX);
        QVERIFY(d.ok);
        QCOMPARE(d.address, kY);
    }

    void singleEnabledSourceSuffices()
    {
        const FamilyDetection d = AddressMonitor::decide(AddressFamily::IPv4, {seen(kX, "a")}, {}, 1, 2, std::nullopt);
        QVERIFY(d.ok);
        QCOMPARE(d.address, kX);
    }

    void quorumIsCappedAtEnabledSources()
    {
        const FamilyDetection d
            = AddressMonitor::decide(AddressFamily::IPv4, {seen(kX, "a"), seen(kX, "b")}, {}, 2, 5, std::nullopt);
        QVERIFY(d.ok);
        const FamilyDetection three = AddressMonitor::decide(AddressFamily::IPv4, {seen(kX, "a"), seen(kX, "b")},
                                                             {QStringLiteral("c: x")}, 3, 3, std::nullopt);
        QVERIFY(!three.ok); // 3 enabled, quorum 3: the two that answered are not enough
    }

    void allFail()
    {
        const FamilyDetection d = AddressMonitor::decide(
            AddressFamily::IPv4, {}, {QStringLiteral("a: timeout"), QStringLiteral("b: refused")}, 2, 2, kX);
        QVERIFY(!d.ok);
        QVERIFY(!d.disagreement);
        QVERIFY(d.error.contains(QStringLiteral("a: timeout")) && d.error.contains(QStringLiteral("b: refused")));
        const FamilyDetection none = AddressMonitor::decide(AddressFamily::IPv6, {}, {}, 0, 2, std::nullopt);
        QVERIFY(!none.ok);
        QVERIFY2(none.error.contains(QStringLiteral("no enabled address source")), qPrintable(none.error));
    }

    // --- the monitor against loopback echo servers ---

    void monitorAgreesAndAnnouncesOnce()
    {
        m_answers = {{"a", "81.2.69.160\n"}, {"b", "81.2.69.160\n"}, {"c", "81.2.69.160"}};
        AddressMonitor monitor(sources({"a", "b", "c"}), 2, &m_http, &m_clock);
        QSignalSpy changed(&monitor, &AddressMonitor::publicAddressChanged);
        QSignalSpy disagreed(&monitor, &AddressMonitor::disagreementDetected);
        const Detection d = detectOnce(monitor);
        const FamilyDetection *v4 = d.family(AddressFamily::IPv4);
        QVERIFY(v4);
        QVERIFY(v4->ok);
        QCOMPARE(v4->address, kX);
        QCOMPARE(v4->observations.size(), 3);
        QCOMPARE(d.time, m_clock.now());
        QVERIFY(!d.family(AddressFamily::IPv6));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).value<QHostAddress>(), QHostAddress());
        QCOMPARE(changed.first().at(2).value<QHostAddress>(), kX);
        QCOMPARE(disagreed.size(), 0);
        QCOMPARE(monitor.current(AddressFamily::IPv4), std::optional<QHostAddress>(kX));
        QCOMPARE(m_server.requests().size(), 3);

        detectOnce(monitor); // unchanged: no second announcement
        QCOMPARE(changed.size(), 1);
    }

    void monitorDisagreementIsAnEvent()
    {
        m_answers = {{"a", "81.2.69.160"}, {"b", "81.2.69.192"}};
        AddressMonitor monitor(sources({"a", "b"}), 2, &m_http, &m_clock);
        QSignalSpy changed(&monitor, &AddressMonitor::publicAddressChanged);
        QSignalSpy disagreed(&monitor, &AddressMonitor::disagreementDetected);
        const FamilyDetection v4 = *detectOnce(monitor).family(AddressFamily::IPv4);
        QVERIFY(!v4.ok);
        QVERIFY(v4.disagreement);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(disagreed.size(), 1);
        QVERIFY(!monitor.current(AddressFamily::IPv4));
    }

    void monitorRejectsUnusableAnswers()
    {
        // loopback and documentation answers are failures; a private one passes at monitor level
        m_answers = {{"a", "127.0.0.1"}, {"b", "192.0.2.7"}, {"c", "<html>hi</html>"}, {"d", "192.168.1.20"}};
        AddressMonitor monitor(sources({"a", "b", "c", "d", "e"}), 2, &m_http, &m_clock);
        const FamilyDetection v4 = *detectOnce(monitor).family(AddressFamily::IPv4);
        QVERIFY(!v4.ok);
        QCOMPARE(v4.observations.size(), 1);
        QCOMPARE(v4.observations.first().address, QHostAddress(QStringLiteral("192.168.1.20")));
        QCOMPARE(v4.failures.size(), 4);
        const QString failures = v4.failures.join(QLatin1Char('\n'));
        QVERIFY2(failures.contains(QStringLiteral("a: 127.0.0.1 is a loopback")), qPrintable(failures));
        QVERIFY2(failures.contains(QStringLiteral("b: 192.0.2.7 is a documentation-only")), qPrintable(failures));
        QVERIFY2(failures.contains(QStringLiteral("c: ")), qPrintable(failures));
        QVERIFY2(failures.contains(QStringLiteral("e: HTTP status 500")), qPrintable(failures));
    }

    void monitorUnchangedConfirmedByOne()
    {
        m_answers = {{"a", "81.2.69.160"}};
        AddressMonitor monitor(sources({"a", "b"}), 2, &m_http, &m_clock);
        QVERIFY(!detectOnce(monitor).family(AddressFamily::IPv4)->ok); // first time: one is not enough
        monitor.setCurrent(AddressFamily::IPv4, kX); // as restored from the state store
        QSignalSpy changed(&monitor, &AddressMonitor::publicAddressChanged);
        const FamilyDetection v4 = *detectOnce(monitor).family(AddressFamily::IPv4);
        QVERIFY(v4.ok);
        QCOMPARE(v4.agreeingSources, QStringList {QStringLiteral("a")});
        QCOMPARE(changed.size(), 0);
    }

    void monitorAnnouncesAChange()
    {
        m_answers = {{"a", "81.2.69.160"}, {"b", "81.2.69.160"}};
        AddressMonitor monitor(sources({"a", "b"}), 2, &m_http, &m_clock);
        detectOnce(monitor);
        m_answers = {{"a", "81.2.69.192"}, {"b", "81.2.69.192"}};
        QSignalSpy changed(&monitor, &AddressMonitor::publicAddressChanged);
        detectOnce(monitor);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).value<QHostAddress>(), kX);
        QCOMPARE(changed.first().at(2).value<QHostAddress>(), kY);
        QCOMPARE(changed.first().at(3).toStringList(), names("a,b"));
    }

    void concurrentRequestsShareOneDetection()
    {
        m_answers = {{"a", "81.2.69.160"}, {"b", "81.2.69.160"}};
        AddressMonitor monitor(sources({"a", "b"}), 2, &m_http, &m_clock);
        int first = 0;
        int second = 0;
        monitor.detect({AddressFamily::IPv4}, this, [&](const Detection &) { ++first; });
        monitor.detect({AddressFamily::IPv4}, this, [&](const Detection &) { ++second; });
        QTRY_VERIFY_WITH_TIMEOUT(first == 1 && second == 1, 15000);
        QCOMPARE(m_server.requests().size(), 2); // one per source, not one per caller
    }

    void aRequestDuringADetectionGetsAFreshOne()
    {
        // Two command sources that read the answer file when they start and print it 300 ms later.
        QTemporaryDir dir;
        const QString answer = dir.filePath(QStringLiteral("answer"));
        const QString runs = dir.filePath(QStringLiteral("runs"));
        QList<SourceConfig> list;
        for (const char *id : {"p", "q"}) {
            SourceConfig config;
            config.id = QLatin1String(id);
            config.kind = QStringLiteral("command");
            config.options.insert(QStringLiteral("program"), QStringLiteral("/bin/sh"));
            config.options.insert(QStringLiteral("arguments"),
                                  QStringList {QStringLiteral("-c"),
                                               QStringLiteral("a=$(cat \"$2\"); echo >> \"$1\"; sleep 0.3; echo $a"),
                                               QStringLiteral("sh"), runs, answer});
            list.append(config);
        }
        QVERIFY(Homing::Test::writeFile(answer, "81.2.69.160\n"));
        AddressMonitor monitor(list, 2, &m_http, &m_clock);
        std::optional<Detection> first;
        std::optional<Detection> second;
        std::optional<Detection> third;
        monitor.detect({AddressFamily::IPv4}, this, [&](const Detection &d) { first = d; });
        // The first detection is in flight once both sources have read the answer and noted a run
        // (each prints 300 ms later).
        QTRY_COMPARE(Homing::Test::readFile(runs).count('\n'), 2);
        QVERIFY(!first);
        QVERIFY(Homing::Test::writeFile(answer, "81.2.69.192\n"));
        monitor.detect({AddressFamily::IPv4}, this, [&](const Detection &d) { second = d; });
        monitor.detect({AddressFamily::IPv4}, this, [&](const Detection &d) { third = d; });
        QTRY_VERIFY_WITH_TIMEOUT(first && second && third, 10000);
        QCOMPARE(first->family(AddressFamily::IPv4)->address, kX);
        QCOMPARE(second->family(AddressFamily::IPv4)->address, kY); // asked after the change
        QCOMPARE(third->family(AddressFamily::IPv4)->address, kY);
        QVERIFY(second->time >= first->time);
        QCOMPARE(Homing::Test::readFile(runs).count('\n'), 4); // two runs of two sources, not three
    }

    void callbackRunsLaterEvenWithoutSources()
    {
        AddressMonitor monitor({}, 2, &m_http, &m_clock);
        bool called = false;
        monitor.detect({AddressFamily::IPv4, AddressFamily::IPv6}, this, [&](const Detection &d) {
            called = true;
            QCOMPARE(d.families.size(), 2);
            QVERIFY(!d.families.first().ok);
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void disabledAndUnknownSources()
    {
        m_answers = {{"a", "81.2.69.160"}};
        QList<SourceConfig> list = sources({"a", "b"});
        list[1].enabled = false;
        SourceConfig odd;
        odd.id = QStringLiteral("odd");
        odd.kind = QStringLiteral("carrier-pigeon");
        list.append(odd);
        AddressMonitor monitor(list, 2, &m_http, &m_clock);
        QCOMPARE(monitor.sourcesFor(AddressFamily::IPv4), QStringList {QStringLiteral("a")});
        const FamilyDetection v4 = *detectOnce(monitor).family(AddressFamily::IPv4);
        QVERIFY(v4.ok); // the only enabled source decides alone
        QVERIFY(v4.failures.join(QLatin1Char(' ')).contains(QStringLiteral("odd: unknown source kind")));
    }

    void duplicateIdsDoNotStallADetection()
    {
        m_answers = {{"a", "81.2.69.160"}};
        AddressMonitor monitor(sources({"a", "a"}), 2, &m_http, &m_clock);
        QElapsedTimer timer;
        timer.start();
        const FamilyDetection v4 = *detectOnce(monitor).family(AddressFamily::IPv4);
        QVERIFY(timer.elapsed() < 5000); // not the 30 s backstop
        QVERIFY(v4.ok);
        QCOMPARE(v4.observations.size(), 2);
    }

    void aDestroyedMonitorStillAnswersOnce()
    {
        m_answers = {{"a", "81.2.69.160"}};
        auto *monitor = new AddressMonitor(sources({"a"}), 2, &m_http, &m_clock);
        int calls = 0;
        std::optional<Detection> result;
        monitor->detect({AddressFamily::IPv4}, this, [&](const Detection &d) {
            ++calls;
            result = d;
        });
        // The source's answer waits until the test releases it, so the detection is surely in flight
        // when the monitor goes.
        m_server.hold();
        QTRY_COMPARE(m_server.heldCount(), 1);
        QCOMPARE(calls, 0);
        delete monitor;
        QTRY_COMPARE(calls, 1);
        m_server.release(); // the late answer finds nobody to tell
        QVERIFY(!result->family(AddressFamily::IPv4)->ok);
        QVERIFY(result->family(AddressFamily::IPv4)->error.contains(QStringLiteral("cancelled")));
        QTRY_COMPARE(m_server.requests().size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1);
    }

    void destroyedContextGetsNoCallback()
    {
        m_answers = {{"a", "81.2.69.160"}};
        AddressMonitor monitor(sources({"a"}), 2, &m_http, &m_clock);
        auto *context = new QObject;
        bool called = false;
        monitor.detect({AddressFamily::IPv4}, context, [&](const Detection &) { called = true; });
        delete context;
        bool other = false;
        monitor.detect({AddressFamily::IPv4}, this, [&](const Detection &) { other = true; });
        QTRY_VERIFY_WITH_TIMEOUT(other, 15000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestConsensus)
#include "tst_consensus.moc"
