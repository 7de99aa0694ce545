#pragma once

#include "model/updateoutcome.h"
#include "net/httpclient.h"
#include "providerjob.h"

#include <QHostAddress>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Homing {

// One record as a REST API lists it.
struct FoundRecord
{
    QStringList values; // the addresses it holds now
    int ttl = 0; // 0: the API did not say
    QJsonValue id; // the API's handle for it, if it has one
};

// The shape the JSON REST providers share: look the record up; leave it when it holds exactly the
// address (and the TTL asked for); otherwise change it, or create it when it is missing and the user
// allowed that. A provider describes how its API spells each step; syncRecord() runs them and says
// what happened in the same words for every provider.
struct RecordSteps
{
    QString provider; // the provider's name, for the user
    QString hostName;
    QString type; // "A" or "AAAA"
    HttpRequest lookup;
    // Set: gets the answer that read() reads another way than sending lookup (one listing of the
    // zone that several hosts share).
    std::function<void(const std::function<void(const HttpResponse &)> &handler)> fetch;
    // Reads the reply to lookup: a problem that ends the attempt, or the record in *found (left
    // empty when the API has none).
    std::function<std::optional<UpdateOutcome>(const HttpResponse &, std::optional<FoundRecord> *found)> read;
    int ttl = 0; // the TTL the record must have to count as unchanged; 0: any
    bool mayCreate = false; // a missing record is created (else the user is asked)
    std::function<HttpRequest(const FoundRecord &)> change;
    std::function<HttpRequest()> create;
    // Reads the reply to change or create and ends the attempt (an action to wait for, say).
    // Empty: a 2xx JSON reply is success, anything else is jsonProblem's outcome.
    std::function<void(const HttpResponse &, const QHostAddress &, ProviderJob::Done)> confirm;
    // Set: the record as the provider remembers it (its id, from ProviderCache): the change goes out
    // alone, without a lookup. A 404 on it calls forgetKnown() and runs every step from the lookup.
    std::optional<FoundRecord> known;
    std::function<void()> forgetKnown;
};

void syncRecord(const std::shared_ptr<ProviderJob> &job, const QHostAddress &address, RecordSteps steps,
                ProviderJob::Done done);

// Parking by deleting (ParkingMethod::DeleteRecord) at an API that deletes one RRset at a time:
// runs deleteType for "A" and/or "AAAA", the families the host uses, in turn. deleteType calls done
// once, with an Updated or Unchanged outcome when that type is gone (a type that was gone already
// counts), or with the outcome that ends the job. When every type is gone, the job finishes Updated
// with no address: "Parked: deleted the address records of <name>".
// Updated with no address: "Parked: deleted the address records of <hostName>".
UpdateOutcome parked(const QString &hostName);
// How a REST API's answer to a DELETE reads: nullopt when the record is gone (any 2xx, or 404: it
// was gone already), else the outcome that ends the job.
std::optional<UpdateOutcome> deleteProblem(const HttpResponse &reply);
using DeleteType = std::function<void(const QString &type, ProviderJob::Done done)>;
void deleteRecords(const std::shared_ptr<ProviderJob> &job, const Host &host, DeleteType deleteType);

} // namespace Homing
