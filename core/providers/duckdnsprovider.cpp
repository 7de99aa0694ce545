#include "duckdnsprovider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "redactor.h"

#include <QUrlQuery>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

ProviderInfo DuckDnsProvider::info()
{
    ProviderInfo info = F::describe("duckdns", "DuckDNS", "https://www.duckdns.org/spec.jsp",
                                    tr("Free names under duckdns.org, updated with the account token"));
    info.ipv6 = true;
    info.testCredentials = true;
    info.fields = {F::server(QStringLiteral("https://www.duckdns.org")),
                   F::secret("token", tr("Token"), tr("The account token shown on duckdns.org."))};
    info.fields[1].pattern
        = QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    info.fields[1].patternHelp = tr("A DuckDNS token has the form a1b2c3d4-e5f6-7890-abcd-ef1234567890 (36 characters, "
                                    "as shown at the top of duckdns.org after you sign in).");
    info.nameSuffix = QStringLiteral("duckdns.org");
    info.notes = tr("The host name is <name>.duckdns.org. Both families go in one request.");
    info.expectedLagSeconds = 60; // TRUST.md §3
    info.parkingMethod = ParkingMethod::DeleteRecord; // clear=true empties A and AAAA
    return info;
}

void DuckDnsProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    send(request, false, context, std::move(callback));
}

void DuckDnsProvider::park(const UpdateRequest &request, QObject *context, Callback callback)
{
    send(request, true, context, std::move(callback));
}

void DuckDnsProvider::send(const UpdateRequest &request, bool clear, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    QString domain = request.host.name.toLower();
    const QString suffix = QStringLiteral(".duckdns.org");
    if (!domain.endsWith(suffix)) {
        job->finish(UpdateOutcome::needsUser(tr("%1 is not a DuckDNS name.").arg(request.host.name),
                                             tr("Use a host name ending in .duckdns.org.")));
        return;
    }
    domain.chop(suffix.size());
    domain = domain.section(QLatin1Char('.'), -1); // sub.name.duckdns.org is served by name's records
    const QString token = request.secrets.value(QStringLiteral("token"));
    http()->redactor()->addSecret(token);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("domains"), domain);
    query.addQueryItem(QStringLiteral("token"), token);
    if (clear) {
        query.addQueryItem(QStringLiteral("clear"), QStringLiteral("true"));
    } else {
        if (request.ipv4)
            query.addQueryItem(QStringLiteral("ip"), request.ipv4->toString());
        if (request.ipv6)
            query.addQueryItem(QStringLiteral("ipv6"), request.ipv6->toString());
    }
    query.addQueryItem(QStringLiteral("verbose"), QStringLiteral("true"));
    HttpRequest httpRequest;
    httpRequest.url
        = F::endpoint(F::baseUrl(request.host, info().fields.first().defaultValue), QStringLiteral("/update"));
    httpRequest.url.setQuery(query);
    const QList<QHostAddress> sent = clear ? QList<QHostAddress>() : request.addresses();
    job->send(httpRequest, [job, sent, clear](const HttpResponse &response) {
        const QList<QByteArray> lines = response.body.trimmed().split('\n');
        const QByteArray first = lines.value(0).trimmed();
        if (response.ok() && response.status == 200 && first == "KO") {
            job->finish(
                UpdateOutcome::credentialsRefused(tr("DuckDNS refused the token or the domain (KO)."),
                                                  tr("Check the token and that the name belongs to this account.")));
            return;
        }
        if (std::optional<UpdateOutcome> problem = commonProblem(response)) {
            job->finish(*problem);
            return;
        }
        if (response.status != 200 || first != "OK") {
            job->finish(response.status >= 400 ? refused(response, QString()) : notUnderstood(response));
            return;
        }
        if (clear) { // "OK" is all DuckDNS documents for clear=true
            job->finish(UpdateOutcome::updated({}, tr("Parked: DuckDNS cleared the addresses of the name.")));
            return;
        }
        const QByteArray state = lines.size() >= 4 ? lines.at(3).trimmed() : QByteArray();
        if (lines.size() >= 4 && state != "UPDATED" && state != "NOCHANGE") {
            job->finish(notUnderstood(response));
            return;
        }
        job->finish(state == "NOCHANGE" ? UpdateOutcome::unchanged(sent) : UpdateOutcome::updated(sent));
    });
}

} // namespace Homing
