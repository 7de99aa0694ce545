#include "gandiprovider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "redactor.h"

#include <QJsonArray>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {
const QString kApi = QStringLiteral("https://api.gandi.net/v5/livedns");
constexpr int kLeastTtl = 300;
constexpr int kDefaultTtl = 10800;

} // namespace

ProviderInfo GandiProvider::info()
{
    ProviderInfo info = F::describe("gandi", "Gandi LiveDNS", "https://api.gandi.net/docs/livedns/",
                                    tr("Gandi LiveDNS records with a personal access token"));
    info.ipv6 = true;
    info.ttl = true;
    info.testCredentials = true;
    info.minIntervalSeconds = 300;
    info.fields = {F::server(kApi), F::zone(true),
                   F::secret("token", tr("Personal access token"),
                             tr("A Gandi personal access token allowed to manage the domain's DNS records.")),
                   F::choice("authKind", tr("Token kind"), {QStringLiteral("pat"), QStringLiteral("apikey")},
                             QStringLiteral("pat"),
                             tr("\"pat\" for a personal access token; \"apikey\" for a deprecated API key."))};
    info.notes = tr("A missing record is created. TTL is at least 300 s (Gandi's default 10800 s).");
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
    auto job = ProviderJob::start(this, context, std::move(callback));
    QString zone;
    QString label;
    if (const std::optional<UpdateOutcome> problem = F::zoneAndLabel(request.host, &zone, &label)) {
        job->finish(*problem);
        return;
    }
    const QString base = QStringLiteral("/domains/%1/records/%2/")
                             .arg(F::segment(zone), label.isEmpty() ? QStringLiteral("@") : F::segment(label));
    job->forEachAddress(
        request.addresses(), [this, job, request, base](const QHostAddress &address, ProviderJob::Done done) {
            const QUrl url = F::endpoint(F::baseUrl(request.host, kApi), base + recordTypeOf(address));
            job->send(jsonRequest("GET", url, authorization(request)),
                      [this, job, request, url, address, done](const HttpResponse &response) {
                          if (std::optional<UpdateOutcome> problem
                              = commonProblem(response, jsonMessage(response.body))) {
                              done(*problem);
                              return;
                          }
                          int ttl = kDefaultTtl;
                          if (response.status == 200) {
                              const std::optional<QJsonObject> rrset = jsonObject(response.body);
                              if (!rrset) {
                                  done(notUnderstood(response));
                                  return;
                              }
                              const QJsonArray values = rrset->value(QStringLiteral("rrset_values")).toArray();
                              ttl = rrset->value(QStringLiteral("rrset_ttl")).toInt(kDefaultTtl);
                              if (values.size() == 1 && QHostAddress(values.first().toString()) == address
                                  && (request.host.ttl <= 0 || ttl == std::max(kLeastTtl, request.host.ttl))) {
                                  done(UpdateOutcome::unchanged({address}));
                                  return;
                              }
                          } else if (response.status != 404) {
                              done(response.status >= 400 ? refused(response, jsonMessage(response.body))
                                                          : notUnderstood(response));
                              return;
                          }
                          if (request.host.ttl > 0)
                              ttl = std::max(kLeastTtl, request.host.ttl);
                          const QJsonObject body {{QStringLiteral("rrset_values"), QJsonArray {address.toString()}},
                                                  {QStringLiteral("rrset_ttl"), ttl}};
                          job->send(jsonRequest("PUT", url, authorization(request), body),
                                    [address, done](const HttpResponse &reply) {
                                        if (std::optional<UpdateOutcome> problem
                                            = commonProblem(reply, jsonMessage(reply.body)))
                                            done(*problem);
                                        else if (reply.status == 200 || reply.status == 201)
                                            done(UpdateOutcome::updated({address}));
                                        else
                                            done(reply.status >= 400 ? refused(reply, jsonMessage(reply.body))
                                                                     : notUnderstood(reply));
                                    });
                      });
        });
}

void GandiProvider::testCredentials(const UpdateRequest &request, QObject *context, Callback callback)
{
    const QString zone = request.host.setting(QStringLiteral("zone"));
    const QUrl url = F::endpoint(F::baseUrl(request.host, kApi), QStringLiteral("/domains/") + F::segment(zone));
    ProviderJob::start(this, context, std::move(callback))
        ->probe(jsonRequest("GET", url, authorization(request)), tr("Gandi accepted the token for this domain."));
}

} // namespace Homing
