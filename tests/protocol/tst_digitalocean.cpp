// DigitalOcean API v2 against a loopback server holding one domain's records.
#include "providers/providercache.h"
#include "providertest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Homing;
using namespace Homing::Test;
using namespace std::chrono_literals;

namespace {
const QByteArray kToken = "dop_v1_0123456789abcdef";
const QByteArray kOtherToken = "dop_v1_fedcba9876543210";

Response problem(const char *id, const QString &text, int status)
{
    return jsonReply(QJsonObject {{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("message"), text}},
                     status);
}
} // namespace

class TestDigitalOcean : public ProviderTest
{
    Q_OBJECT

private:
    static Response serve(const HttpTestServer::Request &request)
    {
        if (request.header("authorization") != "Bearer " + kToken)
            return problem("unauthorized", QStringLiteral("Unable to authenticate you."), 401);
        const QString path = request.path();
        if (path == QLatin1String("/v2/domains/example.org"))
            return jsonReply(QJsonObject {
                {QStringLiteral("domain"), QJsonObject {{QStringLiteral("name"), QStringLiteral("example.org")}}}});
        if (path == QLatin1String("/v2/domains/example.org/records") && request.method == "GET") {
            QJsonArray records;
            if (request.query().queryItemValue(QStringLiteral("type")) == QLatin1String("A")
                && request.query().queryItemValue(QStringLiteral("name")) == QLatin1String("home.example.org"))
                records.append(QJsonObject {{QStringLiteral("id"), 3352896},
                                            {QStringLiteral("type"), QStringLiteral("A")},
                                            {QStringLiteral("name"), QStringLiteral("home")},
                                            {QStringLiteral("data"), QStringLiteral("81.2.69.1")},
                                            {QStringLiteral("ttl"), 1800}});
            return jsonReply(QJsonObject {{QStringLiteral("domain_records"), records}});
        }
        if (path == QLatin1String("/v2/domains/example.org/records") && request.method == "POST")
            return jsonReply(
                QJsonObject {{QStringLiteral("domain_record"), QJsonDocument::fromJson(request.body).object()}}, 201);
        if (path == QLatin1String("/v2/domains/example.org/records/3352896") && request.method == "PATCH")
            return jsonReply(
                QJsonObject {{QStringLiteral("domain_record"), QJsonDocument::fromJson(request.body).object()}});
        return problem("not_found", QStringLiteral("The resource you were accessing could not be found."), 404);
    }

    // A domain that keeps state, for the hosts of one account: A records by id (name, data); a
    // listing has every record, or a first page only when m_pagedListing is set.
    QMap<int, QPair<QString, QString>> m_zone;
    bool m_pagedListing = false;

    static QJsonObject oceanRecord(int id, const QPair<QString, QString> &record)
    {
        return QJsonObject {{QStringLiteral("id"), id},
                            {QStringLiteral("type"), QStringLiteral("A")},
                            {QStringLiteral("name"), record.first},
                            {QStringLiteral("data"), record.second},
                            {QStringLiteral("ttl"), 1800}};
    }

    Response serveZone(const HttpTestServer::Request &request)
    {
        const QByteArray token = request.header("authorization");
        const QString records = QStringLiteral("/v2/domains/example.org/records");
        if ((token != "Bearer " + kToken && token != "Bearer " + kOtherToken) || !request.path().startsWith(records))
            return serve(request);
        if (request.method == "GET") {
            const QString name = request.query().queryItemValue(QStringLiteral("name"));
            QJsonArray listed;
            for (auto it = m_zone.cbegin(); it != m_zone.cend(); ++it) {
                if (name.isEmpty() || it.value().first + QStringLiteral(".example.org") == name)
                    listed.append(oceanRecord(it.key(), it.value()));
            }
            QJsonObject pages;
            if (m_pagedListing && name.isEmpty())
                pages.insert(QStringLiteral("next"), m_server.url(records + QStringLiteral("?page=2")).toString());
            return jsonReply(QJsonObject {{QStringLiteral("domain_records"), listed},
                                          {QStringLiteral("links"), QJsonObject {{QStringLiteral("pages"), pages}}},
                                          {QStringLiteral("meta"), QJsonObject {{QStringLiteral("total"), 250}}}});
        }
        const int id = request.path().mid(records.size() + 1).toInt();
        if (request.method == "PATCH" && m_zone.contains(id)) {
            m_zone[id].second = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("data")).toString();
            return jsonReply(QJsonObject {{QStringLiteral("domain_record"), oceanRecord(id, m_zone.value(id))}});
        }
        return problem("not_found", QStringLiteral("The resource you were accessing could not be found."), 404);
    }

    // Runs the hosts at once on http: each must be Updated, and hold its new address at the stand-in.
    void updateChecked(HttpClient *http, const QList<UpdateRequest> &hosts)
    {
        updateTogether(http, hosts);
        for (const UpdateRequest &one : hosts) {
            const QString label = one.host.name.section(QLatin1Char('.'), 0, 0);
            for (auto it = m_zone.cbegin(); it != m_zone.cend(); ++it) {
                if (it.value().first == label)
                    QCOMPARE(it.value().second, one.ipv4->toString());
            }
        }
    }

    static QStringList patches(const QList<int> &ids)
    {
        QStringList lines;
        for (int id : ids)
            lines.append(QStringLiteral("PATCH /v2/domains/example.org/records/%1").arg(id));
        return lines;
    }

    UpdateRequest make(bool v4 = true, bool v6 = false)
    {
        Host h = host(QStringLiteral("digitalocean"), QStringLiteral("home.example.org"), QStringLiteral("/v2"));
        h.settings.insert(QStringLiteral("zone"), QStringLiteral("example.org"));
        return request(h, {{QStringLiteral("token"), QString::fromLatin1(kToken)}}, v4, v6);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init()
    {
        m_server.clearRequests();
        m_server.setHandler(&serve);
        m_zone = {{11, {QStringLiteral("home"), QStringLiteral("81.2.69.1")}},
                  {12, {QStringLiteral("nas"), QStringLiteral("81.2.69.1")}},
                  {13, {QStringLiteral("pi"), QStringLiteral("81.2.69.1")}}};
        m_pagedListing = false;
    }

    // Three hosts of one domain and token at once: one listing of the domain and a PATCH each; then
    // each record's id is known: a new address is the three PATCHes alone, after a restart too (a
    // fresh HTTP client whose cache reads the file the first one wrote).
    void hostsOfOneAccountShareOneListing()
    {
        m_server.setHandler([this](const HttpTestServer::Request &request) { return serveZone(request); });
        checkRemembered([this](HttpClient *http,
                               const QString &address) { updateChecked(http, hostsOfZone(make(), kToken, address)); },
                        QStringList {QStringLiteral("GET /v2/domains/example.org/records?per_page=200")}
                            + patches({11, 12, 13}),
                        patches({11, 12, 13}));
    }

    // A known record that was deleted and made again (a new id): the PATCH to the old id gets a 404,
    // the host looks again in the listing and changes the new record.
    void goneRecordIsLookedUpAgain()
    {
        m_server.setHandler([this](const HttpTestServer::Request &request) { return serveZone(request); });
        QNetworkAccessManager manager;
        HttpClient http(&manager, &m_redactor);
        const QList<UpdateRequest> home = hostsOfZone(make(), kToken).mid(0, 1);
        updateChecked(&http, home);
        m_zone.remove(11);
        m_zone.insert(21, {QStringLiteral("home"), QStringLiteral("81.2.69.1")});
        m_server.clearRequests();
        UpdateRequest moved = home.first();
        moved.ipv4 = QHostAddress(QStringLiteral("81.2.69.161"));
        updateChecked(&http, {moved});
        QCOMPARE(m_server.requests().size(), 3);
        QCOMPARE(line(0), QStringLiteral("PATCH /v2/domains/example.org/records/11"));
        QCOMPARE(line(1), QStringLiteral("GET /v2/domains/example.org/records?per_page=200"));
        QCOMPARE(line(2), QStringLiteral("PATCH /v2/domains/example.org/records/21"));
        QCOMPARE(body(2).value(QStringLiteral("data")).toString(), QStringLiteral("81.2.69.161"));
    }

    // Hosts of one domain under two tokens are two accounts: a listing each, with its own token.
    void differentTokensListSeparately()
    {
        m_server.setHandler([this](const HttpTestServer::Request &request) { return serveZone(request); });
        checkAccountsApart([this](HttpClient *http, const QList<UpdateRequest> &hosts) { updateChecked(http, hosts); },
                           make(), kToken, kOtherToken,
                           (QStringList {QStringLiteral("GET /v2/domains/example.org/records?per_page=200"),
                                         QStringLiteral("GET /v2/domains/example.org/records?per_page=200")}
                            + patches({11, 12, 13})));
    }

    // A domain of more than one page: each host looks its own record up after the shared listing.
    void pagedListingFallsBackToEachHostsLookup()
    {
        m_server.setHandler([this](const HttpTestServer::Request &request) { return serveZone(request); });
        m_pagedListing = true;
        QNetworkAccessManager manager;
        HttpClient http(&manager, &m_redactor);
        updateChecked(&http, hostsOfZone(make(), kToken));
        QStringList expected {QStringLiteral("GET /v2/domains/example.org/records?per_page=200")};
        for (const QString &label : {QStringLiteral("home"), QStringLiteral("nas"), QStringLiteral("pi")})
            expected.append(
                QStringLiteral("GET /v2/domains/example.org/records?type=A&name=%1.example.org").arg(label));
        expected += patches({11, 12, 13});
        expected.sort();
        QCOMPARE(sortedLines(), expected);
    }

    void ipv4PatchesTheRecord()
    {
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(0), QStringLiteral("GET /v2/domains/example.org/records?type=A&name=home.example.org"));
        QCOMPARE(line(1), QStringLiteral("PATCH /v2/domains/example.org/records/3352896"));
        QCOMPARE(body(1),
                 (QJsonObject {{QStringLiteral("type"), QStringLiteral("A")},
                               {QStringLiteral("data"), QStringLiteral("81.2.69.160")}}));
        QCOMPARE(m_server.requests().at(1).header("authorization"), "Bearer " + kToken);
        checkRedacted(outcome, {{QStringLiteral("token"), QString::fromLatin1(kToken)}});
    }

    void missingAaaaNeedsYouOrIsCreated()
    {
        QCOMPARE(run(make(false, true)).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.clearRequests();
        UpdateRequest r = make(true, true);
        r.host.settings.insert(QStringLiteral("create"), QStringLiteral("true"));
        const UpdateOutcome both = run(r);
        QCOMPARE(both.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(both.addresses.size(), 2);
        QCOMPARE(line(3), QStringLiteral("POST /v2/domains/example.org/records"));
        QCOMPARE(body(3),
                 (QJsonObject {{QStringLiteral("type"), QStringLiteral("AAAA")},
                               {QStringLiteral("data"), QStringLiteral("2a01:4f8:c0c:1234::7")},
                               {QStringLiteral("name"), QStringLiteral("home")},
                               {QStringLiteral("ttl"), 1800}}));
    }

    void sameDataIsUnchanged()
    {
        m_server.respondWith(
            jsonReply(QJsonObject {{QStringLiteral("domain_records"),
                                    QJsonArray {QJsonObject {{QStringLiteral("id"), 1},
                                                             {QStringLiteral("data"), QStringLiteral("81.2.69.160")},
                                                             {QStringLiteral("ttl"), 1800}}}}}));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(m_server.requests().size(), 1);
    }

    void hostTtlIsSent()
    {
        UpdateRequest r = make();
        r.host.ttl = 60;
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(body(1).value(QStringLiteral("ttl")).toInt(), 60);
    }

    void rateLimitWaitsForTheReset()
    {
        Response limited = problem("too_many_requests", QStringLiteral("API Rate limit exceeded."), 429);
        limited.addHeader("ratelimit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1200));
        m_server.respondWith(limited);
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::RetryLater);
        QVERIFY(outcome.retryAfter >= 1190s && outcome.retryAfter <= 1200s);
    }

    void errors()
    {
        UpdateRequest wrong = make();
        wrong.secrets.insert(QStringLiteral("token"), QStringLiteral("dop_v1_wrong"));
        const UpdateOutcome denied = run(wrong);
        QCOMPARE(denied.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(denied.reason.contains(QStringLiteral("Unable to authenticate")));
        UpdateRequest other = make();
        other.host.settings.insert(QStringLiteral("zone"), QStringLiteral("home.example.org"));
        QCOMPARE(run(other).kind, UpdateOutcome::Kind::NeedsUser); // 404 for an unknown domain
    }

    // Against a domain that keeps state: two A records and one AAAA; DELETE removes one by id.
    void parkDeletesEveryRecordAndReturnCreatesThem()
    {
        auto held = std::make_shared<QMap<int, QString>>(
            QMap<int, QString> {{11, QStringLiteral("A")}, {12, QStringLiteral("A")}, {21, QStringLiteral("AAAA")}});
        m_server.setHandler([held](const HttpTestServer::Request &request) {
            const QString records = QStringLiteral("/v2/domains/example.org/records");
            if (request.header("authorization") != "Bearer " + kToken || !request.path().startsWith(records))
                return serve(request);
            if (request.method == "DELETE") {
                if (held->remove(request.path().mid(records.size() + 1).toInt()) == 0)
                    return problem("not_found", QStringLiteral("The resource could not be found."), 404);
                return Response::text("", 204);
            }
            if (request.method == "POST") {
                const QJsonObject created = QJsonDocument::fromJson(request.body).object();
                held->insert(held->isEmpty() ? 100 : held->lastKey() + 1,
                             created.value(QStringLiteral("type")).toString());
                return jsonReply(QJsonObject {{QStringLiteral("domain_record"), created}}, 201);
            }
            QJsonArray listed;
            for (auto it = held->cbegin(); it != held->cend(); ++it) {
                if (it.value() == request.query().queryItemValue(QStringLiteral("type")))
                    listed.append(QJsonObject {{QStringLiteral("id"), it.key()},
                                               {QStringLiteral("type"), it.value()},
                                               {QStringLiteral("data"), QStringLiteral("81.2.69.1")},
                                               {QStringLiteral("ttl"), 1800}});
            }
            return jsonReply(QJsonObject {{QStringLiteral("domain_records"), listed}});
        });
        const UpdateRequest r = parkingBoth(make());
        checkParked(r, 5);
        QCOMPARE(line(0), QStringLiteral("GET /v2/domains/example.org/records?type=A&name=home.example.org"));
        QCOMPARE(line(1), QStringLiteral("DELETE /v2/domains/example.org/records/11"));
        QCOMPARE(line(2), QStringLiteral("DELETE /v2/domains/example.org/records/12"));
        QCOMPARE(line(3), QStringLiteral("GET /v2/domains/example.org/records?type=AAAA&name=home.example.org"));
        QCOMPARE(line(4), QStringLiteral("DELETE /v2/domains/example.org/records/21"));
        QCOMPARE(m_server.requests().at(4).header("authorization"), "Bearer " + kToken);
        QVERIFY(held->isEmpty());

        // Parked already: nothing is listed, nothing is deleted, and that is no failure.
        checkParked(r, 2);
        for (const HttpTestServer::Request &request : m_server.requests())
            QCOMPARE(request.method, QByteArray("GET"));

        // Back: "create" is off, yet a parking host's update creates the records again.
        m_server.clearRequests();
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(1), QStringLiteral("POST /v2/domains/example.org/records"));
        QCOMPARE(body(1).value(QStringLiteral("name")).toString(), QStringLiteral("home"));
        QCOMPARE(line(3), QStringLiteral("POST /v2/domains/example.org/records"));
        QCOMPARE(held->size(), 2);

        // An IPv4-only host deletes only its A record; a record deleted meanwhile (404) is gone too.
        m_server.setHandler([](const HttpTestServer::Request &request) {
            if (request.method == "GET")
                return jsonReply(QJsonObject {
                    {QStringLiteral("domain_records"), QJsonArray {QJsonObject {{QStringLiteral("id"), 99}}}}});
            return problem("not_found", QStringLiteral("The resource could not be found."), 404);
        });
        checkParked(make(), 2);
        QCOMPARE(line(1), QStringLiteral("DELETE /v2/domains/example.org/records/99"));

        m_server.setHandler(&serve);
        UpdateRequest wrong = make();
        wrong.secrets.insert(QStringLiteral("token"), QStringLiteral("dop_v1_wrong"));
        QCOMPARE(runPark(wrong).kind, UpdateOutcome::Kind::NeedsUser);
    }

    void commonFailures() { checkCommonFailures(make(), "{\"domain_records\":[{\"id\":33"); }

    void testCredentials()
    {
        QCOMPARE(runTest(make()).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(line(0), QStringLiteral("GET /v2/domains/example.org"));
    }
};

QTEST_GUILESS_MAIN(TestDigitalOcean)
#include "tst_digitalocean.moc"
