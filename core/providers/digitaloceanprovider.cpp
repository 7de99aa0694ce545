#include "digitaloceanprovider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "redactor.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {
const QString kApi = QStringLiteral("https://api.digitalocean.com/v2");
constexpr int kDefaultTtl = 1800;

} // namespace

ProviderInfo DigitalOceanProvider::info()
{
    ProviderInfo info = F::describe("digitalocean", "DigitalOcean", "https://docs.digitalocean.com/reference/api/",
                                    tr("DigitalOcean DNS records through the API"));
    info.ipv6 = true;
    info.ttl = true;
    info.testCredentials = true;
    info.rateLimit = tr("5000 requests per hour and 250 per minute per token");
    info.fields = {F::server(kApi), F::zone(true),
                   F::secret("token", tr("API token"), tr("A personal access token with write access to domains.")),
                   F::createRecord()};
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
    const QUrl records
        = F::endpoint(F::baseUrl(request.host, kApi), QStringLiteral("/domains/%1/records").arg(F::segment(zone)));
    const QList<QPair<QByteArray, QByteArray>> headers {bearer(http(), request.secrets.value(QStringLiteral("token")))};
    job->forEachAddress(
        request.addresses(),
        [job, request, label, records, headers](const QHostAddress &address, ProviderJob::Done done) {
            const QString type = recordTypeOf(address);
            QUrl find = records;
            find.setQuery(QUrlQuery {{QStringLiteral("type"), type}, {QStringLiteral("name"), request.host.name}});
            job->send(
                jsonRequest("GET", find, headers),
                [job, request, label, records, headers, type, address, done](const HttpResponse &response) {
                    if (std::optional<UpdateOutcome> problem = jsonProblem(response)) {
                        done(*problem);
                        return;
                    }
                    const QJsonArray found
                        = jsonObject(response.body)->value(QStringLiteral("domain_records")).toArray();
                    const QJsonObject record = found.at(0).toObject();
                    const int ttl = request.host.ttl;
                    QJsonObject body {{QStringLiteral("type"), type}, {QStringLiteral("data"), address.toString()}};
                    if (ttl > 0)
                        body.insert(QStringLiteral("ttl"), ttl);
                    HttpRequest change;
                    if (found.isEmpty()) {
                        if (!F::flag(request.host, QStringLiteral("create"), false)) {
                            done(UpdateOutcome::needsUser(
                                tr("DigitalOcean has no %1 record for %2.").arg(type, request.host.name),
                                tr("Create the record, or allow Homing to create it.")));
                            return;
                        }
                        body.insert(QStringLiteral("name"), label.isEmpty() ? QStringLiteral("@") : label);
                        body.insert(QStringLiteral("ttl"), ttl > 0 ? ttl : kDefaultTtl);
                        change = jsonRequest("POST", records, headers, body);
                    } else if (QHostAddress(record.value(QStringLiteral("data")).toString()) == address
                               && (ttl <= 0 || record.value(QStringLiteral("ttl")).toInt() == ttl)) {
                        done(UpdateOutcome::unchanged({address}));
                        return;
                    } else {
                        QUrl one = records;
                        one.setPath(records.path() + QLatin1Char('/')
                                    + QString::number(record.value(QStringLiteral("id")).toVariant().toLongLong()));
                        change = jsonRequest("PATCH", one, headers, body);
                    }
                    job->send(change, [address, done](const HttpResponse &reply) {
                        if (std::optional<UpdateOutcome> problem = jsonProblem(reply))
                            done(*problem);
                        else
                            done(UpdateOutcome::updated({address}));
                    });
                });
        });
}

void DigitalOceanProvider::testCredentials(const UpdateRequest &request, QObject *context, Callback callback)
{
    const QUrl url
        = F::endpoint(F::baseUrl(request.host, kApi),
                      QStringLiteral("/domains/") + F::segment(request.host.setting(QStringLiteral("zone"))));
    ProviderJob::start(this, context, std::move(callback))
        ->probe(jsonRequest("GET", url, {bearer(http(), request.secrets.value(QStringLiteral("token")))}),
                tr("DigitalOcean accepted the token for this domain."));
}

} // namespace Homing
