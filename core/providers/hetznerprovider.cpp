#include "hetznerprovider.h"

#include "providercache.h"
#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "recordsync.h"
#include "redactor.h"
#include "sharedrequest.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrlQuery>

#include <variant>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {
const QString kHetznerApi = QStringLiteral("https://api.hetzner.cloud/v1");
constexpr int kHetznerDefaultTtl = 60;
constexpr int kHetznerListingPage = 50; // rrsets in one page of a zone's listing (the Cloud API's most)
constexpr qint64 kHetznerListingBytes = 512 * 1024; // a page of 50 rrsets fits

QString hetznerRrsetPath(const QString &zone, const QString &name, const QString &type)
{
    return QStringLiteral("/zones/%1/rrsets/%2/%3").arg(F::segment(zone), F::segment(name), type);
}

// GET /zones/<zone>/rrsets?type=A&type=AAAA&per_page=50: the zone's address rrsets.
HttpRequest hetznerListing(const QUrl &base, const QString &zone, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl all = F::endpoint(base, QStringLiteral("/zones/%1/rrsets").arg(F::segment(zone)));
    all.setQuery(QUrlQuery {{QStringLiteral("type"), QStringLiteral("A")},
                            {QStringLiteral("type"), QStringLiteral("AAAA")},
                            {QStringLiteral("per_page"), QString::number(kHetznerListingPage)}});
    HttpRequest listing = jsonRequest("GET", all, headers);
    listing.maxBodyBytes = kHetznerListingBytes;
    return listing;
}

// Whether a listing's answer holds every address rrset of the zone: a list of rrsets without a next
// page. A listing that is not one (another page follows, the zone's mode does not allow it: 404 or
// 422) leaves each host to its own lookup; any other problem counts, read() reports it.
bool hetznerListingComplete(const HttpResponse &response)
{
    if (!response.ok() || (response.status != 200 && response.status != 404 && response.status != 422))
        return true;
    const std::optional<QJsonObject> object = jsonObject(response.body);
    if (response.status != 200 || !object || !object->value(QStringLiteral("rrsets")).isArray())
        return false;
    const QJsonValue next = object->value(QStringLiteral("meta"))
                                .toObject()
                                .value(QStringLiteral("pagination"))
                                .toObject()
                                .value(QStringLiteral("next_page"));
    return next.isNull() || next.isUndefined();
}

// What the account's cache (HttpClient::providerCache) holds: "rrset <zone> <name> <type>" when
// the rrset exists, as a lookup, a listing or a creation showed. A changed address is then the
// set_records action alone; a 404 on it forgets the entry and looks again.
QString hetznerRrsetEntry(const QString &zone, const QString &name, const QString &type)
{
    return QStringLiteral("rrset %1 %2 %3").arg(zone.toLower(), name.toLower(), type);
}

// The action in a 201 reply, or the outcome that ends this pass.
std::variant<QJsonObject, UpdateOutcome> actionIn(const HttpResponse &response)
{
    if (std::optional<UpdateOutcome> problem = commonProblem(response, jsonMessage(response.body)))
        return *problem;
    if (response.status >= 400)
        return refused(response, jsonMessage(response.body));
    const std::optional<QJsonObject> object = jsonObject(response.body);
    if (!object || !object->value(QStringLiteral("action")).isObject())
        return notUnderstood(response);
    return object->value(QStringLiteral("action")).toObject();
}
// The outcome of a finished action, nullopt while it runs.
std::optional<UpdateOutcome> settled(const QJsonObject &action, const QHostAddress &address)
{
    const QString status = action.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("success"))
        return UpdateOutcome::updated({address});
    if (status == QLatin1String("error"))
        return UpdateOutcome::needsUser(
            QObject::tr("Hetzner could not change the record: %1")
                .arg(action.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()),
            QObject::tr("Check the zone and record in the Hetzner Console."));
    return std::nullopt;
}
} // namespace

ProviderInfo HetznerProvider::info()
{
    ProviderInfo info = F::describe("hetzner", "Hetzner Cloud DNS", "https://docs.hetzner.cloud/reference/cloud#dns",
                                    tr("Hetzner DNS zones in the Cloud Console (current API)"));
    info.ipv6 = true;
    info.ttl = true;
    info.minTtl = 60;
    info.parkingMethod = ParkingMethod::DeleteRecord;
    info.testCredentials = true;
    // No request budget is documented here; an account (by token) lets the hosts of one zone share
    // what they learn (ProviderCache), and four requests at a time keep their bursts polite.
    info.budget = {0, std::chrono::seconds(0), 4, std::chrono::seconds(60)};
    info.budgetFields = {QStringLiteral("token")};
    info.fields = {F::server(kHetznerApi), F::zone(true),
                   F::secret("token", tr("API token"), tr("A Hetzner Cloud project API token with read & write.")),
                   F::createRecord()};
    info.notes = tr("Speaks the Hetzner Cloud API. The old DNS Console (dns.hetzner.com) API is being shut down; "
                    "move the zone to the Cloud Console first. TTL applies to records Homing creates.");
    info.expectedLagSeconds = 60; // TRUST.md §3
    return info;
}

QList<QPair<QByteArray, QByteArray>> HetznerProvider::bearer(const UpdateRequest &request) const
{
    return {ProviderReplies::bearer(http(), request.secrets.value(QStringLiteral("token")))};
}

void HetznerProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    QString zone;
    QString label;
    const auto job = ProviderJob::startInZone(
        this, context, SharedRequest::forgettingAccount(account(), http()->providerCache(), std::move(callback)),
        request.host, &zone, &label);
    if (!job)
        return;
    const QString name = label.isEmpty() ? QStringLiteral("@") : label;
    const QUrl base = F::baseUrl(request.host, kHetznerApi);
    const QByteArray account = this->account();
    const QPointer<ProviderCache> cache = http()->providerCache();
    job->forEachAddress(
        request.addresses(),
        [this, job, request, zone, name, base, account, cache](const QHostAddress &address, ProviderJob::Done done) {
            const QString type = recordTypeOf(address);
            const QString rrset = hetznerRrsetPath(zone, name, type);
            const QJsonArray records {QJsonObject {{QStringLiteral("value"), address.toString()}}};
            RecordSteps steps;
            steps.provider = QStringLiteral("Hetzner");
            steps.hostName = request.host.name;
            steps.type = type;
            steps.lookup = jsonRequest("GET", F::endpoint(base, rrset), bearer(request));
            const QString known = hetznerRrsetEntry(zone, name, type);
            auto remember = [cache, account, known, name, type] {
                if (cache && !account.isEmpty())
                    cache->insert(account, known, name + QLatin1Char('/') + type);
            };
            steps.read = [remember, name, type](const HttpResponse &response, std::optional<FoundRecord> *found) {
                if (std::optional<UpdateOutcome> problem = commonProblem(response, jsonMessage(response.body)))
                    return problem;
                if (response.status == 404)
                    return std::optional<UpdateOutcome>();
                const std::optional<QJsonObject> object = jsonObject(response.body);
                if (response.status != 200 || !object)
                    return std::optional<UpdateOutcome>(response.status >= 400
                                                            ? refused(response, jsonMessage(response.body))
                                                            : notUnderstood(response));
                // The host's own lookup answers with its rrset; the zone's listing with every rrset.
                QJsonObject set = object->value(QStringLiteral("rrset")).toObject();
                if (object->value(QStringLiteral("rrsets")).isArray()) {
                    set = {};
                    for (const QJsonValue &candidate : object->value(QStringLiteral("rrsets")).toArray()) {
                        const QJsonObject each = candidate.toObject();
                        if (each.value(QStringLiteral("type")).toString() == type
                            && each.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
                            set = each;
                    }
                    if (set.isEmpty())
                        return std::optional<UpdateOutcome>(); // absent
                }
                remember();
                FoundRecord record;
                for (const QJsonValue &value : set.value(QStringLiteral("records")).toArray())
                    record.values.append(value.toObject().value(QStringLiteral("value")).toString());
                record.ttl = set.value(QStringLiteral("ttl")).toInt();
                *found = record;
                return std::optional<UpdateOutcome>();
            };
            // The TTL applies to records Homing creates; an existing one keeps its own.
            // A host that parks by deleting its rrset creates it again when the machine is back.
            steps.mayCreate = F::flag(request.host, QStringLiteral("create"), false) || request.host.park;
            steps.change = [this, request, base, rrset, records](const FoundRecord &) {
                return jsonRequest("POST", F::endpoint(base, rrset + QStringLiteral("/actions/set_records")),
                                   bearer(request), QJsonObject {{QStringLiteral("records"), records}});
            };
            steps.create = [this, request, base, zone, name, type, records] {
                const QJsonObject body {
                    {QStringLiteral("name"), name},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("ttl"), request.host.ttl > 0 ? request.host.ttl : kHetznerDefaultTtl},
                    {QStringLiteral("records"), records}};
                return jsonRequest("POST", F::endpoint(base, QStringLiteral("/zones/%1/rrsets").arg(F::segment(zone))),
                                   bearer(request), body);
            };
            steps.confirm = [this, job, request, remember](const HttpResponse &reply, const QHostAddress &sent,
                                                           ProviderJob::Done finished) {
                const auto action = actionIn(reply);
                if (const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&action)) {
                    finished(*failure);
                    return;
                }
                remember(); // changed or just created
                const QJsonObject started = std::get<QJsonObject>(action);
                if (std::optional<UpdateOutcome> outcome = settled(started, sent))
                    finished(*outcome);
                else
                    awaitAction(job, request, started.value(QStringLiteral("id")).toVariant().toLongLong(), kPolls,
                                true, sent, finished);
            };
            if (!account.isEmpty()) {
                // The hosts of one zone that look up their rrsets at once share one listing; a zone
                // of more than one page is looked up host by host instead.
                steps.fetch = [this, job, request, base, zone, account, lookup = steps.lookup](const auto &handler) {
                    SharedRequest::listing(job, SharedRequest::key(account, QStringLiteral("rrsets of ") + zone),
                                           hetznerListing(base, zone, bearer(request)), lookup, &hetznerListingComplete,
                                           handler);
                };
                // A known rrset: set_records alone; a 404 on it forgets it and looks again.
                if (cache->contains(account, known)) {
                    steps.known = FoundRecord {};
                    steps.forgetKnown = SharedRequest::forgettingEntry(cache, account, known);
                }
            }
            syncRecord(job, address, std::move(steps), done);
        });
}

void HetznerProvider::awaitAction(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                  qint64 actionId, int pollsLeft, bool zonesPath, const QHostAddress &address,
                                  const std::function<void(UpdateOutcome)> &done)
{
    if (pollsLeft <= 0) {
        done(UpdateOutcome::updated({address},
                                    tr("Hetzner accepted the change; it was still being applied when "
                                       "Homing stopped asking.")));
        return;
    }
    job->later(kPollInterval, [=, this] {
        const QString path
            = (zonesPath ? QStringLiteral("/zones/actions/%1") : QStringLiteral("/actions/%1")).arg(actionId);
        job->send(jsonRequest("GET", F::endpoint(F::baseUrl(request.host, kHetznerApi), path), bearer(request)),
                  [=, this](const HttpResponse &response) {
                      if (response.ok() && response.status == 404 && zonesPath) {
                          awaitAction(job, request, actionId, pollsLeft, false, address, done);
                          return;
                      }
                      const auto action = actionIn(response);
                      if (const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&action)) {
                          done(*failure);
                          return;
                      }
                      if (std::optional<UpdateOutcome> outcome = settled(std::get<QJsonObject>(action), address))
                          done(*outcome);
                      else
                          awaitAction(job, request, actionId, pollsLeft - 1, zonesPath, address, done);
                  });
    });
}

void HetznerProvider::park(const UpdateRequest &request, QObject *context, Callback callback)
{
    QString zone;
    QString label;
    const auto job = ProviderJob::startInZone(
        this, context, SharedRequest::forgettingAccount(account(), http()->providerCache(), std::move(callback)),
        request.host, &zone, &label);
    if (!job)
        return;
    const QString name = label.isEmpty() ? QStringLiteral("@") : label;
    const QUrl base = F::baseUrl(request.host, kHetznerApi);
    for (const QString &type : {QStringLiteral("A"), QStringLiteral("AAAA")}) // deleted next
        http()->providerCache()->remove(account(), hetznerRrsetEntry(zone, name, type));
    deleteRecords(
        job, request.host, [this, job, request, zone, name, base](const QString &type, ProviderJob::Done done) {
            job->send(
                jsonRequest("DELETE", F::endpoint(base, hetznerRrsetPath(zone, name, type)), bearer(request)),
                [this, job, request, done](const HttpResponse &reply) {
                    if (std::optional<UpdateOutcome> problem = deleteProblem(reply)) {
                        done(*problem);
                        return;
                    }
                    const QJsonObject action
                        = jsonObject(reply.body).value_or(QJsonObject()).value(QStringLiteral("action")).toObject();
                    // 404 (gone already) or a reply without an action: nothing to wait for.
                    if (reply.status == 404 || action.isEmpty()) {
                        done(UpdateOutcome::updated({}));
                        return;
                    }
                    if (std::optional<UpdateOutcome> outcome = settled(action, {}))
                        done(*outcome);
                    else
                        awaitAction(job, request, action.value(QStringLiteral("id")).toVariant().toLongLong(), kPolls,
                                    true, {}, done);
                });
        });
}

void HetznerProvider::testCredentials(const UpdateRequest &request, QObject *context, Callback callback)
{
    const QUrl url = F::endpoint(F::baseUrl(request.host, kHetznerApi),
                                 QStringLiteral("/zones/") + F::segment(request.host.setting(QStringLiteral("zone"))));
    ProviderJob::start(this, context, std::move(callback))
        ->probe(jsonRequest("GET", url, bearer(request)), tr("Hetzner accepted the token for this zone."));
}

} // namespace Homing
