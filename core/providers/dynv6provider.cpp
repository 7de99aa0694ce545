#include "dynv6provider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
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
    info.fields
        = {F::server(QStringLiteral("https://dynv6.com")),
           F::secret("token", tr("HTTP token"), tr("The zone's HTTP token from dynv6.com.")),
           F::text("zone", tr("Zone"), tr("The dynv6 zone, e.g. myhome.dynv6.net; empty means the host name."), false)};
    info.notes = tr("Updates the zone's own address records. Both families go in one request.");
    return info;
}

void Dynv6Provider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    const QString token = request.secrets.value(QStringLiteral("token"));
    http()->redactor()->addSecret(token);
    QString zone = request.host.setting(QStringLiteral("zone"));
    if (zone.isEmpty())
        zone = request.host.name;

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("zone"), zone);
    query.addQueryItem(QStringLiteral("token"), token);
    if (request.ipv4)
        query.addQueryItem(QStringLiteral("ipv4"), request.ipv4->toString());
    if (request.ipv6)
        query.addQueryItem(QStringLiteral("ipv6"), request.ipv6->toString());
    HttpRequest httpRequest;
    httpRequest.url
        = F::endpoint(F::baseUrl(request.host, info().fields.first().defaultValue), QStringLiteral("/api/update"));
    httpRequest.url.setQuery(query);
    const QList<QHostAddress> sent = request.addresses();
    job->send(httpRequest, [job, sent](const HttpResponse &response) {
        const QString text = QString::fromUtf8(response.body).trimmed();
        if (response.ok() && response.status == 404) {
            job->finish(UpdateOutcome::needsUser(tr("dynv6 does not know this zone: %1").arg(text.left(80)),
                                                 tr("Check the zone name (e.g. myhome.dynv6.net).")));
            return;
        }
        if (std::optional<UpdateOutcome> problem = commonProblem(response, text.left(80))) {
            job->finish(*problem);
            return;
        }
        if (response.status != 200) {
            job->finish(refused(response, text.left(80)));
        } else if (text.contains(QLatin1String("unchanged"), Qt::CaseInsensitive)) {
            job->finish(UpdateOutcome::unchanged(sent));
        } else if (text.contains(QLatin1String("updated"), Qt::CaseInsensitive)) {
            job->finish(UpdateOutcome::updated(sent));
        } else {
            job->finish(notUnderstood(response));
        }
    });
}

} // namespace Homing
