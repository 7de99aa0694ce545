#include "updatecycle.h"

#include "address/addressvalidator.h"
#include "address/interfacesource.h"
#include "clock.h"
#include "hostmachine.h"
#include "hostsecrets.h"
#include "logging.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "storage/secretstore.h"

using namespace std::chrono_literals;

namespace Homing {

namespace {

constexpr auto kLocalTrouble = 5min;

QString publishedFor(const HostRecord &record, AddressFamily family)
{
    return family == AddressFamily::IPv4 ? record.publishedIpv4 : record.publishedIpv6;
}

QString joinedAddresses(const QList<QHostAddress> &addresses)
{
    QStringList list;
    for (const QHostAddress &address : addresses)
        list.append(address.toString());
    return list.join(QLatin1Char(','));
}

} // namespace

int UpdateCycle::Summary::count(HostResult::Kind kind) const
{
    return static_cast<int>(
        std::count_if(hosts.begin(), hosts.end(), [kind](const HostResult &r) { return r.kind == kind; }));
}

int UpdateCycle::Summary::exitCode() const
{
    if (count(HostResult::Kind::StorageFailed) > 0)
        return 74; // EX_IOERR
    if (count(HostResult::Kind::NeedsUser) > 0)
        return 2;
    if (count(HostResult::Kind::RetryLater) > 0 || count(HostResult::Kind::NoAddress) > 0
        || count(HostResult::Kind::Partial) > 0)
        return 75;
    return 0;
}

UpdateCycle::UpdateCycle(const Config &config, const Dependencies &dependencies, const Options &options,
                         QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_deps(dependencies)
    , m_options(options)
{
    qRegisterMetaType<Homing::UpdateCycle::Summary>();
}

UpdateCycle::~UpdateCycle() = default;

void UpdateCycle::start()
{
    QList<AddressFamily> families;
    AddressMonitor::Check check {m_options.routine, {}};
    for (const Host &host : std::as_const(m_config.hosts)) {
        if (!m_options.hosts.isEmpty() && !m_options.hosts.contains(host.id))
            continue;
        HostMachine *machine = m_deps.machine(host.id);
        if (!machine)
            continue;
        machine->retryStore(); // what could not be stored before, before anything new
        if (const std::optional<HostMachine::Gate> gate = machine->gate()) {
            addResult(host,
                      *gate == HostMachine::Gate::NeedsUser ? HostResult::Kind::NeedsUser : HostResult::Kind::Skipped,
                      machine->gateMessage());
            continue;
        }
        m_hosts.append(host.id);
        if (!host.sourceOverride.isEmpty())
            check.alsoAsk.append(host.sourceOverride); // addressFor() needs that source's own answer
        for (AddressFamily family : host.families()) {
            if (!families.contains(family))
                families.append(family);
        }
    }
    std::sort(families.begin(), families.end());
    if (m_hosts.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_summary); }, Qt::QueuedConnection);
        return;
    }
    m_deps.monitor->detect(
        families, this, [this](const Detection &detection) { detected(detection); }, check);
}

void UpdateCycle::detected(const Detection &detection)
{
    m_detection = detection;
    m_summary.detection = detection;
    m_outstanding = static_cast<int>(m_hosts.size());
    emit addressesDetected(detection);
    const QList<QUuid> hosts = m_hosts;
    for (const QUuid &id : hosts) {
        HostMachine *machine = m_deps.machine(id);
        if (!machine) {
            hostDone();
            continue;
        }
        // A disagreement shows in the timeline of each host that wanted that family.
        QList<HistoryEvent> disagreements;
        for (const FamilyDetection &family : detection.families) {
            if (!family.disagreement || !machine->host().wants(family.family))
                continue;
            HistoryEvent event = machine->historyRow(HistoryEvent::Kind::Disagreement);
            event.time = detection.time.isValid() ? detection.time : event.time;
            event.detail = family.error;
            QStringList seen;
            for (const Observation &observation : family.observations)
                seen.append(observation.sourceId + QStringLiteral("=") + observation.address.toString());
            event.source = seen.join(QStringLiteral(", "));
            disagreements.append(event);
        }
        if (!disagreements.isEmpty())
            machine->appendRows(disagreements);
        processHost(machine->host());
    }
}

void UpdateCycle::processHost(const Host &host)
{
    HostMachine *machine = m_deps.machine(host.id);
    const HostRecord record = machine->latestRecord(); // what the provider has, stored or not yet
    const QDateTime now = m_deps.clock->now();
    const bool userAsked = m_options.userRequested.contains(host.id);
    if (record.state == HostState::NeedsAttention)
        qCInfo(lcEngine).noquote() << host.name << "settings changed since it stopped; trying again";

    if (const std::optional<HostMachine::Decision> waiting = machine->backoff(userAsked)) {
        addResult(host, HostResult::Kind::RetryLater, waiting->message, waiting->dueAt);
        return hostDone();
    }

    const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
    if (!info) {
        finishHost(host.id,
                   UpdateOutcome::needsUser(tr("Homing does not know the provider \"%1\".").arg(host.providerId),
                                            tr("Choose a provider from \"homingctl providers\".")),
                   {}, {}, -1);
        return;
    }

    // What this host should publish now: from its own address source when it names one, with its
    // IPv6 policy applied.
    UpdateRequest request;
    request.host = host;
    request.host.ttl = info->ttlFor(host.ttl);
    QStringList missing;
    bool changed = false;
    QList<HistoryEvent> detections;
    for (AddressFamily family : host.families()) {
        if ((family == AddressFamily::IPv6 && !info->ipv6) || (family == AddressFamily::IPv4 && !info->ipv4))
            continue;
        QString why;
        const std::optional<Observation> chosen = addressFor(host, family, &why);
        if (!chosen) {
            missing.append(familyName(family) + QStringLiteral(": ") + why);
            continue;
        }
        if (!AddressValidator::isAcceptable(chosen->address, host.allowPrivate, &why)) {
            missing.append(familyName(family) + QStringLiteral(": ") + why);
            continue;
        }
        QHostAddress wanted = chosen->address;
        // A host that asks for a fixed interface identifier gets it on the detected /64 prefix.
        if (family == AddressFamily::IPv6 && host.ipv6Policy == Ipv6Policy::FixedInterfaceId)
            wanted = InterfaceSource::withInterfaceId(wanted, QHostAddress(host.ipv6InterfaceId));
        (family == AddressFamily::IPv4 ? request.ipv4 : request.ipv6) = wanted;
        const QString address = wanted.toString();
        if (publishedFor(record, family) != address) {
            changed = true;
            HistoryEvent detectedEvent = machine->historyRow(HistoryEvent::Kind::Detected);
            detectedEvent.oldAddress = publishedFor(record, family);
            detectedEvent.newAddress = address;
            detectedEvent.source = chosen->sourceId;
            detectedEvent.detail = tr("%1 address detected").arg(familyName(family));
            detections.append(detectedEvent);
        }
    }
    const QString missingText = missing.join(QStringLiteral("; "));
    if (!request.ipv4 && !request.ipv6) {
        machine->noAddress(missingText, false);
        addResult(host, HostResult::Kind::NoAddress, missingText);
        return hostDone();
    }
    if (!missing.isEmpty())
        machine->noAddress(missingText, true);
    const HostMachine::Decision decision = machine->decide(changed, info->minIntervalSeconds, userAsked);
    switch (decision.kind) {
    case HostMachine::Decision::Kind::UpToDate:
        machine->upToDate();
        addResult(host, missing.isEmpty() ? HostResult::Kind::Unchanged : HostResult::Kind::Partial,
                  missing.isEmpty() ? decision.message : decision.message + QStringLiteral("; ") + missingText,
                  decision.dueAt);
        return hostDone();
    case HostMachine::Decision::Kind::Waiting:
        addResult(host, HostResult::Kind::Waiting, decision.message, decision.dueAt);
        return hostDone();
    case HostMachine::Decision::Kind::Backoff:
        addResult(host, HostResult::Kind::RetryLater, decision.message, decision.dueAt);
        return hostDone();
    case HostMachine::Decision::Kind::Send:
        break;
    }
    callProvider(machine, request, detections, missingText);
}

std::optional<Observation> UpdateCycle::addressFor(const Host &host, AddressFamily family, QString *why) const
{
    const FamilyDetection *detection = m_detection.family(family);
    if (!detection) {
        *why = tr("no address source for this family");
        return std::nullopt;
    }
    if (host.sourceOverride.isEmpty()) {
        if (!detection->ok) {
            *why = detection->error;
            return std::nullopt;
        }
        const Observation agreed {detection->address, family, detection->agreeingSources.join(QStringLiteral(", ")),
                                  m_detection.time};
        return withHostPolicy(host, agreed, detection->agreeingSources, why);
    }
    // The host names its own source: what that source saw, whatever the others agreed on.
    for (const Observation &observation : detection->observations) {
        if (observation.sourceId == host.sourceOverride)
            return withHostPolicy(host, observation, {observation.sourceId}, why);
    }
    for (const QString &failure : detection->failures) {
        if (failure.startsWith(host.sourceOverride + QLatin1Char(':'))) {
            *why = failure;
            return std::nullopt;
        }
    }
    *why = tr("the address source \"%1\" gave no address").arg(host.sourceOverride);
    return std::nullopt;
}

std::optional<Observation> UpdateCycle::withHostPolicy(const Host &host, Observation observation,
                                                       const QStringList &sources, QString *why) const
{
    // A fixed interface id is put on the detected prefix later; stable or temporary is a choice
    // between the addresses of an interface, which only an interface source can make.
    if (observation.family != AddressFamily::IPv6 || host.ipv6Policy == Ipv6Policy::FixedInterfaceId)
        return observation;
    const auto source = std::find_if(m_config.sources.begin(), m_config.sources.end(), [&](const SourceConfig &s) {
        return s.kind == QLatin1String("interface") && sources.contains(s.id);
    });
    if (source == m_config.sources.end())
        return observation;
    const auto policy = host.ipv6Policy == Ipv6Policy::Temporary ? InterfaceSource::Ipv6Policy::Temporary
                                                                 : InterfaceSource::Ipv6Policy::Stable;
    QHostAddress chosen;
    QString error;
    if (!InterfaceSource::currentAddress(source->option(QStringLiteral("interface")), AddressFamily::IPv6, policy, {},
                                         &chosen, &error)) {
        *why = source->id + QStringLiteral(": ") + error;
        return std::nullopt;
    }
    observation.address = chosen;
    observation.sourceId = source->id;
    return observation;
}

void UpdateCycle::callProvider(HostMachine *machine, const UpdateRequest &baseRequest,
                               const QList<HistoryEvent> &detections, const QString &missing)
{
    const qint64 started = m_deps.clock->monotonicMs();
    const Host host = machine->host();
    const QUuid id = host.id;
    readSecrets(host,
                [this, id, baseRequest, started, detections, missing](QHash<QString, QString> secrets,
                                                                      std::optional<UpdateOutcome> failure) {
                    if (failure) {
                        finishHost(id, *failure, {}, detections, started, missing);
                        return;
                    }
                    HostMachine *machine = m_deps.machine(id);
                    if (!machine) // removed while its secrets were read
                        return hostDone();
                    UpdateRequest request = baseRequest;
                    request.secrets = secrets;
                    Provider *provider = ProviderRegistry::create(request, m_deps.http, this);
                    // A host whose account has spent its budget waits in line, and says so.
                    connect(provider, &Provider::queued, machine, &HostMachine::setWaiting);
                    QList<HistoryEvent> events = detections;
                    HistoryEvent sent = machine->historyRow(HistoryEvent::Kind::Sent);
                    sent.newAddress = joinedAddresses(request.addresses());
                    sent.detail = tr("update sent to %1").arg(provider->info().name);
                    machine->beginUpdate();
                    const QList<QHostAddress> addresses = request.addresses();
                    provider->update(
                        request, this,
                        [this, id, addresses, started, provider, events, sent, missing](const UpdateOutcome &outcome) {
                            provider->deleteLater();
                            // "Update sent" only when a request left: a provider that
                            // answered at once (a name not its own, a setting missing), or
                            // whose every request was held back (its account paused after a
                            // 429), sent nothing, and its answer says why.
                            QList<HistoryEvent> rows = events;
                            if (outcome.requestSent)
                                rows.append(sent);
                            finishHost(id, outcome, addresses, rows, started, missing);
                        });
                });
}

void UpdateCycle::readSecrets(const Host &host,
                              const std::function<void(QHash<QString, QString>, std::optional<UpdateOutcome>)> &done)
{
    readHostSecrets(
        m_deps.secrets, host, this,
        [this, host, done](const QHash<QString, QString> &secrets, const std::optional<HostSecretFailure> &failure) {
            if (!failure) {
                done(secrets, std::nullopt);
                return;
            }
            const QString &field = failure->field;
            if (failure->result.status == SecretResult::Status::NotFound) {
                done({},
                     UpdateOutcome::needsUser(
                         tr("No %1 is stored for this host in %2.").arg(field, m_deps.secrets->description()),
                         tr("Enter it in the host editor, or run: homingctl secret set %1 %2").arg(host.name, field)));
                return;
            }
            done({},
                 UpdateOutcome::retryLater(tr("The %1 could not be read: %2").arg(field, failure->result.message),
                                           kLocalTrouble));
        });
}

void UpdateCycle::finishHost(const QUuid &hostId, const UpdateOutcome &outcome, const QList<QHostAddress> &sent,
                             QList<HistoryEvent> before, qint64 startedMs, const QString &missing)
{
    HostMachine *machine = m_deps.machine(hostId);
    if (!machine) // the host was removed while its call was out
        return hostDone();
    const qint64 duration = startedMs >= 0 ? m_deps.clock->monotonicMs() - startedMs : -1;
    QString message = machine->finish(outcome, sent, std::move(before), duration);
    HostResult::Kind kind = HostResult::Kind::RetryLater;
    switch (outcome.kind) {
    case UpdateOutcome::Kind::Updated:
        kind = HostResult::Kind::Updated;
        break;
    case UpdateOutcome::Kind::Unchanged:
        kind = HostResult::Kind::Unchanged;
        break;
    case UpdateOutcome::Kind::RetryLater:
        kind = HostResult::Kind::RetryLater;
        break;
    case UpdateOutcome::Kind::NeedsUser:
        kind = HostResult::Kind::NeedsUser;
        break;
    }
    if (!missing.isEmpty() && (kind == HostResult::Kind::Updated || kind == HostResult::Kind::Unchanged)) {
        kind = HostResult::Kind::Partial;
        message += QStringLiteral("; ") + missing;
    }
    addResult(machine->host(), kind, message, machine->record().nextAttempt);
    const bool accepted
        = outcome.kind == UpdateOutcome::Kind::Updated || outcome.kind == UpdateOutcome::Kind::Unchanged;
    if (accepted && !sent.isEmpty())
        emit providerAccepted(hostId, sent);
    hostDone();
}

void UpdateCycle::addResult(const Host &host, HostResult::Kind kind, const QString &message, const QDateTime &dueAt)
{
    HostResult result;
    result.hostId = host.id;
    result.name = host.displayName();
    result.kind = kind;
    result.message = message;
    result.dueAt = dueAt;
    // A host whose state could not be stored has failed, whatever else it did: the provider may
    // have the address, but Homing does not remember it.
    if (const HostMachine *machine = m_deps.machine(host.id); machine && machine->storageFailed()) {
        result.kind = HostResult::Kind::StorageFailed;
        result.message = machine->storageError() + QStringLiteral(" (") + message + QLatin1Char(')');
        result.dueAt = machine->storageRetryAt();
    }
    m_summary.hosts.append(result);
}

void UpdateCycle::hostDone()
{
    if (--m_outstanding == 0)
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_summary); }, Qt::QueuedConnection);
}

} // namespace Homing
