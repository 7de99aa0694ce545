#include "cloudflareprovider.h"

#include "providercache.h"
#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "recordsync.h"
#include "redactor.h"
#include "sharedrequest.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <variant>

using namespace std::chrono_literals;

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {

const QString kCloudflareApi = QStringLiteral("https://api.cloudflare.com/client/v4");
constexpr std::chrono::seconds kBlock = 5min; // Cloudflare blocks every call for five minutes after a 429
constexpr int kListingPage = 5000; // records in one page of a zone's listing
constexpr int kZonesPage = 50; // zones in one page of the token's listing (Cloudflare's most)
constexpr qint64 kListingBytes = 8 * 1024 * 1024; // a page of 5,000 records fits

QString errorText(const QJsonObject &envelope)
{
    QStringList parts;
    for (const QJsonValue &error : envelope.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject object = error.toObject();
        parts.append(QStringLiteral("%1 %2")
                         .arg(object.value(QStringLiteral("code")).toInt())
                         .arg(object.value(QStringLiteral("message")).toString()));
    }
    return parts.join(QStringLiteral("; "));
}

// The envelope's result, or the outcome that ends this pass.
std::variant<QJsonValue, UpdateOutcome> result(const HttpResponse &response)
{
    const std::optional<QJsonObject> envelope = jsonObject(response.body);
    const QString detail = envelope ? errorText(*envelope) : QString();
    if (std::optional<UpdateOutcome> problem = commonProblem(response, detail, kBlock)) {
        if (response.status == 429) // the block lasts five minutes whatever the header says
            problem->retryAfter = std::max(problem->retryAfter, kBlock);
        return *problem;
    }
    if (!envelope || !envelope->contains(QStringLiteral("success")))
        return notUnderstood(response);
    if (!envelope->value(QStringLiteral("success")).toBool()) {
        for (const QJsonValue &error : envelope->value(QStringLiteral("errors")).toArray()) {
            const int code = error.toObject().value(QStringLiteral("code")).toInt();
            if (code == 9109 || code == 10000 || code == 6003 || code == 6111 || code == 9106)
                return UpdateOutcome::credentialsRefused(
                    QObject::tr("Cloudflare refused the API token: %1").arg(detail),
                    QObject::tr("Check the token, and that it may edit DNS in this zone."));
        }
        if (response.status >= 400 && response.status < 500)
            return refused(response, detail);
        return UpdateOutcome::retryLater(QObject::tr("Cloudflare reports an error: %1").arg(detail), kTransient);
    }
    return envelope->value(QStringLiteral("result"));
}

} // namespace

ProviderInfo CloudflareProvider::info()
{
    ProviderInfo info = F::describe("cloudflare", "Cloudflare",
                                    "https://developers.cloudflare.com/api/resources/dns/subresources/records/",
                                    tr("Cloudflare DNS records through the API, with an API token"));
    info.ipv6 = true;
    info.ttl = true;
    info.minTtl = 60;
    info.parkingMethod = ParkingMethod::DeleteRecord;
    info.testCredentials = true;
    info.minIntervalSeconds = 60;
    info.expectedLagSeconds = 300;
    info.rateLimit = tr("1200 requests per 5 minutes per user; beyond that every call is blocked for 5 minutes");
    // Six at a time (the connections Qt opens to one server) stays far under 200 per second.
    info.budget = {1200, std::chrono::seconds(300), 6, kBlock};
    info.budgetFields = {QStringLiteral("token")};
    info.fields = {F::server(kCloudflareApi),
                   F::secret("token", tr("API token"),
                             tr("An API token with Zone > DNS > Edit (and Zone > Zone > Read if the zone is empty).")),
                   F::zone(false), F::createRecord(),
                   F::boolean("proxied", tr("Proxied when created"), false,
                              tr("Whether a record Homing creates goes through Cloudflare's proxy. Existing records "
                                 "keep their setting."))};
    info.fields[1].pattern = QStringLiteral("[A-Za-z0-9_-]{40,}");
    info.fields[1].patternHelp = tr("A Cloudflare API token is 40 or more letters, digits, - and _. The Global API Key "
                                    "(37 hexadecimal characters) does not work here: create an API token.");
    info.notes = tr("Existing records keep their proxied flag; Homing changes the address and the TTL (60 s "
                    "unless the host sets one).");
    return info;
}

HttpRequest CloudflareProvider::apiRequest(const UpdateRequest &request, const QByteArray &method,
                                           const QString &path) const
{
    HttpRequest httpRequest = jsonRequest(method, F::endpoint(F::baseUrl(request.host, kCloudflareApi), path),
                                          {bearer(http(), request.secrets.value(QStringLiteral("token")))});
    if (method != "GET")
        httpRequest.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    return httpRequest;
}

namespace {

QStringList zoneCandidates(const Host &host)
{
    QStringList suffixes;
    const QString zone = host.setting(QStringLiteral("zone"));
    if (!zone.isEmpty()) {
        suffixes.append(zone);
    } else {
        const QStringList labels = host.name.split(QLatin1Char('.'));
        for (int i = 0; i + 2 <= labels.size(); ++i)
            suffixes.append(labels.mid(i).join(QLatin1Char('.')));
    }
    return suffixes;
}

} // namespace

namespace {

// What the account's cache (HttpClient::providerCache) holds, for the life of the cache file:
//  "zone <name>"                 the zone's id, or "" where no zone has that name (the hosts of one
//                                zone walk to it once);
//  "record <zone id> <type> <name>"  the record's id, as a listing or a creation gave it (a changed
//                                address is one PATCH; a 404 on it forgets it and looks again).
// A 403 or 404 forgets everything the account held.
QString zoneEntry(const QString &name)
{
    return QStringLiteral("zone ") + name.toLower();
}

QString recordEntry(const QString &zoneId, const QString &type, const QString &name)
{
    return QStringLiteral("record %1 %2 %3").arg(zoneId, type, name.toLower());
}

// Whether a listing's answer holds the whole zone (one page; a problem counts, read() reports it).
bool onePage(const HttpResponse &response)
{
    const std::optional<QJsonObject> envelope = jsonObject(response.body);
    return !envelope
        || envelope->value(QStringLiteral("result_info")).toObject().value(QStringLiteral("total_pages")).toInt(1) <= 1;
}

} // namespace

bool CloudflareProvider::walkIsKnown(const QStringList &suffixes) const
{
    const ProviderCache *cache = http()->providerCache();
    for (const QString &suffix : suffixes) {
        const QString cached = cache->value(account(), zoneEntry(suffix));
        if (cached.isNull())
            return false;
        if (!cached.isEmpty())
            return true;
    }
    return true;
}

void CloudflareProvider::learnZones(const HttpResponse &response, const QStringList &suffixes)
{
    const auto value = result(response);
    if (!std::holds_alternative<QJsonValue>(value) || !onePage(response))
        return; // the walk asks name by name, and reports what is wrong
    QHash<QString, QStringList> ids; // by name, the zones that are not deleted
    for (const QJsonValue &zone : std::get<QJsonValue>(value).toArray()) {
        const QJsonObject object = zone.toObject();
        if (object.value(QStringLiteral("status")).toString() != QLatin1String("deleted"))
            ids[object.value(QStringLiteral("name")).toString().toLower()].append(
                object.value(QStringLiteral("id")).toString());
    }
    // Every zone the token can see is in the listing: a suffix that is not there is no zone. A name
    // that two zones have is left to the walk, which says so.
    ProviderCache *cache = http()->providerCache();
    for (const QString &suffix : suffixes) {
        const QStringList found = ids.value(suffix.toLower());
        if (found.size() <= 1)
            cache->insert(account(), zoneEntry(suffix), found.value(0));
    }
}

void CloudflareProvider::withZone(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                  const std::function<void(const QString &zoneId)> &then)
{
    const QStringList suffixes = zoneCandidates(request.host);
    auto walk = [this, job, request, suffixes, then] {
        findZone(job, request, suffixes, [job, then](const QString &zoneId, std::optional<UpdateOutcome> failure) {
            if (failure)
                job->finish(*failure);
            else
                then(zoneId);
        });
    };
    if (account().isEmpty() || walkIsKnown(suffixes)) {
        walk();
        return;
    }
    // One listing of the token's zones, shared by every host that needs a zone id at once, answers
    // each host's walk (or the id of the zone it names), where it fits in one page: not a lookup
    // per host, or per suffix.
    HttpRequest zones = apiRequest(request, "GET", QStringLiteral("/zones"));
    zones.url.setQuery(QUrlQuery {{QStringLiteral("per_page"), QString::number(kZonesPage)}});
    SharedRequest::send(job, SharedRequest::key(account(), QStringLiteral("zones")), zones,
                        [this, job, suffixes, walk](const HttpResponse &response) {
                            job->heard(response);
                            learnZones(response, suffixes);
                            walk();
                        });
}

void CloudflareProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(
        this, context, SharedRequest::forgettingAccount(account(), http()->providerCache(), std::move(callback)));
    withZone(job, request, [this, job, request](const QString &zoneId) {
        job->forEachAddress(request.addresses(),
                            [this, job, request, zoneId](const QHostAddress &address, ProviderJob::Done done) {
                                updateRecord(job, request, zoneId, address, done);
                            });
    });
}

void CloudflareProvider::findZone(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                  QStringList suffixes, const ZoneDone &done)
{
    if (suffixes.isEmpty()) {
        done({},
             UpdateOutcome::needsUser(tr("No Cloudflare zone this token can see contains %1.").arg(request.host.name),
                                      tr("Add the domain to Cloudflare, or give the token Zone > Zone > Read "
                                         "for it, or enter the zone.")));
        return;
    }
    const QString suffix = suffixes.takeFirst();
    ProviderCache *cache = http()->providerCache();
    const QByteArray account = this->account();
    if (const QString cached = cache->value(account, zoneEntry(suffix)); !account.isEmpty() && !cached.isNull()) {
        if (cached.isEmpty())
            findZone(job, request, suffixes, done);
        else
            done(cached, std::nullopt);
        return;
    }
    HttpRequest lookup = apiRequest(request, "GET", QStringLiteral("/zones"));
    lookup.url.setQuery(QUrlQuery {{QStringLiteral("name"), suffix}});
    auto answered = [this, job, request, suffixes, done, account, suffix](const HttpResponse &response) {
        const auto value = result(response);
        if (const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&value)) {
            done({}, *failure);
            return;
        }
        QStringList ids;
        for (const QJsonValue &zone : std::get<QJsonValue>(value).toArray()) {
            if (zone.toObject().value(QStringLiteral("status")).toString() != QLatin1String("deleted"))
                ids.append(zone.toObject().value(QStringLiteral("id")).toString());
        }
        if (ids.size() <= 1)
            http()->providerCache()->insert(account, zoneEntry(suffix), ids.value(0));
        if (ids.size() == 1)
            done(ids.first(), std::nullopt);
        else if (ids.size() > 1)
            done({},
                 UpdateOutcome::needsUser(tr("Several Cloudflare zones match %1.").arg(request.host.name),
                                          tr("Enter the zone for this host.")));
        else
            findZone(job, request, suffixes, done);
    };
    if (account.isEmpty()) {
        job->send(lookup, answered);
        return;
    }
    // The hosts of one account that need the same zone at once share one lookup.
    SharedRequest::send(job, SharedRequest::key(account, zoneEntry(suffix)), lookup,
                        [job, answered](const HttpResponse &response) {
                            job->heard(response);
                            answered(response);
                        });
}

void CloudflareProvider::updateRecord(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                      const QString &zoneId, const QHostAddress &address,
                                      const std::function<void(UpdateOutcome)> &done)
{
    const QString type
        = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("AAAA") : QStringLiteral("A");
    const QString records = QStringLiteral("/zones/%1/dns_records").arg(F::segment(zoneId));
    const int ttl = request.host.ttl;
    auto body = [address, ttl] {
        QJsonObject body {{QStringLiteral("content"), address.toString()}};
        if (ttl > 0)
            body.insert(QStringLiteral("ttl"), ttl);
        return body;
    };
    RecordSteps steps;
    steps.provider = QStringLiteral("Cloudflare");
    steps.hostName = request.host.name;
    steps.type = type;
    steps.lookup = apiRequest(request, "GET", records);
    steps.lookup.url.setQuery(QUrlQuery {{QStringLiteral("type"), type}, {QStringLiteral("name"), request.host.name}});
    const QByteArray account = this->account();
    const QString known = recordEntry(zoneId, type, request.host.name);
    const QString name = request.host.name;
    const QPointer<ProviderCache> cache = http()->providerCache();
    steps.read = [cache, account, known, type, name](const HttpResponse &response, std::optional<FoundRecord> *found) {
        const auto value = result(response);
        if (const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&value))
            return std::optional<UpdateOutcome>(*failure);
        // The host's own lookup lists its records only; the zone's listing has every record.
        QJsonArray listed;
        for (const QJsonValue &candidate : std::get<QJsonValue>(value).toArray()) {
            const QJsonObject object = candidate.toObject();
            if (object.value(QStringLiteral("type")).toString() == type
                && object.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
                listed.append(object);
        }
        if (!listed.isEmpty()) {
            const QJsonObject record = listed.first().toObject();
            if (cache)
                cache->insert(account, known, record.value(QStringLiteral("id")).toString());
            *found = FoundRecord {{record.value(QStringLiteral("content")).toString()},
                                  record.value(QStringLiteral("ttl")).toInt(),
                                  record.value(QStringLiteral("id"))};
        }
        return std::optional<UpdateOutcome>();
    };
    steps.ttl = ttl;
    // A host that parks by deleting its record creates it again when the machine is back.
    steps.mayCreate = F::flag(request.host, QStringLiteral("create"), false) || request.host.park;
    steps.change = [this, request, records, body](const FoundRecord &record) {
        HttpRequest change
            = apiRequest(request, "PATCH", records + QLatin1Char('/') + F::segment(record.id.toString()));
        change.body = toJson(body());
        return change;
    };
    steps.create = [this, request, records, body, type, ttl] {
        HttpRequest create = apiRequest(request, "POST", records);
        QJsonObject created = body();
        created.insert(QStringLiteral("type"), type);
        created.insert(QStringLiteral("name"), request.host.name);
        created.insert(QStringLiteral("ttl"), ttl > 0 ? ttl : 1);
        created.insert(QStringLiteral("proxied"), F::flag(request.host, QStringLiteral("proxied"), false));
        create.body = toJson(created);
        return create;
    };
    steps.confirm
        = [cache, account, known](const HttpResponse &reply, const QHostAddress &sent, ProviderJob::Done finished) {
              const auto changed = result(reply);
              if (const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&changed)) {
                  finished(*failure);
                  return;
              }
              const QString id = std::get<QJsonValue>(changed).toObject().value(QStringLiteral("id")).toString();
              if (cache && !id.isEmpty())
                  cache->insert(account, known, id); // a record just created
              finished(UpdateOutcome::updated({sent}));
          };
    if (!account.isEmpty())
        steps.fetch = [this, job, request, records, lookup = steps.lookup](const auto &handler) {
            zoneListing(job, request, records, lookup, handler);
        };
    if (const QString cachedId = cache->value(account, known); !cachedId.isEmpty()) {
        steps.known = FoundRecord {{}, 0, cachedId};
        steps.forgetKnown = SharedRequest::forgettingEntry(cache, account, known);
    }
    syncRecord(job, address, std::move(steps), done);
}

void CloudflareProvider::zoneListing(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                     const QString &records, const HttpRequest &ownLookup,
                                     const std::function<void(const HttpResponse &)> &handler)
{
    // The hosts of one zone that look up their records at once share one listing of the zone. A
    // zone too large for one page is looked up host by host instead.
    HttpRequest listing = apiRequest(request, "GET", records);
    listing.url.setQuery(QUrlQuery {{QStringLiteral("per_page"), QString::number(kListingPage)}});
    listing.maxBodyBytes = kListingBytes;
    SharedRequest::listing(job, SharedRequest::key(account(), QStringLiteral("records of ") + records), listing,
                           ownLookup, &onePage, handler);
}

void CloudflareProvider::park(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(
        this, context, SharedRequest::forgettingAccount(account(), http()->providerCache(), std::move(callback)));
    withZone(job, request, [this, job, request](const QString &zoneId) {
        for (const QString &type : {QStringLiteral("A"), QStringLiteral("AAAA")})
            http()->providerCache()->remove(account(), recordEntry(zoneId, type, request.host.name)); // deleted next
        QStringList types;
        if (request.host.ipv4)
            types.append(QStringLiteral("A"));
        if (request.host.ipv6)
            types.append(QStringLiteral("AAAA"));
        deleteRecords(job, request, zoneId, types);
    });
}

// Lists the host's records of the first type and deletes each, then the next type; a type without
// records is parked already.
void CloudflareProvider::deleteRecords(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                       const QString &zoneId, QStringList types)
{
    if (types.isEmpty()) {
        job->finish(
            UpdateOutcome::updated({}, tr("Parked: deleted the address records of %1.").arg(request.host.name)));
        return;
    }
    const QString type = types.takeFirst();
    const QString records = QStringLiteral("/zones/%1/dns_records").arg(F::segment(zoneId));
    HttpRequest lookup = apiRequest(request, "GET", records);
    lookup.url.setQuery(QUrlQuery {{QStringLiteral("type"), type}, {QStringLiteral("name"), request.host.name}});
    job->send(lookup, [this, job, request, zoneId, types, records](const HttpResponse &response) {
        const auto value = result(response);
        if (const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&value)) {
            job->finish(*failure);
            return;
        }
        QStringList found;
        for (const QJsonValue &record : std::get<QJsonValue>(value).toArray())
            found.append(record.toObject().value(QStringLiteral("id")).toString());
        deleteEach(job, request, records, found,
                   [this, job, request, zoneId, types] { deleteRecords(job, request, zoneId, types); });
    });
}

void CloudflareProvider::deleteEach(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                                    const QString &records, QStringList ids, const std::function<void()> &then)
{
    if (ids.isEmpty()) {
        then();
        return;
    }
    const QString id = ids.takeFirst();
    job->send(apiRequest(request, "DELETE", records + QLatin1Char('/') + F::segment(id)),
              [this, job, request, records, ids, then](const HttpResponse &response) {
                  const auto value = result(response);
                  if (const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&value)) {
                      job->finish(*failure);
                      return;
                  }
                  deleteEach(job, request, records, ids, then);
              });
}

void CloudflareProvider::testCredentials(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    job->send(apiRequest(request, "GET", QStringLiteral("/user/tokens/verify")), [job](const HttpResponse &response) {
        const auto value = result(response);
        if (const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&value)) {
            job->finish(*failure);
            return;
        }
        const QString status = std::get<QJsonValue>(value).toObject().value(QStringLiteral("status")).toString();
        if (status == QLatin1String("active"))
            job->finish(UpdateOutcome::unchanged({}, tr("Cloudflare says the token is valid and active.")));
        else
            job->finish(UpdateOutcome::credentialsRefused(tr("Cloudflare says the token is %1.").arg(status),
                                                          tr("Create a new API token and store it for this host.")));
    });
}

} // namespace Homing
