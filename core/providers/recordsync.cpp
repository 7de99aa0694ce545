#include "recordsync.h"

#include "providerreplies.h"

#include <QCoreApplication>

#include <utility>

namespace Homing {

namespace {

struct RecordSyncText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::RecordSync)
};

void deleteEachType(const std::shared_ptr<ProviderJob> &job, const QString &hostName, QStringList types,
                    const DeleteType &deleteType)
{
    if (types.isEmpty()) {
        job->finish(parked(hostName));
        return;
    }
    const QString type = types.takeFirst();
    deleteType(type, [job, hostName, types, deleteType](const UpdateOutcome &outcome) {
        if (outcome.kind == UpdateOutcome::Kind::Updated || outcome.kind == UpdateOutcome::Kind::Unchanged)
            deleteEachType(job, hostName, types, deleteType);
        else
            job->finish(outcome);
    });
}

bool holdsOnly(const FoundRecord &record, const QHostAddress &address, int ttl)
{
    return record.values.size() == 1 && QHostAddress(record.values.first()) == address
        && (ttl <= 0 || record.ttl == ttl);
}

using Confirm = std::function<void(const HttpResponse &, const QHostAddress &, ProviderJob::Done)>;

void confirmed(const HttpResponse &reply, const QHostAddress &address, const Confirm &confirm,
               const ProviderJob::Done &done)
{
    if (confirm) {
        confirm(reply, address, done);
        return;
    }
    if (std::optional<UpdateOutcome> problem = ProviderReplies::jsonProblem(reply))
        done(*problem);
    else
        done(UpdateOutcome::updated({address}));
}

} // namespace

void syncRecord(const std::shared_ptr<ProviderJob> &job, const QHostAddress &address, RecordSteps steps,
                ProviderJob::Done done)
{
    if (const std::optional<FoundRecord> known = std::exchange(steps.known, std::nullopt)) {
        // Known record: the change alone. Gone since (404): forget it and look it up.
        const HttpRequest change = steps.change(*known);
        job->send(change, [job, address, steps = std::move(steps), done](const HttpResponse &reply) mutable {
            if (reply.status == 404) {
                if (steps.forgetKnown)
                    steps.forgetKnown();
                syncRecord(job, address, std::move(steps), done);
                return;
            }
            confirmed(reply, address, steps.confirm, done);
        });
        return;
    }
    const HttpRequest lookup = steps.lookup;
    const auto fetch = steps.fetch;
    auto answered = [job, address, steps = std::move(steps), done](const HttpResponse &response) {
        std::optional<FoundRecord> found;
        if (std::optional<UpdateOutcome> problem = steps.read(response, &found)) {
            done(*problem);
            return;
        }
        HttpRequest next;
        if (!found) {
            if (!steps.mayCreate) {
                done(UpdateOutcome::needsUser(
                    RecordSyncText::tr("%1 has no %2 record for %3.").arg(steps.provider, steps.type, steps.hostName),
                    RecordSyncText::tr("Create the record, or allow Homing to create it.")));
                return;
            }
            next = steps.create();
        } else if (holdsOnly(*found, address, steps.ttl)) {
            done(UpdateOutcome::unchanged({address}));
            return;
        } else {
            next = steps.change(*found);
        }
        job->send(next, [address, confirm = steps.confirm, done](const HttpResponse &reply) {
            confirmed(reply, address, confirm, done);
        });
    };
    if (fetch)
        fetch(answered);
    else
        job->send(lookup, answered);
}

UpdateOutcome parked(const QString &hostName)
{
    return UpdateOutcome::updated({}, RecordSyncText::tr("Parked: deleted the address records of %1.").arg(hostName));
}

std::optional<UpdateOutcome> deleteProblem(const HttpResponse &reply)
{
    const QString message = ProviderReplies::jsonMessage(reply.body);
    if (std::optional<UpdateOutcome> problem = ProviderReplies::commonProblem(reply, message))
        return problem;
    if ((reply.status >= 200 && reply.status < 300) || reply.status == 404)
        return std::nullopt;
    return reply.status >= 400 ? ProviderReplies::refused(reply, message) : ProviderReplies::notUnderstood(reply);
}

void deleteRecords(const std::shared_ptr<ProviderJob> &job, const Host &host, DeleteType deleteType)
{
    QStringList types;
    if (host.ipv4)
        types.append(QStringLiteral("A"));
    if (host.ipv6)
        types.append(QStringLiteral("AAAA"));
    deleteEachType(job, host.name, types, deleteType);
}

} // namespace Homing
