#include "providerjob.h"

#include "logging.h"
#include "providerfields.h"
#include "providerreplies.h"

#include <QTimer>

namespace Homing {

ProviderJob::ProviderJob(const Provider *provider, QObject *context, Provider::Callback callback)
    : m_providerId(provider->info().id)
    , m_account(provider->account())
    , m_budget(provider->info().budget)
    , m_http(provider->httpClient())
    , m_timeout(provider->requestTimeout())
    , m_context(context)
    , m_provider(provider)
    , m_queued(const_cast<Provider *>(provider)) // only to tell that a request waits for its budget
    , m_callback(std::move(callback))
{
}

std::shared_ptr<ProviderJob> ProviderJob::start(const Provider *provider, QObject *context, Provider::Callback callback)
{
    return std::shared_ptr<ProviderJob>(new ProviderJob(provider, context, std::move(callback)));
}

std::shared_ptr<ProviderJob> ProviderJob::startInZone(const Provider *provider, QObject *context,
                                                      Provider::Callback callback, const Host &host, QString *zone,
                                                      QString *label)
{
    auto job = start(provider, context, std::move(callback));
    if (const std::optional<UpdateOutcome> problem = ProviderFields::zoneAndLabel(host, zone, label)) {
        job->finish(*problem);
        return nullptr;
    }
    return job;
}

void ProviderJob::send(HttpRequest request, Handler handler)
{
    if (m_finished || !m_context || !m_provider)
        return;
    request = prepared(std::move(request));
    auto self = shared_from_this();
    m_http->send(request, m_context, [self, handler](const HttpResponse &response) {
        if (self->m_finished || !self->m_provider)
            return;
        self->heard(response);
        handler(response);
    });
}

void ProviderJob::heard(const HttpResponse &response)
{
    m_lastStatus = response.status;
    if (!response.sent) {
        // No reply. A request held back for its account's pause: that pause is the reason (a URL
        // the policy refused is the provider's to explain, as Error::Refused).
        ++m_unsent;
        if (response.ok())
            m_unsentReason = response.errorText;
        m_lastReply.clear();
        return;
    }
    m_lastReply = response.ok() ? m_http->describeBody(response.body) : response.errorText;
}

HttpRequest ProviderJob::prepared(HttpRequest request)
{
    request.timeout = m_timeout;
    m_summaries.append(m_http->describe(request));
    auto self = shared_from_this();
    if (!m_account.isEmpty()) {
        request.account = m_account;
        request.budget = m_budget;
        request.queued = [self](int ahead) {
            if (!self->m_finished && self->m_queued)
                emit self->m_queued->queued(ahead);
        };
    }
    return request;
}

void ProviderJob::record(const QString &summary, const QString &reply)
{
    m_summaries.append(summary);
    m_lastReply = reply;
}

void ProviderJob::forEachAddress(const QList<QHostAddress> &addresses, Step step)
{
    if (addresses.isEmpty()) {
        finish(UpdateOutcome::unchanged({}));
        return;
    }
    nextAddress(addresses, std::move(step), {}, false, {});
}

void ProviderJob::nextAddress(QList<QHostAddress> rest, Step step, QList<QHostAddress> done, bool anyUpdated,
                              QStringList reasons)
{
    if (rest.isEmpty()) {
        const QString reason = reasons.join(QLatin1Char(' '));
        finish(anyUpdated ? UpdateOutcome::updated(done, reason) : UpdateOutcome::unchanged(done, reason));
        return;
    }
    const QHostAddress address = rest.takeFirst();
    auto self = shared_from_this();
    step(address, [self, rest, step, done, anyUpdated, reasons, address](UpdateOutcome outcome) mutable {
        if (!outcome.succeeded()) {
            self->finish(outcome);
            return;
        }
        done.append(address);
        if (!outcome.reason.isEmpty())
            reasons.append(outcome.reason);
        self->nextAddress(rest, step, done, anyUpdated || outcome.kind == UpdateOutcome::Kind::Updated, reasons);
    });
}

void ProviderJob::later(std::chrono::milliseconds delay, std::function<void()> then)
{
    if (m_finished || !m_context)
        return;
    auto self = shared_from_this();
    QTimer::singleShot(delay, m_context.data(), [self, then] {
        if (!self->m_finished && self->m_provider)
            then();
    });
}

void ProviderJob::probe(const HttpRequest &request, const QString &accepted)
{
    auto self = shared_from_this();
    send(request, [self, accepted](const HttpResponse &response) {
        if (std::optional<UpdateOutcome> problem = ProviderReplies::jsonProblem(response))
            self->finish(*problem);
        else
            self->finish(UpdateOutcome::unchanged({}, accepted));
    });
}

void ProviderJob::finish(UpdateOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    outcome.requestSummary = m_summaries.join(QLatin1Char('\n'));
    outcome.requestSent = m_summaries.size() > m_unsent;
    if (!outcome.requestSent && !outcome.succeeded() && !m_unsentReason.isEmpty())
        outcome.reason = m_unsentReason;
    outcome.reply = m_lastReply;
    if (outcome.httpStatus == 0)
        outcome.httpStatus = m_lastStatus;
    qCInfo(lcProvider).noquote() << m_providerId << outcomeKindName(outcome.kind) << "-" << outcome.reason;
    const Provider::Callback callback = std::move(m_callback);
    m_callback = nullptr;
    if (!m_context)
        return;
    // Always later, never inside the caller's call to update().
    QMetaObject::invokeMethod(
        m_context.data(), [callback, outcome] { callback(outcome); }, Qt::QueuedConnection);
}

} // namespace Homing
