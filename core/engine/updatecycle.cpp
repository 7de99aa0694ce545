#include "updatecycle.h"

#include "address/addressvalidator.h"
#include "address/interfacesource.h"
#include "backoff.h"
#include "clock.h"
#include "logging.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "storage/historystore.h"
#include "storage/secretstore.h"
#include "storage/statestore.h"

using namespace std::chrono_literals;

namespace Homing {

namespace {

constexpr auto kLocalTrouble = 5min;

QString publishedFor(const HostRecord &record, AddressFamily family)
{
    return family == AddressFamily::IPv4 ? record.publishedIpv4 : record.publishedIpv6;
}

void setPublished(HostRecord *record, AddressFamily family, const QString &address)
{
    (family == AddressFamily::IPv4 ? record->publishedIpv4 : record->publishedIpv6) = address;
}

HistoryEvent makeEvent(const QUuid &hostId, const QDateTime &time, HistoryEvent::Kind kind)
{
    HistoryEvent e;
    e.hostId = hostId;
    e.time = time;
    e.kind = kind;
    return e;
}

QString joined(const QList<QHostAddress> &addresses)
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
    if (count(HostResult::Kind::NeedsUser) > 0)
        return 2;
    if (count(HostResult::Kind::RetryLater) > 0 || count(HostResult::Kind::NoAddress) > 0)
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
    qRegisterMetaType<Homing::HostRecord>();
}

UpdateCycle::~UpdateCycle() = default;

void UpdateCycle::start()
{
    QList<AddressFamily> families;
    for (const Host &host : std::as_const(m_config.hosts)) {
        if (!m_options.hosts.isEmpty() && !m_options.hosts.contains(host.id))
            continue;
        if (!host.enabled) {
            addResult(host, HostResult::Kind::Skipped, tr("disabled in the config"));
            continue;
        }
        const HostRecord record = m_deps.state->load(host.id);
        if (record.paused) {
            addResult(host, HostResult::Kind::Skipped, tr("paused"));
            continue;
        }
        if (record.state == HostState::NeedsAttention && record.blockedFingerprint == host.fingerprint()) {
            addResult(host, HostResult::Kind::NeedsUser, record.attentionReason);
            continue;
        }
        m_hosts.append(host);
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
    m_deps.monitor->detect(families, this, [this](const Detection &detection) { detected(detection); });
}

void UpdateCycle::detected(const Detection &detection)
{
    m_detection = detection;
    m_summary.detection = detection;
    for (const FamilyDetection &family : detection.families) {
        if (!family.disagreement)
            continue;
        HistoryEvent event = makeEvent({}, detection.time, HistoryEvent::Kind::Disagreement);
        event.detail = family.error;
        QStringList seen;
        for (const Observation &observation : family.observations)
            seen.append(observation.sourceId + QStringLiteral("=") + observation.address.toString());
        event.source = seen.join(QStringLiteral(", "));
        QString error;
        if (!m_deps.history->append({event}, &error))
            qCWarning(lcStorage).noquote() << "could not store a history row:" << error;
    }
    m_outstanding = static_cast<int>(m_hosts.size());
    const QList<Host> hosts = m_hosts;
    for (const Host &host : hosts)
        processHost(host);
}

void UpdateCycle::processHost(const Host &host)
{
    HostRecord record = m_deps.state->load(host.id);
    const QDateTime now = m_deps.clock->now();
    const bool settingsChanged = record.state == HostState::NeedsAttention;
    if (settingsChanged)
        qCInfo(lcEngine).noquote() << host.name << "settings changed since it stopped; trying again";
    const bool userAsked = record.userRequested || m_options.userRequested.contains(host.id);

    if (!settingsChanged && !userAsked && record.nextAttempt.isValid() && record.nextAttempt > now) {
        addResult(host, HostResult::Kind::RetryLater,
                  tr("waiting until %1 before retrying: %2")
                      .arg(record.nextAttempt.toString(Qt::ISODate), record.lastOutcome),
                  record.nextAttempt);
        return hostDone();
    }

    const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
    if (!info) {
        finishHost(host, record,
                   UpdateOutcome::needsUser(tr("Homing does not know the provider \"%1\".").arg(host.providerId),
                                            tr("Choose a provider from \"homingctl providers\".")),
                   {}, -1);
        return;
    }

    // What this host should publish now.
    UpdateRequest request;
    request.host = host;
    QStringList missing;
    bool changed = false;
    QList<HistoryEvent> detections;
    for (AddressFamily family : host.families()) {
        const FamilyDetection *detection = m_detection.family(family);
        QString why;
        if (!detection || !detection->ok) {
            missing.append(familyName(family) + QStringLiteral(": ")
                           + (detection ? detection->error : tr("no address source for this family")));
            continue;
        }
        if (!AddressValidator::isAcceptable(detection->address, host.allowPrivate, &why)) {
            missing.append(familyName(family) + QStringLiteral(": ") + why);
            continue;
        }
        if ((family == AddressFamily::IPv6 && !info->ipv6) || (family == AddressFamily::IPv4 && !info->ipv4))
            continue;
        QHostAddress wanted = detection->address;
        // A host that asks for a fixed interface identifier gets it on the detected /64 prefix.
        if (family == AddressFamily::IPv6 && host.ipv6Policy == Ipv6Policy::FixedInterfaceId)
            wanted = InterfaceSource::withInterfaceId(wanted, QHostAddress(host.ipv6InterfaceId));
        (family == AddressFamily::IPv4 ? request.ipv4 : request.ipv6) = wanted;
        const QString address = wanted.toString();
        if (publishedFor(record, family) != address) {
            changed = true;
            HistoryEvent detectedEvent = makeEvent(host.id, now, HistoryEvent::Kind::Detected);
            detectedEvent.oldAddress = publishedFor(record, family);
            detectedEvent.newAddress = address;
            detectedEvent.source = detection->agreeingSources.join(QStringLiteral(", "));
            detectedEvent.detail = tr("%1 address detected").arg(familyName(family));
            detections.append(detectedEvent);
        }
    }
    if (!request.ipv4 && !request.ipv6) {
        addResult(host, HostResult::Kind::NoAddress, missing.join(QStringLiteral("; ")));
        return hostDone();
    }
    const qint64 refreshSeconds = qint64(m_options.forcedRefreshDays) * 24 * 3600;
    const bool refreshDue = !record.lastSuccess.isValid() || record.lastSuccess.secsTo(now) >= refreshSeconds;
    if (!changed && !refreshDue && !settingsChanged) {
        if (record.state != HostState::UpToDate || record.userRequested) {
            record.state = HostState::UpToDate;
            record.userRequested = false;
            this->record(record, {});
        }
        addResult(host, HostResult::Kind::Unchanged, tr("already up to date"),
                  record.lastSuccess.isValid() ? record.lastSuccess.addSecs(refreshSeconds) : QDateTime());
        return hostDone();
    }
    const int least = std::max(m_options.minimumIntervalSeconds, info->minIntervalSeconds);
    if (!settingsChanged && !userAsked && record.lastAttempt.isValid() && record.lastAttempt.secsTo(now) < least) {
        addResult(host, HostResult::Kind::Waiting,
                  tr("the last call to the provider was less than %1 seconds ago").arg(least),
                  record.lastAttempt.addSecs(least));
        return hostDone();
    }
    callProvider(host, record, request, detections);
}

void UpdateCycle::callProvider(const Host &host, const HostRecord &record, const UpdateRequest &baseRequest,
                               const QList<HistoryEvent> &detections)
{
    const qint64 started = m_deps.clock->monotonicMs();
    const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
    readSecrets(host, info->secretFields(), {},
                [this, host, record, baseRequest, started, detections](QHash<QString, QString> secrets,
                                                                       std::optional<UpdateOutcome> failure) {
                    if (failure) {
                        finishHost(host, record, *failure, {}, started);
                        return;
                    }
                    UpdateRequest request = baseRequest;
                    request.secrets = secrets;
                    Provider *provider = ProviderRegistry::create(host.providerId, m_deps.http, this);
                    QList<HistoryEvent> events = detections;
                    HistoryEvent sent = makeEvent(host.id, m_deps.clock->now(), HistoryEvent::Kind::Sent);
                    sent.newAddress = joined(request.addresses());
                    sent.detail = tr("update sent to %1").arg(provider->info().name);
                    events.append(sent);
                    HostRecord updating = record;
                    updating.state = HostState::Updating;
                    this->record(updating, events);
                    emit hostUpdating(host.id);
                    const QList<QHostAddress> addresses = request.addresses();
                    provider->update(request, this,
                                     [this, host, record, addresses, started, provider](const UpdateOutcome &outcome) {
                                         provider->deleteLater();
                                         finishHost(host, record, outcome, addresses, started);
                                     });
                });
}

void UpdateCycle::readSecrets(const Host &host, const QStringList &fields, QHash<QString, QString> secrets,
                              const std::function<void(QHash<QString, QString>, std::optional<UpdateOutcome>)> &done)
{
    if (fields.isEmpty()) {
        done(secrets, std::nullopt);
        return;
    }
    const QString field = fields.first();
    const QStringList rest = fields.mid(1);
    m_deps.secrets->read(
        SecretStore::keyFor(host.id, field), this,
        [this, host, field, rest, secrets, done](const SecretResult &result) mutable {
            if (result.ok()) {
                secrets.insert(field, result.value);
                readSecrets(host, rest, secrets, done);
                return;
            }
            const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
            const FieldInfo *fieldInfo = info ? info->field(field) : nullptr;
            if (result.status == SecretResult::Status::NotFound && fieldInfo && !fieldInfo->required) {
                readSecrets(host, rest, secrets, done); // an optional secret that was never set
                return;
            }
            if (result.status == SecretResult::Status::NotFound) {
                done({},
                     UpdateOutcome::needsUser(
                         tr("No %1 is stored for this host in %2.").arg(field, m_deps.secrets->description()),
                         tr("Enter it in the host editor, or run: homingctl secret set %1 %2").arg(host.name, field)));
                return;
            }
            done({},
                 UpdateOutcome::retryLater(tr("The %1 could not be read: %2").arg(field, result.message),
                                           kLocalTrouble));
        });
}

void UpdateCycle::finishHost(const Host &host, HostRecord record, const UpdateOutcome &outcome,
                             const QList<QHostAddress> &sent, qint64 startedMs)
{
    const QDateTime now = m_deps.clock->now();
    HistoryEvent result = makeEvent(host.id, now, HistoryEvent::Kind::Result);
    result.outcome = outcomeKindName(outcome.kind);
    result.detail = outcome.reason;
    if (!outcome.fix.isEmpty())
        result.detail += QLatin1Char(' ') + outcome.fix;
    if (!outcome.requestSummary.isEmpty())
        result.detail += QStringLiteral("\nrequest: ") + outcome.requestSummary;
    if (!outcome.reply.isEmpty())
        result.detail += QStringLiteral("\nreply: ") + outcome.reply;
    if (startedMs >= 0)
        result.durationMs = m_deps.clock->monotonicMs() - startedMs;

    if (!sent.isEmpty())
        record.lastAttempt = now;
    record.userRequested = false;
    record.lastOutcome = outcomeKindName(outcome.kind);
    HostResult::Kind kind = HostResult::Kind::RetryLater;
    QString message;
    switch (outcome.kind) {
    case UpdateOutcome::Kind::Updated:
    case UpdateOutcome::Kind::Unchanged: {
        QStringList previous;
        for (const QHostAddress &address : sent) {
            const AddressFamily family = familyOf(address);
            if (!publishedFor(record, family).isEmpty())
                previous.append(publishedFor(record, family));
            setPublished(&record, family, address.toString());
        }
        result.oldAddress = previous.join(QLatin1Char(','));
        result.newAddress = joined(sent);
        if (outcome.kind == UpdateOutcome::Kind::Updated)
            record.lastChange = now;
        record.lastSuccess = now;
        record.failureCount = 0;
        record.nextAttempt = {};
        record.state = HostState::UpToDate;
        record.blockedFingerprint.clear();
        record.attentionReason.clear();
        kind = outcome.kind == UpdateOutcome::Kind::Updated ? HostResult::Kind::Updated : HostResult::Kind::Unchanged;
        message = outcomeKindName(outcome.kind) + QLatin1Char(' ') + result.newAddress;
        break;
    }
    case UpdateOutcome::Kind::RetryLater: {
        record.failureCount += 1;
        qint64 delay = backoffDelay(record.failureCount, outcome.retryAfter).count();
        if (m_deps.jitter && outcome.retryAfter.count() < delay)
            delay = std::max<qint64>(outcome.retryAfter.count(), qRound64(double(delay) * m_deps.jitter()));
        record.nextAttempt = now.addSecs(delay);
        record.state = HostState::RetryScheduled;
        record.blockedFingerprint.clear();
        message = outcome.reason + QLatin1Char(' ')
            + tr("Next try after %1.").arg(record.nextAttempt.toString(Qt::ISODate));
        break;
    }
    case UpdateOutcome::Kind::NeedsUser:
        record.state = HostState::NeedsAttention;
        record.blockedFingerprint = host.fingerprint();
        record.attentionReason
            = outcome.fix.isEmpty() ? outcome.reason : outcome.reason + QLatin1Char(' ') + outcome.fix;
        record.nextAttempt = {};
        kind = HostResult::Kind::NeedsUser;
        message = record.attentionReason;
        break;
    }
    this->record(record, {result});
    addResult(host, kind, message, record.nextAttempt);
    hostDone();
}

void UpdateCycle::record(const HostRecord &record, const QList<HistoryEvent> &events)
{
    QString error;
    if (!m_deps.state->record(record, events, &error)) {
        qCCritical(lcStorage).noquote() << "could not store the state of" << record.hostId.toString() << ":" << error;
        return;
    }
    emit hostRecorded(record, events);
}

void UpdateCycle::addResult(const Host &host, HostResult::Kind kind, const QString &message, const QDateTime &dueAt)
{
    HostResult result;
    result.hostId = host.id;
    result.name = host.displayName();
    result.kind = kind;
    result.message = message;
    result.dueAt = dueAt;
    m_summary.hosts.append(result);
}

void UpdateCycle::hostDone()
{
    if (--m_outstanding == 0)
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_summary); }, Qt::QueuedConnection);
}

} // namespace Homing
