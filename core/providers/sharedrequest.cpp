#include "sharedrequest.h"

#include "providercache.h"
#include "providerjob.h"
#include "providerreplies.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace Homing::SharedRequest {

namespace {

// Requests on their way, by key(): what to do with the answer, for each job that waits.
QHash<QByteArray, QList<Resume>> &waitingJobs()
{
    static QHash<QByteArray, QList<Resume>> pending;
    return pending;
}

} // namespace

QByteArray key(const QByteArray &account, const QString &what)
{
    return account + '\n' + what.toUtf8();
}

void send(const std::shared_ptr<ProviderJob> &job, const QByteArray &key, const HttpRequest &request,
          const Resume &resume)
{
    // Sent once, by the first job that asks; a job that ended meanwhile (or whose provider is gone)
    // is not resumed.
    QHash<QByteArray, QList<Resume>> &pending = waitingJobs();
    const bool leader = !pending.contains(key);
    pending[key].append([job, resume](const HttpResponse &response) {
        if (!job->isOver())
            resume(response);
    });
    const HttpRequest shared = job->prepared(request);
    if (!leader)
        return;
    job->http()->send(shared, job->http(), [key](const HttpResponse &response) {
        const QList<Resume> waiting = waitingJobs().take(key);
        const ProviderReplies::SharedAnswer parsedOnce(response.body); // not once per waiting host
        for (const Resume &each : waiting)
            each(response);
    });
}

void listing(const std::shared_ptr<ProviderJob> &job, const QByteArray &key, const HttpRequest &listing,
             const HttpRequest &ownLookup, const std::function<bool(const HttpResponse &)> &complete,
             const Resume &handler)
{
    send(job, key, listing, [job, ownLookup, complete, handler](const HttpResponse &response) {
        if (!complete(response)) {
            job->send(ownLookup, handler);
            return;
        }
        job->heard(response);
        handler(response);
    });
}

std::function<void()> forgettingEntry(ProviderCache *cache, const QByteArray &account, const QString &entry)
{
    return [cache = QPointer<ProviderCache>(cache), account, entry] {
        if (cache)
            cache->remove(account, entry);
    };
}

Provider::Callback forgettingAccount(const QByteArray &account, ProviderCache *cache, Provider::Callback callback)
{
    if (account.isEmpty())
        return callback;
    return [account, cache = QPointer<ProviderCache>(cache), callback](const UpdateOutcome &outcome) {
        if (cache && (outcome.httpStatus == 403 || outcome.httpStatus == 404))
            cache->forget(account);
        callback(outcome);
    };
}

} // namespace Homing::SharedRequest
