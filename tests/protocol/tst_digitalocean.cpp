// DigitalOcean API v2 against a loopback server holding one domain's records.
#include "providertest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

#include <memory>

using namespace Homing;
using namespace Homing::Test;
using namespace std::chrono_literals;

namespace {
const QByteArray kToken = "dop_v1_0123456789abcdef";

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
