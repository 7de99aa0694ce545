// The dyndns2 family against a loopback server speaking the Members NIC Update protocol, with each
// service's quirks: how the families are sent, the user name, the User-Agent, extra parameters.
#include "providers/dyndns2provider.h"
#include "providers/providerregistry.h"
#include "providertest.h"

#include <QSysInfo>
#include <QTest>

using namespace Homing;
using namespace Homing::Test;
using namespace std::chrono_literals;

class TestDyndns2 : public ProviderTest
{
    Q_OBJECT

private:
    UpdateRequest make(const QString &provider = QStringLiteral("dyndns2"), bool v4 = true, bool v6 = false)
    {
        Host h = host(provider, QStringLiteral("home.example.org"));
        h.settings.insert(QStringLiteral("username"), QStringLiteral("alice"));
        return request(h, {{QStringLiteral("password"), QStringLiteral("s3cret:pass word")}}, v4, v6);
    }
    QString param(int request, const char *name) const
    {
        return m_server.requests().at(request).query().queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    }
    bool hasParam(int request, const char *name) const
    {
        return m_server.requests().at(request).query().hasQueryItem(QLatin1String(name));
    }
    // Hosts a.example.org, b.example.org, ... of one account at provider.
    QList<UpdateRequest> account(const QString &provider, int count)
    {
        QList<UpdateRequest> requests;
        for (int i = 0; i < count; ++i) {
            UpdateRequest r = make(provider);
            r.host.name = QStringLiteral("%1.example.org").arg(QChar(u'a' + i));
            requests.append(r);
        }
        return requests;
    }
    // The names of request i, in order.
    QStringList names(int request) const { return param(request, "hostname").split(QLatin1Char(',')); }
    // A server that answers "good <myip>" for every name of each request.
    void answerGoodForEachName()
    {
        m_server.setHandler([](const HttpTestServer::Request &request) {
            const QString myip = request.query().queryItemValue(QStringLiteral("myip"), QUrl::FullyDecoded);
            const qsizetype count = request.query()
                                        .queryItemValue(QStringLiteral("hostname"), QUrl::FullyDecoded)
                                        .split(QLatin1Char(','))
                                        .size();
            QByteArray body;
            for (qsizetype i = 0; i < count; ++i)
                body += "good " + myip.toLatin1() + '\n';
            return Response::text(body);
        });
    }

    // Calls update() (or park()) on one client per host in the same turn of the event loop, as a
    // pass of the engine does, and waits for every outcome. A host whose context is in `gone` has
    // its context destroyed right after the call: its callback must never run.
    QList<UpdateOutcome> runTogether(const QList<UpdateRequest> &requests, bool park = false,
                                     const QSet<int> &gone = {})
    {
        std::vector<std::unique_ptr<Provider>> providers;
        std::vector<std::unique_ptr<QObject>> contexts;
        QList<std::optional<UpdateOutcome>> results(requests.size());
        QList<int> calls(requests.size(), 0);
        for (qsizetype i = 0; i < requests.size(); ++i) {
            providers.emplace_back(ProviderRegistry::create(requests.at(i), &m_http, nullptr));
            contexts.push_back(std::make_unique<QObject>());
            auto done = [&results, &calls, i](const UpdateOutcome &outcome) {
                ++calls[i];
                results[i] = outcome;
            };
            if (park)
                providers.back()->park(requests.at(i), contexts.back().get(), done);
            else
                providers.back()->update(requests.at(i), contexts.back().get(), done);
        }
        for (int i : gone)
            contexts.at(i).reset();
        auto allDone = [&] {
            for (qsizetype i = 0; i < requests.size(); ++i) {
                if (!gone.contains(int(i)) && !results.at(i))
                    return false;
            }
            return true;
        };
        [&] { QTRY_VERIFY_WITH_TIMEOUT(allDone(), 10000); }();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(m_http.inFlight(), 0, 10000); }();
        QList<UpdateOutcome> outcomes;
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (calls.at(i) != (gone.contains(int(i)) ? 0 : 1))
                QTest::qFail("each callback must run exactly once (never for a context that is gone)", __FILE__,
                             __LINE__);
            outcomes.append(results.at(i).value_or(UpdateOutcome {}));
        }
        return outcomes;
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRequests(); }

    void sendsTheDocumentedRequest()
    {
        m_server.respondWith(Response::text("good 81.2.69.160\n"));
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 1);
        const HttpTestServer::Request &request = m_server.requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path(), QStringLiteral("/nic/update"));
        QCOMPARE(param(0, "hostname"), QStringLiteral("home.example.org"));
        QCOMPARE(param(0, "myip"), QStringLiteral("81.2.69.160"));
        QVERIFY(!hasParam(0, "system"));
        QCOMPARE(request.basicCredentials(), QByteArray("alice:s3cret:pass word"));
        QVERIFY(request.header("user-agent").startsWith("Homing/"));
        QVERIFY(outcome.requestSummary.contains(QStringLiteral("hostname=home.example.org")));
        checkRedacted(outcome, {{QStringLiteral("p"), QStringLiteral("s3cret")}});
    }

    void ipv6AloneAndBothFamiliesInOneRequest()
    {
        m_server.respondWith(Response::text("good 2a01:4f8:c0c:1234::7"));
        QCOMPARE(run(make(QStringLiteral("dyndns2"), false, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(param(0, "myip"), QStringLiteral("2a01:4f8:c0c:1234::7"));
        m_server.clearRequests();
        m_server.respondWith(Response::text("good 81.2.69.160,2a01:4f8:c0c:1234::7"));
        QCOMPARE(run(make(QStringLiteral("dyndns"), true, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(param(0, "myip"), QStringLiteral("81.2.69.160,2a01:4f8:c0c:1234::7"));
    }

    void nochgIsUnchanged()
    {
        m_server.respondWith(Response::text("nochg 81.2.69.160"));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::Unchanged);
    }

    void errorCodes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("leastRetrySeconds");
        const int needsUser = static_cast<int>(UpdateOutcome::Kind::NeedsUser);
        const int retry = static_cast<int>(UpdateOutcome::Kind::RetryLater);
        for (const char *code : {"badauth", "!donator", "notfqdn", "nohost", "numhost", "abuse", "badagent", "badsys",
                                 "!yours", "!active", "badrequest", "noipv4", "noipv6"})
            QTest::newRow(code) << QByteArray(code) << 200 << needsUser << 0;
        QTest::newRow("badauth-401") << QByteArray("badauth") << 401 << needsUser << 0;
        QTest::newRow("nohost-404 (deSEC)") << QByteArray("nohost") << 404 << needsUser << 0;
        QTest::newRow("unknown-400") << QByteArray("ambiguous") << 400 << needsUser << 0;
        QTest::newRow("911") << QByteArray("911") << 500 << retry << 1800;
        QTest::newRow("dnserr") << QByteArray("dnserr") << 200 << retry << 1800;
        QTest::newRow("interval (HE)") << QByteArray("interval") << 200 << retry << 600;
        QTest::newRow("good-127-refused") << QByteArray("good 127.0.0.1") << 200 << needsUser << 0;
        QTest::newRow("other-address") << QByteArray("good 81.2.69.161") << 200 << retry << 300;
    }

    void errorCodes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(int, leastRetrySeconds);
        m_server.respondWith(Response::text(body, status));
        const UpdateOutcome outcome = run(make());
        QCOMPARE(static_cast<int>(outcome.kind), kind);
        QVERIFY(outcome.retryAfter.count() >= leastRetrySeconds);
        QVERIFY2(!outcome.reason.isEmpty(), "every outcome says why in words");
        if (outcome.kind == UpdateOutcome::Kind::NeedsUser)
            QVERIFY2(!outcome.fix.isEmpty(), "a needs-you outcome says what to fix");
    }

    void commonFailures() { checkCommonFailures(make(), "goo"); }

    void noipSendsItsUserAgentAndGroup()
    {
        m_server.respondWith(Response::text("good 81.2.69.160"));
        UpdateRequest r = make(QStringLiteral("noip"));
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        const QByteArray agent = m_server.requests().first().header("user-agent");
        QVERIFY2(agent.startsWith(QByteArray("Homing Homing/" + QSysInfo::kernelType().toLatin1() + "-")),
                 agent.constData());
        QVERIFY(agent.contains(" https://"));
        m_server.clearRequests();
        r.host.settings.insert(QStringLiteral("group"), QStringLiteral("homelab"));
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(param(0, "hostname"), QStringLiteral("homelab"));
        m_server.respondWith(Response::text("911", 500));
        QVERIFY(run(r).retryAfter >= 30min);
    }

    void dynuSendsNoForTheOtherFamily()
    {
        m_server.respondWith(Response::text("good 2a01:4f8:c0c:1234::7"));
        QCOMPARE(run(make(QStringLiteral("dynu"), false, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(param(0, "myip"), QStringLiteral("no"));
        QCOMPARE(param(0, "myipv6"), QStringLiteral("2a01:4f8:c0c:1234::7"));
        m_server.clearRequests();
        m_server.respondWith(Response::text("nochg"));
        QCOMPARE(run(make(QStringLiteral("dynu"), true, true)).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(param(0, "myip"), QStringLiteral("81.2.69.160"));
        QCOMPARE(param(0, "myipv6"), QStringLiteral("2a01:4f8:c0c:1234::7"));
    }

    void hurricaneSendsOneFamilyPerRequestAsTheHost()
    {
        m_server.setHandler([](const HttpTestServer::Request &request) {
            return Response::text("good " + request.query().queryItemValue(QStringLiteral("myip")).toLatin1());
        });
        const UpdateOutcome outcome = run(make(QStringLiteral("he"), true, true));
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(outcome.addresses.size(), 2);
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(param(0, "myip"), QStringLiteral("81.2.69.160"));
        QCOMPARE(param(1, "myip"), QStringLiteral("2a01:4f8:c0c:1234::7"));
        QCOMPARE(m_server.requests().at(0).basicCredentials(), QByteArray("home.example.org:s3cret:pass word"));
        // A failure of the second family is the outcome.
        m_server.clearRequests();
        m_server.setHandler([](const HttpTestServer::Request &request) {
            return Response::text(request.query().queryItemValue(QStringLiteral("myip")).contains(QLatin1Char(':'))
                                      ? "noipv6"
                                      : "nochg 81.2.69.160");
        });
        const UpdateOutcome second = run(make(QStringLiteral("he"), true, true));
        QCOMPARE(second.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(second.reason.contains(QStringLiteral("AAAA")));
    }

    void ovhAddsSystemAndStratoSendsTheList()
    {
        m_server.respondWith(Response::text("good 81.2.69.160"));
        QCOMPARE(run(make(QStringLiteral("ovh"))).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(param(0, "system"), QStringLiteral("dyndns"));
        m_server.clearRequests();
        m_server.respondWith(Response::text("good 81.2.69.160,2a01:4f8:c0c:1234::7"));
        QCOMPARE(run(make(QStringLiteral("strato"), true, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(param(0, "myip"), QStringLiteral("81.2.69.160,2a01:4f8:c0c:1234::7"));
    }

    void desecPreservesTheOtherFamilyAndHonoursItsLimit()
    {
        m_server.respondWith(Response::text("good"));
        UpdateRequest r = make(QStringLiteral("desec"));
        r.host.settings.remove(QStringLiteral("username"));
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().first().path(), QStringLiteral("/"));
        QCOMPARE(param(0, "myipv4"), QStringLiteral("81.2.69.160"));
        QCOMPARE(param(0, "myipv6"), QStringLiteral("preserve"));
        QCOMPARE(m_server.requests().first().basicCredentials(), QByteArray("home.example.org:s3cret:pass word"));
        HttpTestServer::Response limited = Response::text("Request was throttled.", 429);
        limited.addHeader("Retry-After", "97");
        m_server.respondWith(limited);
        const UpdateOutcome throttled = run(r);
        QCOMPARE(throttled.kind, UpdateOutcome::Kind::RetryLater);
        QCOMPARE(throttled.retryAfter, 97s);
        m_server.respondWith(Response::text("badauth", 401));
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::NeedsUser);
    }

    // Parking by provider: Dyn and No-IP send offline=YES with the published address, and a host
    // that parks sends offline=NO with every update (so the return brings it online); deSEC sends
    // empty values, which delete the records; the others point the name at the sink address.
    void parkingFollowsEachServicesMethod()
    {
        m_server.respondWith(Response::text("good 81.2.69.160"));
        UpdateRequest dyn = make(QStringLiteral("dyndns"));
        dyn.host.park = true;
        QCOMPARE(runPark(dyn).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(param(0, "offline"), QStringLiteral("YES"));
        QCOMPARE(param(0, "myip"), QStringLiteral("81.2.69.160"));
        QCOMPARE(run(dyn).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(param(1, "offline"), QStringLiteral("NO"));
        dyn.host.park = false; // a host that does not park never mentions it (offline is paid at Dyn)
        QCOMPARE(run(dyn).kind, UpdateOutcome::Kind::Updated);
        QVERIFY(!hasParam(2, "offline"));
        m_server.respondWith(Response::text("!donator"));
        QCOMPARE(runPark(make(QStringLiteral("noip"))).kind, UpdateOutcome::Kind::NeedsUser);
        QCOMPARE(param(3, "offline"), QStringLiteral("YES"));

        m_server.clearRequests();
        m_server.respondWith(Response::text("good"));
        UpdateRequest desec = make(QStringLiteral("desec"));
        desec.host.settings.remove(QStringLiteral("username"));
        QCOMPARE(runPark(desec).kind, UpdateOutcome::Kind::Updated);
        QVERIFY(hasParam(0, "myipv4"));
        QCOMPARE(param(0, "myipv4"), QString());
        QCOMPARE(param(0, "myipv6"), QStringLiteral("preserve"));

        m_server.clearRequests();
        m_server.respondWith(Response::text("good 0.0.0.0"));
        UpdateRequest sink = make(QStringLiteral("dyndns2"));
        sink.host.park = true;
        sink.host.parkIpv4 = QStringLiteral("0.0.0.0");
        QCOMPARE(runPark(sink).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(param(0, "myip"), QStringLiteral("0.0.0.0"));
        QVERIFY(!hasParam(0, "offline"));
        sink.host.parkIpv4.clear(); // nowhere to point it: the user is asked, nothing is sent
        QCOMPARE(runPark(sink).kind, UpdateOutcome::Kind::NeedsUser);
        QCOMPARE(m_server.requests().size(), 1);
    }

    void ipv64UsesABearerTokenAndMyipv6()
    {
        m_server.respondWith(Response::text("good"));
        QCOMPARE(run(make(QStringLiteral("ipv64"), true, true)).kind, UpdateOutcome::Kind::Updated);
        const HttpTestServer::Request &request = m_server.requests().first();
        QCOMPARE(request.header("authorization"), QByteArray("Bearer s3cret:pass word"));
        QCOMPARE(param(0, "myip"), QStringLiteral("81.2.69.160"));
        QCOMPARE(param(0, "myipv6"), QStringLiteral("2a01:4f8:c0c:1234::7"));
    }

    void testCredentialsResendsTheHeldAddress()
    {
        m_server.respondWith(Response::text("nochg 81.2.69.160"));
        QCOMPARE(runTest(make()).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(m_server.requests().size(), 1);
        m_server.clearRequests();
        const UpdateOutcome none = runTest(make(QStringLiteral("dyndns2"), false, false));
        QCOMPARE(none.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(m_server.requests().isEmpty());
    }

    void plainHttpToARemoteServerIsRefused()
    {
        UpdateRequest r = make();
        r.host.settings.insert(QStringLiteral("server"), QStringLiteral("http://members.dyndns.invalid"));
        const UpdateOutcome outcome = run(r);
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(m_server.requests().isEmpty());
    }

    // Dyn documents hostname=a,b,c (at most 20 names, one address for all) and one reply line per
    // name in order; each host gets its own line, and every host's history shows the one request.
    void hostsOfOneAccountShareOneRequest()
    {
        m_server.respondWith(Response::text("good 81.2.69.160\nnohost\ngood 81.2.69.160\n"));
        const QList<UpdateOutcome> outcomes = runTogether(account(QStringLiteral("dyndns"), 3));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(names(0),
                 (QStringList {QStringLiteral("a.example.org"), QStringLiteral("b.example.org"),
                               QStringLiteral("c.example.org")}));
        QCOMPARE(param(0, "myip"), QStringLiteral("81.2.69.160"));
        QCOMPARE(m_server.requests().first().basicCredentials(), QByteArray("alice:s3cret:pass word"));
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(0).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(outcomes.at(0).addresses, QList<QHostAddress> {kV4});
        QCOMPARE(outcomes.at(1).kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY2(outcomes.at(1).reason.contains(QStringLiteral("does not exist")), qPrintable(outcomes.at(1).reason));
        QCOMPARE(outcomes.at(2).kind, UpdateOutcome::Kind::Updated);
        for (const UpdateOutcome &outcome : outcomes) {
            QVERIFY2(outcome.requestSummary.contains(QStringLiteral("a.example.org,b.example.org,c.example.org")),
                     qPrintable(outcome.requestSummary));
            checkRedacted(outcome, make().secrets);
        }
    }

    void aMissingLineIsThatHostsRetry()
    {
        m_server.respondWith(Response::text("good 81.2.69.160\nnochg 81.2.69.160\n"));
        const QList<UpdateOutcome> outcomes = runTogether(account(QStringLiteral("dyndns"), 3));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(outcomes.at(0).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(outcomes.at(1).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(outcomes.at(2).kind, UpdateOutcome::Kind::RetryLater);
        QVERIFY(outcomes.at(2).retryAfter >= 300s);
        QVERIFY2(outcomes.at(2).reason.contains(QStringLiteral("not understood")), qPrintable(outcomes.at(2).reason));
    }

    void twentyFiveHostsGoInTwoRequests()
    {
        answerGoodForEachName();
        const QList<UpdateOutcome> outcomes = runTogether(account(QStringLiteral("dyndns"), 25));
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(names(0).size(), 20);
        QCOMPARE(names(1).size(), 5);
        QCOMPARE(names(0).first(), QStringLiteral("a.example.org"));
        QCOMPARE(names(1).last(), QStringLiteral("y.example.org"));
        for (const UpdateOutcome &outcome : outcomes)
            QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
    }

    // Only what is the same for every name may be shared: the account, the server, the
    // addresses, the other parameters.
    void differentAccountsServersOrAddressesDoNotShare()
    {
        answerGoodForEachName();
        QList<UpdateRequest> requests = account(QStringLiteral("dyndns"), 6);
        requests[2].secrets.insert(QStringLiteral("password"), QStringLiteral("another password"));
        requests[3].host.settings.insert(QStringLiteral("server"), m_server.url(QStringLiteral("/other")).toString());
        requests[4].host.settings.insert(QStringLiteral("username"), QStringLiteral("bob"));
        requests[5].ipv6 = kV6;
        const QList<UpdateOutcome> outcomes = runTogether(requests);
        QCOMPARE(m_server.requests().size(), 5);
        QStringList sent;
        for (int i = 0; i < 5; ++i)
            sent.append(param(i, "hostname"));
        sent.sort();
        QCOMPARE(sent,
                 (QStringList {QStringLiteral("a.example.org,b.example.org"), QStringLiteral("c.example.org"),
                               QStringLiteral("d.example.org"), QStringLiteral("e.example.org"),
                               QStringLiteral("f.example.org")}));
        for (const UpdateOutcome &outcome : outcomes)
            QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
    }

    // No-IP documents a list of hosts too; a No-IP group, parking and the services that document
    // one host per request send one request per host.
    void onlyServicesThatDocumentItShare()
    {
        answerGoodForEachName();
        runTogether(account(QStringLiteral("noip"), 3));
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(names(0).size(), 3);
        for (const QString &provider : {QStringLiteral("dynu"), QStringLiteral("strato"), QStringLiteral("dyndns2")}) {
            m_server.clearRequests();
            for (const UpdateOutcome &outcome : runTogether(account(provider, 3)))
                QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
            QCOMPARE(m_server.requests().size(), 3);
            for (int i = 0; i < 3; ++i)
                QCOMPARE(names(i).size(), 1);
        }
        m_server.clearRequests();
        QList<UpdateRequest> grouped = account(QStringLiteral("noip"), 2);
        for (UpdateRequest &r : grouped)
            r.host.settings.insert(QStringLiteral("group"), QStringLiteral("homelab"));
        runTogether(grouped);
        QCOMPARE(m_server.requests().size(), 2);
        m_server.clearRequests();
        QList<UpdateRequest> parking = account(QStringLiteral("dyndns"), 2);
        for (UpdateRequest &r : parking)
            r.host.park = true;
        for (const UpdateOutcome &outcome : runTogether(parking, true))
            QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(param(0, "offline"), QStringLiteral("YES"));
    }

    // A failure of the request, or a code Dyn sends once for the whole account, is every host's.
    void aRefusedAccountIsEveryHostsOutcome()
    {
        for (const Response &response : {Response::text("badauth", 401), Response::text("badauth\n")}) {
            m_server.clearRequests();
            m_server.respondWith(response);
            const QList<UpdateOutcome> outcomes = runTogether(account(QStringLiteral("dyndns"), 3));
            QCOMPARE(m_server.requests().size(), 1);
            for (const UpdateOutcome &outcome : outcomes) {
                QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
                QVERIFY(outcome.credentialsRejected);
            }
        }
        m_server.clearRequests();
        m_server.respondWith(Response::text("911", 500));
        for (const UpdateOutcome &outcome : runTogether(account(QStringLiteral("dyndns"), 3))) {
            QCOMPARE(outcome.kind, UpdateOutcome::Kind::RetryLater);
            QVERIFY(outcome.retryAfter >= 30min);
        }
        QCOMPARE(m_server.requests().size(), 1);
    }

    // A host whose call ended before the request went out (its context gone) is left out of it,
    // and its callback never runs.
    void aCallThatEndedIsLeftOut()
    {
        answerGoodForEachName();
        const QList<UpdateOutcome> outcomes = runTogether(account(QStringLiteral("dyndns"), 3), false, {1});
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(names(0), (QStringList {QStringLiteral("a.example.org"), QStringLiteral("c.example.org")}));
        QCOMPARE(outcomes.at(0).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(outcomes.at(2).kind, UpdateOutcome::Kind::Updated);
    }

    void knownServicesUseTheirServers()
    {
        const QList<QPair<const char *, const char *>> servers
            = {{"dyndns", "https://members.dyndns.org"}, {"noip", "https://dynupdate.no-ip.com"},
               {"dynu", "https://api.dynu.com"},         {"he", "https://dyn.dns.he.net"},
               {"ovh", "https://www.ovh.com"},           {"strato", "https://dyndns.strato.com"},
               {"desec", "https://update.dedyn.io"},     {"ipv64", "https://ipv64.net"}};
        for (const auto &[id, server] : servers) {
            const std::optional<ProviderInfo> info = ProviderRegistry::find(QLatin1String(id));
            QVERIFY2(info, id);
            QCOMPARE(info->field(QStringLiteral("server"))->defaultValue, QLatin1String(server));
        }
        QVERIFY(ProviderRegistry::find(QStringLiteral("dyndns2"))->field(QStringLiteral("server"))->required);
    }
};

QTEST_GUILESS_MAIN(TestDyndns2)
#include "tst_dyndns2.moc"
