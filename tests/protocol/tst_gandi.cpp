// Gandi LiveDNS v5 against a loopback server holding one zone's rrsets.
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
const QByteArray kToken = "gandi-pat-0123456789";

Response message(const QString &text, int status)
{
    return jsonReply(QJsonObject {{QStringLiteral("code"), status}, {QStringLiteral("message"), text}}, status);
}
} // namespace

class TestGandi : public ProviderTest
{
    Q_OBJECT

private:
    static Response serve(const HttpTestServer::Request &request)
    {
        if (request.header("authorization") != "Bearer " + kToken)
            return message(QStringLiteral("The server could not verify that you authorized to access the document."),
                           401);
        const QString path = request.path();
        if (path == QLatin1String("/domains/example.org"))
            return jsonReply(QJsonObject {{QStringLiteral("fqdn"), QStringLiteral("example.org")}});
        if (request.method == "PUT" && path.startsWith(QLatin1String("/domains/example.org/records/")))
            return message(QStringLiteral("DNS Record Created"), 201);
        if (path == QLatin1String("/domains/example.org/records/home/A"))
            return jsonReply(QJsonObject {{QStringLiteral("rrset_name"), QStringLiteral("home")},
                                          {QStringLiteral("rrset_type"), QStringLiteral("A")},
                                          {QStringLiteral("rrset_ttl"), 1800},
                                          {QStringLiteral("rrset_values"), QJsonArray {QStringLiteral("81.2.69.1")}}});
        if (path == QLatin1String("/domains/example.org/records/@/A"))
            return jsonReply(
                QJsonObject {{QStringLiteral("rrset_ttl"), 300},
                             {QStringLiteral("rrset_values"), QJsonArray {QStringLiteral("81.2.69.160")}}});
        if (path.startsWith(QLatin1String("/domains/example.org/")))
            return message(QStringLiteral("Unknown record"), 404);
        return message(QStringLiteral("Unknown domain"), 404);
    }

    UpdateRequest make(bool v4 = true, bool v6 = false, const QString &name = QStringLiteral("home.example.org"))
    {
        Host h = host(QStringLiteral("gandi"), name);
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

    void ipv4ReplacesTheRrsetKeepingItsTtl()
    {
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(0), QStringLiteral("GET /domains/example.org/records/home/A"));
        QCOMPARE(line(1), QStringLiteral("PUT /domains/example.org/records/home/A"));
        QCOMPARE(body(1),
                 (QJsonObject {{QStringLiteral("rrset_values"), QJsonArray {QStringLiteral("81.2.69.160")}},
                               {QStringLiteral("rrset_ttl"), 1800}}));
        QCOMPARE(m_server.requests().at(1).header("authorization"), "Bearer " + kToken);
        checkRedacted(outcome, {{QStringLiteral("token"), QString::fromLatin1(kToken)}});
    }

    void ipv6IsCreatedWithTheDefaultTtlAndBothFamilies()
    {
        QCOMPARE(run(make(false, true)).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(1), QStringLiteral("PUT /domains/example.org/records/home/AAAA"));
        QCOMPARE(body(1).value(QStringLiteral("rrset_ttl")).toInt(), 10800);
        QCOMPARE(body(1).value(QStringLiteral("rrset_values")).toArray().first().toString(),
                 QStringLiteral("2a01:4f8:c0c:1234::7"));
        m_server.clearRequests();
        QCOMPARE(run(make(true, true)).addresses.size(), 2);
        QCOMPARE(m_server.requests().size(), 4);
    }

    void apexSameValueIsUnchanged()
    {
        QCOMPARE(run(make(true, false, QStringLiteral("example.org"))).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(line(0), QStringLiteral("GET /domains/example.org/records/@/A"));
        QCOMPARE(m_server.requests().size(), 1);
    }

    void hostTtlIsAtLeast300()
    {
        UpdateRequest r = make();
        r.host.ttl = 60;
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(body(1).value(QStringLiteral("rrset_ttl")).toInt(), 300);
    }

    void apiKeyScheme()
    {
        UpdateRequest r = make();
        r.host.settings.insert(QStringLiteral("authKind"), QStringLiteral("apikey"));
        m_server.respondWith(message(QStringLiteral("x"), 401));
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::NeedsUser);
        QCOMPARE(m_server.requests().first().header("authorization"), "Apikey " + kToken);
    }

    void errors()
    {
        UpdateRequest wrong = make();
        wrong.secrets.insert(QStringLiteral("token"), QStringLiteral("expired-token"));
        QCOMPARE(run(wrong).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.respondWith(message(QStringLiteral("Unknown domain"), 404));
        const UpdateOutcome unknown = run(make());
        QCOMPARE(unknown.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(unknown.reason.contains(QStringLiteral("Unknown domain")));
        m_server.respondWith(message(QStringLiteral("Bad request"), 400));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::NeedsUser);
    }

    // Against a zone that keeps state: DELETE removes the rrset, PUT puts it back.
    void parkDeletesTheRrsetsAndReturnCreatesThem()
    {
        auto held = std::make_shared<QSet<QString>>(QSet<QString> {QStringLiteral("A"), QStringLiteral("AAAA")});
        m_server.setHandler([held](const HttpTestServer::Request &request) {
            const QString prefix = QStringLiteral("/domains/example.org/records/home/");
            const QString type = request.path().mid(prefix.size());
            if (request.header("authorization") != "Bearer " + kToken || !request.path().startsWith(prefix))
                return serve(request);
            if (request.method == "DELETE")
                return held->remove(type) ? Response::text("", 204) : message(QStringLiteral("Unknown record"), 404);
            if (request.method == "PUT") {
                held->insert(type);
                return message(QStringLiteral("DNS Record Created"), 201);
            }
            return held->contains(type)
                ? jsonReply(QJsonObject {{QStringLiteral("rrset_ttl"), 300},
                                         {QStringLiteral("rrset_values"), QJsonArray {QStringLiteral("81.2.69.1")}}})
                : message(QStringLiteral("Unknown record"), 404);
        });
        const UpdateRequest r = parkingBoth(make());
        checkParked(r, 2);
        QCOMPARE(line(0), QStringLiteral("DELETE /domains/example.org/records/home/A"));
        QCOMPARE(line(1), QStringLiteral("DELETE /domains/example.org/records/home/AAAA"));
        QCOMPARE(m_server.requests().at(0).header("authorization"), "Bearer " + kToken);
        QVERIFY(m_server.requests().at(0).body.isEmpty());
        QVERIFY(held->isEmpty());

        // Parked already: Gandi answers 404, and that is no failure.
        checkParked(r, 2);

        // An IPv4-only host deletes only its A rrset.
        held->insert(QStringLiteral("AAAA"));
        checkParked(make(), 1);
        QVERIFY(held->contains(QStringLiteral("AAAA")));

        // Back: the lookup finds nothing and the PUT creates the rrsets again.
        m_server.clearRequests();
        held->clear();
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(1), QStringLiteral("PUT /domains/example.org/records/home/A"));
        QCOMPARE(line(3), QStringLiteral("PUT /domains/example.org/records/home/AAAA"));
        QCOMPARE(*held, (QSet<QString> {QStringLiteral("A"), QStringLiteral("AAAA")}));

        UpdateRequest wrong = make();
        wrong.secrets.insert(QStringLiteral("token"), QStringLiteral("expired-token"));
        QCOMPARE(runPark(wrong).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.respondWith(message(QStringLiteral("Bad request"), 400));
        QCOMPARE(runPark(make()).kind, UpdateOutcome::Kind::NeedsUser);
    }

    void commonFailures() { checkCommonFailures(make(), "{\"rrset_values\":[\"81.2"); }

    void testCredentials()
    {
        QCOMPARE(runTest(make()).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(line(0), QStringLiteral("GET /domains/example.org"));
    }
};

QTEST_GUILESS_MAIN(TestGandi)
#include "tst_gandi.moc"
