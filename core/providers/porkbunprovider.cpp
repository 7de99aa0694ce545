#include "porkbunprovider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "recordsync.h"
#include "redactor.h"

#include <QJsonArray>

#include <variant>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {

const QString kPorkbunApi = QStringLiteral("https://api.porkbun.com/api/json/v3");
constexpr int kPorkbunLeastTtl = 600;

// The reply's JSON object when its status is SUCCESS, else the outcome that ends this pass.
std::variant<QJsonObject, UpdateOutcome> success(const HttpResponse &response)
{
    const std::optional<QJsonObject> object = jsonObject(response.body);
    const QString message = object ? object->value(QStringLiteral("message")).toString() : QString();
    if (response.ok() && response.status < 500 && response.status != 429 && object
        && object->value(QStringLiteral("status")).toString() == QLatin1String("ERROR")) {
        return UpdateOutcome::needsUser(QObject::tr("Porkbun refused the request: %1").arg(message),
                                        QObject::tr("Check the API keys, and that API access is turned on for this "
                                                    "domain in Porkbun's domain settings."));
    }
    if (std::optional<UpdateOutcome> problem = commonProblem(response, message))
        return *problem;
    if (!object || object->value(QStringLiteral("status")).toString() != QLatin1String("SUCCESS"))
        return response.status >= 400 ? refused(response, message) : notUnderstood(response);
    return *object;
}

QString path(const char *call, const QString &zone, const QString &type = {}, const QString &label = {})
{
    QString result = QLatin1String(call) + QLatin1Char('/') + F::segment(zone);
    if (!type.isEmpty())
        result += QLatin1Char('/') + type + QLatin1Char('/') + F::segment(label);
    return result;
}

} // namespace

ProviderInfo PorkbunProvider::info()
{
    ProviderInfo info = F::describe("porkbun", "Porkbun", "https://porkbun.com/api/json/v3/documentation",
                                    tr("Porkbun DNS through its JSON API"));
    info.ipv6 = true;
    info.ttl = true;
    info.minTtl = kPorkbunLeastTtl;
    info.parkingMethod = ParkingMethod::DeleteRecord;
    info.testCredentials = true;
    info.fields
        = {F::server(kPorkbunApi), F::zone(true), F::secret("apikey", tr("API key"), tr("The API key (pk1_...).")),
           F::secret("secretapikey", tr("Secret API key"), tr("The secret API key (sk1_...)."))};
    info.notes = tr("Turn on API access for the domain in Porkbun's settings. A missing record is created. TTL is "
                    "at least 600 s.");
    info.expectedLagSeconds = 600; // TRUST.md §3
    return info;
}

HttpRequest PorkbunProvider::call(const UpdateRequest &request, const QString &path, QJsonObject body) const
{
    const QString key = request.secrets.value(QStringLiteral("apikey"));
    const QString secret = request.secrets.value(QStringLiteral("secretapikey"));
    http()->redactor()->addSecret(key);
    http()->redactor()->addSecret(secret);
    body.insert(QStringLiteral("apikey"), key);
    body.insert(QStringLiteral("secretapikey"), secret);
    return jsonRequest("POST", F::endpoint(F::baseUrl(request.host, kPorkbunApi), path), {}, body);
}

void PorkbunProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    QString zone;
    QString label;
    const auto job = ProviderJob::startInZone(this, context, std::move(callback), request.host, &zone, &label);
    if (!job)
        return;
    job->forEachAddress(
        request.addresses(), [this, job, request, zone, label](const QHostAddress &address, ProviderJob::Done done) {
            const QString type = recordTypeOf(address);
            job->send(
                call(request, path("/dns/retrieveByNameType", zone, type, label), {}),
                [this, job, request, zone, label, type, address, done](const HttpResponse &response) {
                    const auto found = success(response);
                    if (const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&found)) {
                        done(*failure);
                        return;
                    }
                    const QJsonArray records = std::get<QJsonObject>(found).value(QStringLiteral("records")).toArray();
                    const QJsonObject record = records.at(0).toObject();
                    int ttl = std::max(kPorkbunLeastTtl, record.value(QStringLiteral("ttl")).toString().toInt());
                    if (request.host.ttl > 0)
                        ttl = std::max(kPorkbunLeastTtl, request.host.ttl);
                    if (records.size() == 1
                        && QHostAddress(record.value(QStringLiteral("content")).toString()) == address
                        && (request.host.ttl <= 0 || record.value(QStringLiteral("ttl")).toString().toInt() == ttl)) {
                        done(UpdateOutcome::unchanged({address}));
                        return;
                    }
                    QJsonObject body {{QStringLiteral("content"), address.toString()},
                                      {QStringLiteral("ttl"), QString::number(ttl)}};
                    QString target = path("/dns/editByNameType", zone, type, label);
                    if (records.isEmpty()) {
                        target = path("/dns/create", zone);
                        body.insert(QStringLiteral("name"), label);
                        body.insert(QStringLiteral("type"), type);
                    }
                    job->send(call(request, target, body), [address, done](const HttpResponse &reply) {
                        const auto changed = success(reply);
                        if (const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&changed))
                            done(*failure);
                        else
                            done(UpdateOutcome::updated({address}));
                    });
                });
        });
}

void PorkbunProvider::park(const UpdateRequest &request, QObject *context, Callback callback)
{
    QString zone;
    QString label;
    const auto job = ProviderJob::startInZone(this, context, std::move(callback), request.host, &zone, &label);
    if (!job)
        return;
    deleteRecords(job, request.host, [this, job, request, zone, label](const QString &type, ProviderJob::Done done) {
        job->send(call(request, path("/dns/deleteByNameType", zone, type, label), {}),
                  [this, job, request, zone, label, type, done](const HttpResponse &response) {
                      const auto deleted = success(response);
                      const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&deleted);
                      if (!failure || failure->kind != UpdateOutcome::Kind::NeedsUser) {
                          done(failure ? *failure : UpdateOutcome::updated({}));
                          return;
                      }
                      // Porkbun does not document its answer when nothing matches: an ERROR is a
                      // success when the records are gone already.
                      job->send(call(request, path("/dns/retrieveByNameType", zone, type, label), {}),
                                [done, refusal = *failure](const HttpResponse &reply) {
                                    const auto found = success(reply);
                                    const QJsonObject *listed = std::get_if<QJsonObject>(&found);
                                    if (listed && listed->value(QStringLiteral("records")).toArray().isEmpty())
                                        done(UpdateOutcome::updated({}));
                                    else
                                        done(refusal);
                                });
                  });
    });
}

void PorkbunProvider::testCredentials(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    job->send(call(request, QStringLiteral("/ping"), {}), [job](const HttpResponse &response) {
        const auto pong = success(response);
        if (const UpdateOutcome *failure = std::get_if<UpdateOutcome>(&pong))
            job->finish(*failure);
        else
            job->finish(UpdateOutcome::unchanged({}, tr("Porkbun accepted the API keys.")));
    });
}

} // namespace Homing
