#include "digitaloceanprovider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "recordsync.h"
#include "redactor.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {
const QString kDigitalOceanApi = QStringLiteral("https://api.digitalocean.com/v2");
constexpr int kDigitalOceanDefaultTtl = 1800;

} // namespace

ProviderInfo DigitalOceanProvider::info()
{
    ProviderInfo info = F::describe("digitalocean", "DigitalOcean", "https://docs.digitalocean.com/reference/api/",
                                    tr("DigitalOcean DNS records through the API"));
    info.ipv6 = true;
    info.ttl = true;
    info.minTtl = 30;
    info.testCredentials = true;
    info.rateLimit = tr("5000 requests per hour and 250 per minute per token");
    info.fields = {F::server(kDigitalOceanApi), F::zone(true),
                   F::secret("token", tr("API token"), tr("A personal access token with write access to domains.")),
                   F::createRecord()};
    info.expectedLagSeconds = 60; // TRUST.md §3
    return info;
}

void DigitalOceanProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    QString zone;
    QString label;
    if (const std::optional<UpdateOutcome> problem = F::zoneAndLabel(request.host, &zone, &label)) {
        job->finish(*problem);
        return;
    }
    const QUrl records = F::endpoint(F::baseUrl(request.host, kDigitalOceanApi),
                                     QStringLiteral("/domains/%1/records").arg(F::segment(zone)));
    const QList<QPair<QByteArray, QByteArray>> headers {bearer(http(), request.secrets.value(QStringLiteral("token")))};
    job->forEachAddress(
        request.addresses(),
        [job, request, label, records, headers](const QHostAddress &address, ProviderJob::Done done) {
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
            QUrl find = records;
            find.setQuery(QUrlQuery {{QStringLiteral("type"), type}, {QStringLiteral("name"), request.host.name}});
            steps.lookup = jsonRequest("GET", find, headers);
            steps.read = [](const HttpResponse &response, std::optional<FoundRecord> *found) {
                if (std::optional<UpdateOutcome> problem = jsonProblem(response))
                    return problem;
                const QJsonArray listed = jsonObject(response.body)->value(QStringLiteral("domain_records")).toArray();
                if (!listed.isEmpty()) {
                    const QJsonObject record = listed.first().toObject();
                    *found = FoundRecord {{record.value(QStringLiteral("data")).toString()},
                                          record.value(QStringLiteral("ttl")).toInt(),
                                          record.value(QStringLiteral("id"))};
                }
                return std::optional<UpdateOutcome>();
            };
            steps.ttl = ttl;
            steps.mayCreate = F::flag(request.host, QStringLiteral("create"), false);
            steps.change = [records, headers, body](const FoundRecord &record) {
                QUrl one = records;
                one.setPath(records.path() + QLatin1Char('/') + QString::number(record.id.toVariant().toLongLong()));
                return jsonRequest("PATCH", one, headers, body());
            };
            steps.create = [records, headers, body, label, ttl] {
                QJsonObject created = body();
                created.insert(QStringLiteral("name"), label.isEmpty() ? QStringLiteral("@") : label);
                created.insert(QStringLiteral("ttl"), ttl > 0 ? ttl : kDigitalOceanDefaultTtl);
                return jsonRequest("POST", records, headers, created);
            };
            syncRecord(job, address, std::move(steps), done);
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
