// Hetzner Cloud DNS against a loopback server with rrsets and asynchronous actions.
#include "providers/providercache.h"
#include "providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Homing;
using namespace Homing::Test;

namespace {
const QByteArray kToken = "hcloud-token-0123456789";
const QByteArray kOtherToken = "hcloud-token-9876543210";
const QString kListing = QStringLiteral("GET /v1/zones/example.org/rrsets?type=A&type=AAAA&per_page=50");

Response action(int id, const char *status, int httpStatus = 201, const QString &error = {})
{
    QJsonObject object {{QStringLiteral("id"), id},
                        {QStringLiteral("command"), QStringLiteral("set_rrset_records")},
                        {QStringLiteral("status"), QLatin1String(status)}};
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"),
                      QJsonObject {{QStringLiteral("code"), QStringLiteral("action_failed")},
                                   {QStringLiteral("message"), error}});
    return jsonReply(QJsonObject {{QStringLiteral("action"), object}}, httpStatus);
}
Response failure(const char *code, const QString &message, int status)
{
    return jsonReply(QJsonObject {{QStringLiteral("error"),
                                   QJsonObject {{QStringLiteral("code"), QLatin1String(code)},
                                                {QStringLiteral("message"), message}}}},
                     status);
}
} // namespace

class TestHetzner : public ProviderTest
{
    Q_OBJECT

private:
    const char *m_firstStatus = "success"; // what set_records answers
    int m_runningPolls = 0; // how many polls still answer "running"
    bool m_zonesActionsPath = true; // whether /zones/actions/<id> exists

    Response serve(const HttpTestServer::Request &request)
    {
        if (request.header("authorization") != "Bearer " + kToken)
            return failure("unauthorized", QStringLiteral("unable to authenticate"), 401);
        const QString path = request.path();
        if (path == QLatin1String("/v1/zones/example.org"))
            return jsonReply(QJsonObject {
                {QStringLiteral("zone"), QJsonObject {{QStringLiteral("name"), QStringLiteral("example.org")}}}});
        if (path == QLatin1String("/v1/zones/example.org/rrsets/home/A") && request.method == "GET")
            return jsonReply(QJsonObject {
                {QStringLiteral("rrset"),
                 QJsonObject {{QStringLiteral("id"), QStringLiteral("home/A")},
                              {QStringLiteral("name"), QStringLiteral("home")},
                              {QStringLiteral("type"), QStringLiteral("A")},
                              {QStringLiteral("records"),
                               QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("81.2.69.1")}}}}}}});
        if (path == QLatin1String("/v1/zones/example.org/rrsets/@/A") && request.method == "GET")
            return jsonReply(QJsonObject {
                {QStringLiteral("rrset"),
                 QJsonObject {{QStringLiteral("records"),
                               QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("81.2.69.160")}}}}}}});
        if (path.endsWith(QLatin1String("/actions/set_records"))
            || path == QLatin1String("/v1/zones/example.org/rrsets"))
            return action(42, m_firstStatus);
        if ((path == QLatin1String("/v1/zones/actions/42") && m_zonesActionsPath)
            || path == QLatin1String("/v1/actions/42")) {
            if (m_runningPolls > 0) {
                --m_runningPolls;
                return action(42, "running", 200);
            }
            return action(42, "success", 200);
        }
        return failure("not_found", QStringLiteral("rrset not found"), 404);
    }

    // A zone that keeps state, for the hosts of one account: A rrsets by name, each with one value.
    // The listing has them all, or says another page follows when m_pagedListing is set;
    // set_records answers 404 while m_missingChanges counts down.
    QMap<QString, QString> m_rrsets;
    bool m_pagedListing = false;
    int m_missingChanges = 0;

    static QJsonObject rrset(const QString &name, const QString &value)
    {
        return QJsonObject {{QStringLiteral("id"), QString(name + QStringLiteral("/A"))},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("type"), QStringLiteral("A")},
                            {QStringLiteral("ttl"), 60},
                            {QStringLiteral("records"), QJsonArray {QJsonObject {{QStringLiteral("value"), value}}}}};
    }

    Response serveZone(const HttpTestServer::Request &request)
    {
        const QByteArray token = request.header("authorization");
        const QString rrsets = QStringLiteral("/v1/zones/example.org/rrsets");
        if ((token != "Bearer " + kToken && token != "Bearer " + kOtherToken) || !request.path().startsWith(rrsets))
            return serve(request);
        if (request.path() == rrsets && request.method == "GET") {
            QJsonArray listed;
            for (auto it = m_rrsets.cbegin(); it != m_rrsets.cend(); ++it)
                listed.append(rrset(it.key(), it.value()));
            const QJsonObject pagination {{QStringLiteral("page"), 1},
                                          {QStringLiteral("per_page"), 50},
                                          {QStringLiteral("previous_page"), QJsonValue()},
                                          {QStringLiteral("next_page"), m_pagedListing ? QJsonValue(2) : QJsonValue()}};
            return jsonReply(
                QJsonObject {{QStringLiteral("rrsets"), listed},
                             {QStringLiteral("meta"), QJsonObject {{QStringLiteral("pagination"), pagination}}}});
        }
        const QString name = request.path().section(QLatin1Char('/'), 5, 5);
        if (request.method == "GET" && request.path() == rrsets + QStringLiteral("/%1/A").arg(name)
            && m_rrsets.contains(name))
            return jsonReply(QJsonObject {{QStringLiteral("rrset"), rrset(name, m_rrsets.value(name))}});
        if (request.method == "POST" && request.path().endsWith(QLatin1String("/A/actions/set_records"))
            && m_rrsets.contains(name) && m_missingChanges-- <= 0) {
            m_rrsets[name] = QJsonDocument::fromJson(request.body)
                                 .object()
                                 .value(QStringLiteral("records"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("value"))
                                 .toString();
            return action(42, "success");
        }
        return failure("not_found", QStringLiteral("rrset not found"), 404);
    }

    // Runs the hosts at once on http: each must be Updated, and hold its new address at the stand-in.
    void updateChecked(HttpClient *http, const QList<UpdateRequest> &hosts)
    {
        updateTogether(http, hosts);
        for (const UpdateRequest &one : hosts)
            QCOMPARE(m_rrsets.value(one.host.name.section(QLatin1Char('.'), 0, 0)), one.ipv4->toString());
    }

    static QStringList setRecords(const QStringList &names)
    {
        QStringList lines;
        for (const QString &name : names)
            lines.append(QStringLiteral("POST /v1/zones/example.org/rrsets/%1/A/actions/set_records").arg(name));
        return lines;
    }

    UpdateRequest make(bool v4 = true, bool v6 = false, const QString &name = QStringLiteral("home.example.org"))
    {
        Host h = host(QStringLiteral("hetzner"), name, QStringLiteral("/v1"));
        h.settings.insert(QStringLiteral("zone"), QStringLiteral("example.org"));
        return request(h, {{QStringLiteral("token"), QString::fromLatin1(kToken)}}, v4, v6);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init()
    {
        m_server.clearRequests();
        m_firstStatus = "success";
        m_runningPolls = 0;
        m_zonesActionsPath = true;
        m_server.setHandler([this](const HttpTestServer::Request &request) { return serve(request); });
        m_rrsets = {{QStringLiteral("home"), QStringLiteral("81.2.69.1")},
                    {QStringLiteral("nas"), QStringLiteral("81.2.69.1")},
                    {QStringLiteral("pi"), QStringLiteral("81.2.69.1")}};
        m_pagedListing = false;
        m_missingChanges = 0;
    }

    // Three hosts of one zone and token at once: one listing of the zone's address rrsets and a
    // set_records each (the Cloud API names a zone, so no zone lookup). Then each rrset is known: a
    // new address is the three set_records alone, after a restart too (a fresh HTTP client whose
    // cache reads the file the first one wrote).
    void hostsOfOneAccountShareOneListing()
    {
        m_server.setHandler([this](const HttpTestServer::Request &request) { return serveZone(request); });
        const QStringList all {QStringLiteral("home"), QStringLiteral("nas"), QStringLiteral("pi")};
        checkRemembered([this](HttpClient *http,
                               const QString &address) { updateChecked(http, hostsOfZone(make(), kToken, address)); },
                        QStringList {kListing} + setRecords(all), setRecords(all));
    }

    // A known rrset whose set_records gets a 404: the host looks again in the listing and sets it.
    void missingRrsetIsLookedUpAgain()
    {
        m_server.setHandler([this](const HttpTestServer::Request &request) { return serveZone(request); });
        QNetworkAccessManager manager;
        HttpClient http(&manager, &m_redactor);
        const QList<UpdateRequest> home = hostsOfZone(make(), kToken).mid(0, 1);
        updateChecked(&http, home);
        m_server.clearRequests();
        m_missingChanges = 1;
        UpdateRequest moved = home.first();
        moved.ipv4 = QHostAddress(QStringLiteral("81.2.69.161"));
        updateChecked(&http, {moved});
        QCOMPARE(m_server.requests().size(), 3);
        QCOMPARE(line(0), setRecords({QStringLiteral("home")}).first());
        QCOMPARE(line(1), kListing);
        QCOMPARE(line(2), setRecords({QStringLiteral("home")}).first());
    }

    // Hosts of one zone under two tokens are two accounts: a listing each, with its own token.
    void differentTokensListSeparately()
    {
        m_server.setHandler([this](const HttpTestServer::Request &request) { return serveZone(request); });
        checkAccountsApart([this](HttpClient *http, const QList<UpdateRequest> &hosts) { updateChecked(http, hosts); },
                           make(), kToken, kOtherToken,
                           (QStringList {kListing, kListing}
                            + setRecords({QStringLiteral("home"), QStringLiteral("nas"), QStringLiteral("pi")})));
    }

    // A zone of more than one page: each host looks its own rrset up after the shared listing.
    void pagedListingFallsBackToEachHostsLookup()
    {
        m_server.setHandler([this](const HttpTestServer::Request &request) { return serveZone(request); });
        m_pagedListing = true;
        QNetworkAccessManager manager;
        HttpClient http(&manager, &m_redactor);
        const QStringList all {QStringLiteral("home"), QStringLiteral("nas"), QStringLiteral("pi")};
        updateChecked(&http, hostsOfZone(make(), kToken));
        QStringList expected = QStringList {kListing} + setRecords(all);
        for (const QString &name : all)
            expected.append(QStringLiteral("GET /v1/zones/example.org/rrsets/%1/A").arg(name));
        expected.sort();
        QCOMPARE(sortedLines(), expected);
    }

    void ipv4SetsRecords()
    {
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(line(0), QStringLiteral("GET /v1/zones/example.org/rrsets/home/A"));
        QCOMPARE(line(1), QStringLiteral("POST /v1/zones/example.org/rrsets/home/A/actions/set_records"));
        QCOMPARE(body(1),
                 (QJsonObject {{QStringLiteral("records"),
                                QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("81.2.69.160")}}}}}));
        QCOMPARE(m_server.requests().at(1).header("authorization"), "Bearer " + kToken);
        checkRedacted(outcome, {{QStringLiteral("token"), QString::fromLatin1(kToken)}});
    }

    void runningActionIsPolledOnBothPaths()
    {
        m_firstStatus = "running";
        m_runningPolls = 1;
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(2), QStringLiteral("GET /v1/zones/actions/42"));
        QCOMPARE(line(3), QStringLiteral("GET /v1/zones/actions/42"));
        m_server.clearRequests();
        m_zonesActionsPath = false;
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(2), QStringLiteral("GET /v1/zones/actions/42"));
        QCOMPARE(line(3), QStringLiteral("GET /v1/actions/42"));
    }

    void failedActionNeedsYou()
    {
        m_firstStatus = "error";
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
    }

    void missingAaaaNeedsYouOrIsCreatedAndApexUnchanged()
    {
        QCOMPARE(run(make(false, true)).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.clearRequests();
        UpdateRequest r = make(true, true);
        r.host.settings.insert(QStringLiteral("create"), QStringLiteral("true"));
        const UpdateOutcome both = run(r);
        QCOMPARE(both.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(both.addresses.size(), 2);
        QCOMPARE(line(3), QStringLiteral("POST /v1/zones/example.org/rrsets"));
        QCOMPARE(body(3),
                 (QJsonObject {
                     {QStringLiteral("name"), QStringLiteral("home")},
                     {QStringLiteral("type"), QStringLiteral("AAAA")},
                     {QStringLiteral("ttl"), 60},
                     {QStringLiteral("records"),
                      QJsonArray {QJsonObject {{QStringLiteral("value"), QStringLiteral("2a01:4f8:c0c:1234::7")}}}}}));
        m_server.clearRequests();
        QCOMPARE(run(make(true, false, QStringLiteral("example.org"))).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(line(0), QStringLiteral("GET /v1/zones/example.org/rrsets/@/A"));
    }

    void errors()
    {
        UpdateRequest wrong = make();
        wrong.secrets.insert(QStringLiteral("token"), QStringLiteral("wrong-token"));
        QCOMPARE(run(wrong).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.respondWith(failure("invalid_input", QStringLiteral("invalid input in field 'records'"), 422));
        const UpdateOutcome invalid = run(make());
        QCOMPARE(invalid.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(invalid.reason.contains(QStringLiteral("invalid input")));
    }

    // Against a zone that keeps state: DELETE removes an rrset with an action that is polled once.
    void parkDeletesTheRrsetsAndReturnCreatesThem()
    {
        auto held = std::make_shared<QSet<QString>>(QSet<QString> {QStringLiteral("A"), QStringLiteral("AAAA")});
        auto polled = std::make_shared<int>(0);
        m_server.setHandler([this, held, polled](const HttpTestServer::Request &request) {
            const QString prefix = QStringLiteral("/v1/zones/example.org/rrsets/home/");
            const QString path = request.path();
            if (request.header("authorization") != "Bearer " + kToken)
                return serve(request);
            if (path.startsWith(prefix) && request.method == "DELETE") {
                if (!held->remove(path.mid(prefix.size())))
                    return failure("not_found", QStringLiteral("rrset not found"), 404);
                return action(43, "running");
            }
            if (path == QLatin1String("/v1/zones/actions/43")) {
                ++*polled;
                return action(43, "success", 200);
            }
            if (path.startsWith(prefix) && request.method == "GET" && !held->contains(path.mid(prefix.size())))
                return failure("not_found", QStringLiteral("rrset not found"), 404);
            if (path == QLatin1String("/v1/zones/example.org/rrsets") && request.method == "POST")
                held->insert(QJsonDocument::fromJson(request.body).object().value(QStringLiteral("type")).toString());
            return serve(request);
        });
        const UpdateRequest r = parkingBoth(make());
        checkParked(r, 4);
        QCOMPARE(line(0), QStringLiteral("DELETE /v1/zones/example.org/rrsets/home/A"));
        QCOMPARE(line(1), QStringLiteral("GET /v1/zones/actions/43"));
        QCOMPARE(line(2), QStringLiteral("DELETE /v1/zones/example.org/rrsets/home/AAAA"));
        QCOMPARE(line(3), QStringLiteral("GET /v1/zones/actions/43"));
        QCOMPARE(m_server.requests().at(0).header("authorization"), "Bearer " + kToken);
        QCOMPARE(*polled, 2);
        QVERIFY(held->isEmpty());

        // Parked already: 404 for each, and that is no failure.
        checkParked(r, 2);

        // Back: "create" is off, yet a parking host's update creates the rrsets again.
        m_server.clearRequests();
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(1), QStringLiteral("POST /v1/zones/example.org/rrsets"));
        QCOMPARE(line(3), QStringLiteral("POST /v1/zones/example.org/rrsets"));
        QCOMPARE(*held, (QSet<QString> {QStringLiteral("A"), QStringLiteral("AAAA")}));

        // An IPv4-only host deletes only its A rrset; a failed action is not parked.
        checkParked(make(), 2);
        QCOMPARE(line(0), QStringLiteral("DELETE /v1/zones/example.org/rrsets/home/A"));
        QCOMPARE(*held, QSet<QString> {QStringLiteral("AAAA")});
        m_server.respondWith(action(44, "error", 201, QStringLiteral("rrset is protected")));
        const UpdateOutcome failed = runPark(make());
        QCOMPARE(failed.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(failed.reason.contains(QStringLiteral("rrset is protected")));
    }

    void commonFailures() { checkCommonFailures(make(), "{\"rrset\":{\"id\":\"home/A\",\"reco"); }

    void testCredentials()
    {
        QCOMPARE(runTest(make()).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(line(0), QStringLiteral("GET /v1/zones/example.org"));
    }
};

QTEST_GUILESS_MAIN(TestHetzner)
#include "tst_hetzner.moc"
