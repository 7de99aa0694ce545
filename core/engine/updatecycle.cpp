#include "updatecycle.h"

#include "address/addressvalidator.h"
#include "address/httpechosource.h"
#include "backoff.h"
#include "clock.h"
#include "logging.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "storage/secretstore.h"
#include "storage/statestore.h"

using namespace std::chrono_literals;

namespace Homing {

namespace {

constexpr auto kForcedRefresh = std::chrono::hours(24 * 25);
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

UpdateCycle::UpdateCycle(const Config &config, const Dependencies &dependencies, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_deps(dependencies)
{
    qRegisterMetaType<Homing::UpdateCycle::Summary>();
    for (const SourceConfig &source : m_config.sources) {
        if (source.enabled && source.kind == QLatin1String("http"))
            m_sources.append(new HttpEchoSource(source, m_deps.http, m_deps.clock, this));
    }
}

UpdateCycle::~UpdateCycle() = default;

void UpdateCycle::start()
{
    for (const Host &host : std::as_const(m_config.hosts)) {
        if (!host.enabled) {
            addResult(host, HostResult::Kind::Skipped, tr("disabled in the config"));
            continue;
        }
        m_pending.append(host);
        for (AddressFamily family : host.families()) {
            if (!m_familiesToDetect.contains(family))
                m_familiesToDetect.append(family);
        }
    }
    std::sort(m_familiesToDetect.begin(), m_familiesToDetect.end());
    m_sourceIndex = 0;
    QMetaObject::invokeMethod(this, &UpdateCycle::detectNext, Qt::QueuedConnection);
}

// Detects each wanted family once, for all hosts: the first configured source that gives a valid
// address wins. (Consensus between several sources builds on this.)
void UpdateCycle::detectNext()
{
    if (m_familiesToDetect.isEmpty()) {
        processNextHost();
        return;
    }
    const AddressFamily family = m_familiesToDetect.first();
    while (m_sourceIndex < m_sources.size() && !m_sources.at(m_sourceIndex)->supports(family))
        ++m_sourceIndex;
    if (m_sourceIndex >= m_sources.size()) {
        Detection failed;
        failed.error = m_detectionErrors.isEmpty()
            ? tr("no address source is configured for %1").arg(familyName(family))
            : m_detectionErrors.join(QStringLiteral("; "));
        qCWarning(lcAddress).noquote() << "no" << familyName(family) << "address:" << failed.error;
        m_detected.insert(family, failed);
        m_familiesToDetect.removeFirst();
        m_detectionErrors.clear();
        m_sourceIndex = 0;
        detectNext();
        return;
    }
    AddressSource *source = m_sources.at(m_sourceIndex);
    source->detect(family, this, [this, family, source](const SourceResult &result) {
        QString why;
        if (result.ok && AddressValidator::isAcceptable(result.observation.address, true, &why)) {
            qCInfo(lcAddress).noquote() << familyName(family) << "address" << result.observation.address.toString()
                                        << "from" << source->id();
            m_detected.insert(family, Detection {result.observation, {}});
            m_familiesToDetect.removeFirst();
            m_detectionErrors.clear();
            m_sourceIndex = 0;
        } else {
            m_detectionErrors.append(source->id() + QStringLiteral(": ") + (result.ok ? why : result.error));
            ++m_sourceIndex;
        }
        detectNext();
    });
}

void UpdateCycle::processNextHost()
{
    if (m_pending.isEmpty()) {
        emit finished(m_summary);
        return;
    }
    const Host host = m_pending.takeFirst();
    HostRecord record = m_deps.state->load(host.id);
    const QDateTime now = m_deps.clock->now();
    auto next = [this] { QMetaObject::invokeMethod(this, &UpdateCycle::processNextHost, Qt::QueuedConnection); };

    if (record.paused) {
        addResult(host, HostResult::Kind::Skipped, tr("paused"));
        return next();
    }
    bool settingsChanged = false;
    if (record.state == HostState::NeedsAttention) {
        if (record.blockedFingerprint == host.fingerprint()) {
            addResult(host, HostResult::Kind::NeedsUser, record.attentionReason);
            return next();
        }
        settingsChanged = true;
        qCInfo(lcEngine).noquote() << host.name << "settings changed since it stopped; trying again";
    }
    if (!settingsChanged && record.nextAttempt.isValid() && record.nextAttempt > now) {
        addResult(host, HostResult::Kind::RetryLater,
                  tr("waiting until %1 before retrying: %2")
                      .arg(record.nextAttempt.toString(Qt::ISODate), record.lastOutcome));
        return next();
    }

    const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
    const QList<HistoryEvent> noEvents;
    if (!info) {
        finishHost(host, record,
                   UpdateOutcome::needsUser(tr("Homing does not know the provider \"%1\".").arg(host.providerId),
                                            tr("Choose a provider from \"homingctl providers\".")),
                   {}, -1);
        return;
    }

    // What this host should publish now.
    std::optional<QHostAddress> wanted[2];
    QStringList missing;
    bool changed = false;
    QList<HistoryEvent> detections;
    for (AddressFamily family : host.families()) {
        const Detection detection = m_detected.value(family);
        QString why;
        if (!detection.observation) {
            missing.append(familyName(family) + QStringLiteral(": ") + detection.error);
            continue;
        }
        if (!AddressValidator::isAcceptable(detection.observation->address, host.allowPrivate, &why)) {
            missing.append(familyName(family) + QStringLiteral(": ") + why);
            continue;
        }
        if (family == AddressFamily::IPv6 && !info->ipv6)
            continue;
        if (family == AddressFamily::IPv4 && !info->ipv4)
            continue;
        wanted[family == AddressFamily::IPv4 ? 0 : 1] = detection.observation->address;
        const QString address = detection.observation->address.toString();
        if (publishedFor(record, family) != address) {
            changed = true;
            HistoryEvent detected = makeEvent(host.id, now, HistoryEvent::Kind::Detected);
            detected.oldAddress = publishedFor(record, family);
            detected.newAddress = address;
            detected.source = detection.observation->sourceId;
            detected.detail = tr("%1 address detected").arg(familyName(family));
            detections.append(detected);
        }
    }
    if (!wanted[0] && !wanted[1]) {
        addResult(host, HostResult::Kind::NoAddress, missing.join(QStringLiteral("; ")));
        return next();
    }
    const bool refreshDue = !record.lastSuccess.isValid()
        || record.lastSuccess.secsTo(now) >= std::chrono::duration_cast<std::chrono::seconds>(kForcedRefresh).count();
    if (!changed && !refreshDue && !settingsChanged) {
        if (record.state != HostState::UpToDate) {
            record.state = HostState::UpToDate;
            this->record(record, {});
        }
        addResult(host, HostResult::Kind::Unchanged, tr("already up to date"));
        return next();
    }
    if (!settingsChanged && !record.userRequested && record.lastAttempt.isValid()
        && record.lastAttempt.secsTo(now) < std::max(60, info->minIntervalSeconds)) {
        addResult(host, HostResult::Kind::Skipped,
                  tr("the last call to the provider was less than %1 seconds ago")
                      .arg(std::max(60, info->minIntervalSeconds)));
        return next();
    }

    UpdateRequest request;
    request.host = host;
    request.ipv4 = wanted[0];
    request.ipv6 = wanted[1];
    const qint64 started = m_deps.clock->monotonicMs();
    readSecrets(host, info->secretFields(), {},
                [this, host, record, request, started, detections](QHash<QString, QString> secrets,
                                                                   std::optional<UpdateOutcome> failure) mutable {
                    if (failure) {
                        finishHost(host, record, *failure, {}, started);
                        return;
                    }
                    request.secrets = secrets;
                    Provider *provider = ProviderRegistry::create(host.providerId, m_deps.http, this);
                    HostRecord withDetections = record;
                    QList<HistoryEvent> events = detections;
                    HistoryEvent sent = makeEvent(host.id, m_deps.clock->now(), HistoryEvent::Kind::Sent);
                    sent.newAddress = [&] {
                        QStringList list;
                        for (const QHostAddress &a : request.addresses())
                            list.append(a.toString());
                        return list.join(QLatin1Char(','));
                    }();
                    sent.detail = tr("update sent to %1").arg(provider->info().name);
                    events.append(sent);
                    this->record(withDetections, events);
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
            if (result.status == SecretResult::Status::NotFound) {
                done({},
                     UpdateOutcome::needsUser(
                         tr("No %1 is stored for this host in %2.").arg(field, m_deps.secrets->description()),
                         tr("Enter it in the host editor, or run: homingctl secret set %1 %2").arg(host.name, field)));
                return;
            }
            UpdateOutcome failure = UpdateOutcome::retryLater(
                tr("The %1 could not be read from %2: %3").arg(field, m_deps.secrets->description(), result.message),
                kLocalTrouble);
            done({}, failure);
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
        QStringList now_;
        for (const QHostAddress &address : sent)
            now_.append(address.toString());
        result.newAddress = now_.join(QLatin1Char(','));
        if (outcome.kind == UpdateOutcome::Kind::Updated)
            record.lastChange = now;
        record.lastSuccess = now;
        record.failureCount = 0;
        record.nextAttempt = {};
        record.state = HostState::UpToDate;
        record.blockedFingerprint.clear();
        record.attentionReason.clear();
        kind = outcome.kind == UpdateOutcome::Kind::Updated ? HostResult::Kind::Updated : HostResult::Kind::Unchanged;
        break;
    }
    case UpdateOutcome::Kind::RetryLater:
        record.failureCount += 1;
        record.nextAttempt = now.addSecs(backoffDelay(record.failureCount, outcome.retryAfter).count());
        record.state = HostState::RetryScheduled;
        record.blockedFingerprint.clear();
        kind = HostResult::Kind::RetryLater;
        break;
    case UpdateOutcome::Kind::NeedsUser:
        record.state = HostState::NeedsAttention;
        record.blockedFingerprint = host.fingerprint();
        record.attentionReason
            = outcome.fix.isEmpty() ? outcome.reason : outcome.reason + QLatin1Char(' ') + outcome.fix;
        record.nextAttempt = {};
        kind = HostResult::Kind::NeedsUser;
        break;
    }
    this->record(record, {result});
    addResult(host, kind,
              outcome.kind == UpdateOutcome::Kind::RetryLater
                  ? outcome.reason + QLatin1Char(' ')
                      + tr("Next try after %1.").arg(record.nextAttempt.toString(Qt::ISODate))
                  : (outcome.succeeded() ? tr("%1 %2").arg(outcomeKindName(outcome.kind), result.newAddress)
                                         : record.attentionReason));
    QMetaObject::invokeMethod(this, &UpdateCycle::processNextHost, Qt::QueuedConnection);
}

void UpdateCycle::record(const HostRecord &record, const QList<HistoryEvent> &events)
{
    QString error;
    if (!m_deps.state->record(record, events, &error))
        qCCritical(lcStorage).noquote() << "could not store the state of" << record.hostId.toString() << ":" << error;
}

void UpdateCycle::addResult(const Host &host, HostResult::Kind kind, const QString &message)
{
    HostResult result;
    result.hostId = host.id;
    result.name = host.displayName();
    result.kind = kind;
    result.message = message;
    m_summary.hosts.append(result);
}

} // namespace Homing
