#include "powerdnsprovider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "redactor.h"

#include <QJsonArray>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {
constexpr int kPowerDnsDefaultTtl = 60;

QString absolute(QString name)
{
    if (!name.endsWith(QLatin1Char('.')))
        name += QLatin1Char('.');
    return name;
}

// The server's words in a PowerDNS error reply ({"error": "…"}).
QString pdnsError(const HttpResponse &response)
{
    const std::optional<QJsonObject> object = jsonObject(response.body);
    const QString error = object ? object->value(QStringLiteral("error")).toString().left(300) : QString();
    return error.isEmpty() ? QString::fromUtf8(response.body.left(200)).trimmed() : error;
}

// Common problems, 404 and 422 in PowerDNS's words; nullopt when the reply needs reading.
std::optional<UpdateOutcome> pdnsProblem(const HttpResponse &response, const QString &zone)
{
    if (std::optional<UpdateOutcome> problem = commonProblem(response, pdnsError(response))) {
        if (response.status == 401)
            problem->fix = QObject::tr("Copy the API key from the api-key line of pdns.conf again.");
        return problem;
    }
    if (response.status == 404)
        return UpdateOutcome::needsUser(
            QObject::tr("PowerDNS does not serve the zone %1 (HTTP 404).").arg(zone),
            QObject::tr("Check the zone's name and the server id (usually localhost); create the zone with pdnsutil "
                        "create-zone if it is missing."));
    if (response.status == 422)
        return UpdateOutcome::needsUser(QObject::tr("PowerDNS refused the change: %1").arg(pdnsError(response)),
                                        QObject::tr("Check that the host name is inside the zone."));
    if (response.status >= 400)
        return refused(response, pdnsError(response));
    return std::nullopt;
}
} // namespace

ProviderInfo PowerDnsProvider::info()
{
    ProviderInfo info
        = F::describe("powerdns", "PowerDNS (HTTP API)", "https://doc.powerdns.com/authoritative/http-api/",
                      tr("Your own PowerDNS Authoritative server, through its HTTP API"));
    info.ipv6 = true;
    info.ttl = true;
    info.parking = true;
    info.parkingMethod = ParkingMethod::DeleteRecord;
    info.testCredentials = true;
    info.minIntervalSeconds = 60;
    info.expectedLagSeconds = 120;
    FieldInfo server = F::server(QString());
    server.label = tr("API server");
    server.placeholder = QStringLiteral("https://pdns.example.org:8081");
    server.help = tr("The webserver address of PowerDNS (webserver-address and webserver-port in pdns.conf). "
                     "https:// is required except for a server on this machine.");
    FieldInfo serverId = F::text("serverid", tr("Server id"),
                                 tr("The server id in the API path; localhost unless "
                                    "you changed it."),
                                 false);
    serverId.defaultValue = QStringLiteral("localhost");
    info.fields
        = {server, serverId, F::zone(true), F::secret("apikey", tr("API key"), tr("The api-key from pdns.conf."))};
    info.notes = tr("One PATCH per update replaces the host's A and AAAA rrsets with the host's TTL (60 s by "
                    "default). Parking deletes them.");
    return info;
}

QUrl PowerDnsProvider::zoneUrl(const UpdateRequest &request) const
{
    QString serverId = request.host.setting(QStringLiteral("serverid")).trimmed();
    if (serverId.isEmpty())
        serverId = QStringLiteral("localhost");
    const QString zone = absolute(request.host.setting(QStringLiteral("zone")).trimmed());
    return F::endpoint(F::baseUrl(request.host, QString()),
                       QStringLiteral("/api/v1/servers/%1/zones/%2").arg(F::segment(serverId), F::segment(zone)));
}

QList<QPair<QByteArray, QByteArray>> PowerDnsProvider::apiKey(const UpdateRequest &request) const
{
    const QString key = request.secrets.value(QStringLiteral("apikey"));
    http()->redactor()->addSecret(key);
    return {qMakePair(QByteArrayLiteral("X-API-Key"), key.toUtf8())};
}

void PowerDnsProvider::patch(const std::shared_ptr<ProviderJob> &job, const UpdateRequest &request,
                             const QJsonArray &rrsets, const QList<QHostAddress> &addresses, const QString &success)
{
    const QString zone = request.host.setting(QStringLiteral("zone"));
    job->send(jsonRequest("PATCH", zoneUrl(request), apiKey(request), QJsonObject {{QStringLiteral("rrsets"), rrsets}}),
              [job, zone, addresses, success](const HttpResponse &response) {
                  if (std::optional<UpdateOutcome> problem = pdnsProblem(response, zone)) {
                      job->finish(*problem);
                      return;
                  }
                  if (response.status != 204 && response.status != 200) {
                      job->finish(notUnderstood(response));
                      return;
                  }
                  job->finish(UpdateOutcome::updated(addresses, success));
              });
}

std::shared_ptr<ProviderJob> PowerDnsProvider::inZone(const UpdateRequest &request, QObject *context,
                                                      Callback callback) const
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    QString zone;
    QString label;
    if (const std::optional<UpdateOutcome> problem = F::zoneAndLabel(request.host, &zone, &label)) {
        job->finish(*problem);
        return nullptr;
    }
    return job;
}

void PowerDnsProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    const auto job = inZone(request, context, std::move(callback));
    if (!job)
        return;
    const int ttl = request.host.ttl > 0 ? request.host.ttl : kPowerDnsDefaultTtl;
    QJsonArray rrsets;
    for (const QHostAddress &address : request.addresses()) {
        const QJsonArray records {
            QJsonObject {{QStringLiteral("content"), address.toString()}, {QStringLiteral("disabled"), false}}};
        rrsets.append(QJsonObject {{QStringLiteral("name"), absolute(request.host.name)},
                                   {QStringLiteral("type"), recordTypeOf(address)},
                                   {QStringLiteral("ttl"), ttl},
                                   {QStringLiteral("changetype"), QStringLiteral("REPLACE")},
                                   {QStringLiteral("records"), records}});
    }
    if (rrsets.isEmpty()) {
        job->finish(UpdateOutcome::unchanged({}));
        return;
    }
    patch(job, request, rrsets, request.addresses(), {});
}

void PowerDnsProvider::park(const UpdateRequest &request, QObject *context, Callback callback)
{
    const auto job = inZone(request, context, std::move(callback));
    if (!job)
        return;
    QJsonArray rrsets;
    for (const QString &type : {QStringLiteral("A"), QStringLiteral("AAAA")}) {
        if (type == QLatin1String("A") ? !request.host.ipv4 : !request.host.ipv6)
            continue;
        rrsets.append(QJsonObject {{QStringLiteral("name"), absolute(request.host.name)},
                                   {QStringLiteral("type"), type},
                                   {QStringLiteral("changetype"), QStringLiteral("DELETE")}});
    }
    patch(job, request, rrsets, {}, tr("Parked: deleted the address records of %1.").arg(request.host.name));
}

void PowerDnsProvider::testCredentials(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    const QString zone = request.host.setting(QStringLiteral("zone"));
    job->send(jsonRequest("GET", zoneUrl(request), apiKey(request)), [job, zone](const HttpResponse &response) {
        if (std::optional<UpdateOutcome> problem = pdnsProblem(response, zone)) {
            job->finish(*problem);
            return;
        }
        if (response.status != 200 || !jsonObject(response.body)) {
            job->finish(notUnderstood(response));
            return;
        }
        job->finish(UpdateOutcome::unchanged({}, tr("PowerDNS accepted the API key for the zone %1.").arg(zone)));
    });
}

} // namespace Homing
