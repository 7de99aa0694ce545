#include "namecheapprovider.h"

#include "providerfields.h"
#include "providerjob.h"
#include "providerreplies.h"
#include "redactor.h"

#include <QUrlQuery>
#include <QXmlStreamReader>

namespace Homing {

using namespace ProviderReplies;
namespace F = ProviderFields;

namespace {

struct Reply
{
    bool valid = false;
    int errors = -1;
    QStringList messages;
    QString ip;
};

Reply parse(const QByteArray &body)
{
    Reply reply;
    // Namecheap declares encoding="utf-16" but sends UTF-8: drop the declaration and read UTF-8.
    QByteArray text = body.trimmed();
    if (text.startsWith("<?xml"))
        text = text.mid(text.indexOf("?>") + 2);
    QXmlStreamReader xml(text);
    bool root = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("interface-response")) {
            root = true;
        } else if (name == QLatin1String("ErrCount")) {
            bool ok = false;
            reply.errors = xml.readElementText().trimmed().toInt(&ok);
            if (!ok)
                reply.errors = -1;
        } else if (name == QLatin1String("IP")) {
            reply.ip = xml.readElementText().trimmed();
        } else if (name.startsWith(QLatin1String("Err")) || name == QLatin1String("ResponseString")) {
            const QString text = xml.readElementText().trimmed();
            if (!text.isEmpty() && !reply.messages.contains(text))
                reply.messages.append(text);
        }
    }
    reply.valid = root && !xml.hasError() && reply.errors >= 0;
    return reply;
}

} // namespace

ProviderInfo NamecheapProvider::info()
{
    ProviderInfo info = F::describe("namecheap", "Namecheap",
                                    "https://www.namecheap.com/support/knowledgebase/article.aspx/29/11/"
                                    "how-to-dynamically-update-the-hosts-ip-with-"
                                    "an-http-request/",
                                    tr("Namecheap Dynamic DNS (A records only)"));
    info.ipv4 = true;
    info.ipv6 = false;
    info.testCredentials = true;
    info.minIntervalSeconds = 300;
    info.expectedLagSeconds = 3600;
    info.fields = {F::server(QStringLiteral("https://dynamicdns.park-your-domain.com")), F::zone(true),
                   F::secret("password", tr("Dynamic DNS password"),
                             tr("The domain's Dynamic DNS password (Advanced DNS page), not the account password."))};
    info.notes = tr("IPv4 only: Namecheap's dynamic DNS cannot set AAAA records. The record must be an "
                    "\"A + Dynamic DNS\" record.");
    return info;
}

void NamecheapProvider::update(const UpdateRequest &request, QObject *context, Callback callback)
{
    auto job = ProviderJob::start(this, context, std::move(callback));
    if (!request.ipv4) {
        job->finish(UpdateOutcome::needsUser(tr("Namecheap's dynamic DNS sets IPv4 (A) records only."),
                                             tr("Turn off IPv6 for this host.")));
        return;
    }
    QString zone;
    QString label;
    if (const std::optional<UpdateOutcome> problem = F::zoneAndLabel(request.host, &zone, &label)) {
        job->finish(*problem);
        return;
    }
    const QString password = request.secrets.value(QStringLiteral("password"));
    http()->redactor()->addSecret(password);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), label.isEmpty() ? QStringLiteral("@") : label);
    query.addQueryItem(QStringLiteral("domain"), zone);
    query.addQueryItem(QStringLiteral("password"), password);
    query.addQueryItem(QStringLiteral("ip"), request.ipv4->toString());
    HttpRequest httpRequest;
    httpRequest.url
        = F::endpoint(F::baseUrl(request.host, info().fields.first().defaultValue), QStringLiteral("/update"));
    httpRequest.url.setQuery(query);
    const QHostAddress sent = *request.ipv4;
    job->send(httpRequest, [job, sent](const HttpResponse &response) {
        if (std::optional<UpdateOutcome> problem = commonProblem(response)) {
            job->finish(*problem);
            return;
        }
        const Reply reply = parse(response.body);
        if (!reply.valid) {
            job->finish(response.status >= 400 ? refused(response, QString()) : notUnderstood(response));
            return;
        }
        if (reply.errors == 0) {
            if (!reply.ip.isEmpty() && QHostAddress(reply.ip) != sent) {
                job->finish(UpdateOutcome::retryLater(
                    tr("Namecheap reports the address %1, which is not the one sent.").arg(reply.ip), kTransient));
                return;
            }
            job->finish(UpdateOutcome::updated({sent}));
            return;
        }
        const QString message = reply.messages.join(QStringLiteral("; "));
        const QString lower = message.toLower();
        if (lower.contains(QLatin1String("password"))) {
            job->finish(
                UpdateOutcome::credentialsRefused(tr("Namecheap refused the password: %1").arg(message),
                                                  tr("Enter the domain's Dynamic DNS password from the Advanced DNS "
                                                     "page, and check that Dynamic DNS is enabled.")));
        } else if (lower.contains(QLatin1String("domain")) || lower.contains(QLatin1String("record"))
                   || lower.contains(QLatin1String("host")) || lower.contains(QLatin1String("invalid ip"))) {
            job->finish(UpdateOutcome::needsUser(tr("Namecheap refused the update: %1").arg(message),
                                                 tr("Check the domain, and that the host has an \"A + Dynamic DNS\" "
                                                    "record.")));
        } else {
            job->finish(UpdateOutcome::retryLater(tr("Namecheap reports an error: %1").arg(message), kServerTrouble));
        }
    });
}

} // namespace Homing
