// AddressMonitor's routine (steady-state) checks: which sources are asked, counted at loopback echo
// servers. Two HTTP echo sources are listed before two DNS echo sources, so the cheap one is chosen
// by cost on the wire, not by config order.
#include "address/addressmonitor.h"
#include "echodnsserver.h"
#include "fakeclock.h"
#include "httptestserver.h"
#include "net/httpclient.h"
#include "redactor.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Homing;
using Homing::Test::EchoDnsServer;
using Homing::Test::HttpTestServer;

namespace {

const QHostAddress kX(QStringLiteral("81.2.69.160"));
const QHostAddress kY(QStringLiteral("81.2.69.192"));

constexpr int kRefused = 5;

QStringList names(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
}

QStringList sorted(QStringList list) // agreeing sources come in the order their answers arrived
{
    list.sort();
    return list;
}

AddressMonitor::Check routine(const QStringList &alsoAsk = {})
{
    return AddressMonitor::Check {true, alsoAsk};
}

} // namespace

class TestSteadyCheck : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_manager;
    Redactor m_redactor;
    HttpClient m_http {&m_manager, &m_redactor};
    Homing::Test::FakeClock m_clock;
    HttpTestServer m_web;
    QHash<QString, QByteArray> m_webAnswers; // path without "/" -> body ("" = HTTP 500)
    EchoDnsServer m_dnsA;
    EchoDnsServer m_dnsB;

    // In config order: web-a, dns-a (opendns), web-b, dns-b (cloudflare). The cheap one is dns-a.
    QList<SourceConfig> sources(int dnsTimeoutMs = 3000)
    {
        QList<SourceConfig> list;
        auto web = [&](const char *id) {
            SourceConfig config;
            config.id = QLatin1String(id);
            config.kind = QStringLiteral("http");
            config.options.insert(QStringLiteral("ipv4Url"), m_web.url(QLatin1Char('/') + config.id).toString());
            config.options.insert(QStringLiteral("format"), QStringLiteral("plain"));
            list.append(config);
        };
        auto dns = [&](const char *id, const char *service, const EchoDnsServer &server) {
            SourceConfig config;
            config.id = QLatin1String(id);
            config.kind = QStringLiteral("dns");
            config.options.insert(QStringLiteral("service"), QLatin1String(service));
            config.options.insert(QStringLiteral("ipv4Server"), QStringLiteral("127.0.0.1"));
            config.options.insert(QStringLiteral("ipv6Server"), QString()); // IPv4 only
            config.options.insert(QStringLiteral("port"), server.port());
            config.options.insert(QStringLiteral("timeoutMs"), dnsTimeoutMs);
            list.append(config);
        };
        web("web-a");
        dns("dns-a", "opendns", m_dnsA);
        web("web-b");
        dns("dns-b", "cloudflare", m_dnsB);
        return list;
    }

    void answerEverywhere(const QHostAddress &address)
    {
        m_webAnswers = {{QStringLiteral("web-a"), address.toString().toLatin1()},
                        {QStringLiteral("web-b"), address.toString().toLatin1()}};
        m_dnsA.setAddresses(address);
        m_dnsB.setAddresses(address);
    }

    // How many requests each source's server got since the last resetCounts(), in config order.
    QString asked() const
    {
        auto web = [&](const char *id) {
            return std::count_if(m_web.requests().begin(), m_web.requests().end(), [&](const auto &request) {
                return request.path() == QLatin1Char('/') + QLatin1String(id);
            });
        };
        return QStringLiteral("web-a=%1 dns-a=%2 web-b=%3 dns-b=%4")
            .arg(web("web-a"))
            .arg(m_dnsA.queries())
            .arg(web("web-b"))
            .arg(m_dnsB.queries());
    }

    void resetCounts()
    {
        m_web.clearRequests();
        m_dnsA.resetQueries();
        m_dnsB.resetQueries();
    }

    FamilyDetection detectOnce(AddressMonitor &monitor, const AddressMonitor::Check &check)
    {
        std::optional<Detection> result;
        int calls = 0;
        monitor.detect(
            {AddressFamily::IPv4}, this,
            [&](const Detection &detection) {
                result = detection;
                ++calls;
            },
            check);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!monitor.isDetecting() && m_http.inFlight() == 0, 15000); }();
        [&] { QCOMPARE(calls, 1); }();
        const FamilyDetection *v4 = result ? result->family(AddressFamily::IPv4) : nullptr;
        return v4 ? *v4 : FamilyDetection {};
    }

    // A monitor that agreed on kX in a full detection, with the counters reset after it.
    std::unique_ptr<AddressMonitor> steadyMonitor(int dnsTimeoutMs = 3000)
    {
        answerEverywhere(kX);
        auto monitor = std::make_unique<AddressMonitor>(sources(dnsTimeoutMs), 2, &m_http, &m_clock);
        const FamilyDetection first = detectOnce(*monitor, {});
        if (!first.ok || monitor->current(AddressFamily::IPv4) != kX)
            qWarning("the first full detection did not agree: %s", qPrintable(first.error));
        resetCounts();
        return monitor;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_web.listen());
        QVERIFY(m_dnsA.listen());
        QVERIFY(m_dnsB.listen());
        m_web.setHandler([this](const HttpTestServer::Request &request) {
            const QByteArray body = m_webAnswers.value(request.path().mid(1));
            return body.isEmpty() ? HttpTestServer::Response::text("oops", 500) : HttpTestServer::Response::text(body);
        });
    }

    void init()
    {
        m_dnsA.setRcode(0);
        m_dnsA.setSilent(false);
        m_dnsB.setRcode(0);
        answerEverywhere(kX);
        resetCounts();
    }

    // 1. A full detection asks every source, also when an address is already agreed.
    void aFullDetectionAsksEverySource()
    {
        AddressMonitor monitor(sources(), 2, &m_http, &m_clock);
        FamilyDetection v4 = detectOnce(monitor, {});
        QVERIFY2(v4.ok, qPrintable(v4.error));
        QCOMPARE(v4.address, kX);
        QCOMPARE(asked(), QStringLiteral("web-a=1 dns-a=1 web-b=1 dns-b=1"));

        resetCounts();
        v4 = detectOnce(monitor, {}); // steady state, but an event: the full quorum again
        QVERIFY(v4.ok);
        QCOMPARE(asked(), QStringLiteral("web-a=1 dns-a=1 web-b=1 dns-b=1"));
        QCOMPARE(v4.agreeingSources.size(), 4);
    }

    // 2. In steady state a routine check asks the cheap source alone, and it confirms the address.
    void aRoutineCheckAsksOnlyTheCheapSource()
    {
        const auto monitor = steadyMonitor();
        QSignalSpy changed(monitor.get(), &AddressMonitor::publicAddressChanged);
        QSignalSpy disagreed(monitor.get(), &AddressMonitor::disagreementDetected);
        for (int i = 0; i < 3; ++i) {
            const FamilyDetection v4 = detectOnce(*monitor, routine());
            QVERIFY2(v4.ok, qPrintable(v4.error));
            QCOMPARE(v4.address, kX);
            QCOMPARE(v4.agreeingSources, QStringList {QStringLiteral("dns-a")});
            QCOMPARE(v4.observations.size(), 1);
            QVERIFY(!v4.disagreement);
        }
        QCOMPARE(asked(), QStringLiteral("web-a=0 dns-a=3 web-b=0 dns-b=0"));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(disagreed.size(), 0);
    }

    // 3. The cheap source reports another address: every other source is asked (the cheap one not
    // again), and the new address is taken only with the quorum.
    void aRoutineCheckThatSeesAChangeAsksTheQuorum()
    {
        const auto monitor = steadyMonitor();
        QSignalSpy changed(monitor.get(), &AddressMonitor::publicAddressChanged);
        answerEverywhere(kY);
        const FamilyDetection v4 = detectOnce(*monitor, routine());
        QCOMPARE(asked(), QStringLiteral("web-a=1 dns-a=1 web-b=1 dns-b=1"));
        QVERIFY2(v4.ok, qPrintable(v4.error));
        QCOMPARE(v4.address, kY);
        QCOMPARE(v4.agreeingSources.size(), 4);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(1).value<QHostAddress>(), kX);
        QCOMPARE(changed.first().at(2).value<QHostAddress>(), kY);
        QCOMPARE(monitor->current(AddressFamily::IPv4), std::optional<QHostAddress>(kY));
    }

    void aChangeSeenByTheCheapSourceAloneIsNotTaken()
    {
        const auto monitor = steadyMonitor();
        QSignalSpy changed(monitor.get(), &AddressMonitor::publicAddressChanged);
        m_dnsA.setAddresses(kY); // the others fail: nobody backs the cheap source up
        m_webAnswers.clear();
        m_dnsB.setRcode(kRefused);
        const FamilyDetection v4 = detectOnce(*monitor, routine());
        QCOMPARE(asked(), QStringLiteral("web-a=1 dns-a=1 web-b=1 dns-b=1"));
        QVERIFY(!v4.ok);
        QVERIFY2(v4.error.contains(QStringLiteral("only 1 of the 2")), qPrintable(v4.error));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(monitor->current(AddressFamily::IPv4), std::optional<QHostAddress>(kX));

        // The others still see the agreed address: they outvote the cheap source, no change.
        resetCounts();
        answerEverywhere(kX);
        m_dnsA.setAddresses(kY);
        m_dnsB.setRcode(0);
        const FamilyDetection outvoted = detectOnce(*monitor, routine());
        QCOMPARE(asked(), QStringLiteral("web-a=1 dns-a=1 web-b=1 dns-b=1"));
        QVERIFY(outvoted.ok);
        QCOMPARE(outvoted.address, kX);
        QCOMPARE(sorted(outvoted.agreeingSources), names("dns-b,web-a,web-b"));
        QCOMPARE(changed.size(), 0);
    }

    // 4. The cheap source fails (an error, an unusable answer, no answer): the others are asked.
    void aRoutineCheckWhoseCheapSourceFailsAsksTheOthers_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("refused") << QStringLiteral("refused");
        QTest::newRow("unusable answer") << QStringLiteral("loopback");
        QTest::newRow("no answer") << QStringLiteral("silent");
    }

    void aRoutineCheckWhoseCheapSourceFailsAsksTheOthers()
    {
        QFETCH(QString, how);
        const auto monitor = steadyMonitor(600);
        QSignalSpy changed(monitor.get(), &AddressMonitor::publicAddressChanged);
        if (how == QLatin1String("refused"))
            m_dnsA.setRcode(kRefused);
        else if (how == QLatin1String("loopback"))
            m_dnsA.setAddresses(QHostAddress(QStringLiteral("127.0.0.1")));
        else
            m_dnsA.setSilent(true);
        const FamilyDetection v4 = detectOnce(*monitor, routine());
        QVERIFY2(v4.ok, qPrintable(v4.error));
        QCOMPARE(v4.address, kX);
        QCOMPARE(sorted(v4.agreeingSources), names("dns-b,web-a,web-b"));
        QVERIFY2(v4.failures.join(QLatin1Char(' ')).contains(QStringLiteral("dns-a: ")),
                 qPrintable(v4.failures.join(QLatin1Char(' '))));
        QVERIFY(m_dnsA.queries() >= 1); // a silent server is asked twice over the source's timeout
        QCOMPARE(asked().remove(QRegularExpression(QStringLiteral(" dns-a=\\d+"))),
                 QStringLiteral("web-a=1 web-b=1 dns-b=1"));
        QCOMPARE(changed.size(), 0);

        // The failed source is passed over while the next cheapest confirms the address.
        resetCounts();
        const FamilyDetection next = detectOnce(*monitor, routine());
        QVERIFY(next.ok);
        QCOMPARE(next.agreeingSources, QStringList {QStringLiteral("dns-b")});
        QCOMPARE(asked(), QStringLiteral("web-a=0 dns-a=0 web-b=0 dns-b=1"));

        // Once a full detection hears it agree again, it is the cheap source again.
        m_dnsA.setRcode(0);
        m_dnsA.setSilent(false);
        m_dnsA.setAddresses(kX);
        QVERIFY(detectOnce(*monitor, {}).ok);
        resetCounts();
        QVERIFY(detectOnce(*monitor, routine()).ok);
        QCOMPARE(asked(), QStringLiteral("web-a=0 dns-a=1 web-b=0 dns-b=0"));
    }

    // 5. No agreed address yet: a routine check is a full one.
    void aRoutineCheckWithoutACurrentAddressAsksEverySource()
    {
        AddressMonitor monitor(sources(), 2, &m_http, &m_clock);
        const FamilyDetection v4 = detectOnce(monitor, routine());
        QVERIFY2(v4.ok, qPrintable(v4.error));
        QCOMPARE(v4.agreeingSources.size(), 4);
        QCOMPARE(asked(), QStringLiteral("web-a=1 dns-a=1 web-b=1 dns-b=1"));
    }

    // Requests in one event-loop turn share one detection: with a full one among them, it is full,
    // whichever came first.
    void aRoutineAndAFullRequestShareAFullDetection_data()
    {
        QTest::addColumn<bool>("routineFirst");
        QTest::newRow("routine, then full") << true;
        QTest::newRow("full, then routine") << false;
    }

    void aRoutineAndAFullRequestShareAFullDetection()
    {
        QFETCH(bool, routineFirst);
        const auto monitor = steadyMonitor();
        std::optional<Detection> first;
        std::optional<Detection> second;
        monitor->detect(
            {AddressFamily::IPv4}, this, [&](const Detection &d) { first = d; },
            routineFirst ? routine() : AddressMonitor::Check {});
        monitor->detect(
            {AddressFamily::IPv4}, this, [&](const Detection &d) { second = d; },
            routineFirst ? AddressMonitor::Check {} : routine());
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isDetecting() && m_http.inFlight() == 0, 15000);
        QCOMPARE(asked(), QStringLiteral("web-a=1 dns-a=1 web-b=1 dns-b=1"));
        QCOMPARE(first->family(AddressFamily::IPv4)->agreeingSources.size(), 4);
        QCOMPARE(second->family(AddressFamily::IPv4)->agreeingSources.size(), 4);
    }

    // A host that names its own source gets that source's answer in a routine check too.
    void aRoutineCheckAlsoAsksTheSourcesNamed()
    {
        const auto monitor = steadyMonitor();
        const FamilyDetection v4 = detectOnce(*monitor, routine({QStringLiteral("web-b")}));
        QVERIFY(v4.ok);
        QCOMPARE(asked(), QStringLiteral("web-a=0 dns-a=1 web-b=1 dns-b=0"));
        QCOMPARE(sorted(v4.agreeingSources), names("dns-a,web-b"));
    }
};

QTEST_GUILESS_MAIN(TestSteadyCheck)
#include "tst_steadycheck.moc"
