// Hetzner Cloud DNS against a loopback server with rrsets and asynchronous actions.
#include "providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Homing;
using namespace Homing::Test;

namespace {
const QByteArray kToken = "hcloud-token-0123456789";

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

    void commonFailures() { checkCommonFailures(make(), "{\"rrset\":{\"id\":\"home/A\",\"reco"); }

    void testCredentials()
    {
        QCOMPARE(runTest(make()).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(line(0), QStringLiteral("GET /v1/zones/example.org"));
    }
};

QTEST_GUILESS_MAIN(TestHetzner)
#include "tst_hetzner.moc"
