#pragma once

#include "net/httpclient.h"
#include "provider.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace Homing {

class ProviderCache;
class ProviderJob;

// Requests that the hosts of one account share while they wait for the same answer (a zone's id,
// a zone's listing of records), for the REST providers that keep what they learn in the HTTP
// client's ProviderCache.
namespace SharedRequest {

using Resume = std::function<void(const HttpResponse &)>;

// The key under which the jobs of account share the request for what.
QByteArray key(const QByteArray &account, const QString &what);

// Sends request once for every job that asks under key until the answer comes, and resumes each
// of those jobs that is still running with it. The request goes out through the job's HTTP client,
// which outlives every job: no job waits on one that ended. resume calls job->heard() when it uses
// the answer.
void send(const std::shared_ptr<ProviderJob> &job, const QByteArray &key, const HttpRequest &request,
          const Resume &resume);

// A zone's listing, shared under key as send() shares it: handler gets it when complete() says it
// holds the whole zone, else the answer to ownLookup, sent by this job alone.
void listing(const std::shared_ptr<ProviderJob> &job, const QByteArray &key, const HttpRequest &listing,
             const HttpRequest &ownLookup, const std::function<bool(const HttpResponse &)> &complete,
             const Resume &handler);

// Removes one entry of account from cache when called (a remembered record gone: RecordSteps::forgetKnown).
std::function<void()> forgettingEntry(ProviderCache *cache, const QByteArray &account, const QString &entry);

// callback, after forgetting what account holds in cache when the outcome came with a 403 or 404
// (the token or the zone changed). Without an account, callback as it is.
Provider::Callback forgettingAccount(const QByteArray &account, ProviderCache *cache, Provider::Callback callback);

} // namespace SharedRequest

} // namespace Homing
