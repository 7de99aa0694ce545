#include "cloudnsprovider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {
const QString kServer4 = QStringLiteral("https://ipv4.cloudns.net");
const QString kServer6 = QStringLiteral("https://ipv6.cloudns.net");
const QString kClouDnsApi = QStringLiteral("https://api.cloudns.net");

bool isApi(const ProviderInfo &info)
{
    return info.id == QLatin1String("cloudns-api");
}

// ClouDNS's "status":"Failed" reply, or nullopt if the reply is not one.
std::optional<UpdateOutcome> failed(const QJsonObject &object)
{
    if (object.value(QStringLiteral("status")).toString() != QLatin1String("Failed"))
        return std::nullopt;
    const QString message = object.value(QStringLiteral("statusDescription")).toString();
    if (message.contains(QLatin1String("auth"), Qt::CaseInsensitive))
        return UpdateOutcome::credentialsRefused(
            QObject::tr("ClouDNS refused the API login: %1").arg(message),
            QObject::tr("Check the auth-id, its kind and the auth-password, and that the "
                        "API user may use this zone and this machine's address."));
    return UpdateOutcome::needsUser(QObject::tr("ClouDNS refused the request: %1").arg(message),
                                    QObject::tr("Check the zone and host name."));
}
} // namespace

ClouDnsProvider::ClouDnsProvider(const ProviderInfo &info, HttpClient *http, QObject *parent)
    : Provider(info, http, parent)
{
}

QList<ProviderInfo> ClouDnsProvider::catalogue()
{
    ProviderInfo dynamic
        = F::describe("cloudns", QT_TRANSLATE_NOOP("QObject", "ClouDNS (dynamic URL)"),
                      "https://www.cloudns.net/wiki/article/36/", tr("ClouDNS dynamic URL of one A or AAAA record"));
    dynamic.ipv6 = true;
    dynamic.fields = {
        F::server(kServer4),
        F::server6(kServer6),
        F::secret("key", tr("Dynamic URL key"),
                  tr("The q= value of the record's dynamic URL (DNS zone → record → Dynamic URL).")),
    };
    dynamic.notes = tr("Each record has its own dynamic URL, so a host updates one family: add a second host for the "
                       "AAAA record. The address is sent in ClouDNS's proxy mode (X-Forwarded-For); that ClouDNS "
                       "honours it is unverified.");

    ProviderInfo api = F::describe("cloudns-api", "ClouDNS (API)", "https://www.cloudns.net/wiki/article/42/",
                                   tr("ClouDNS HTTP API with an API user (paid plans)"), "cloudns");
    api.ipv6 = true;
    api.ttl = true;
    api.minTtl = 60;
    api.testCredentials = true;
    api.fields = {F::server(kClouDnsApi),
                  F::choice("idKind", tr("API user kind"),
                            {QStringLiteral("auth-id"), QStringLiteral("sub-auth-id"), QStringLiteral("sub-auth-user")},
                            QStringLiteral("auth-id"), tr("Which kind of API user the ID below is.")),
                  F::text("authId", tr("API user ID"), tr("The auth-id (or sub-user ID or name) of the API user.")),
                  F::secret("password", tr("API password"), tr("The API user's auth-password.")), F::zone(true)};
    api.notes = tr("The A/AAAA record must exist. TTL, when set, is rounded up to one ClouDNS allows.");
    return {dynamic, api};
}

void ClouDnsProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    if (!isApi(info())) {
        updateDynamicUrl(request, job);
        return;
    }
    job->forEachAddress(request.addresses(), [this, job, request](const QHostAddress &address, ProviderJob::Done done) {
        updateRecord(request, address, job, done);
    });
}

void ClouDnsProvider::updateDynamicUrl(const UpdateRequest &request, const std::shared_ptr<ProviderJob> &job)
{
    if (request.ipv4 && request.ipv6) {
        job->finish(UpdateOutcome::needsUser(tr("Each ClouDNS dynamic URL sets one record, so one host updates one "
                                                "family."),
                                             tr("Turn off IPv4 or IPv6 here, and add a second host with the other "
                                                "record's dynamic URL key.")));
        return;
    }
    const QHostAddress address = request.addresses().value(0);
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const QString key = request.secrets.value(QStringLiteral("key"));
    http()->redactor()->addSecret(key);
    HttpRequest httpRequest;
    const QUrl base
        = v6 ? F::baseUrl(request.host, kServer6, QStringLiteral("server6")) : F::baseUrl(request.host, kServer4);
    httpRequest.url = F::endpoint(base, QStringLiteral("/api/dynamicURL/"));
    httpRequest.url.setQuery(QUrlQuery {{QStringLiteral("q"), key}, {QStringLiteral("proxy"), QStringLiteral("1")}});
    httpRequest.headers.append({"X-Forwarded-For", address.toString().toLatin1()});
    job->send(httpRequest, [job, address](const HttpResponse &response) {
        const QString text = QString::fromUtf8(response.body).trimmed();
        if (std::optional<UpdateOutcome> problem = commonProblem(response, text.left(80)))
            job->finish(*problem);
        else if (text.compare(QLatin1String("OK"), Qt::CaseInsensitive) == 0)
            job->finish(UpdateOutcome::updated({address}));
        else if (text.contains(QLatin1String("key is wrong"), Qt::CaseInsensitive)
                 || text.startsWith(QLatin1String("Invalid request"), Qt::CaseInsensitive) || response.status >= 400)
            job->finish(
                UpdateOutcome::needsUser(tr("ClouDNS refused the dynamic URL: %1").arg(text.left(80)),
                                         tr("Copy the record's dynamic URL key again from the ClouDNS panel.")));
        else
            job->finish(notUnderstood(response));
    });
}

QUrlQuery ClouDnsProvider::auth(const UpdateRequest &request) const
{
    QString kind = request.host.setting(QStringLiteral("idKind"));
    if (kind.isEmpty())
        kind = QStringLiteral("auth-id");
    const QString password = request.secrets.value(QStringLiteral("password"));
    http()->redactor()->addSecret(password);
    return QUrlQuery {{kind, request.host.setting(QStringLiteral("authId"))},
                      {QStringLiteral("auth-password"), password}};
}

void ClouDnsProvider::updateRecord(const UpdateRequest &request, const QHostAddress &address,
                                   const std::shared_ptr<ProviderJob> &job,
                                   const std::function<void(UpdateOutcome)> &done)
{
    QString zone;
    QString label;
    if (const std::optional<UpdateOutcome> problem = F::zoneAndLabel(request.host, &zone, &label)) {
        done(*problem);
        return;
    }
    const QUrl base = F::baseUrl(request.host, kClouDnsApi);
    const QString type
        = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("AAAA") : QStringLiteral("A");
    QUrlQuery find = auth(request);
    find.addQueryItem(QStringLiteral("domain-name"), zone);
    find.addQueryItem(QStringLiteral("host"), label);
    find.addQueryItem(QStringLiteral("type"), type);
    HttpRequest list;
    list.method = "POST";
    list.url = F::endpoint(base, QStringLiteral("/dns/records.json"));
    list.headers.append(
        qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")));
    list.body = find.toString(QUrl::FullyEncoded).toUtf8();
    const int hostTtl = request.host.ttl;
    job->send(
        list, [job, request, address, base, zone, label, type, hostTtl, done, this](const HttpResponse &response) {
            if (std::optional<UpdateOutcome> problem = commonProblem(response)) {
                done(*problem);
                return;
            }
            const QJsonDocument document = QJsonDocument::fromJson(response.body);
            if (document.isArray() && document.array().isEmpty()) { // ClouDNS's "no records"
                done(UpdateOutcome::needsUser(tr("ClouDNS has no %1 record for %2.").arg(type, request.host.name),
                                              tr("Create the record in the ClouDNS panel, then resume the host.")));
                return;
            }
            const std::optional<QJsonObject> object = jsonObject(response.body);
            if (!object) {
                done(notUnderstood(response));
                return;
            }
            if (std::optional<UpdateOutcome> refusal = failed(*object)) {
                done(*refusal);
                return;
            }
            QJsonObject record;
            for (auto it = object->begin(); it != object->end(); ++it) {
                const QJsonObject candidate = it.value().toObject();
                if (candidate.value(QStringLiteral("type")).toString() == type
                    && candidate.value(QStringLiteral("host")).toString() == label)
                    record = candidate;
            }
            if (record.isEmpty()) {
                done(UpdateOutcome::needsUser(tr("ClouDNS has no %1 record for %2.").arg(type, request.host.name),
                                              tr("Create the record in the ClouDNS panel, then resume the host.")));
                return;
            }
            int ttl = record.value(QStringLiteral("ttl")).toString().toInt();
            static const int allowed[]
                = {60, 300, 900, 1800, 3600, 21600, 43200, 86400, 172800, 259200, 604800, 1209600, 2419200};
            if (hostTtl > 0) {
                ttl = 2419200;
                for (int step : allowed) {
                    if (step >= hostTtl) {
                        ttl = step;
                        break;
                    }
                }
            }
            if (QHostAddress(record.value(QStringLiteral("record")).toString()) == address
                && (hostTtl <= 0 || ttl == record.value(QStringLiteral("ttl")).toString().toInt())) {
                done(UpdateOutcome::unchanged({address}));
                return;
            }
            QUrlQuery modify = auth(request);
            modify.addQueryItem(QStringLiteral("domain-name"), zone);
            modify.addQueryItem(QStringLiteral("record-id"), record.value(QStringLiteral("id")).toString());
            modify.addQueryItem(QStringLiteral("host"), label);
            modify.addQueryItem(QStringLiteral("record"), address.toString());
            modify.addQueryItem(QStringLiteral("ttl"), QString::number(ttl > 0 ? ttl : 3600));
            HttpRequest change;
            change.method = "POST";
            change.url = F::endpoint(base, QStringLiteral("/dns/mod-record.json"));
            change.headers.append(
                qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")));
            change.body = modify.toString(QUrl::FullyEncoded).toUtf8();
            job->send(change, [address, done](const HttpResponse &reply) {
                if (std::optional<UpdateOutcome> problem = commonProblem(reply)) {
                    done(*problem);
                    return;
                }
                const std::optional<QJsonObject> result = jsonObject(reply.body);
                if (!result)
                    done(notUnderstood(reply));
                else if (std::optional<UpdateOutcome> refusal = failed(*result))
                    done(*refusal);
                else if (result->value(QStringLiteral("status")).toString() == QLatin1String("Success"))
                    done(UpdateOutcome::updated({address}));
                else
                    done(notUnderstood(reply));
            });
        });
}

void ClouDnsProvider::testCredentials(const UpdateRequest &request, QObject *context, Callback callback)
{
    if (!isApi(info())) {
        Provider::testCredentials(request, context, std::move(callback));
        return;
    }
    auto job = ProviderJob::start(this, context, std::move(callback));
    HttpRequest login;
    login.method = "POST";
    login.url = F::endpoint(F::baseUrl(request.host, kClouDnsApi), QStringLiteral("/dns/login.json"));
    login.headers.append(
        qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")));
    login.body = auth(request).toString(QUrl::FullyEncoded).toUtf8();
    job->send(login, [job](const HttpResponse &response) {
        if (std::optional<UpdateOutcome> problem = commonProblem(response)) {
            job->finish(*problem);
            return;
        }
        const std::optional<QJsonObject> object = jsonObject(response.body);
        if (!object)
            job->finish(notUnderstood(response));
        else if (std::optional<UpdateOutcome> refusal = failed(*object))
            job->finish(*refusal);
        else if (object->value(QStringLiteral("status")).toString() == QLatin1String("Success"))
            job->finish(UpdateOutcome::unchanged({}, tr("ClouDNS accepted the API login.")));
        else
            job->finish(notUnderstood(response));
    });
}

} // namespace Homing
