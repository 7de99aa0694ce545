#include "gandiprovider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "recordsync.h"
#include "redactor.h"

#include <QJsonArray>

#include <memory>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {
const QString kGandiApi = QStringLiteral("https://api.gandi.net/v5/livedns");
constexpr int kGandiLeastTtl = 300;
constexpr int kGandiDefaultTtl = 10800;

// The path of the host's rrsets, up to the type: /domains/<zone>/records/<label|@>/
QString gandiRrsetPath(const QString &zone, const QString &label)
{
    return QStringLiteral("/domains/%1/records/%2/")
        .arg(F::segment(zone), label.isEmpty() ? QStringLiteral("@") : F::segment(label));
}

} // namespace

ProviderInfo GandiProvider::info()
{
    ProviderInfo info = F::describe("gandi", "Gandi LiveDNS", "https://api.gandi.net/docs/livedns/",
                                    tr("Gandi LiveDNS records with a personal access token"));
    info.ipv6 = true;
    info.ttl = true;
    info.minTtl = kGandiLeastTtl;
    info.parkingMethod = ParkingMethod::DeleteRecord;
    info.testCredentials = true;
    info.minIntervalSeconds = 300;
    info.expectedLagSeconds = 1200;
    info.fields = {F::server(kGandiApi), F::zone(true),
                   F::secret("token", tr("Personal access token"),
                             tr("A Gandi personal access token allowed to manage the domain's DNS records.")),
                   F::choice("authKind", tr("Token kind"), {QStringLiteral("pat"), QStringLiteral("apikey")},
                             QStringLiteral("pat"),
                             tr("\"pat\" for a personal access token; \"apikey\" for a deprecated API key."))};
    info.notes = tr("A missing record is created. TTL is at least 300 s, and 300 s unless the host sets one "
                    "(Gandi's own default is 10800 s).");
    return info;
}

QList<QPair<QByteArray, QByteArray>> GandiProvider::authorization(const UpdateRequest &request) const
{
    const QString token = request.secrets.value(QStringLiteral("token"));
    http()->redactor()->addSecret(token);
    const QByteArray scheme
        = request.host.setting(QStringLiteral("authKind")) == QLatin1String("apikey") ? "Apikey " : "Bearer ";
    return {qMakePair(QByteArrayLiteral("Authorization"), scheme + token.toUtf8())};
}

void GandiProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    QString zone;
    QString label;
    const auto job = ProviderJob::startInZone(this, context, std::move(callback), request.host, &zone, &label);
    if (!job)
        return;
    const QString base = gandiRrsetPath(zone, label);
    job->forEachAddress(
        request.addresses(), [this, job, request, base](const QHostAddress &address, ProviderJob::Done done) {
            const QUrl url = F::endpoint(F::baseUrl(request.host, kGandiApi), base + recordTypeOf(address));
            const QList<QPair<QByteArray, QByteArray>> headers = authorization(request);
            RecordSteps steps;
            steps.provider = QStringLiteral("Gandi");
            steps.hostName = request.host.name;
            steps.type = recordTypeOf(address);
            steps.lookup = jsonRequest("GET", url, headers);
            auto existingTtl = std::make_shared<int>(kGandiDefaultTtl);
            steps.read = [existingTtl](const HttpResponse &response, std::optional<FoundRecord> *found) {
                if (std::optional<UpdateOutcome> problem = commonProblem(response, jsonMessage(response.body)))
                    return problem;
                if (response.status == 404) // no such RRset: the PUT creates it
                    return std::optional<UpdateOutcome>();
                const std::optional<QJsonObject> rrset = jsonObject(response.body);
                if (response.status != 200)
                    return std::optional<UpdateOutcome>(response.status >= 400
                                                            ? refused(response, jsonMessage(response.body))
                                                            : notUnderstood(response));
                if (!rrset)
                    return std::optional<UpdateOutcome>(notUnderstood(response));
                FoundRecord record;
                for (const QJsonValue &value : rrset->value(QStringLiteral("rrset_values")).toArray())
                    record.values.append(value.toString());
                record.ttl = rrset->value(QStringLiteral("rrset_ttl")).toInt(kGandiDefaultTtl);
                *existingTtl = record.ttl;
                *found = record;
                return std::optional<UpdateOutcome>();
            };
            steps.ttl = request.host.ttl > 0 ? std::max(kGandiLeastTtl, request.host.ttl) : 0;
            steps.mayCreate = true; // Gandi's PUT creates a missing RRset
            auto put = [url, headers, address, existingTtl, ttl = steps.ttl] {
                const QJsonObject body {{QStringLiteral("rrset_values"), QJsonArray {address.toString()}},
                                        {QStringLiteral("rrset_ttl"), ttl > 0 ? ttl : *existingTtl}};
                return jsonRequest("PUT", url, headers, body);
            };
            steps.change = [put](const FoundRecord &) { return put(); };
            steps.create = put;
            steps.confirm = [](const HttpResponse &reply, const QHostAddress &sent, ProviderJob::Done finished) {
                if (std::optional<UpdateOutcome> problem = commonProblem(reply, jsonMessage(reply.body)))
                    finished(*problem);
                else if (reply.status == 200 || reply.status == 201)
                    finished(UpdateOutcome::updated({sent}));
                else
                    finished(reply.status >= 400 ? refused(reply, jsonMessage(reply.body)) : notUnderstood(reply));
            };
            syncRecord(job, address, std::move(steps), done);
        });
}

void GandiProvider::park(const UpdateRequest &request, QObject *context, Callback callback)
{
    QString zone;
    QString label;
    const auto job = ProviderJob::startInZone(this, context, std::move(callback), request.host, &zone, &label);
    if (!job)
        return;
    const QString base = gandiRrsetPath(zone, label);
    deleteRecords(job, request.host, [this, job, request, base](const QString &type, ProviderJob::Done done) {
        const QUrl url = F::endpoint(F::baseUrl(request.host, kGandiApi), base + type);
        job->send(jsonRequest("DELETE", url, authorization(request)), [done](const HttpResponse &reply) {
            done(deleteProblem(reply).value_or(UpdateOutcome::updated({})));
        });
    });
}

void GandiProvider::testCredentials(const UpdateRequest &request, QObject *context, Callback callback)
{
    const QString zone = request.host.setting(QStringLiteral("zone"));
    const QUrl url = F::endpoint(F::baseUrl(request.host, kGandiApi), QStringLiteral("/domains/") + F::segment(zone));
    ProviderJob::start(this, context, std::move(callback))
        ->probe(jsonRequest("GET", url, authorization(request)), tr("Gandi accepted the token for this domain."));
}

} // namespace Homing
