#include "recordsync.h"

#include "providerreplies.h"

#include <QCoreApplication>

namespace Homing {

namespace {

struct RecordSyncText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::RecordSync)
};

bool holdsOnly(const FoundRecord &record, const QHostAddress &address, int ttl)
{
    return record.values.size() == 1 && QHostAddress(record.values.first()) == address
        && (ttl <= 0 || record.ttl == ttl);
}

} // namespace

void syncRecord(const std::shared_ptr<ProviderJob> &job, const QHostAddress &address, RecordSteps steps,
                ProviderJob::Done done)
{
    const HttpRequest lookup = steps.lookup;
    job->send(lookup, [job, address, steps = std::move(steps), done](const HttpResponse &response) {
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
            if (confirm) {
                confirm(reply, address, done);
                return;
            }
            if (std::optional<UpdateOutcome> problem = ProviderReplies::jsonProblem(reply))
                done(*problem);
            else
                done(UpdateOutcome::updated({address}));
        });
    });
}

} // namespace Homing
