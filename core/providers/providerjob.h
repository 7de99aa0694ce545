#pragma once

#include "net/httpclient.h"
#include "provider.h"

#include <QPointer>

#include <memory>

namespace Homing {

// One provider call in flight, possibly several requests long (find the zone, find the record,
// change it). It keeps the redacted summary of every request, and runs the callback exactly once:
// through finish(), or never if the context object (or the provider) is destroyed first. Handlers
// capture the job's shared pointer, so it lives as long as a request is pending.
class ProviderJob : public std::enable_shared_from_this<ProviderJob>
{
public:
    using Handler = std::function<void(const HttpResponse &)>;
    using Done = std::function<void(UpdateOutcome)>;
    // One address's part of the work; calls done exactly once.
    using Step = std::function<void(const QHostAddress &address, Done done)>;

    static std::shared_ptr<ProviderJob> start(const Provider *provider, QObject *context, Provider::Callback callback);
    // start() for a host inside its zone setting: sets *zone and *label (the name relative to the
    // zone, empty at the apex). Where they do not fit, the job finishes with the outcome that says
    // so (ProviderFields::zoneAndLabel), and this returns nullptr.
    static std::shared_ptr<ProviderJob> startInZone(const Provider *provider, QObject *context,
                                                    Provider::Callback callback, const Host &host, QString *zone,
                                                    QString *label);

    // Sends request with the provider's timeout; handler sees the reply unless the job has finished.
    void send(HttpRequest request, Handler handler);
    // Runs step for each address in turn; stops at the first outcome that did not succeed, and
    // finishes with it, else with Updated (if any step updated) or Unchanged, for all addresses.
    void forEachAddress(const QList<QHostAddress> &addresses, Step step);
    // Calls then after delay (for polling), unless the job has finished or the context is gone.
    void later(std::chrono::milliseconds delay, std::function<void()> then);
    void finish(UpdateOutcome outcome);
    // A credentials test by one harmless JSON request: finishes Unchanged(accepted) when the reply
    // is a 2xx JSON object, else with ProviderReplies::jsonProblem().
    void probe(const HttpRequest &request, const QString &accepted);

    HttpClient *http() const { return m_http; }
    // request as send() sends it (the provider's timeout, the account's budget), noted for the
    // outcome's summary; for a request that several jobs share (ProviderJob::heard() its reply).
    HttpRequest prepared(HttpRequest request);
    void heard(const HttpResponse &response);
    bool isOver() const { return m_finished || !m_context || !m_provider; }
    // Notes a request sent another way than HTTP (e.g. a DNS UPDATE) and its reply, both already
    // free of secrets, for the outcome's summary.
    void record(const QString &summary, const QString &reply);

private:
    ProviderJob(const Provider *provider, QObject *context, Provider::Callback callback);
    void nextAddress(QList<QHostAddress> rest, Step step, QList<QHostAddress> done, bool anyUpdated,
                     QStringList reasons);

    QString m_providerId;
    QByteArray m_account;
    RequestBudget m_budget;
    HttpClient *m_http;
    std::chrono::milliseconds m_timeout;
    QPointer<QObject> m_context;
    QPointer<const QObject> m_provider; // handlers use the provider; none runs once it is gone
    QPointer<Provider> m_queued;
    Provider::Callback m_callback;
    bool m_finished = false;
    QStringList m_summaries;
    QString m_lastReply;
    int m_lastStatus = 0;
    int m_unsent = 0; // answers heard for requests that never left (HttpResponse::sent)
    QString m_unsentReason; // why the last of them did not
};

} // namespace Homing
