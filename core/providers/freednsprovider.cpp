#include "freednsprovider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "redactor.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {
const QString kFreeDnsServer4 = QStringLiteral("https://sync.afraid.org");
const QString kFreeDnsServer6 = QStringLiteral("https://v6.sync.afraid.org");

QList<QHostAddress> freeDnsAddressesIn(const QString &text)
{
    static const QRegularExpression candidate(QStringLiteral("[0-9a-fA-F:.]{7,}"));
    QList<QHostAddress> found;
    for (auto it = candidate.globalMatch(text); it.hasNext();) {
        QHostAddress address;
        if (address.setAddress(it.next().captured().remove(QRegularExpression(QStringLiteral("[.:]$")))))
            found.append(address);
    }
    return found;
}
} // namespace

ProviderInfo FreeDnsProvider::info()
{
    ProviderInfo info = F::describe("freedns", "FreeDNS (afraid.org)", "https://freedns.afraid.org/dynamic/v2/",
                                    tr("FreeDNS dynamic update, version 2 token URLs"));
    info.ipv6 = true;
    info.minIntervalSeconds = 300;
    info.explicitAddress = false;
    info.fields = {
        F::server(kFreeDnsServer4),
        F::server6(kFreeDnsServer6),
        F::secret("token", tr("Update token"),
                  tr("The random token of the record's v2 update URL (the part after /u/).")),
    };
    info.notes = tr("FreeDNS takes the address from the connection; Homing also sends address= (whether v2 honours "
                    "it is unverified) and stops the host if FreeDNS reports a different address. Each record has its "
                    "own token, so a host updates one family: add a second host for the AAAA record.");
    return info;
}

void FreeDnsProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    if (request.ipv4 && request.ipv6) {
        job->finish(UpdateOutcome::needsUser(tr("Each FreeDNS record has its own token, so one host updates one "
                                                "family."),
                                             tr("Turn off IPv4 or IPv6 here, and add a second host for the other "
                                                "record with its token.")));
        return;
    }
    const Host host = request.host;
    const QString token = request.secrets.value(QStringLiteral("token"));
    http()->redactor()->addSecret(token);
    job->forEachAddress(request.addresses(), [job, host, token](const QHostAddress &address, ProviderJob::Done done) {
        const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        HttpRequest httpRequest;
        const QUrl base
            = v6 ? F::baseUrl(host, kFreeDnsServer6, QStringLiteral("server6")) : F::baseUrl(host, kFreeDnsServer4);
        httpRequest.url = F::endpoint(base, QStringLiteral("/u/%1/").arg(F::segment(token)));
        httpRequest.url.setQuery(QUrlQuery {{QStringLiteral("address"), address.toString()}});
        job->send(httpRequest, [address, done](const HttpResponse &response) {
            const QString text = QString::fromUtf8(response.body).trimmed();
            if (std::optional<UpdateOutcome> problem = commonProblem(response, text.left(80))) {
                done(*problem);
                return;
            }
            for (const QHostAddress &reported : freeDnsAddressesIn(text)) {
                if (reported != address) {
                    done(UpdateOutcome::needsUser(
                        tr("FreeDNS set %1, not the detected %2: it took the address from the connection.")
                            .arg(reported.toString(), address.toString()),
                        tr("Make sure this machine reaches FreeDNS directly (no VPN or proxy), then resume.")));
                    return;
                }
            }
            if (text.startsWith(QLatin1String("Updated"), Qt::CaseInsensitive))
                done(UpdateOutcome::updated({address}));
            else if (text.contains(QLatin1String("No IP change detected"), Qt::CaseInsensitive)
                     || text.contains(QLatin1String("has not changed"), Qt::CaseInsensitive))
                done(UpdateOutcome::unchanged({address}));
            else if (text.startsWith(QLatin1String("ERROR"), Qt::CaseInsensitive) || response.status >= 400)
                done(UpdateOutcome::needsUser(tr("FreeDNS refused the update: %1").arg(text.left(120)),
                                              tr("Check the update token on freedns.afraid.org/dynamic/v2/.")));
            else
                done(notUnderstood(response));
        });
    });
}

} // namespace Homing
