// Porkbun API v3 against a loopback server holding one domain's records.
#include "providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Homing;
using namespace Homing::Test;

namespace {
const QString kKey = QStringLiteral("pk1_0123456789abcdef");
const QString kSecret = QStringLiteral("sk1_fedcba9876543210");

QJsonObject rec(const char *type, const char *content, const char *ttl)
{
    return {{QStringLiteral("id"), QStringLiteral("1")},   {QStringLiteral("name"), QStringLiteral("home.example.org")},
            {QStringLiteral("type"), QLatin1String(type)}, {QStringLiteral("content"), QLatin1String(content)},
            {QStringLiteral("ttl"), QLatin1String(ttl)},   {QStringLiteral("prio"), QStringLiteral("0")}};
}
Response ok(const QJsonObject &extra = {})
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("status"), QStringLiteral("SUCCESS"));
    return jsonReply(object);
}
Response error(const QString &message, int status)
{
    return jsonReply(
        QJsonObject {{QStringLiteral("status"), QStringLiteral("ERROR")}, {QStringLiteral("message"), message}},
        status);
}
} // namespace

class TestPorkbun : public ProviderTest
{
    Q_OBJECT

private:
    static Response serve(const HttpTestServer::Request &request)
    {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(QStringLiteral("apikey")).toString() != kKey
            || body.value(QStringLiteral("secretapikey")).toString() != kSecret)
            return error(QStringLiteral("Invalid API key. (002)"), 403);
        const QString path = request.path();
        if (path == QLatin1String("/ping"))
            return ok({{QStringLiteral("yourIp"), QStringLiteral("81.2.69.160")},
                       {QStringLiteral("credentialsValid"), true}});
        if (path == QLatin1String("/dns/retrieveByNameType/example.org/A/home"))
            return ok({{QStringLiteral("records"), QJsonArray {rec("A", "81.2.69.1", "600")}}});
        if (path == QLatin1String("/dns/retrieveByNameType/example.org/AAAA/home"))
            return ok({{QStringLiteral("records"), QJsonArray()}});
        if (path == QLatin1String("/dns/retrieveByNameType/example.org/A/"))
            return ok({{QStringLiteral("records"), QJsonArray {rec("A", "81.2.69.160", "900")}}});
        if (path.startsWith(QLatin1String("/dns/editByNameType/example.org/")))
            return ok();
        if (path == QLatin1String("/dns/create/example.org"))
            return ok({{QStringLiteral("id"), 106926659}});
        return error(QStringLiteral("Invalid domain."), 400);
    }

    UpdateRequest make(bool v4 = true, bool v6 = false, const QString &name = QStringLiteral("home.example.org"))
    {
        Host h = host(QStringLiteral("porkbun"), name);
        h.settings.insert(QStringLiteral("zone"), QStringLiteral("example.org"));
        return request(h, {{QStringLiteral("apikey"), kKey}, {QStringLiteral("secretapikey"), kSecret}}, v4, v6);
    }
    QString path(int i) const { return m_server.requests().at(i).path(); }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init()
    {
        m_server.clearRequests();
        m_server.setHandler(&serve);
    }

    void ipv4EditsKeepingTheTtl()
    {
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(m_server.requests().at(0).method, QByteArray("POST"));
        QCOMPARE(path(0), QStringLiteral("/dns/retrieveByNameType/example.org/A/home"));
        QCOMPARE(m_server.requests().at(0).header("content-type"), QByteArray("application/json"));
        QCOMPARE(path(1), QStringLiteral("/dns/editByNameType/example.org/A/home"));
        QCOMPARE(body(1),
                 (QJsonObject {{QStringLiteral("apikey"), kKey},
                               {QStringLiteral("secretapikey"), kSecret},
                               {QStringLiteral("content"), QStringLiteral("81.2.69.160")},
                               {QStringLiteral("ttl"), QStringLiteral("600")}}));
        QVERIFY(!m_server.requests().at(0).target.contains("pk1_"));
        checkRedacted(outcome, {{QStringLiteral("a"), kKey}, {QStringLiteral("b"), kSecret}});
    }

    void ipv6IsCreatedAndBothFamilies()
    {
        QCOMPARE(run(make(false, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(path(1), QStringLiteral("/dns/create/example.org"));
        QCOMPARE(body(1).value(QStringLiteral("name")).toString(), QStringLiteral("home"));
        QCOMPARE(body(1).value(QStringLiteral("type")).toString(), QStringLiteral("AAAA"));
        QCOMPARE(body(1).value(QStringLiteral("content")).toString(), QStringLiteral("2a01:4f8:c0c:1234::7"));
        m_server.clearRequests();
        const UpdateOutcome both = run(make(true, true));
        QCOMPARE(both.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(both.addresses.size(), 2);
        QCOMPARE(m_server.requests().size(), 4);
    }

    void apexSameContentIsUnchanged()
    {
        QCOMPARE(run(make(true, false, QStringLiteral("example.org"))).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(path(0), QStringLiteral("/dns/retrieveByNameType/example.org/A/"));
    }

    void hostTtlIsAtLeast600()
    {
        UpdateRequest r = make();
        r.host.ttl = 60;
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(body(1).value(QStringLiteral("ttl")).toString(), QStringLiteral("600"));
    }

    void errors()
    {
        UpdateRequest wrong = make();
        wrong.secrets.insert(QStringLiteral("secretapikey"), QStringLiteral("sk1_wrong"));
        const UpdateOutcome denied = run(wrong);
        QCOMPARE(denied.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(denied.reason.contains(QStringLiteral("Invalid API key")));
        m_server.respondWith(error(QStringLiteral("Domain is not opted in to API access."), 400));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.respondWith(error(QStringLiteral("Domain is not opted in to API access."), 200));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::NeedsUser);
        UpdateRequest outside = make(true, false, QStringLiteral("home.example.net"));
        QCOMPARE(run(outside).kind, UpdateOutcome::Kind::NeedsUser);
    }

    // Against a domain that keeps state. Deleting what is not there answers ERROR here (Porkbun
    // does not document that case), and a host whose records are gone is parked all the same.
    void parkDeletesByNameTypeAndReturnCreates()
    {
        auto held = std::make_shared<QSet<QString>>(QSet<QString> {QStringLiteral("A"), QStringLiteral("AAAA")});
        m_server.setHandler([held](const HttpTestServer::Request &request) {
            const QString path = request.path();
            const QString type = path.section(QLatin1Char('/'), 4, 4);
            if (path.startsWith(QLatin1String("/dns/deleteByNameType/example.org/"))) {
                if (!held->remove(type))
                    return error(QStringLiteral("Could not delete record."), 400);
                return ok();
            }
            if (path.startsWith(QLatin1String("/dns/retrieveByNameType/example.org/"))) {
                QJsonArray records;
                if (held->contains(type))
                    records.append(rec("A", "81.2.69.1", "600"));
                return ok({{QStringLiteral("records"), records}});
            }
            if (path == QLatin1String("/dns/create/example.org"))
                held->insert(QJsonDocument::fromJson(request.body).object().value(QStringLiteral("type")).toString());
            return serve(request);
        });
        const UpdateRequest r = parkingBoth(make());
        checkParked(r, 2);
        QCOMPARE(line(0), QStringLiteral("POST /dns/deleteByNameType/example.org/A/home"));
        QCOMPARE(line(1), QStringLiteral("POST /dns/deleteByNameType/example.org/AAAA/home"));
        const QJsonObject keys {{QStringLiteral("apikey"), kKey}, {QStringLiteral("secretapikey"), kSecret}};
        QCOMPARE(body(0), keys);
        QCOMPARE(body(1), keys);
        QVERIFY(held->isEmpty());

        // Parked already: the ERROR is checked against the records, and none are left.
        checkParked(r, 4);
        QCOMPARE(line(1), QStringLiteral("POST /dns/retrieveByNameType/example.org/A/home"));

        // Back: the update creates both records again.
        m_server.clearRequests();
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(1), QStringLiteral("POST /dns/create/example.org"));
        QCOMPARE(line(3), QStringLiteral("POST /dns/create/example.org"));
        QCOMPARE(*held, (QSet<QString> {QStringLiteral("A"), QStringLiteral("AAAA")}));

        // An IPv4-only host deletes only A; an ERROR while the record is still there is not parked.
        checkParked(make(), 1);
        QCOMPARE(*held, QSet<QString> {QStringLiteral("AAAA")});
        m_server.setHandler([](const HttpTestServer::Request &request) {
            if (request.path().startsWith(QLatin1String("/dns/deleteByNameType/")))
                return error(QStringLiteral("Domain is not opted in to API access."), 400);
            return serve(request);
        });
        const UpdateOutcome refused = runPark(make());
        QCOMPARE(refused.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(refused.reason.contains(QStringLiteral("not opted in")));
        UpdateRequest wrong = make();
        wrong.secrets.insert(QStringLiteral("secretapikey"), QStringLiteral("sk1_wrong"));
        m_server.setHandler(&serve);
        QCOMPARE(runPark(wrong).kind, UpdateOutcome::Kind::NeedsUser);
    }

    void commonFailures() { checkCommonFailures(make(), "{\"status\":\"SUCC"); }

    void testCredentialsPings()
    {
        QCOMPARE(runTest(make()).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(path(0), QStringLiteral("/ping"));
        UpdateRequest wrong = make();
        wrong.secrets.insert(QStringLiteral("apikey"), QStringLiteral("pk1_wrong"));
        QCOMPARE(runTest(wrong).kind, UpdateOutcome::Kind::NeedsUser);
    }
};

QTEST_GUILESS_MAIN(TestPorkbun)
#include "tst_porkbun.moc"
