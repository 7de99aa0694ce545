// Cloudflare API v4 against a loopback server holding zones and records the way the API does.
#include "providers/providerregistry.h"
#include "providertest.h"

#include "providers/providercache.h"
#include "runtime.h"
#include "storage/paths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace Homing;
using namespace Homing::Test;
using namespace std::chrono_literals;

namespace {

const QByteArray kToken = "cf-token-Zm9vYmFyYmF6cXV4";

Response envelope(const QJsonValue &result, int status = 200)
{
    const QJsonObject object {{QStringLiteral("success"), true},
                              {QStringLiteral("errors"), QJsonArray()},
                              {QStringLiteral("messages"), QJsonArray()},
                              {QStringLiteral("result"), result}};
    return jsonReply(object, status);
}

Response failure(int code, const QString &message, int status)
{
    const QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    const QJsonObject object {{QStringLiteral("success"), false},
                              {QStringLiteral("errors"), QJsonArray {error}},
                              {QStringLiteral("result"), QJsonValue()}};
    return jsonReply(object, status);
}

} // namespace

class TestCloudflare : public ProviderTest
{
    Q_OBJECT

private:
    // The fake account: zone example.org (id z1) with an A record for home (proxied, TTL 300) and
    // no AAAA record.
    QJsonArray m_records;
    bool m_tokenValid = true;
    int m_zonePages = 1; // pages of the token's zone listing
    int m_zoneListings = 0;

    Response serve(const HttpTestServer::Request &request)
    {
        if (request.header("authorization") != "Bearer " + kToken || !m_tokenValid)
            return failure(10000, QStringLiteral("Authentication error"), 403);
        const QString path = request.path();
        if (path == QLatin1String("/client/v4/user/tokens/verify"))
            return envelope(QJsonObject {{QStringLiteral("id"), QStringLiteral("t1")},
                                         {QStringLiteral("status"), QStringLiteral("active")}});
        if (path == QLatin1String("/client/v4/zones") && !request.query().hasQueryItem(QStringLiteral("name"))) {
            // The token's zones: example.org, a deleted org, and (on a page of its own when the
            // token has many zones) example.net.
            ++m_zoneListings;
            QJsonArray zones {QJsonObject {{QStringLiteral("id"), QStringLiteral("z1")},
                                           {QStringLiteral("name"), QStringLiteral("example.org")},
                                           {QStringLiteral("status"), QStringLiteral("active")}},
                              QJsonObject {{QStringLiteral("id"), QStringLiteral("gone")},
                                           {QStringLiteral("name"), QStringLiteral("org")},
                                           {QStringLiteral("status"), QStringLiteral("deleted")}}};
            QJsonObject page {
                {QStringLiteral("success"), true},
                {QStringLiteral("errors"), QJsonArray()},
                {QStringLiteral("result"), zones},
                {QStringLiteral("result_info"),
                 QJsonObject {{QStringLiteral("page"), 1}, {QStringLiteral("total_pages"), m_zonePages}}}};
            return jsonReply(page);
        }
        if (path == QLatin1String("/client/v4/zones")) {
            QJsonArray zones;
            if (request.query().queryItemValue(QStringLiteral("name")) == QLatin1String("example.org"))
                zones.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("z1")},
                                          {QStringLiteral("name"), QStringLiteral("example.org")},
                                          {QStringLiteral("status"), QStringLiteral("active")}});
            if (request.query().queryItemValue(QStringLiteral("name")) == QLatin1String("org"))
                zones.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("gone")},
                                          {QStringLiteral("status"), QStringLiteral("deleted")}});
            return envelope(zones);
        }
        if (path == QLatin1String("/client/v4/zones/z1/dns_records") && request.method == "GET") {
            QJsonArray found;
            const bool all = !request.query().hasQueryItem(QStringLiteral("type")); // the zone's listing
            for (const QJsonValue &record : m_records) {
                const QJsonObject object = record.toObject();
                if (all
                    || (object.value(QStringLiteral("type")).toString()
                            == request.query().queryItemValue(QStringLiteral("type"))
                        && object.value(QStringLiteral("name")).toString()
                            == request.query().queryItemValue(QStringLiteral("name"))))
                    found.append(object);
            }
            return envelope(found);
        }
        if (path == QLatin1String("/client/v4/zones/z1/dns_records") && request.method == "POST")
            return envelope(QJsonDocument::fromJson(request.body).object());
        if (path == QLatin1String("/client/v4/zones/z1/dns_records/r1") && request.method == "PATCH")
            return envelope(QJsonDocument::fromJson(request.body).object());
        if (path.startsWith(QLatin1String("/client/v4/zones/z1/dns_records/")) && request.method == "DELETE") {
            const QString id = path.section(QLatin1Char('/'), -1);
            for (qsizetype i = 0; i < m_records.size(); ++i) {
                if (m_records.at(i).toObject().value(QStringLiteral("id")).toString() == id) {
                    m_records.removeAt(i);
                    return envelope(QJsonObject {{QStringLiteral("id"), id}});
                }
            }
        }
        return failure(7003, QStringLiteral("Could not route"), 404);
    }

    UpdateRequest make(bool v4 = true, bool v6 = false)
    {
        Host h = host(QStringLiteral("cloudflare"), QStringLiteral("home.example.org"), QStringLiteral("/client/v4"));
        return request(h, {{QStringLiteral("token"), QString::fromLatin1(kToken)}}, v4, v6);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init()
    {
        m_server.clearRequests();
        m_tokenValid = true;
        m_zonePages = 1;
        m_zoneListings = 0;
        m_records = QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("r1")},
                                             {QStringLiteral("type"), QStringLiteral("A")},
                                             {QStringLiteral("name"), QStringLiteral("home.example.org")},
                                             {QStringLiteral("content"), QStringLiteral("81.2.69.1")},
                                             {QStringLiteral("proxied"), true},
                                             {QStringLiteral("ttl"), 300}}};
        m_server.setHandler([this](const HttpTestServer::Request &request) { return serve(request); });
    }

    void walksSuffixesThenPatchesOnlyTheContent()
    {
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 4);
        QCOMPARE(line(0), QStringLiteral("GET /client/v4/zones?name=home.example.org"));
        QCOMPARE(line(1), QStringLiteral("GET /client/v4/zones?name=example.org"));
        QCOMPARE(line(2), QStringLiteral("GET /client/v4/zones/z1/dns_records?type=A&name=home.example.org"));
        QCOMPARE(line(3), QStringLiteral("PATCH /client/v4/zones/z1/dns_records/r1"));
        QCOMPARE(body(3), (QJsonObject {{QStringLiteral("content"), QStringLiteral("81.2.69.160")}}));
        QCOMPARE(m_server.requests().at(3).header("content-type"), QByteArray("application/json"));
        QCOMPARE(m_server.requests().at(3).header("authorization"), "Bearer " + kToken);
        checkRedacted(outcome, {{QStringLiteral("token"), QString::fromLatin1(kToken)}});
    }

    // A client made for a host's account (as the engine makes them) finds each zone once and
    // remembers each record: another host of the zone sends no zone lookup, a changed address is one
    // PATCH, and a 404 makes the account look both up again.
    void hostsOfOneAccountLookTheirZoneUpOnce()
    {
        auto runWithAccount = [this](const UpdateRequest &request) {
            std::unique_ptr<Provider> provider(ProviderRegistry::create(request, &m_http, nullptr));
            QVERIFY(!provider->account().isEmpty());
            std::optional<UpdateOutcome> result;
            provider->update(request, this, [&result](const UpdateOutcome &outcome) { result = outcome; });
            QTRY_VERIFY(result.has_value());
            QTRY_COMPARE(m_http.inFlight(), 0);
            QCOMPARE(result->kind, UpdateOutcome::Kind::Updated);
        };
        const UpdateRequest first = make(); // no other test here makes clients with an account
        runWithAccount(first);
        // The token's zones in one listing, the zone's records in another, the PATCH.
        QCOMPARE(line(0), QStringLiteral("GET /client/v4/zones?per_page=50"));
        QCOMPARE(line(1), QStringLiteral("GET /client/v4/zones/z1/dns_records?per_page=5000"));
        QCOMPARE(line(2), QStringLiteral("PATCH /client/v4/zones/z1/dns_records/r1"));
        QCOMPARE(m_server.requests().size(), 3);

        // Another host of the zone (zone given, record created): no zone lookup.
        m_server.clearRequests();
        UpdateRequest second = make();
        second.host.name = QStringLiteral("nas.example.org");
        second.host.settings.insert(QStringLiteral("zone"), QStringLiteral("example.org"));
        second.host.settings.insert(QStringLiteral("create"), true);
        runWithAccount(second);
        QCOMPARE(m_server.requests().size(), 2);
        QCOMPARE(line(0), QStringLiteral("GET /client/v4/zones/z1/dns_records?per_page=5000"));
        QCOMPARE(line(1), QStringLiteral("POST /client/v4/zones/z1/dns_records"));

        // The first host with a new address: the one PATCH, to the record it knows.
        m_server.clearRequests();
        UpdateRequest moved = first;
        moved.ipv4 = QHostAddress(QStringLiteral("81.2.69.161"));
        runWithAccount(moved);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(line(0), QStringLiteral("PATCH /client/v4/zones/z1/dns_records/r1"));
        QCOMPARE(body(0), (QJsonObject {{QStringLiteral("content"), QStringLiteral("81.2.69.161")}}));

        // The zone went away (404 everywhere): the record is looked up again, the outcome says it
        // failed, and the next call walks to the zone again.
        m_server.clearRequests();
        m_server.setHandler(
            [](const HttpTestServer::Request &) { return failure(7003, QStringLiteral("Could not route"), 404); });
        std::unique_ptr<Provider> provider(ProviderRegistry::create(first, &m_http, nullptr));
        std::optional<UpdateOutcome> gone;
        provider->update(first, this, [&gone](const UpdateOutcome &outcome) { gone = outcome; });
        QTRY_VERIFY(gone.has_value());
        QVERIFY(!gone->succeeded());
        QCOMPARE(line(0), QStringLiteral("PATCH /client/v4/zones/z1/dns_records/r1"));
        QCOMPARE(line(1), QStringLiteral("GET /client/v4/zones/z1/dns_records?per_page=5000"));
        m_server.setHandler([this](const HttpTestServer::Request &request) { return serve(request); });
        m_server.clearRequests();

        // Forgotten, and three hosts of the zone at once: one listing of the token's zones serves
        // them all.
        QList<UpdateRequest> hosts {first, second, second};
        hosts[2].host.name = QStringLiteral("pi.example.org");
        std::vector<std::unique_ptr<Provider>> providers;
        QList<UpdateOutcome> outcomes;
        for (const UpdateRequest &one : std::as_const(hosts)) {
            providers.emplace_back(ProviderRegistry::create(one, &m_http, nullptr));
            providers.back()->update(one, this,
                                     [&outcomes](const UpdateOutcome &outcome) { outcomes.append(outcome); });
        }
        QTRY_COMPARE(outcomes.size(), 3);
        QTRY_COMPARE(m_http.inFlight(), 0);
        for (const UpdateOutcome &outcome : std::as_const(outcomes))
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.reason));
        int zoneListings = 0;
        int lookups = 0;
        for (int i = 0; i < m_server.requests().size(); ++i) {
            zoneListings += line(i) == QLatin1String("GET /client/v4/zones?per_page=50");
            lookups += line(i).startsWith(QLatin1String("GET /client/v4/zones?name="));
        }
        QCOMPARE(zoneListings, 1);
        QCOMPARE(lookups, 0);
        // ... and one listing of the zone serves all three: hosts + 2 requests from cold, and the
        // PATCH of the one whose record exists.
        int listings = 0;
        for (int i = 0; i < m_server.requests().size(); ++i)
            listings += line(i) == QLatin1String("GET /client/v4/zones/z1/dns_records?per_page=5000");
        QCOMPARE(listings, 1);
    }

    // What the account learned survives a restart: a new HTTP client (a new process) reading the
    // cache file the first one wrote sends the changed address as the one PATCH; a 403 forgets it,
    // in the file too.
    void aRestartKeepsTheZoneAndRecordIds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("provider-cache.json"));
        auto runOn = [this](HttpClient *client, const UpdateRequest &request) {
            std::unique_ptr<Provider> provider(ProviderRegistry::create(request, client, nullptr));
            std::optional<UpdateOutcome> result;
            provider->update(request, this, [&result](const UpdateOutcome &outcome) { result = outcome; });
            [&] { QTRY_VERIFY(result.has_value()); }();
            [&] { QTRY_COMPARE(client->inFlight(), 0); }();
            return result.value_or(UpdateOutcome::retryLater(QStringLiteral("no outcome"), 0s));
        };
        const UpdateRequest first = make();
        {
            HttpClient before(&m_manager, &m_redactor);
            QVERIFY(before.providerCache()->attach(file));
            QCOMPARE(runOn(&before, first).kind, UpdateOutcome::Kind::Updated);
            QCOMPARE(m_server.requests().size(), 3); // the token's zones, the zone's records, the PATCH
        } // the process ends: what it learned is written
        QVERIFY(QFileInfo(file).exists());
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains(kToken)); // keyed by a hash of the account, never the token

        m_server.clearRequests();
        UpdateRequest moved = first;
        moved.ipv4 = QHostAddress(QStringLiteral("81.2.69.161"));
        {
            HttpClient after(&m_manager, &m_redactor);
            QVERIFY(after.providerCache()->attach(file));
            QCOMPARE(runOn(&after, moved).kind, UpdateOutcome::Kind::Updated);
            QCOMPARE(m_server.requests().size(), 1);
            QCOMPARE(line(0), QStringLiteral("PATCH /client/v4/zones/z1/dns_records/r1"));

            // The token lost its rights: 403, and everything the account held is forgotten.
            m_tokenValid = false;
            QVERIFY(!runOn(&after, moved).succeeded());
            QCOMPARE(after.providerCache()->size(), 0);
        }
        m_tokenValid = true;
        m_server.clearRequests();
        HttpClient again(&m_manager, &m_redactor);
        QVERIFY(again.providerCache()->attach(file));
        QCOMPARE(again.providerCache()->size(), 0);
        QCOMPARE(runOn(&again, moved).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(0), QStringLiteral("GET /client/v4/zones?per_page=50"));
    }

    // The same through the agent's wiring: a Runtime on a config directory keeps the cache in its
    // provider-cache.json, and the next Runtime on it (the next start) sends the PATCH alone.
    void theAgentKeepsItsCacheBesideItsState()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Paths paths = Paths::inDirectory(dir.path());
        const UpdateRequest first = make();
        auto runOnRuntime = [this, &paths](const UpdateRequest &request) {
            Runtime runtime(&m_redactor);
            QString error;
            [&] { QVERIFY2(runtime.open(paths, &error) == Runtime::Failure::None, qPrintable(error)); }();
            std::unique_ptr<Provider> provider(ProviderRegistry::create(request, runtime.http(), nullptr));
            std::optional<UpdateOutcome> result;
            provider->update(request, this, [&result](const UpdateOutcome &outcome) { result = outcome; });
            [&] { QTRY_VERIFY(result.has_value()); }();
            [&] { QTRY_COMPARE(runtime.http()->inFlight(), 0); }();
            return result ? result->kind : UpdateOutcome::Kind::RetryLater;
        };
        QCOMPARE(runOnRuntime(first), UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 3);
        QVERIFY(QFileInfo::exists(paths.providerCacheFile));
        QCOMPARE(QFileInfo(paths.providerCacheFile).dir().path(), QFileInfo(paths.databaseFile).dir().path());

        m_server.clearRequests();
        UpdateRequest moved = first;
        moved.ipv4 = QHostAddress(QStringLiteral("81.2.69.162"));
        QCOMPARE(runOnRuntime(moved), UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(line(0), QStringLiteral("PATCH /client/v4/zones/z1/dns_records/r1"));
    }

    // A token with more zones than one page holds: each name is asked, longest first, as a client
    // without an account does.
    void aTokenWithManyZonesIsWalkedNameByName()
    {
        m_zonePages = 2;
        const UpdateRequest first = make();
        HttpClient client(&m_manager, &m_redactor); // knows nothing yet
        std::unique_ptr<Provider> provider(ProviderRegistry::create(first, &client, nullptr));
        std::optional<UpdateOutcome> result;
        provider->update(first, this, [&result](const UpdateOutcome &outcome) { result = outcome; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(0), QStringLiteral("GET /client/v4/zones?per_page=50"));
        QCOMPARE(line(1), QStringLiteral("GET /client/v4/zones?name=home.example.org"));
        QCOMPARE(line(2), QStringLiteral("GET /client/v4/zones?name=example.org"));
        QCOMPARE(m_zoneListings, 1);
    }

    void zoneSettingSkipsTheWalkAndHostTtlIsSent()
    {
        UpdateRequest r = make();
        r.host.settings.insert(QStringLiteral("zone"), QStringLiteral("example.org"));
        r.host.ttl = 120;
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(m_server.requests().size(), 3);
        QCOMPARE(line(0), QStringLiteral("GET /client/v4/zones?name=example.org"));
        QCOMPARE(body(2).value(QStringLiteral("ttl")).toInt(), 120);
        QVERIFY(!body(2).contains(QStringLiteral("proxied")));
    }

    void sameContentIsUnchangedWithoutWriting()
    {
        m_records[0] = QJsonObject {{QStringLiteral("id"), QStringLiteral("r1")},
                                    {QStringLiteral("type"), QStringLiteral("A")},
                                    {QStringLiteral("name"), QStringLiteral("home.example.org")},
                                    {QStringLiteral("content"), QStringLiteral("81.2.69.160")},
                                    {QStringLiteral("ttl"), 1}};
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::Unchanged);
        for (const HttpTestServer::Request &request : m_server.requests())
            QCOMPARE(request.method, QByteArray("GET"));
    }

    void missingAaaaNeedsYouOrIsCreated()
    {
        const UpdateOutcome refused = run(make(false, true));
        QCOMPARE(refused.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(refused.reason.contains(QStringLiteral("AAAA")));
        m_server.clearRequests();
        UpdateRequest r = make(true, true);
        r.host.settings.insert(QStringLiteral("create"), QStringLiteral("true"));
        const UpdateOutcome created = run(r);
        QCOMPARE(created.kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(created.addresses.size(), 2);
        const int last = int(m_server.requests().size()) - 1;
        QCOMPARE(line(last), QStringLiteral("POST /client/v4/zones/z1/dns_records"));
        QCOMPARE(body(last),
                 (QJsonObject {{QStringLiteral("type"), QStringLiteral("AAAA")},
                               {QStringLiteral("name"), QStringLiteral("home.example.org")},
                               {QStringLiteral("content"), QStringLiteral("2a01:4f8:c0c:1234::7")},
                               {QStringLiteral("ttl"), 1},
                               {QStringLiteral("proxied"), false}}));
    }

    // Parking deletes the host's records by id; the next update of a host that parks creates
    // them again (it would otherwise need the user, as a missing record does).
    void parkDeletesTheRecordAndReturnCreatesIt()
    {
        UpdateRequest r = make();
        r.host.park = true;
        const UpdateOutcome parked = runPark(r);
        QCOMPARE(parked.kind, UpdateOutcome::Kind::Updated);
        QVERIFY(parked.addresses.isEmpty());
        const int last = int(m_server.requests().size()) - 1;
        QCOMPARE(line(last - 1), QStringLiteral("GET /client/v4/zones/z1/dns_records?type=A&name=home.example.org"));
        QCOMPARE(line(last), QStringLiteral("DELETE /client/v4/zones/z1/dns_records/r1"));
        QVERIFY(m_records.isEmpty());
        // Parked already: nothing left to delete, and that is no failure.
        m_server.clearRequests();
        QCOMPARE(runPark(r).kind, UpdateOutcome::Kind::Updated);
        for (const HttpTestServer::Request &request : m_server.requests())
            QCOMPARE(request.method, QByteArray("GET"));

        m_server.clearRequests();
        QCOMPARE(run(r).kind, UpdateOutcome::Kind::Updated);
        QCOMPARE(line(int(m_server.requests().size()) - 1), QStringLiteral("POST /client/v4/zones/z1/dns_records"));
        checkRedacted(parked, {{QStringLiteral("token"), QString::fromLatin1(kToken)}});
    }

    void noZoneNeedsYou()
    {
        UpdateRequest r = make();
        r.host.name = QStringLiteral("home.example.net");
        const UpdateOutcome outcome = run(r);
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QCOMPARE(m_server.requests().size(), 2); // home.example.net, example.net; never the bare TLD
    }

    void authErrorsStopTheHost()
    {
        m_tokenValid = false;
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(outcome.reason.contains(QStringLiteral("Authentication error")));
        m_server.respondWith(failure(9109, QStringLiteral("Invalid access token"), 400));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::NeedsUser);
        m_server.respondWith(
            failure(9021, QStringLiteral("TTL must be between 30 and 86400 seconds, or 1 for Automatic"), 400));
        const UpdateOutcome ttl = run(make());
        QCOMPARE(ttl.kind, UpdateOutcome::Kind::NeedsUser);
        QVERIFY(ttl.reason.contains(QStringLiteral("TTL must be")));
    }

    void rateLimitBlocksFiveMinutesAtLeast()
    {
        Response limited = failure(971, QStringLiteral("Please wait and consider throttling your request speed"), 429);
        limited.addHeader("Retry-After", "60");
        m_server.respondWith(limited);
        const UpdateOutcome outcome = run(make());
        QCOMPARE(outcome.kind, UpdateOutcome::Kind::RetryLater);
        QCOMPARE(outcome.retryAfter, 300s);
    }

    void successFalseOn200IsNotSuccess()
    {
        m_server.respondWith(failure(1000, QStringLiteral("Internal"), 200));
        QCOMPARE(run(make()).kind, UpdateOutcome::Kind::RetryLater);
    }

    void commonFailures() { checkCommonFailures(make(), "{\"success\":true,\"errors\":[],\"resu"); }

    void destroyedProviderOrContextEndsQuietly()
    {
        for (bool dropProvider : {true, false}) {
            auto *provider = ProviderRegistry::create(QStringLiteral("cloudflare"), &m_http, nullptr);
            auto *context = new QObject;
            bool called = false;
            provider->update(make(), context, [&](const UpdateOutcome &) { called = true; });
            if (dropProvider)
                delete provider;
            else
                delete context;
            // The replies arrive and are dropped: nothing is left to answer, and nobody was called.
            QTRY_VERIFY_WITH_TIMEOUT(!m_server.requests().isEmpty() && m_http.inFlight() == 0, 10000);
            QVERIFY(!called);
            QVERIFY(!m_server.requests().isEmpty());
            m_server.clearRequests();
            if (dropProvider)
                delete context;
            else
                delete provider;
        }
    }

    void testCredentialsVerifiesTheToken()
    {
        QCOMPARE(runTest(make()).kind, UpdateOutcome::Kind::Unchanged);
        QCOMPARE(line(0), QStringLiteral("GET /client/v4/user/tokens/verify"));
        m_tokenValid = false;
        QCOMPARE(runTest(make()).kind, UpdateOutcome::Kind::NeedsUser);
    }
};

QTEST_GUILESS_MAIN(TestCloudflare)
#include "tst_cloudflare.moc"
