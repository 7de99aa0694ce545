// The scheduler against a fake clock and loopback servers: what gets sent, and when.
#include "echodnsserver.h"
#include "engine/parker.h"
#include "engine/scheduler.h"
#include "fakeclock.h"
#include "httptestserver.h"
#include "net/httpclient.h"
#include "providers/providerregistry.h"
#include "redactor.h"
#include "runtime.h"
#include "service/homingservice.h"
#include "storage/configstore.h"
#include "storage/historystore.h"
#include "storage/memorysecretstore.h"
#include "storage/statestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;
using Homing::Test::FakeClock;
using Homing::Test::HttpTestServer;

namespace {

// The platform's notice of sleep and shutdown, as the test drives it.
class FakePowerEvents final : public PowerEvents
{
public:
    void hold() override
    {
        holding = true;
        ++holds;
    }
    void release() override { holding = false; }
    bool isHolding() const override { return holding; }
    void leave(Leaving why) { emit leaving(why); }
    void resume() { emit back(); }

    bool holding = false;
    int holds = 0;
};

// The newest row of kind in the host's timeline, or a row of kind Detected with no time.
HistoryEvent newest(Runtime *runtime, const QUuid &hostId, HistoryEvent::Kind kind)
{
    for (const HistoryEvent &event : runtime->history()->events(hostId, 50)) {
        if (event.kind == kind)
            return event;
    }
    return {};
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        QTemporaryDir dir;
        Redactor redactor;
        FakeClock clock;
        HttpTestServer echo;
        HttpTestServer provider;
        std::unique_ptr<Runtime> runtime;
        MemorySecretStore *secrets = nullptr;
        QList<QUuid> hosts;

        int sent(const QString &host = {}) const
        {
            int count = 0;
            for (const auto &request : provider.requests()) {
                if (host.isEmpty() || request.query().queryItemValue(QStringLiteral("hostname")) == host)
                    ++count;
            }
            return count;
        }
    };

    static std::unique_ptr<Setup> setup(const QStringList &names = {QStringLiteral("home.example.org")},
                                        const std::function<void(Host &)> &adjust = {})
    {
        auto s = std::make_unique<Setup>();
        if (!s->echo.listen() || !s->provider.listen())
            return nullptr;
        s->echo.respondWith(HttpTestServer::Response::text("81.2.69.160\n"));
        s->provider.respondWith(HttpTestServer::Response::text("good 81.2.69.160"));
        Config config;
        SourceConfig source;
        source.id = QStringLiteral("loopback");
        source.kind = QStringLiteral("http");
        source.options.insert(QStringLiteral("ipv4Url"), s->echo.url(QStringLiteral("/ip")).toString());
        source.options.insert(QStringLiteral("ipv6Url"), s->echo.url(QStringLiteral("/ip6")).toString());
        source.options.insert(QStringLiteral("format"), QStringLiteral("plain"));
        config.sources = {source};
        config.settings.verify = false; // no delegation for these hosts; tst_verify checks verification
        for (const QString &name : names) {
            Host host;
            host.id = QUuid::createUuid();
            host.name = name;
            host.providerId = QStringLiteral("dyndns2");
            host.settings.insert(QStringLiteral("server"), s->provider.url().toString());
            host.settings.insert(QStringLiteral("username"), QStringLiteral("alice"));
            if (adjust)
                adjust(host);
            config.hosts.append(host);
            s->hosts.append(host.id);
        }
        QString error;
        if (!ConfigStore(s->dir.filePath(QStringLiteral("config.json"))).save(config, &error))
            return nullptr;
        s->runtime = reopen(*s);
        return s;
    }

    // A fresh Runtime on the same files, as after a restart.
    static std::unique_ptr<Runtime> reopen(Setup &s)
    {
        auto runtime = std::make_unique<Runtime>(&s.redactor);
        QString error;
        if (runtime->open(Paths::inDirectory(s.dir.path()), &error) != Runtime::Failure::None)
            qFatal("%s", qPrintable(error));
        runtime->setClock(&s.clock);
        s.secrets = new MemorySecretStore(&s.redactor, runtime.get());
        for (const QUuid &id : s.hosts)
            s.secrets->write(SecretStore::keyFor(id, QStringLiteral("password")), QStringLiteral("pw-1234"),
                             runtime.get(), [](const SecretResult &) {});
        runtime->setSecretStore(s.secrets);
        return runtime;
    }

    // Makes every write of history rows fail (or work again) through a second connection to the
    // agent's database, as a full disk or a damaged table would: the transaction rolls back.
    static bool refuseWrites(Setup &s, bool refuse)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fault"));
            db.setDatabaseName(s.dir.filePath(QStringLiteral("homing.sqlite")));
            QSqlQuery query(db);
            ok = db.open()
                && query.exec(refuse ? QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON history BEGIN"
                                                      " SELECT RAISE(ABORT, 'database or disk is full (test)'); END")
                                     : QStringLiteral("DROP TRIGGER refuse"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fault"));
        return ok;
    }

    static Scheduler::Options quiet()
    {
        Scheduler::Options options;
        options.jitter = 0;
        options.watchChanges = false;
        options.autoTick = false;
        return options;
    }

    // One host that parks by pointing its name at 0.0.0.0 (the generic dyndns2 provider).
    static std::unique_ptr<Setup> parkingSetup()
    {
        return setup({QStringLiteral("home.example.org")}, [](Host &host) {
            host.park = true;
            host.parkIpv4 = QStringLiteral("0.0.0.0");
        });
    }

    // The scheduler with the test's notice of sleep and shutdown, after its first pass.
    static void startWith(Scheduler &scheduler, FakePowerEvents &power)
    {
        scheduler.setPowerEvents(&power);
        scheduler.start();
        waitIdle(scheduler);
    }

    static void waitIdle(Scheduler &scheduler)
    {
        QElapsedTimer timer;
        timer.start();
        QCoreApplication::processEvents();
        while (scheduler.isBusy() && timer.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QVERIFY(!scheduler.isBusy());
    }

    // Lets simulated time pass, waking the scheduler whenever it asked to be woken.
    static void runUntil(Setup &s, Scheduler &scheduler, const QDateTime &end)
    {
        for (int guard = 0; guard < 5000; ++guard) {
            const QDateTime next = scheduler.nextWakeup();
            if (!next.isValid() || next > end)
                break;
            if (next > s.clock.now())
                s.clock.setNow(next);
            scheduler.tick();
            waitIdle(scheduler);
        }
        s.clock.setNow(end);
    }

    // Hosts at deSEC, each on the domain its name is under.
    static std::unique_ptr<Setup> desecSetup(const QStringList &names)
    {
        return setup(names, [](Host &host) {
            host.providerId = QStringLiteral("desec");
            host.settings.insert(QStringLiteral("username"), host.name.section(QLatin1Char('.'), 1));
        });
    }

private slots:
    void twentyFourHoursOfOutageSendOnlyWhatTheBackoffAllows()
    {
        auto s = setup();
        QVERIFY(s);
        s->provider.respondWith(HttpTestServer::Response::text("Service Unavailable", 503));
        Scheduler scheduler(s->runtime.get(), quiet());
        const QDateTime start = s->clock.now();
        scheduler.start();
        waitIdle(scheduler);
        runUntil(*s, scheduler, start.addSecs(24 * 3600));
        // 0, +5, +10, +20, +40 min, then hourly: 0, 300, 900, 2100, 4500, 8100, 11700, ... 84900 s.
        QCOMPARE(s->sent(), 27);
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::RetryScheduled);
        // The timeline's newest failure says when the next try is: the stored row carries the time
        // the record waits for, as read back from SQLite.
        const HostRecord stored = s->runtime->state()->load(s->hosts.first());
        QVERIFY(stored.nextAttempt.isValid());
        bool found = false;
        for (const HistoryEvent &event : s->runtime->history()->events(s->hosts.first(), 50)) {
            if (event.outcome == QLatin1String("retry-later")) {
                QCOMPARE(event.retryAt, stored.nextAttempt);
                found = true;
                break;
            }
        }
        QVERIFY2(found, "no retry-later row");
        QVERIFY(!stored.credentialsRejected);
        // The address was still checked at every poll (every 300 s), which costs the provider nothing.
        QVERIFY(s->echo.requests().size() >= 24 * 12);
    }

    void badauthIsSentOnceUntilTheUserActs()
    {
        auto s = setup();
        QVERIFY(s);
        s->provider.respondWith(HttpTestServer::Response::text("badauth"));
        Scheduler scheduler(s->runtime.get(), quiet());
        QSignalSpy attention(&scheduler, &Scheduler::hostNeedsAttention);
        const QDateTime start = s->clock.now();
        scheduler.start();
        waitIdle(scheduler);
        runUntil(*s, scheduler, start.addSecs(24 * 3600));
        QCOMPARE(s->sent(), 1);
        QCOMPARE(attention.count(), 1);
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::NeedsAttention);
        // badauth is the password itself: the window offers to enter it again, after a restart too.
        QVERIFY(s->runtime->state()->load(s->hosts.first()).credentialsRejected);
        QVERIFY(!scheduler.nextCheck(s->hosts.first()).isValid());
        scheduler.networkChanged(QStringLiteral("test"));
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 1);

        s->provider.respondWith(HttpTestServer::Response::text("good 81.2.69.160"));
        QSignalSpy recovered(&scheduler, &Scheduler::hostRecovered);
        scheduler.resume(s->hosts.first());
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 2);
        QCOMPARE(recovered.count(), 1);
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::UpToDate);
        QVERIFY(!s->runtime->state()->load(s->hosts.first()).credentialsRejected);
    }

    // The timeline says "Update sent" only when a request left the machine: a custom-URL host whose
    // template has no place for the address is refused by its client before anything is sent.
    void updateSentOnlyWhenARequestLeft()
    {
        auto s = setup({QStringLiteral("home.example.org"), QStringLiteral("nas.example.org")}, [](Host &host) {
            if (host.name == QLatin1String("nas.example.org")) {
                host.providerId = QStringLiteral("custom");
                host.settings.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/update?host={host}"));
            }
        });
        QVERIFY(s);
        const QUuid dyndns = s->hosts.at(0);
        const QUuid custom = s->hosts.at(1);
        s->secrets->write(SecretStore::keyFor(custom, QStringLiteral("password")), QStringLiteral("pw-custom"),
                          s->runtime.get(), [](const SecretResult &) {});
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(s->provider.requests().size(), 1); // the dyndns2 host's; none for the custom one
        const auto kinds = [&s](const QUuid &id) {
            QList<HistoryEvent::Kind> result;
            for (const HistoryEvent &event : s->runtime->history()->events(id, 50))
                result.append(event.kind);
            return result;
        };
        QVERIFY(kinds(dyndns).contains(HistoryEvent::Kind::Sent));
        QVERIFY(kinds(dyndns).contains(HistoryEvent::Kind::Result));
        QVERIFY2(!kinds(custom).contains(HistoryEvent::Kind::Sent), "nothing left the machine for this host");
        QVERIFY(kinds(custom).contains(HistoryEvent::Kind::Error));
        QCOMPARE(scheduler.record(custom).state, HostState::NeedsAttention);
    }

    // A host left at the lowest TTL gets the provider's minimum (Gandi: 300 s), not the record's
    // old TTL; a TTL the user chose goes out as chosen.
    void theLowestTtlIsTheProvidersMinimum()
    {
        auto s = setup({QStringLiteral("home.example.org"), QStringLiteral("nas.example.org")}, [](Host &host) {
            host.providerId = QStringLiteral("gandi");
            host.settings.remove(QStringLiteral("username")); // "server" stays: the loopback stand-in
            host.settings.insert(QStringLiteral("zone"), QStringLiteral("example.org"));
            if (host.name == QLatin1String("nas.example.org"))
                host.ttl = 3600;
        });
        QVERIFY(s);
        for (const QUuid &id : std::as_const(s->hosts))
            s->secrets->write(SecretStore::keyFor(id, QStringLiteral("token")), QStringLiteral("gandi-token"),
                              s->runtime.get(), [](const SecretResult &) {});
        s->provider.setHandler([](const HttpTestServer::Request &request) {
            if (request.method == "PUT")
                return HttpTestServer::Response::text(R"({"message":"DNS Record Created"})", 201);
            return HttpTestServer::Response::text(R"({"message":"Unknown record"})", 404); // the PUT creates it
        });
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        QHash<QString, int> ttlSent;
        for (const HttpTestServer::Request &request : s->provider.requests()) {
            if (request.method == "PUT")
                ttlSent.insert(
                    request.path(),
                    QJsonDocument::fromJson(request.body).object().value(QStringLiteral("rrset_ttl")).toInt());
        }
        QCOMPARE(ttlSent.value(QStringLiteral("/domains/example.org/records/home/A")), 300);
        QCOMPARE(ttlSent.value(QStringLiteral("/domains/example.org/records/nas/A")), 3600);
        QCOMPARE(scheduler.record(s->hosts.at(0)).state, HostState::UpToDate);
    }

    // One durable write per outcome: the state and the rows that explain it (detected, sent, the
    // provider's answer) go to disk in one commit; a pass with nothing to send writes nothing.
    void oneCommitPerOutcome()
    {
        auto s = setup({QStringLiteral("home.example.org"), QStringLiteral("nas.example.org")});
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        const qint64 before = s->runtime->database()->commits();
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 2);
        QCOMPARE(s->runtime->database()->commits() - before, 2); // one per host
        const QList<HistoryEvent> rows = s->runtime->history()->events(s->hosts.first(), 10);
        QCOMPARE(rows.size(), 3); // detected, sent, result: all in that one commit

        const qint64 steady = s->runtime->database()->commits();
        scheduler.updateNow();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 2);
        QCOMPARE(s->runtime->database()->commits() - steady, 0); // up to date: nothing to write

        s->echo.respondWith(HttpTestServer::Response::text("81.2.69.200\n"));
        s->provider.setHandler([](const HttpTestServer::Request &request) {
            return HttpTestServer::Response::text("good "
                                                  + request.query().queryItemValue(QStringLiteral("myip")).toLatin1());
        });
        const qint64 changed = s->runtime->database()->commits();
        scheduler.updateNow();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 4);
        QCOMPARE(s->runtime->database()->commits() - changed, 2);
    }

    void retryAfterIsObeyed()
    {
        auto s = setup();
        QVERIFY(s);
        HttpTestServer::Response slowDown = HttpTestServer::Response::text("slow down", 429);
        slowDown.addHeader("Retry-After", "600");
        s->provider.respondWith(slowDown);
        Scheduler scheduler(s->runtime.get(), quiet());
        const QDateTime start = s->clock.now();
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 1);
        QCOMPARE(scheduler.record(s->hosts.first()).nextAttempt, start.addSecs(600));
        s->provider.respondWith(HttpTestServer::Response::text("good 81.2.69.160"));
        runUntil(*s, scheduler, start.addSecs(599));
        QCOMPARE(s->sent(), 1);
        runUntil(*s, scheduler, start.addSecs(601));
        QCOMPARE(s->sent(), 2);
        QCOMPARE(s->provider.requests().last().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("81.2.69.160"));
    }

    // deSEC hosts on one domain share its budget (2 requests per 2 minutes, one at a time); the
    // hosts beyond it wait in line and say so, and a host on another domain does not wait.
    void budgetIsSharedByTheAccountsHosts()
    {
        const QStringList names {QStringLiteral("a.home.dedyn.io"), QStringLiteral("b.home.dedyn.io"),
                                 QStringLiteral("c.home.dedyn.io"), QStringLiteral("d.home.dedyn.io"),
                                 QStringLiteral("e.other.dedyn.io")};
        auto s = desecSetup(names);
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        auto sentFor = [&](const QString &domain) {
            int count = 0;
            for (const QString &name : names) {
                if (name.endsWith(domain))
                    count += s->sent(name);
            }
            return count;
        };
        QTRY_COMPARE(sentFor(QStringLiteral(".home.dedyn.io")), 2);
        QTRY_COMPARE(sentFor(QStringLiteral(".other.dedyn.io")), 1);
        // The two beyond the budget wait with 0 and 1 ahead of them, as the window and homingctl say.
        auto waitingAhead = [&] {
            QList<int> ahead;
            for (int i = 0; i < 4; ++i)
                ahead.append(scheduler.record(s->hosts.at(i)).waitingAhead);
            std::sort(ahead.begin(), ahead.end());
            return ahead;
        };
        QTRY_COMPARE(waitingAhead(), (QList<int> {-1, -1, 0, 1}));
        for (int i = 0; i < 4; ++i) {
            const HostRecord record = scheduler.record(s->hosts.at(i));
            if (record.waitingAhead < 0)
                continue;
            QCOMPARE(record.state, HostState::Updating);
            QCOMPARE(record.attentionReason,
                     record.waitingAhead == 0 ? QStringLiteral("Waiting for the provider's rate limit (next in line)")
                                              : QStringLiteral("Waiting for the provider's rate limit (1 ahead)"));
        }
        QCOMPARE(scheduler.record(s->hosts.at(4)).state, HostState::UpToDate);
        QVERIFY(scheduler.isBusy());
        QCOMPARE(s->provider.requests().size(), 3);

        // Two minutes later the window has room for both.
        s->clock.advance(120);
        s->runtime->http()->recheck();
        waitIdle(scheduler);
        QCOMPARE(sentFor(QStringLiteral(".home.dedyn.io")), 4);
        for (const QUuid &id : std::as_const(s->hosts)) {
            QCOMPARE(scheduler.record(id).state, HostState::UpToDate);
            QCOMPARE(scheduler.record(id).waitingAhead, -1);
        }
    }

    // "Test" in the host editor draws on the same budget: it waits its turn behind the account's
    // updates, says so, and goes out when the window has room.
    void aCredentialsTestWaitsForTheAccountsBudget()
    {
        const QStringList names {QStringLiteral("a.home.dedyn.io"), QStringLiteral("b.home.dedyn.io"),
                                 QStringLiteral("c.home.dedyn.io")};
        auto s = desecSetup(names);
        QVERIFY(s);
        HomingService service(s->runtime.get(), quiet());
        Scheduler &scheduler = *service.scheduler();
        scheduler.start();
        QTRY_COMPARE(s->sent(), 2); // deSEC: 2 per 2 minutes for the domain
        QTRY_VERIFY(std::any_of(s->hosts.cbegin(), s->hosts.cend(),
                                [&](const QUuid &id) { return scheduler.record(id).waitingAhead == 0; }));

        const Host host = *s->runtime->config().host(s->hosts.first());
        std::optional<int> waited;
        std::optional<UpdateOutcome> tested;
        service.testCredentials(
            host, {}, this,
            [&](const HomingService::Result &result, const UpdateOutcome &outcome) {
                QVERIFY(result.ok);
                tested = outcome;
            },
            [&](int ahead) { waited = ahead; });
        QTRY_COMPARE(waited, std::optional<int>(1)); // behind the host that waits already
        QCOMPARE(s->sent(), 2); // nothing more went out
        QVERIFY(!tested);

        s->clock.advance(120);
        s->runtime->http()->recheck();
        QTRY_VERIFY(tested.has_value());
        QVERIFY2(tested->succeeded(), qPrintable(tested->reason));
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 4);
        QCOMPARE(s->sent(names.first()), 2); // its update, and the test
    }

    void tooManyRequestsStopsTheWholeAccount()
    {
        const QStringList names {QStringLiteral("a.home.dedyn.io"), QStringLiteral("b.home.dedyn.io"),
                                 QStringLiteral("c.home.dedyn.io"), QStringLiteral("e.other.dedyn.io")};
        auto s = desecSetup(names);
        QVERIFY(s);
        s->provider.setHandler([](const HttpTestServer::Request &request) {
            if (request.query().queryItemValue(QStringLiteral("hostname")).endsWith(QLatin1String(".home.dedyn.io"))) {
                HttpTestServer::Response slowDown = HttpTestServer::Response::text("slow down", 429);
                slowDown.addHeader("Retry-After", "600");
                return slowDown;
            }
            return HttpTestServer::Response::text("good 81.2.69.160");
        });
        Scheduler scheduler(s->runtime.get(), quiet());
        const QDateTime start = s->clock.now();
        scheduler.start();
        waitIdle(scheduler);
        // One 429 for the domain, and its other hosts sent nothing: they wait as long as it asked.
        int home = 0;
        for (int i = 0; i < 3; ++i)
            home += s->sent(names.at(i));
        QCOMPARE(home, 1);
        for (int i = 0; i < 3; ++i) {
            const HostRecord record = scheduler.record(s->hosts.at(i));
            QCOMPARE(record.state, HostState::RetryScheduled);
            QCOMPARE(record.nextAttempt, start.addSecs(600));
        }
        QCOMPARE(scheduler.record(s->hosts.at(3)).state, HostState::UpToDate);
        // Only the host whose request went out has an "update sent" row; the others say why
        // nothing was sent.
        int sentRows = 0;
        for (int i = 0; i < 3; ++i) {
            bool sentRow = false;
            bool heldRow = false;
            for (const HistoryEvent &event : s->runtime->history()->events(s->hosts.at(i), 50)) {
                sentRow = sentRow || event.kind == HistoryEvent::Kind::Sent;
                heldRow = heldRow || event.detail.startsWith(QStringLiteral("Not sent: the provider stopped"));
            }
            sentRows += sentRow;
            QVERIFY2(sentRow != heldRow, qPrintable(names.at(i)));
        }
        QCOMPARE(sentRows, 1);
        QCOMPARE(s->runtime->http()->accountPausedUntil(
                     ProviderRegistry::find(QStringLiteral("desec"))
                         ->budgetAccount(s->runtime->config().hosts.first(),
                                         {{QStringLiteral("password"), QStringLiteral("pw-1234")}})),
                 start.addSecs(600));
    }

    void serverTroubleWaitsHalfAnHour()
    {
        auto s = setup();
        QVERIFY(s);
        s->provider.respondWith(HttpTestServer::Response::text("911", 500));
        Scheduler scheduler(s->runtime.get(), quiet());
        const QDateTime start = s->clock.now();
        scheduler.start();
        waitIdle(scheduler);
        runUntil(*s, scheduler, start.addSecs(30 * 60 - 1));
        QCOMPARE(s->sent(), 1);
        runUntil(*s, scheduler, start.addSecs(30 * 60 + 1));
        QCOMPARE(s->sent(), 2);
    }

    void forcedRefreshAfter25Days()
    {
        auto s = setup();
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        const QDateTime start = s->clock.now();
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 1);
        s->clock.setNow(start.addDays(25).addSecs(-3600));
        scheduler.tick();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 1); // unchanged, not yet due
        s->clock.setNow(start.addDays(25).addSecs(1));
        scheduler.tick();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 2);
        QCOMPARE(s->provider.requests().last().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("81.2.69.160"));
    }

    void restartInTheMiddleOfABackoffKeepsTheDeadline()
    {
        auto s = setup();
        QVERIFY(s);
        s->provider.respondWith(HttpTestServer::Response::text("oops", 503));
        const QDateTime start = s->clock.now();
        {
            Scheduler scheduler(s->runtime.get(), quiet());
            scheduler.start();
            waitIdle(scheduler);
        }
        QCOMPARE(s->sent(), 1);
        s->runtime = reopen(*s);
        s->clock.setNow(start.addSecs(120));
        s->provider.respondWith(HttpTestServer::Response::text("good 81.2.69.160"));
        Scheduler restarted(s->runtime.get(), quiet());
        QCOMPARE(restarted.record(s->hosts.first()).nextAttempt, start.addSecs(300));
        restarted.start();
        waitIdle(restarted);
        QCOMPARE(s->sent(), 1); // the deadline survived the restart
        runUntil(*s, restarted, start.addSecs(301));
        QCOMPARE(s->sent(), 2);
        QCOMPARE(restarted.record(s->hosts.first()).state, HostState::UpToDate);
    }

    void oneFailingHostNeverStopsAnother()
    {
        auto s = setup({QStringLiteral("a.example.org"), QStringLiteral("b.example.org")});
        QVERIFY(s);
        s->provider.setHandler([](const HttpTestServer::Request &request) {
            if (request.query().queryItemValue(QStringLiteral("hostname")) == QLatin1String("a.example.org"))
                return HttpTestServer::Response::text("nohost");
            return HttpTestServer::Response::text("good 81.2.69.160");
        });
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(scheduler.record(s->hosts.at(0)).state, HostState::NeedsAttention);
        QCOMPARE(scheduler.record(s->hosts.at(1)).state, HostState::UpToDate);
        QCOMPARE(scheduler.record(s->hosts.at(1)).publishedIpv4, QStringLiteral("81.2.69.160"));
    }

    // A pass over three Dyn hosts of one account sends one request for the three names (Dyn
    // documents hostname=a,b,c), and each host's timeline shows that request and its own outcome.
    void oneAccountsDynHostsShareOneRequest()
    {
        const QStringList names {QStringLiteral("a.example.org"), QStringLiteral("b.example.org"),
                                 QStringLiteral("c.example.org")};
        auto s = setup(names, [](Host &host) { host.providerId = QStringLiteral("dyndns"); });
        QVERIFY(s);
        s->provider.setHandler([](const HttpTestServer::Request &request) {
            const QStringList sent = request.query().queryItemValue(QStringLiteral("hostname")).split(QLatin1Char(','));
            QByteArray body;
            for (const QString &name : sent)
                body += name == QLatin1String("b.example.org") ? "nohost\n" : "good 81.2.69.160\n";
            return HttpTestServer::Response::text(body);
        });
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        QTRY_COMPARE(scheduler.record(s->hosts.at(0)).state, HostState::UpToDate);
        QTRY_VERIFY(!scheduler.isBusy());
        QCOMPARE(s->provider.requests().size(), 1);
        QStringList sent
            = s->provider.requests().first().query().queryItemValue(QStringLiteral("hostname")).split(QLatin1Char(','));
        sent.sort();
        QCOMPARE(sent, names);
        QCOMPARE(scheduler.record(s->hosts.at(1)).state, HostState::NeedsAttention);
        QCOMPARE(scheduler.record(s->hosts.at(2)).state, HostState::UpToDate);
        QCOMPARE(scheduler.record(s->hosts.at(2)).publishedIpv4, QStringLiteral("81.2.69.160"));
        // A success is a Result row, a failure an Error row; each shows the one request (its three
        // names) and the whole reply.
        for (int i = 0; i < 3; ++i) {
            const QString detail = newest(s->runtime.get(), s->hosts.at(i),
                                          i == 1 ? HistoryEvent::Kind::Error : HistoryEvent::Kind::Result)
                                       .detail;
            QVERIFY2(detail.contains(QStringLiteral("request: GET ")) && detail.contains(QStringLiteral("hostname="))
                         && detail.count(QStringLiteral(".example.org")) >= 3
                         && detail.contains(QStringLiteral("nohost")),
                     qPrintable(detail));
        }
    }

    void addressChangeIsFollowedAtOnce()
    {
        auto s = setup();
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        QSignalSpy changed(&scheduler, &Scheduler::publicAddressChanged);
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 1);
        s->clock.advance(90);
        s->echo.respondWith(HttpTestServer::Response::text("81.2.69.161\n"));
        s->provider.respondWith(HttpTestServer::Response::text("good 81.2.69.161"));
        scheduler.networkChanged(QStringLiteral("address added on eth0"));
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 2);
        QCOMPARE(s->provider.requests().last().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("81.2.69.161"));
        QVERIFY(changed.count() >= 1);
        const QList<QVariant> last = changed.last();
        QCOMPARE(last.at(1).value<QHostAddress>(), QHostAddress(QStringLiteral("81.2.69.160")));
        QCOMPARE(last.at(2).value<QHostAddress>(), QHostAddress(QStringLiteral("81.2.69.161")));
        QCOMPARE(last.at(4).value<QList<QUuid>>(), QList<QUuid> {s->hosts.first()});
    }

    void offlineSendsNothingAndChecksOnceWhenBack()
    {
        auto s = setup();
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        const int echoBefore = static_cast<int>(s->echo.requests().size());
        scheduler.setOnline(false);
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::Offline);
        s->clock.advance(3600);
        scheduler.tick();
        scheduler.networkChanged(QStringLiteral("test"));
        waitIdle(scheduler);
        QCOMPARE(s->echo.requests().size(), echoBefore);
        scheduler.setOnline(true);
        waitIdle(scheduler);
        QCOMPARE(s->echo.requests().size(), echoBefore + 1);
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::UpToDate);
    }

    void pauseStopsEverythingAndSurvivesRestart()
    {
        auto s = setup();
        QVERIFY(s);
        const QDateTime start = s->clock.now();
        {
            Scheduler scheduler(s->runtime.get(), quiet());
            scheduler.pause();
            QVERIFY(scheduler.allPaused());
            scheduler.start();
            waitIdle(scheduler);
            runUntil(*s, scheduler, start.addSecs(3600));
        }
        QCOMPARE(s->sent(), 0);
        s->runtime = reopen(*s);
        Scheduler restarted(s->runtime.get(), quiet());
        QCOMPARE(restarted.record(s->hosts.first()).state, HostState::Paused);
        restarted.start();
        waitIdle(restarted);
        QCOMPARE(s->sent(), 0);
        restarted.resume();
        waitIdle(restarted);
        QCOMPARE(s->sent(), 1);
    }

    void fixedInterfaceIdGoesOnTheDetectedPrefix()
    {
        auto s = setup({QStringLiteral("nas.example.org")}, [](Host &host) {
            host.ipv4 = false;
            host.ipv6 = true;
            host.ipv6Policy = Ipv6Policy::FixedInterfaceId;
            host.ipv6InterfaceId = QStringLiteral("::1234:5678");
        });
        QVERIFY(s);
        s->echo.setHandler([](const HttpTestServer::Request &request) {
            return HttpTestServer::Response::text(request.path() == QLatin1String("/ip6") ? "2a01:4f8:c17:1::7\n"
                                                                                          : "81.2.69.160\n");
        });
        s->provider.respondWith(HttpTestServer::Response::text("good 2a01:4f8:c17:1::1234:5678"));
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 1);
        QCOMPARE(s->provider.requests().first().query().queryItemValue(QStringLiteral("myip"), QUrl::FullyDecoded),
                 QStringLiteral("2a01:4f8:c17:1::1234:5678"));
        QCOMPARE(scheduler.record(s->hosts.first()).publishedIpv6, QStringLiteral("2a01:4f8:c17:1::1234:5678"));
    }

    void historyOlderThanTheRetentionIsDropped()
    {
        auto s = setup();
        QVERIFY(s);
        HistoryEvent old;
        old.hostId = s->hosts.first();
        old.time = s->clock.now().addDays(-400);
        old.detail = QStringLiteral("from last year");
        QString error;
        QVERIFY(s->runtime->history()->append({old}, &error));
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        const QList<HistoryEvent> events = s->runtime->history()->events(s->hosts.first(), 100);
        QVERIFY(!events.isEmpty());
        for (const HistoryEvent &event : events)
            QVERIFY(event.detail != QLatin1String("from last year"));
    }

    void nextCheckIsTheNextPollNotTheDistantRefresh()
    {
        auto s = setup();
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        s->clock.advance(300);
        scheduler.tick(); // a routine poll: unchanged, refresh due in 25 days
        waitIdle(scheduler);
        QCOMPARE(scheduler.nextCheck(s->hosts.first()), s->clock.now().addSecs(300));
    }

    void pollIntervalHasJitter()
    {
        auto s = setup();
        QVERIFY(s);
        Scheduler::Options options = quiet();
        options.jitter = 0.1;
        Scheduler scheduler(s->runtime.get(), options);
        scheduler.start();
        waitIdle(scheduler);
        const qint64 wait = s->clock.now().secsTo(scheduler.nextWakeup());
        QVERIFY2(wait >= 270 && wait <= 330, qPrintable(QString::number(wait)));
    }

    // --- the host's machine: what the user sets is what Homing does ---

    void editingAPublishedHostSendsToTheNewTarget()
    {
        auto s = setup();
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 1);
        // The user moves the host to another server and account (a save in the editor, or a hand
        // edit and reload): the unchanged address goes to the new target at once.
        HttpTestServer other;
        QVERIFY(other.listen());
        other.respondWith(HttpTestServer::Response::text("good 81.2.69.160"));
        Config config = s->runtime->config();
        config.hosts[0].settings.insert(QStringLiteral("server"), other.url().toString());
        config.hosts[0].settings.insert(QStringLiteral("username"), QStringLiteral("bob"));
        QString error;
        QVERIFY2(s->runtime->saveConfig(config, &error), qPrintable(error));
        scheduler.reloadConfig();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 1);
        QCOMPARE(other.requests().size(), 1);
        QCOMPARE(other.requests().first().basicCredentials(), QByteArray("bob:pw-1234"));
        QCOMPARE(other.requests().first().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("81.2.69.160"));
        QCOMPARE(scheduler.record(s->hosts.first()).publishedFingerprint, config.hosts[0].fingerprint());
        // Sent once to the new target, not again at the next poll.
        s->clock.advance(300);
        scheduler.tick();
        waitIdle(scheduler);
        QCOMPARE(other.requests().size(), 1);
    }

    void aHandEditReachesTheNewTargetInOnce()
    {
        auto s = setup();
        QVERIFY(s);
        {
            Scheduler scheduler(s->runtime.get(), quiet());
            scheduler.start();
            waitIdle(scheduler);
        }
        QCOMPARE(s->sent(), 1);
        HttpTestServer other;
        QVERIFY(other.listen());
        other.respondWith(HttpTestServer::Response::text("good 81.2.69.160"));
        ConfigStore store(s->dir.filePath(QStringLiteral("config.json")));
        Config config = store.load().config;
        config.hosts[0].settings.insert(QStringLiteral("server"), other.url().toString());
        QString error;
        QVERIFY(store.save(config, &error));
        s->runtime = reopen(*s);
        Scheduler once(s->runtime.get(), quiet());
        QSignalSpy finished(&once, &Scheduler::passFinished);
        once.runOnce();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(other.requests().size(), 1);
        QCOMPARE(once.lastSummary().exitCode(), 0);
    }

    void aNewSecretReleasesAHostThatNeedsYou()
    {
        auto s = setup();
        QVERIFY(s);
        s->provider.setHandler([](const HttpTestServer::Request &request) {
            return HttpTestServer::Response::text(request.basicCredentials() == "alice:pw-5678" ? "good 81.2.69.160"
                                                                                                : "badauth");
        });
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::NeedsAttention);
        // A problem row the timeline's "Problems" filter shows.
        const QList<HistoryEvent> before = s->runtime->history()->events(s->hosts.first(), 10);
        QVERIFY(std::any_of(before.begin(), before.end(), [](const HistoryEvent &e) {
            return e.kind == HistoryEvent::Kind::Error && e.outcome == QLatin1String("needs-user");
        }));
        bool written = false;
        s->secrets->write(SecretStore::keyFor(s->hosts.first(), QStringLiteral("password")), QStringLiteral("pw-5678"),
                          this, [&](const SecretResult &) { written = true; });
        QTRY_VERIFY(written);
        scheduler.secretsChanged(s->hosts.first(), QStringLiteral("new password"));
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 2);
        QCOMPARE(s->provider.requests().last().basicCredentials(), QByteArray("alice:pw-5678"));
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::UpToDate);
        // And a new secret for a host that is up to date sends its record again.
        scheduler.secretsChanged(s->hosts.first(), QStringLiteral("new password again"));
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 3);
        QVERIFY(!scheduler.record(s->hosts.first()).republish);
    }

    void pausingWhileTheRequestIsOutStaysPaused()
    {
        auto s = setup();
        QVERIFY(s);
        s->provider.hold();
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        QTRY_COMPARE(s->provider.heldCount(), 1);
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::Updating);
        scheduler.pause(s->hosts.first());
        s->provider.release();
        waitIdle(scheduler);
        const HostRecord shown = scheduler.record(s->hosts.first());
        QVERIFY(shown.paused);
        QCOMPARE(shown.state, HostState::Paused);
        QCOMPARE(shown.publishedIpv4, QStringLiteral("81.2.69.160")); // the reply was recorded too
        s->runtime = reopen(*s);
        QVERIFY(s->runtime->state()->load(s->hosts.first()).paused);
    }

    void onceStartsFromThePublishedAddresses()
    {
        auto s = setup();
        QVERIFY(s);
        HttpTestServer second;
        QVERIFY(second.listen());
        second.respondWith(HttpTestServer::Response::text("81.2.69.160\n"));
        Config config = s->runtime->config();
        SourceConfig source = config.sources.first();
        source.id = QStringLiteral("second");
        source.options.insert(QStringLiteral("ipv4Url"), second.url(QStringLiteral("/ip")).toString());
        config.sources.append(source);
        config.settings.quorum = 2;
        QString error;
        QVERIFY(s->runtime->saveConfig(config, &error));
        {
            Scheduler scheduler(s->runtime.get(), quiet());
            scheduler.start();
            waitIdle(scheduler);
            QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::UpToDate);
        }
        // One of the two sources goes down: the published address needs only one to confirm it.
        second.respondWith(HttpTestServer::Response::text("down", 503));
        s->runtime = reopen(*s);
        Scheduler once(s->runtime.get(), quiet());
        QSignalSpy finished(&once, &Scheduler::passFinished);
        once.runOnce();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(once.lastSummary().exitCode(), 0);
        QCOMPARE(once.lastSummary().hosts.first().kind, UpdateCycle::HostResult::Kind::Unchanged);
        QCOMPARE(s->sent(), 1);
    }

    void noUsableAddressShowsInTheHostsTimeline()
    {
        auto s = setup();
        QVERIFY(s);
        s->echo.respondWith(HttpTestServer::Response::text("192.168.1.20\n")); // a private address
        Scheduler once(s->runtime.get(), quiet());
        QSignalSpy finished(&once, &Scheduler::passFinished);
        once.runOnce();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(once.lastSummary().exitCode(), 75);
        QCOMPARE(s->sent(), 0);
        const QList<HistoryEvent> events = s->runtime->history()->events(s->hosts.first(), 10);
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.first().kind, HistoryEvent::Kind::Error);
        QCOMPARE(events.first().outcome, QStringLiteral("no-address"));
        QVERIFY2(events.first().detail.contains(QStringLiteral("ipv4")), qPrintable(events.first().detail));
        QCOMPARE(once.record(s->hosts.first()).state, HostState::RetryScheduled);
        QCOMPARE(once.record(s->hosts.first()).lastOutcome, QStringLiteral("no-address"));
    }

    void aDualStackHostWithOneFamilySaysSo()
    {
        auto s = setup({QStringLiteral("home.example.org")}, [](Host &host) { host.ipv6 = true; });
        QVERIFY(s);
        s->echo.setHandler([](const HttpTestServer::Request &request) {
            return request.path() == QLatin1String("/ip6") ? HttpTestServer::Response::text("oops", 500)
                                                           : HttpTestServer::Response::text("81.2.69.160\n");
        });
        Scheduler once(s->runtime.get(), quiet());
        QSignalSpy finished(&once, &Scheduler::passFinished);
        once.runOnce();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(s->sent(), 1); // IPv4 went out
        QCOMPARE(once.lastSummary().hosts.first().kind, UpdateCycle::HostResult::Kind::Partial);
        QCOMPARE(once.lastSummary().exitCode(), 75);
        const QList<HistoryEvent> events = s->runtime->history()->events(s->hosts.first(), 10);
        QVERIFY(std::any_of(events.begin(), events.end(), [](const HistoryEvent &e) {
            return e.kind == HistoryEvent::Kind::Error && e.detail.contains(QStringLiteral("ipv6"));
        }));
    }

    void theHostsAddressSourceDecides()
    {
        // Two sources disagree; the host that names its own source publishes what that one saw,
        // and every host's timeline shows the disagreement.
        auto s = setup({QStringLiteral("a.example.org"), QStringLiteral("b.example.org")});
        QVERIFY(s);
        HttpTestServer second;
        QVERIFY(second.listen());
        second.respondWith(HttpTestServer::Response::text("81.2.69.192\n"));
        Config config = s->runtime->config();
        SourceConfig source = config.sources.first();
        source.id = QStringLiteral("second");
        source.options.insert(QStringLiteral("ipv4Url"), second.url(QStringLiteral("/ip")).toString());
        config.sources.append(source);
        config.hosts[1].sourceOverride = QStringLiteral("second");
        QString error;
        QVERIFY(s->runtime->saveConfig(config, &error));
        s->provider.respondWith(HttpTestServer::Response::text("good 81.2.69.192"));
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(s->sent(QStringLiteral("a.example.org")), 0);
        QCOMPARE(s->sent(QStringLiteral("b.example.org")), 1);
        QCOMPARE(s->provider.requests().first().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("81.2.69.192"));
        for (const QUuid &id : s->hosts) {
            const QList<HistoryEvent> events = s->runtime->history()->events(id, 20);
            QVERIFY(std::any_of(events.begin(), events.end(),
                                [](const HistoryEvent &e) { return e.kind == HistoryEvent::Kind::Disagreement; }));
        }
        for (const HistoryEvent &event : s->runtime->history()->events({}, 100))
            QVERIFY(!event.hostId.isNull());
    }

    void theAddressChangeNamesOnlyHostsThatFollowed()
    {
        auto s = setup({QStringLiteral("a.example.org"), QStringLiteral("b.example.org")});
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        QSignalSpy changed(&scheduler, &Scheduler::publicAddressChanged);
        scheduler.start();
        waitIdle(scheduler);
        s->clock.advance(90);
        s->echo.respondWith(HttpTestServer::Response::text("81.2.69.161\n"));
        s->provider.setHandler([](const HttpTestServer::Request &request) {
            if (request.query().queryItemValue(QStringLiteral("hostname")) == QLatin1String("a.example.org"))
                return HttpTestServer::Response::text("good 81.2.69.161");
            return HttpTestServer::Response::text("911", 500);
        });
        changed.clear();
        scheduler.networkChanged(QStringLiteral("address added on eth0"));
        waitIdle(scheduler);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(2).value<QHostAddress>(), QHostAddress(QStringLiteral("81.2.69.161")));
        QCOMPARE(changed.first().at(4).value<QList<QUuid>>(), QList<QUuid> {s->hosts.at(0)});
    }

    void aStateThatCannotBeStoredIsAnErrorAndIsRetried()
    {
        auto s = setup();
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 1);
        const QUuid id = s->hosts.first();
        const int rowsBefore = static_cast<int>(s->runtime->history()->events(id, 100).size());

        // The disk fills; the address moves. The provider is told, the state cannot be stored.
        QVERIFY(refuseWrites(*s, true));
        s->clock.advance(90);
        const QDateTime failedAt = s->clock.now();
        s->echo.respondWith(HttpTestServer::Response::text("81.2.69.161\n"));
        s->provider.respondWith(HttpTestServer::Response::text("good 81.2.69.161"));
        QSignalSpy attention(&scheduler, &Scheduler::hostNeedsAttention);
        QSignalSpy recovered(&scheduler, &Scheduler::hostRecovered);
        scheduler.networkChanged(QStringLiteral("address added on eth0"));
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 2);
        HostRecord shown = scheduler.record(id);
        QCOMPARE(shown.state, HostState::Error);
        QVERIFY2(shown.attentionReason.contains(QStringLiteral("Could not store the state"))
                     && shown.attentionReason.contains(QStringLiteral("disk is full")),
                 qPrintable(shown.attentionReason));
        QCOMPARE(shown.publishedIpv4, QStringLiteral("81.2.69.160")); // the last good state, in memory
        QCOMPARE(s->runtime->state()->load(id).publishedIpv4, QStringLiteral("81.2.69.160")); // and in SQLite
        QCOMPARE(attention.size(), 1);
        QCOMPARE(scheduler.nextCheck(id), failedAt.addSecs(10));
        QCOMPARE(scheduler.lastSummary().hosts.first().kind, UpdateCycle::HostResult::Kind::StorageFailed);

        // Still full at the first retry: the next one is 20 s later; nothing is sent again.
        runUntil(*s, scheduler, failedAt.addSecs(25));
        QCOMPARE(scheduler.state(id), HostState::Error);
        QCOMPARE(scheduler.nextCheck(id), failedAt.addSecs(30));
        QCOMPARE(attention.size(), 1);
        // Full for hours, with polls and retries (at most 10 min apart): the provider has the
        // address, so it is never told again.
        const int polls = static_cast<int>(s->echo.requests().size());
        runUntil(*s, scheduler, failedAt.addSecs(3 * 3600));
        QCOMPARE(scheduler.state(id), HostState::Error);
        QVERIFY(s->echo.requests().size() >= polls + 30);
        QCOMPARE(s->sent(), 2);
        QCOMPARE(scheduler.nextCheck(id).isValid(), true);
        QVERIFY(s->clock.now().secsTo(scheduler.nextCheck(id)) <= 600);
        QCOMPARE(attention.size(), 1);

        // Room is made: the retry stores the outcome the provider gave, with its rows, once, after
        // a row that says why they come late.
        QVERIFY(refuseWrites(*s, false));
        runUntil(*s, scheduler, failedAt.addSecs(3 * 3600 + 601));
        QCOMPARE(scheduler.state(id), HostState::UpToDate);
        QCOMPARE(s->runtime->state()->load(id).publishedIpv4, QStringLiteral("81.2.69.161"));
        QCOMPARE(s->sent(), 2);
        QCOMPARE(recovered.size(), 1);
        const QList<HistoryEvent> events = s->runtime->history()->events(id, 100);
        QCOMPARE(events.size(), rowsBefore + 4); // not-stored, detected, sent, result (newest first)
        QCOMPARE(events.first().kind, HistoryEvent::Kind::Result);
        QCOMPARE(events.first().newAddress, QStringLiteral("81.2.69.161"));
        QCOMPARE(events.first().oldAddress, QStringLiteral("81.2.69.160"));
        const HistoryEvent &late = events.at(3);
        QCOMPARE(late.kind, HistoryEvent::Kind::Error);
        QCOMPARE(late.outcome, QStringLiteral("not-stored"));
        QCOMPARE(late.time, failedAt);
        QVERIFY2(late.detail.contains(QStringLiteral("disk is full")), qPrintable(late.detail));
    }

    void onceWhoseStateCannotBeStoredExits74()
    {
        auto s = setup();
        QVERIFY(s);
        QVERIFY(refuseWrites(*s, true));
        Scheduler once(s->runtime.get(), quiet());
        QSignalSpy finished(&once, &Scheduler::passFinished);
        once.runOnce();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(s->sent(), 1);
        const UpdateCycle::HostResult &result = once.lastSummary().hosts.first();
        QCOMPARE(result.kind, UpdateCycle::HostResult::Kind::StorageFailed);
        QVERIFY2(result.message.contains(QStringLiteral("Could not store the state")), qPrintable(result.message));
        QCOMPARE(once.lastSummary().exitCode(), 74);
        QCOMPARE(s->runtime->state()->load(s->hosts.first()).publishedIpv4, QString());
    }

    // Parking with a provider that can only point the name elsewhere: the sink address goes out
    // although the secret store no longer answers (the request was made ready beforehand), the
    // lock goes after the reply, nothing else is sent while away, and resume restores the address.
    void parkingIsReadyBeforeTheMachineLeaves()
    {
        auto s = parkingSetup();
        QVERIFY(s);
        FakePowerEvents power;
        Scheduler scheduler(s->runtime.get(), quiet());
        startWith(scheduler, power);
        const QUuid id = s->hosts.first();
        QCOMPARE(scheduler.record(id).publishedIpv4, QStringLiteral("81.2.69.160"));
        QVERIFY(power.holding);
        QTRY_VERIFY(scheduler.parker()->isReady(id));

        s->secrets->setStalled(true); // the keychain is locked now, or slow: it must not matter
        s->provider.respondWith(HttpTestServer::Response::text("good 0.0.0.0"));
        QSignalSpy finished(&scheduler, &Scheduler::parkingFinished);
        power.leave(PowerEvents::Leaving::Sleep);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 1);
        QCOMPARE(s->sent(), 2);
        QCOMPARE(s->provider.requests().last().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("0.0.0.0"));
        QVERIFY(!power.holding);
        QCOMPARE(scheduler.record(id).state, HostState::Parked);
        QCOMPARE(scheduler.record(id).publishedIpv4, QStringLiteral("81.2.69.160")); // what comes back
        const HistoryEvent parked = newest(s->runtime.get(), id, HistoryEvent::Kind::Parked);
        QCOMPARE(parked.oldAddress, QStringLiteral("81.2.69.160"));
        QCOMPARE(parked.newAddress, QStringLiteral("0.0.0.0"));
        QCOMPARE(parked.source, QStringLiteral("the machine goes to sleep"));

        // Away: an "update now" sends nothing.
        scheduler.updateNow();
        QVERIFY(!scheduler.isBusy());
        QCOMPARE(s->sent(), 2);

        s->secrets->setStalled(false);
        s->provider.respondWith(HttpTestServer::Response::text("good 81.2.69.160"));
        power.resume();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 3);
        QCOMPARE(s->provider.requests().last().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("81.2.69.160"));
        QCOMPARE(scheduler.record(id).state, HostState::UpToDate);
        QVERIFY(!scheduler.record(id).parked);
        QVERIFY(power.holding); // a new lock for the next sleep
        QCOMPARE(power.holds, 2);
    }

    // A provider that does not answer: the machine is let go at the deadline, and the timeline
    // says the name could not be taken offline.
    void theLockGoesAtTheDeadline()
    {
        auto s = parkingSetup();
        QVERIFY(s);
        FakePowerEvents power;
        Scheduler scheduler(s->runtime.get(), quiet());
        startWith(scheduler, power);
        QTRY_VERIFY(scheduler.parker()->isReady(s->hosts.first()));
        HttpTestServer::Response stall;
        stall.stall = true;
        s->provider.respondWith(stall);
        QSignalSpy finished(&scheduler, &Scheduler::parkingFinished);
        power.leave(PowerEvents::Leaving::Shutdown);
        QTRY_COMPARE(s->sent(), 2);
        QVERIFY(power.holding); // the reply is awaited
        QTRY_VERIFY_WITH_TIMEOUT(!power.holding, 10000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(newest(s->runtime.get(), s->hosts.first(), HistoryEvent::Kind::Error).time.isValid(),
                                 10000);
        const HistoryEvent failed = newest(s->runtime.get(), s->hosts.first(), HistoryEvent::Kind::Error);
        QVERIFY2(failed.detail.startsWith(QStringLiteral("Could not take the name offline")),
                 qPrintable(failed.detail));
        QVERIFY(!scheduler.record(s->hosts.first()).parked);
    }

    // An update that is out when the machine leaves: the park still goes out and the host ends
    // parked, whichever reply comes first, and the return sends the address again. (The server
    // answers in the order it was asked; the other order is driven through the host's machine.)
    void anUpdateInFlightStillEndsParked()
    {
        auto s = parkingSetup();
        QVERIFY(s);
        FakePowerEvents power;
        Scheduler scheduler(s->runtime.get(), quiet());
        startWith(scheduler, power);
        QTRY_VERIFY(scheduler.parker()->isReady(s->hosts.first()));
        s->provider.setHandler([](const HttpTestServer::Request &request) {
            return HttpTestServer::Response::text("good "
                                                  + request.query().queryItemValue(QStringLiteral("myip")).toLatin1());
        });
        s->echo.respondWith(HttpTestServer::Response::text("81.2.69.200\n")); // a new address
        s->provider.hold();
        scheduler.updateNow(); // the user's wish skips the least interval between two calls
        QTRY_COMPARE(s->sent(), 2); // the update is out, its answer held
        power.leave(PowerEvents::Leaving::Sleep);
        QTRY_COMPARE(s->sent(), 3); // the park is out too
        s->provider.release(); // the update's "good" first, then the park's
        QTRY_VERIFY(!power.holding);
        waitIdle(scheduler);
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::Parked);
        power.resume();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 4);
        QCOMPARE(s->provider.requests().last().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("81.2.69.200"));
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::UpToDate);

        // The park answered before the update that was sent earlier: the provider's last word was
        // the park, so the record stays parked.
        HostMachine *machine = scheduler.machine(s->hosts.first());
        machine->beginUpdate();
        machine->parkFinished(UpdateOutcome::updated({QHostAddress(QStringLiteral("0.0.0.0"))}), QStringLiteral("test"),
                              1);
        machine->finish(UpdateOutcome::updated({QHostAddress(QStringLiteral("81.2.69.200"))}),
                        {QHostAddress(QStringLiteral("81.2.69.200"))}, {}, 1);
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::Parked);
        QVERIFY(scheduler.record(s->hosts.first()).parked);
    }

    // Without a host that parks no lock is held, and leaving sends nothing.
    void noParkingNoLock()
    {
        auto s = setup();
        QVERIFY(s);
        FakePowerEvents power;
        Scheduler scheduler(s->runtime.get(), quiet());
        startWith(scheduler, power);
        QVERIFY(!power.holding);
        QCOMPARE(power.holds, 0);
        QSignalSpy finished(&scheduler, &Scheduler::parkingFinished);
        power.leave(PowerEvents::Leaving::Sleep);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(s->sent(), 1);
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::UpToDate);
    }

private:
    // The sources of steadySetup(): two HTTP echo paths on s.echo and one DNS echo source at dns,
    // listed last (the cheap one by cost on the wire, not by order). Counts since the last reset.
    static QString asked(const Setup &s, const Homing::Test::EchoDnsServer &dns)
    {
        auto web = [&](const QString &path) {
            return std::count_if(s.echo.requests().begin(), s.echo.requests().end(),
                                 [&](const HttpTestServer::Request &request) { return request.path() == path; });
        };
        return QStringLiteral("web-a=%1 web-b=%2 dns=%3")
            .arg(web(QStringLiteral("/a")))
            .arg(web(QStringLiteral("/b")))
            .arg(dns.queries());
    }

    // setup() with those sources; dns starts echoing 81.2.69.160.
    static std::unique_ptr<Setup> steadySetup(Homing::Test::EchoDnsServer &dns, const QString &hostSource = {})
    {
        auto s = setup();
        if (!s || !dns.listen())
            return nullptr;
        dns.setAddresses(QHostAddress(QStringLiteral("81.2.69.160")));
        Config config = s->runtime->config();
        config.sources.clear();
        for (const char *id : {"a", "b"}) {
            SourceConfig web;
            web.id = QStringLiteral("web-") + QLatin1String(id);
            web.kind = QStringLiteral("http");
            web.options.insert(QStringLiteral("ipv4Url"), s->echo.url(QLatin1Char('/') + QLatin1String(id)).toString());
            web.options.insert(QStringLiteral("format"), QStringLiteral("plain"));
            config.sources.append(web);
        }
        SourceConfig echo;
        echo.id = QStringLiteral("dns");
        echo.kind = QStringLiteral("dns");
        echo.options = {{QStringLiteral("service"), QStringLiteral("opendns")},
                        {QStringLiteral("ipv4Server"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("ipv6Server"), QString()},
                        {QStringLiteral("port"), dns.port()}};
        config.sources.append(echo);
        config.hosts.first().sourceOverride = hostSource;
        QString error;
        return s->runtime->saveConfig(config, &error) ? std::move(s) : nullptr;
    }

    // The next poll, with the sources' counters reset before it.
    static void poll(Setup &s, Scheduler &scheduler, Homing::Test::EchoDnsServer &dns)
    {
        s.echo.clearRequests();
        dns.resetQueries();
        s.clock.advance(scheduler.pollIntervalSeconds());
        scheduler.tick();
        waitIdle(scheduler);
    }

private slots:
    // Issue 15, item 5: a poll in steady state asks one cheap source; a network change asks all.
    void aSteadyStatePollAsksOnlyTheCheapSource()
    {
        Homing::Test::EchoDnsServer dns;
        auto s = steadySetup(dns);
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(asked(*s, dns), QStringLiteral("web-a=1 web-b=1 dns=1")); // the start: every source
        QCOMPARE(s->sent(), 1);

        poll(*s, scheduler, dns);
        QCOMPARE(asked(*s, dns), QStringLiteral("web-a=0 web-b=0 dns=1"));
        QCOMPARE(scheduler.agreeingSources(AddressFamily::IPv4), QStringList {QStringLiteral("dns")});
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::UpToDate);
        QCOMPARE(s->sent(), 1);

        scheduler.networkChanged(QStringLiteral("address added on eth0"));
        waitIdle(scheduler);
        QCOMPARE(asked(*s, dns), QStringLiteral("web-a=1 web-b=1 dns=2"));
        QCOMPARE(s->sent(), 1);
    }

    // A poll whose cheap answer differs asks the rest, and the host follows once they agree.
    void aPollThatSeesANewAddressAsksTheQuorum()
    {
        Homing::Test::EchoDnsServer dns;
        auto s = steadySetup(dns);
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(s->sent(), 1);

        s->echo.respondWith(HttpTestServer::Response::text("81.2.69.192\n"));
        dns.setAddresses(QHostAddress(QStringLiteral("81.2.69.192")));
        s->provider.respondWith(HttpTestServer::Response::text("good 81.2.69.192"));
        poll(*s, scheduler, dns);
        QCOMPARE(asked(*s, dns), QStringLiteral("web-a=1 web-b=1 dns=1")); // the DNS source once, not twice
        QCOMPARE(s->sent(), 2);
        QCOMPARE(s->provider.requests().last().query().queryItemValue(QStringLiteral("myip")),
                 QStringLiteral("81.2.69.192"));
        QCOMPARE(scheduler.agreeingSources(AddressFamily::IPv4).size(), 3);
    }

    // A host that names its own source gets that source's answer in a poll too.
    void aHostsOwnSourceIsAskedInAPollToo()
    {
        Homing::Test::EchoDnsServer dns;
        auto s = steadySetup(dns, QStringLiteral("web-b"));
        QVERIFY(s);
        Scheduler scheduler(s->runtime.get(), quiet());
        scheduler.start();
        waitIdle(scheduler);
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::UpToDate);

        poll(*s, scheduler, dns);
        QCOMPARE(asked(*s, dns), QStringLiteral("web-a=0 web-b=1 dns=1"));
        QCOMPARE(scheduler.record(s->hosts.first()).state, HostState::UpToDate);
        QCOMPARE(s->sent(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
