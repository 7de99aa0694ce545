#include "digitaloceanprovider.h"

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

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {
const QString kDigitalOceanApi = QStringLiteral("https://api.digitalocean.com/v2");
constexpr int kDigitalOceanDefaultTtl = 1800;
constexpr int kOceanListingPage = 200; // records in one page of a domain's listing (the API's most)
constexpr qint64 kOceanListingBytes = 1024 * 1024; // a page of 200 records fits

QUrl oceanRecordsUrl(const Host &host, const QString &zone)
{
    return F::endpoint(F::baseUrl(host, kDigitalOceanApi), QStringLiteral("/domains/%1/records").arg(F::segment(zone)));
}

QUrl oceanRecordUrl(const QUrl &records, const QJsonValue &id)
{
    QUrl one = records;
    one.setPath(records.path() + QLatin1Char('/') + QString::number(id.toVariant().toLongLong()));
    return one;
}

// GET …/records?type=<type>&name=<fqdn>: the host's records of one type.
HttpRequest oceanLookup(const QUrl &records, const QList<QPair<QByteArray, QByteArray>> &headers, const QString &type,
                        const QString &name)
{
    QUrl find = records;
    find.setQuery(QUrlQuery {{QStringLiteral("type"), type}, {QStringLiteral("name"), name}});
    return jsonRequest("GET", find, headers);
}

QJsonArray oceanRecords(const HttpResponse &response)
{
    return jsonObject(response.body)->value(QStringLiteral("domain_records")).toArray();
}

// GET …/records?per_page=200: the domain's listing, every record in it.
HttpRequest oceanListing(const QUrl &records, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl all = records;
    all.setQuery(QUrlQuery {{QStringLiteral("per_page"), QString::number(kOceanListingPage)}});
    HttpRequest listing = jsonRequest("GET", all, headers);
    listing.maxBodyBytes = kOceanListingBytes;
    return listing;
}

// Whether a listing's answer holds the whole domain: no next page (a problem counts, read() says it).
bool oceanListingComplete(const HttpResponse &response)
{
    const std::optional<QJsonObject> object = jsonObject(response.body);
    return !object
        || !object->value(QStringLiteral("links"))
                .toObject()
                .value(QStringLiteral("pages"))
                .toObject()
                .contains(QStringLiteral("next"));
}

// What the account's cache (HttpClient::providerCache) holds: "record <domain> <type> <name>", the
// record's id (name as DigitalOcean lists it, "@" at the apex), as a listing or a creation gave it.
QString oceanRecordEntry(const QString &zone, const QString &type, const QString &name)
{
    return QStringLiteral("record %1 %2 %3").arg(zone.toLower(), type, name.toLower());
}

QString oceanId(const QJsonValue &id)
{
    return QString::number(id.toVariant().toLongLong());
}

// Deletes the records in ids one by one (204 No Content each; 404: gone already), then calls done.
void oceanDeleteEach(const std::shared_ptr<ProviderJob> &job, const QUrl &records,
                     const QList<QPair<QByteArray, QByteArray>> &headers, QJsonArray ids, const ProviderJob::Done &done)
{
    if (ids.isEmpty()) {
        done(UpdateOutcome::updated({}));
        return;
    }
    const QJsonValue id = ids.takeAt(0);
    job->send(jsonRequest("DELETE", oceanRecordUrl(records, id), headers),
              [job, records, headers, ids, done](const HttpResponse &reply) {
                  if (std::optional<UpdateOutcome> problem = deleteProblem(reply))
                      done(*problem);
                  else
                      oceanDeleteEach(job, records, headers, ids, done);
              });
}

} // namespace

ProviderInfo DigitalOceanProvider::info()
{
    ProviderInfo info = F::describe("digitalocean", "DigitalOcean", "https://docs.digitalocean.com/reference/api/",
                                    tr("DigitalOcean DNS records through the API"));
    info.ipv6 = true;
    info.ttl = true;
    info.minTtl = 30;
    info.parkingMethod = ParkingMethod::DeleteRecord;
    info.testCredentials = true;
    info.rateLimit = tr("5000 requests per hour and 250 per minute per token");
    info.budget = {250, std::chrono::seconds(60), 4, std::chrono::seconds(60)};
    info.budgetFields = {QStringLiteral("token")};
    info.fields = {F::server(kDigitalOceanApi), F::zone(true),
                   F::secret("token", tr("API token"), tr("A personal access token with write access to domains.")),
                   F::createRecord()};
    info.expectedLagSeconds = 60; // TRUST.md §3
    return info;
}

void DigitalOceanProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    QString zone;
    QString label;
    const auto job = ProviderJob::startInZone(
        this, context, SharedRequest::forgettingAccount(account(), http()->providerCache(), std::move(callback)),
        request.host, &zone, &label);
    if (!job)
        return;
    const QUrl records = oceanRecordsUrl(request.host, zone);
    const QList<QPair<QByteArray, QByteArray>> headers {bearer(http(), request.secrets.value(QStringLiteral("token")))};
    const QByteArray account = this->account();
    const QPointer<ProviderCache> cache = http()->providerCache();
    job->forEachAddress(
        request.addresses(),
        [job, request, zone, label, records, headers, account, cache](const QHostAddress &address,
                                                                      ProviderJob::Done done) {
            const QString type = recordTypeOf(address);
            const int ttl = request.host.ttl;
            auto body = [type, address, ttl] {
                QJsonObject body {{QStringLiteral("type"), type}, {QStringLiteral("data"), address.toString()}};
                if (ttl > 0)
                    body.insert(QStringLiteral("ttl"), ttl);
                return body;
            };
            RecordSteps steps;
            steps.provider = QStringLiteral("DigitalOcean");
            steps.hostName = request.host.name;
            steps.type = type;
            steps.lookup = oceanLookup(records, headers, type, request.host.name);
            const QString name = label.isEmpty() ? QStringLiteral("@") : label;
            const QString known = oceanRecordEntry(zone, type, name);
            auto remember = [cache, account, known](const QJsonValue &id) {
                if (cache && !account.isEmpty())
                    cache->insert(account, known, oceanId(id));
            };
            steps.read = [remember, type, name](const HttpResponse &response, std::optional<FoundRecord> *found) {
                if (std::optional<UpdateOutcome> problem = jsonProblem(response))
                    return problem;
                // The host's own lookup lists its records only; the domain's listing has every record.
                for (const QJsonValue &candidate : oceanRecords(response)) {
                    const QJsonObject record = candidate.toObject();
                    if ((record.contains(QStringLiteral("type"))
                         && record.value(QStringLiteral("type")).toString() != type)
                        || (record.contains(QStringLiteral("name"))
                            && record.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) != 0))
                        continue;
                    remember(record.value(QStringLiteral("id")));
                    *found = FoundRecord {{record.value(QStringLiteral("data")).toString()},
                                          record.value(QStringLiteral("ttl")).toInt(),
                                          record.value(QStringLiteral("id"))};
                    break;
                }
                return std::optional<UpdateOutcome>();
            };
            steps.ttl = ttl;
            // A host that parks by deleting its record creates it again when the machine is back.
            steps.mayCreate = F::flag(request.host, QStringLiteral("create"), false) || request.host.park;
            steps.change = [records, headers, body](const FoundRecord &record) {
                return jsonRequest("PATCH", oceanRecordUrl(records, record.id), headers, body());
            };
            steps.create = [records, headers, body, label, ttl] {
                QJsonObject created = body();
                created.insert(QStringLiteral("name"), label.isEmpty() ? QStringLiteral("@") : label);
                created.insert(QStringLiteral("ttl"), ttl > 0 ? ttl : kDigitalOceanDefaultTtl);
                return jsonRequest("POST", records, headers, created);
            };
            steps.confirm
                = [remember](const HttpResponse &reply, const QHostAddress &sent, ProviderJob::Done finished) {
                      if (std::optional<UpdateOutcome> problem = jsonProblem(reply)) {
                          finished(*problem);
                          return;
                      }
                      const QJsonValue id = jsonObject(reply.body)
                                                .value_or(QJsonObject())
                                                .value(QStringLiteral("domain_record"))
                                                .toObject()
                                                .value(QStringLiteral("id"));
                      if (id.isDouble())
                          remember(id); // a record just created
                      finished(UpdateOutcome::updated({sent}));
                  };
            if (!account.isEmpty()) {
                // The hosts of one domain that look up their records at once share one listing; a
                // domain of more than one page is looked up host by host instead.
                steps.fetch = [job, records, headers, account, zone, lookup = steps.lookup](const auto &handler) {
                    SharedRequest::listing(job, SharedRequest::key(account, QStringLiteral("records of ") + zone),
                                           oceanListing(records, headers), lookup, &oceanListingComplete, handler);
                };
                // A known record: the PATCH alone; a 404 on it forgets it and looks again.
                if (const QString id = cache->value(account, known); !id.isEmpty()) {
                    steps.known = FoundRecord {{}, 0, QJsonValue(id)};
                    steps.forgetKnown = SharedRequest::forgettingEntry(cache, account, known);
                }
            }
            syncRecord(job, address, std::move(steps), done);
        });
}

void DigitalOceanProvider::park(const UpdateRequest &request, QObject *context, Callback callback)
{
    QString zone;
    QString label;
    const auto job = ProviderJob::startInZone(
        this, context, SharedRequest::forgettingAccount(account(), http()->providerCache(), std::move(callback)),
        request.host, &zone, &label);
    if (!job)
        return;
    for (const QString &type : {QStringLiteral("A"), QStringLiteral("AAAA")}) // deleted next
        http()->providerCache()->remove(account(),
                                        oceanRecordEntry(zone, type, label.isEmpty() ? QStringLiteral("@") : label));
    const QUrl records = oceanRecordsUrl(request.host, zone);
    const QList<QPair<QByteArray, QByteArray>> headers {bearer(http(), request.secrets.value(QStringLiteral("token")))};
    deleteRecords(job, request.host, [job, request, records, headers](const QString &type, ProviderJob::Done done) {
        job->send(oceanLookup(records, headers, type, request.host.name),
                  [job, records, headers, done](const HttpResponse &response) {
                      if (std::optional<UpdateOutcome> problem = jsonProblem(response)) {
                          done(*problem);
                          return;
                      }
                      QJsonArray ids;
                      for (const QJsonValue &record : oceanRecords(response))
                          ids.append(record.toObject().value(QStringLiteral("id")));
                      oceanDeleteEach(job, records, headers, ids, done);
                  });
    });
}

void DigitalOceanProvider::testCredentials(const UpdateRequest &request, QObject *context, Callback callback)
{
    const QUrl url
        = F::endpoint(F::baseUrl(request.host, kDigitalOceanApi),
                      QStringLiteral("/domains/") + F::segment(request.host.setting(QStringLiteral("zone"))));
    ProviderJob::start(this, context, std::move(callback))
        ->probe(jsonRequest("GET", url, {bearer(http(), request.secrets.value(QStringLiteral("token")))}),
                tr("DigitalOcean accepted the token for this domain."));
}

} // namespace Homing
