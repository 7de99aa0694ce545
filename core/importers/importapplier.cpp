#include "importapplier.h"

#include "importsupport.h"
#include "importtarget.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcImport, "homing.core.import", QtInfoMsg)

namespace Homing {

namespace {

struct ImportApplierText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Importer)
};

struct Write
{
    QString key;
    QString value;
    bool hadOld = false; // filled while running: the value it replaced
    QString old;
};

struct Run
{
    ImportTarget *target;
    Config config;
    QList<Write> writes;
    int next = 0;
    QList<HostRecord> seeds;
    ImportApplier::Result result;
    ImportApplier::Done done;
    QPointer<QObject> context;
};

void finish(const std::shared_ptr<Run> &run)
{
    const ImportApplier::Done done = run->done;
    const ImportApplier::Result result = run->result;
    done(result);
}

// Takes back writes [0, count): removes new secrets, restores replaced ones; then reports failure.
void rollback(const std::shared_ptr<Run> &run, int count)
{
    if (count <= 0) {
        run->result.ok = false;
        run->result.created.clear();
        run->result.updated.clear();
        run->result.secretsWritten = 0;
        run->result.sourcesAdded = 0;
        finish(run);
        return;
    }
    const Write &write = run->writes.at(count - 1);
    auto next = [run, count](const SecretResult &result) {
        if (!result.ok() && result.status != SecretResult::Status::NotFound)
            qCWarning(lcImport).noquote() << "could not take back" << run->writes.at(count - 1).key << result.message;
        rollback(run, count - 1);
    };
    if (write.hadOld)
        run->target->secrets()->write(write.key, write.old, run->context, next);
    else
        run->target->secrets()->remove(write.key, run->context, next);
}

void commit(const std::shared_ptr<Run> &run)
{
    // The published addresses go first, so that a new host's state machine starts from them when
    // the saved config brings it in. Only new hosts are seeded: an updated one keeps its own state.
    QString error;
    int seeded = 0;
    QString seedError;
    for (const HostRecord &record : std::as_const(run->seeds)) {
        if (run->target->seedState(record, &error))
            ++seeded;
        else
            seedError = error;
    }
    if (!run->target->saveConfig(run->config, &error)) {
        run->result.error = error;
        for (const HostRecord &record : std::as_const(run->seeds))
            run->target->unseed(record.hostId);
        rollback(run, static_cast<int>(run->writes.size()));
        return;
    }
    run->result.ok = true;
    run->result.secretsWritten = static_cast<int>(run->writes.size());
    run->result.seeded = seeded;
    run->result.seedError = seedError;
    qCInfo(lcImport).noquote() << "imported" << run->result.created.size() << "new and" << run->result.updated.size()
                               << "updated hosts," << run->result.secretsWritten << "secrets";
    finish(run);
}

void writeNext(const std::shared_ptr<Run> &run);

void readOld(const std::shared_ptr<Run> &run)
{
    Write &write = run->writes[run->next];
    run->target->secrets()->read(write.key, run->context, [run](const SecretResult &result) {
        Write &current = run->writes[run->next];
        if (result.ok()) {
            current.hadOld = true;
            current.old = result.value;
        } else if (result.status != SecretResult::Status::NotFound) {
            run->result.error = result.message;
            rollback(run, run->next);
            return;
        }
        writeNext(run);
    });
}

void writeNext(const std::shared_ptr<Run> &run)
{
    if (run->next >= run->writes.size()) {
        commit(run);
        return;
    }
    const Write &write = run->writes.at(run->next);
    run->target->secrets()->write(write.key, write.value, run->context, [run](const SecretResult &result) {
        if (!result.ok()) {
            run->result.error = ImportApplierText::tr("the secret store refused a secret: %1").arg(result.message);
            rollback(run, run->next);
            return;
        }
        ++run->next;
        if (run->next < run->writes.size())
            readOld(run);
        else
            commit(run);
    });
}

} // namespace

ImportApplier::ImportApplier(ImportTarget *target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
}

int ImportApplier::exitStatus(const ImportPreview &preview, const Result &result)
{
    const int done = static_cast<int>(result.created.size() + result.updated.size());
    if (!result.ok || done == 0)
        return 2;
    bool missing = false;
    for (const ImportedHost &host : preview.hosts)
        missing = missing || !host.missingSecrets.isEmpty();
    if (done == preview.hosts.size() && preview.issues.isEmpty() && !missing)
        return 0;
    return 1;
}

void ImportApplier::apply(const ImportPreview &preview, const QList<int> &hostIndexes, Existing existing, Done done)
{
    auto run = std::make_shared<Run>();
    run->target = m_target;
    run->config = m_target->config();
    run->done = std::move(done);
    run->context = this;

    QList<int> indexes = hostIndexes;
    if (indexes.isEmpty()) {
        for (int i = 0; i < preview.hosts.size(); ++i)
            indexes.append(i);
    }
    for (int index : std::as_const(indexes)) {
        if (index < 0 || index >= preview.hosts.size())
            continue;
        const ImportedHost &imported = preview.hosts.at(index);
        Host host = imported.host;
        Host *current = nullptr;
        for (Host &candidate : run->config.hosts) {
            if (candidate.name == host.name && candidate.providerId == host.providerId)
                current = &candidate;
        }
        if (current && existing == Existing::Skip) {
            run->result.skipped.append(host.displayName());
            continue;
        }
        if (current) {
            host.id = current->id;
            host.enabled = current->enabled;
            *current = host;
            run->result.updated.append(host.id);
        } else {
            if (host.id.isNull())
                host.id = QUuid::createUuid();
            run->config.hosts.append(host);
            run->result.created.append(host.id);
        }
        for (const ImportedSecret &secret : imported.secrets)
            run->writes.append({SecretStore::keyFor(host.id, secret.field), secret.value, false, {}});
        if (!current && (!imported.publishedIpv4.isEmpty() || !imported.publishedIpv6.isEmpty())) {
            HostRecord record;
            record.hostId = host.id;
            record.state = HostState::UpToDate;
            record.publishedIpv4 = imported.publishedIpv4;
            record.publishedIpv6 = imported.publishedIpv6;
            record.lastChange = imported.publishedAt;
            record.lastSuccess = imported.publishedAt;
            record.lastOutcome = QStringLiteral("unchanged");
            run->seeds.append(record);
        }
    }
    if (!run->result.created.isEmpty() || !run->result.updated.isEmpty()) {
        for (const ImportedSource &source : preview.sources) {
            const bool present
                = std::any_of(run->config.sources.begin(), run->config.sources.end(),
                              [&](const SourceConfig &s) { return ImportSupport::sameSource(s, source.source); });
            if (present)
                continue;
            SourceConfig added = source.source;
            QString id = added.id;
            for (int n = 2; std::any_of(run->config.sources.begin(), run->config.sources.end(),
                                        [&](const SourceConfig &s) { return s.id == id; });
                 ++n)
                id = added.id + QLatin1Char('-') + QString::number(n);
            added.id = id;
            run->config.sources.append(added);
            ++run->result.sourcesAdded;
        }
    }
    // Start from the event loop, so that done never runs inside apply().
    QTimer::singleShot(0, this, [run] {
        if (run->writes.isEmpty()) {
            commit(run);
            return;
        }
        readOld(run);
    });
}

} // namespace Homing
