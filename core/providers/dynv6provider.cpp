#include "dynv6provider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "recordsync.h"
#include "redactor.h"

#include <QUrlQuery>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

ProviderInfo Dynv6Provider::info()
{
    ProviderInfo info = F::describe("dynv6", "dynv6", "https://dynv6.com/docs/apis",
                                    tr("dynv6 zones, updated with the zone's HTTP token"));
    info.ipv6 = true;
    info.testCredentials = true;
    info.parkingMethod = ParkingMethod::DeleteRecord;
    info.fields
        = {F::server(QStringLiteral("https://dynv6.com")),
           F::secret("token", tr("HTTP token"), tr("The zone's HTTP token from dynv6.com.")),
           F::text("zone", tr("Zone"), tr("The dynv6 zone, e.g. myhome.dynv6.net; empty means the host name."), false)};
    info.notes = tr("Updates the zone's own address records. Both families go in one request.");
    return info;
}

namespace {

// Reads dynv6's reply to an update that sent (or, parking, removed) addresses.
UpdateOutcome dynv6Outcome(const HttpResponse &response, const QList<QHostAddress> &sent)
{
    const QString text = QString::fromUtf8(response.body).trimmed();
    if (response.ok() && response.status == 404)
        return UpdateOutcome::needsUser(Dynv6Provider::tr("dynv6 does not know this zone: %1").arg(text.left(80)),
                                        Dynv6Provider::tr("Check the zone name (e.g. myhome.dynv6.net)."));
    if (std::optional<UpdateOutcome> problem = commonProblem(response, text.left(80)))
        return *problem;
    if (response.status != 200)
        return refused(response, text.left(80));
    if (text.contains(QLatin1String("unchanged"), Qt::CaseInsensitive))
        return UpdateOutcome::unchanged(sent);
    if (text.contains(QLatin1String("updated"), Qt::CaseInsensitive))
        return UpdateOutcome::updated(sent);
    return notUnderstood(response);
}

} // namespace

// GET <server>/api/update?zone=&token= and then values, for the host's zone.
HttpRequest Dynv6Provider::updateRequest(const UpdateRequest &request,
                                         const QList<QPair<QString, QString>> &values) const
{
    const QString token = request.secrets.value(QStringLiteral("token"));
    http()->redactor()->addSecret(token);
    QString zone = request.host.setting(QStringLiteral("zone"));
    if (zone.isEmpty())
        zone = request.host.name;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("zone"), zone);
    query.addQueryItem(QStringLiteral("token"), token);
    for (const auto &[name, value] : values)
        query.addQueryItem(name, value);
    HttpRequest httpRequest;
    httpRequest.url
        = F::endpoint(F::baseUrl(request.host, info().fields.first().defaultValue), QStringLiteral("/api/update"));
    httpRequest.url.setQuery(query);
    return httpRequest;
}

void Dynv6Provider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    QList<QPair<QString, QString>> values;
    if (request.ipv4)
        values.append({QStringLiteral("ipv4"), request.ipv4->toString()});
    if (request.ipv6)
        values.append({QStringLiteral("ipv6"), request.ipv6->toString()});
    const QList<QHostAddress> sent = request.addresses();
    job->send(updateRequest(request, values),
              [job, sent](const HttpResponse &response) { job->finish(dynv6Outcome(response, sent)); });
}

void Dynv6Provider::park(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    // One request a family: should dynv6 refuse "ipv6=-", the A record is gone all the same.
    deleteRecords(job, request.host, [this, job, request](const QString &type, ProviderJob::Done done) {
        const QString name = type == QLatin1String("A") ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
        job->send(updateRequest(request, {{name, QStringLiteral("-")}}),
                  [done](const HttpResponse &response) { done(dynv6Outcome(response, {})); });
    });
}

} // namespace Homing
