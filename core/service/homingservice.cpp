#include "homingservice.h"

#include "address/sourcefactory.h"
#include "logging.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "redactor.h"
#include "runtime.h"
#include "secretsteps.h"
#include "storage/configstore.h"
#include "storage/historystore.h"
#include "storage/statestore.h"

namespace Homing {

HomingService::HomingService(Runtime *runtime, const Scheduler::Options &options, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_scheduler(new Scheduler(runtime, options, this))
{
}

HomingService::~HomingService() = default;

const Config &HomingService::config() const
{
    return m_runtime->config();
}

void HomingService::start()
{
    m_scheduler->start();
}

void HomingService::runOnce()
{
    m_scheduler->runOnce();
}

// The one place the config is written: the file, then the engine, then every view.
bool HomingService::commitConfig(const Config &config, QString *error)
{
    if (!m_runtime->saveConfig(config, error)) {
        *error = m_runtime->redactor()->redact(*error);
        return false;
    }
    m_scheduler->reloadConfig();
    emit configChanged();
    return true;
}

void HomingService::secretFailed(const Done &done, const SecretResult &failure) const
{
    Result result;
    result.ok = false;
    result.secretFailure = failure;
    result.secretFailure->message = m_runtime->redactor()->redact(failure.message);
    result.error = result.secretFailure->message;
    done(result);
}

namespace {

// A secret the provider documents the form of and that does not have it (a DuckDNS token that is no
// UUID): refused before it is stored, so the host never reaches the provider with it. Empty when fine.
QString secretProblem(const QString &providerId, const QString &field, const QString &value)
{
    const std::optional<ProviderInfo> info = ProviderRegistry::find(providerId);
    const FieldInfo *known = info ? info->field(field) : nullptr;
    QString error;
    if (known && known->kind == FieldInfo::Kind::Secret && !value.isEmpty() && !known->validate(value, &error))
        return error;
    return {};
}

} // namespace

void HomingService::saveHost(const Host &host, const QHash<QString, QString> &secrets, QObject *context, Done done)
{
    // Refused before a secret is written: a host that is not saved leaves no password behind.
    QString field;
    if (const QString problem = ConfigStore::hostProblem(host, &field); !problem.isEmpty()) {
        done({false, tr("Not saved: %1 (%2): %3.").arg(host.displayName(), field, problem), {}});
        return;
    }
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (const QString problem = secretProblem(host.providerId, it.key(), it.value()); !problem.isEmpty()) {
            done({false, problem, {}});
            return;
        }
    }
    for (const Host &existing : config().hosts) {
        if (existing.name == host.name && existing.providerId == host.providerId && existing.id != host.id) {
            done({false, tr("%1 is already configured with this provider.").arg(host.displayName()), {}});
            return;
        }
    }
    QList<SecretStep> steps;
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        steps.append({SecretStep::Op::Write, it.key(), it.value()});
    // A provider change leaves the old provider's secrets behind: remove those not used any more.
    if (const Host *old = config().host(host.id); old && old->providerId != host.providerId) {
        const auto info = ProviderRegistry::find(host.providerId);
        const QStringList now = info ? info->secretFields() : QStringList();
        if (const auto oldInfo = ProviderRegistry::find(old->providerId)) {
            for (const QString &field : oldInfo->secretFields()) {
                if (!now.contains(field))
                    steps.append({SecretStep::Op::Remove, field, {}});
            }
        }
    }
    QPointer<HomingService> self(this);
    runSecretSteps(m_runtime->secrets(), host.id, steps, context,
                   [self, host, written = !secrets.isEmpty(), done](bool ok, const SecretResult &failure,
                                                                    const QHash<QString, QString> &) {
                       if (!self)
                           return;
                       if (!ok) {
                           self->secretFailed(done, failure);
                           return;
                       }
                       Config config = self->config();
                       if (Host *existing = config.host(host.id))
                           *existing = host;
                       else
                           config.hosts.append(host);
                       QString error;
                       if (!self->commitConfig(config, &error)) {
                           done({false, error, {}});
                           return;
                       }
                       if (written)
                           self->m_scheduler->secretsChanged(host.id, tr("new secrets saved in the host editor"));
                       qCInfo(lcEngine).noquote() << "saved host" << host.name << "with provider" << host.providerId;
                       done({});
                   });
}

void HomingService::removeHost(const QUuid &hostId, QObject *context, Done done)
{
    const Host *host = config().host(hostId);
    if (!host) {
        done({false, tr("There is no such host any more."), {}});
        return;
    }
    QList<SecretStep> steps;
    if (const auto info = ProviderRegistry::find(host->providerId)) {
        for (const QString &field : info->secretFields())
            steps.append({SecretStep::Op::Remove, field, {}});
    }
    const QString name = host->displayName();
    QPointer<HomingService> self(this);
    runSecretSteps(m_runtime->secrets(), hostId, steps, context,
                   [self, hostId, name, done](bool ok, const SecretResult &failure, const QHash<QString, QString> &) {
                       if (!self)
                           return;
                       if (!ok) {
                           self->secretFailed(done, failure);
                           return;
                       }
                       Config config = self->config();
                       config.hosts.removeIf([&](const Host &h) { return h.id == hostId; });
                       QString error;
                       if (!self->commitConfig(config, &error)) {
                           done({false, error, {}});
                           return;
                       }
                       if (!self->m_runtime->state()->remove(hostId, &error))
                           qCWarning(lcEngine).noquote() << "could not forget the state of" << name << ":" << error;
                       qCInfo(lcEngine).noquote() << "removed host" << name << "and its secrets";
                       done({});
                   });
}

void HomingService::storeSecret(const QUuid &hostId, const QString &field, const QString &value, QObject *context,
                                Done done)
{
    if (const Host *host = config().host(hostId)) {
        if (const QString problem = secretProblem(host->providerId, field, value); !problem.isEmpty()) {
            done({false, problem, {}});
            return;
        }
    }
    secretStep(hostId, {SecretStep::Op::Write, field, value}, context, std::move(done));
}

void HomingService::removeSecret(const QUuid &hostId, const QString &field, QObject *context, Done done)
{
    secretStep(hostId, {SecretStep::Op::Remove, field, {}}, context, std::move(done));
}

void HomingService::secretStep(const QUuid &hostId, const SecretStep &step, QObject *context, Done done)
{
    QPointer<HomingService> self(this);
    runSecretSteps(m_runtime->secrets(), hostId, {step}, context,
                   [self, done](bool ok, const SecretResult &failure, const QHash<QString, QString> &) {
                       if (!self)
                           return;
                       if (!ok)
                           self->secretFailed(done, failure);
                       else
                           done({});
                   });
}

void HomingService::secretsChanged(const QUuid &hostId, const QString &detail)
{
    m_scheduler->secretsChanged(hostId, detail);
}

void HomingService::testCredentials(const Host &host, const QHash<QString, QString> &typed, QObject *context,
                                    TestDone done, TestWaiting waiting)
{
    const auto info = ProviderRegistry::find(host.providerId);
    Provider *provider = info ? ProviderRegistry::create(host.providerId, m_runtime->http(), context) : nullptr;
    if (!provider) {
        done({}, UpdateOutcome::needsUser(tr("Homing cannot talk to this provider."), tr("Choose another provider.")));
        return;
    }
    // Secrets the user left empty while editing are the stored ones.
    QList<SecretStep> reads;
    for (const QString &field : info->secretFields()) {
        if (!typed.contains(field))
            reads.append({SecretStep::Op::Read, field, {}});
    }
    QPointer<HomingService> self(this);
    runSecretSteps(m_runtime->secrets(), host.id, reads, context,
                   [self, host, info = *info, typed, provider, context, done,
                    waiting](bool ok, const SecretResult &failure, QHash<QString, QString> stored) {
                       if (!self || !ok) {
                           provider->deleteLater();
                           if (self)
                               self->secretFailed([&](const Result &result) { done(result, {}); }, failure);
                           return;
                       }
                       for (auto it = typed.begin(); it != typed.end(); ++it)
                           stored.insert(it.key(), it.value());
                       auto send = [self, info, provider, context, done, waiting](const UpdateRequest &request) {
                           // The account's budget and pauses hold for a test as for an update: a
                           // test pressed again and again never takes the account over its limit.
                           if (info.budget.limits())
                               provider->setAccount(info.budgetAccount(request.host, request.secrets));
                           if (waiting)
                               QObject::connect(provider, &Provider::queued, context, [waiting](int ahead) {
                                   if (ahead >= 0)
                                       waiting(ahead);
                               });
                           provider->testCredentials(
                               request, context, [self, provider, done](const UpdateOutcome &outcome) {
                                   provider->deleteLater();
                                   UpdateOutcome redacted = outcome;
                                   if (self) {
                                       redacted.reason = self->m_runtime->redactor()->redact(outcome.reason);
                                       redacted.fix = self->m_runtime->redactor()->redact(outcome.fix);
                                   }
                                   done({}, redacted);
                               });
                       };
                       UpdateRequest request = self->testRequest(host, info, stored);
                       QList<AddressFamily> unknown;
                       if (host.ipv4 && info.ipv4 && !request.ipv4)
                           unknown.append(AddressFamily::IPv4);
                       if (host.ipv6 && info.ipv6 && !request.ipv6)
                           unknown.append(AddressFamily::IPv6);
                       if (unknown.isEmpty()) {
                           send(request);
                           return;
                       }
                       // No address is known yet (a first host): detect one, as a pass would.
                       self->m_scheduler->detect(unknown, context, [request, send](const Detection &detection) mutable {
                           for (const FamilyDetection &family : detection.families) {
                               if (!family.ok)
                                   continue;
                               if (family.family == AddressFamily::IPv4)
                                   request.ipv4 = family.address;
                               else
                                   request.ipv6 = family.address;
                           }
                           send(request);
                       });
                   });
}

// Some checks re-send an address: the one the provider has, else the one detected now.
UpdateRequest HomingService::testRequest(const Host &host, const ProviderInfo &info,
                                         const QHash<QString, QString> &secrets) const
{
    UpdateRequest request;
    request.host = host;
    request.host.ttl = info.ttlFor(host.ttl);
    request.secrets = secrets;
    const HostRecord record = m_scheduler->record(host.id);
    auto address = [&](AddressFamily family, const QString &published) -> std::optional<QHostAddress> {
        if (!published.isEmpty())
            return QHostAddress(published);
        return m_scheduler->publicAddress(family);
    };
    if (host.ipv4 && info.ipv4)
        request.ipv4 = address(AddressFamily::IPv4, record.publishedIpv4);
    if (host.ipv6 && info.ipv6)
        request.ipv6 = address(AddressFamily::IPv6, record.publishedIpv6);
    return request;
}

void HomingService::testSource(const SourceConfig &source, QObject *context, SourceTestDone done)
{
    SourceConfig checked;
    QString field;
    QString error;
    if (!SourceConfig::fromJson(source.toJson(), &checked, &field, &error)) {
        done({false, tr("%1: %2").arg(field, error), {}}, {});
        return;
    }
    // Owned by the context, so that a closed dialog takes a test still running with it.
    AddressSource *probe = createSource(checked, m_runtime->http(), m_runtime->clock(), context, &error);
    if (!probe) {
        done({false, error, {}}, {});
        return;
    }
    QList<AddressFamily> families;
    for (AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        if (probe->supports(family))
            families.append(family);
    }
    if (families.isEmpty()) {
        delete probe;
        done({false, tr("This source is set to ask for neither IPv4 nor IPv6."), {}}, {});
        return;
    }
    qCInfo(lcAddress).noquote() << "testing source" << checked.id;
    struct Run
    {
        QList<SourceAnswer> answers;
        qsizetype pending = 0;
    };
    auto run = std::make_shared<Run>();
    run->pending = families.size();
    for (AddressFamily family : families)
        run->answers.append({family, {}});
    QPointer<HomingService> self(this);
    for (qsizetype i = 0; i < families.size(); ++i) {
        probe->detect(families.at(i), context, [self, run, i, probe, done](const SourceResult &answer) {
            SourceResult &stored = run->answers[i].result;
            stored = answer;
            if (self)
                stored.error = self->m_runtime->redactor()->redact(answer.error);
            if (--run->pending > 0)
                return;
            probe->deleteLater();
            done({}, run->answers);
        });
    }
}

bool HomingService::saveSettings(const Config &config, QString *error)
{
    Config merged = config;
    merged.hosts = this->config().hosts; // hosts change through saveHost and removeHost only
    if (merged == this->config())
        return true;
    return commitConfig(merged, error);
}

bool HomingService::reload(QString *error)
{
    if (!m_runtime->reloadConfig(error)) {
        *error = m_runtime->redactor()->redact(*error);
        return false;
    }
    m_scheduler->reloadConfig();
    emit configChanged();
    return true;
}

void HomingService::updateNow(const QUuid &hostId)
{
    m_scheduler->updateNow(hostId);
}

void HomingService::restore(const QUuid &hostId)
{
    m_scheduler->restore(hostId);
}

bool HomingService::verifyNow(const QUuid &hostId, QObject *context,
                              std::function<void(const QList<FamilyVerification> &)> done, QString *error)
{
    return m_scheduler->verifyNow(hostId, context, std::move(done), error);
}

void HomingService::pause(const QUuid &hostId)
{
    m_scheduler->pause(hostId);
}

void HomingService::resume(const QUuid &hostId)
{
    m_scheduler->resume(hostId);
}

QList<HistoryEvent> HomingService::history(const QUuid &hostId, int limit) const
{
    return m_runtime->history()->events(hostId, limit);
}

bool HomingService::saveConfig(const Config &config, QString *error)
{
    return commitConfig(config, error);
}

SecretStore *HomingService::secrets() const
{
    return m_runtime->secrets();
}

// What the old client last published, for a host Homing does not know yet (the import seeds
// before it saves the config, so the host's machine starts from it).
bool HomingService::seedState(const HostRecord &record, QString *error)
{
    if (m_scheduler->machine(record.hostId)) {
        *error = tr("%1 already has a state of its own in Homing; it is kept.").arg(record.hostId.toString());
        return false;
    }
    return m_runtime->state()->record(record, {}, error);
}

void HomingService::unseed(const QUuid &hostId)
{
    QString error;
    if (!m_scheduler->machine(hostId) && !m_runtime->state()->remove(hostId, &error))
        qCWarning(lcEngine).noquote() << "could not take back the imported state of" << hostId.toString() << error;
}

} // namespace Homing
