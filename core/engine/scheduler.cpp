#include "scheduler.h"

#include "address/changewatcher.h"
#include "clock.h"
#include "logging.h"
#include "runtime.h"
#include "storage/historystore.h"
#include "storage/statestore.h"
#include "updatecycle.h"

#include <QRandomGenerator>

namespace Homing {

Scheduler::Scheduler(Runtime *runtime, QObject *parent)
    : Scheduler(runtime, Options {}, parent)
{
}

Scheduler::Scheduler(Runtime *runtime, const Options &options, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
    m_records = m_runtime->state()->loadAll();
    for (const HostRecord &record : std::as_const(m_records)) {
        if (record.state == HostState::NeedsAttention || record.state == HostState::RetryScheduled)
            m_troubled.insert(record.hostId);
    }
    buildMonitor();
}

Scheduler::~Scheduler() = default;

void Scheduler::buildMonitor()
{
    const Config &config = m_runtime->config();
    delete m_monitor;
    m_monitor = new AddressMonitor(config.sources, config.settings.quorum, m_runtime->http(), m_runtime->clock(), this);
    // The addresses published last are what a source has to confirm after a restart.
    for (const HostRecord &record : std::as_const(m_records)) {
        if (!record.publishedIpv4.isEmpty() && !m_monitor->current(AddressFamily::IPv4))
            m_monitor->setCurrent(AddressFamily::IPv4, QHostAddress(record.publishedIpv4));
        if (!record.publishedIpv6.isEmpty() && !m_monitor->current(AddressFamily::IPv6))
            m_monitor->setCurrent(AddressFamily::IPv6, QHostAddress(record.publishedIpv6));
    }
    connect(m_monitor, &AddressMonitor::publicAddressChanged, this,
            [this](AddressFamily family, const QHostAddress &oldAddress, const QHostAddress &newAddress,
                   const QStringList &sources) {
                qCInfo(lcEngine).noquote()
                    << familyName(family) << "public address" << oldAddress.toString() << "->" << newAddress.toString()
                    << "agreed by" << sources.join(QStringLiteral(", "));
                emit publicAddressChanged(family, oldAddress, newAddress, sources, activeHostsWanting(family));
            });
    connect(m_monitor, &AddressMonitor::disagreementDetected, this, &Scheduler::disagreementDetected);
}

void Scheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_options.watchChanges) {
        m_watcher = new ChangeWatcher(m_runtime->clock(), this);
        connect(m_watcher, &ChangeWatcher::changed, this, &Scheduler::networkChanged);
        connect(m_watcher, &ChangeWatcher::wentOffline, this, [this] { setOnline(false); });
        connect(m_watcher, &ChangeWatcher::cameOnline, this, [this] { setOnline(true); });
        connect(m_watcher, &ChangeWatcher::wokeUp, this,
                [this](qint64 sleptMs) { networkChanged(tr("woke up after %1 s").arg(sleptMs / 1000)); });
        m_watcher->start();
        m_online = m_watcher->isOnline();
        if (!m_online)
            qCInfo(lcEngine) << "the system reports no network connection; nothing is sent until it is back";
    }
    request({}, tr("start"));
}

int Scheduler::pollIntervalSeconds() const
{
    const Settings &settings = m_runtime->config().settings;
    const bool dnsSource
        = std::any_of(m_runtime->config().sources.begin(), m_runtime->config().sources.end(),
                      [](const SourceConfig &s) { return s.enabled && s.kind == QLatin1String("dns"); });
    // A DNS echo costs about a hundred bytes, so it can be asked often.
    if (dnsSource && settings.pollIntervalSeconds == Settings().pollIntervalSeconds)
        return 60;
    return settings.pollIntervalSeconds;
}

double Scheduler::jitterFactor() const
{
    if (m_options.jitter <= 0)
        return 1.0;
    return 1.0 + (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * m_options.jitter;
}

QList<QUuid> Scheduler::hostIds() const
{
    QList<QUuid> ids;
    for (const Host &host : m_runtime->config().hosts)
        ids.append(host.id);
    return ids;
}

QList<QUuid> Scheduler::activeHostsWanting(AddressFamily family) const
{
    QList<QUuid> ids;
    for (const Host &host : m_runtime->config().hosts) {
        const HostRecord record = m_records.value(host.id);
        if (host.enabled && host.wants(family) && !record.paused && record.state != HostState::NeedsAttention)
            ids.append(host.id);
    }
    return ids;
}

void Scheduler::networkChanged(const QString &reason)
{
    qCInfo(lcEngine).noquote() << "checking now:" << reason;
    request({}, reason);
}

void Scheduler::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    qCInfo(lcEngine) << (online ? "network is back" : "network is offline; no requests until it is back");
    for (const QUuid &id : hostIds())
        setTransient(id, online ? std::nullopt : std::optional<HostState>(HostState::Offline));
    emit onlineChanged(online);
    if (online)
        request({}, tr("back online"));
    else
        armTimer();
}

void Scheduler::request(const QList<QUuid> &hosts, const QString &reason)
{
    qCDebug(lcEngine).noquote() << "check requested:" << reason;
    if (hosts.isEmpty())
        m_pendingAll = true;
    for (const QUuid &id : hosts)
        m_pendingHosts.insert(id);
    if (!m_online) {
        armTimer();
        return;
    }
    if (!m_cycle)
        startCycle();
}

void Scheduler::updateNow(const QUuid &hostId)
{
    const QList<QUuid> hosts = hostId.isNull() ? hostIds() : QList<QUuid> {hostId};
    for (const QUuid &id : hosts)
        m_userRequested.insert(id);
    request(hostId.isNull() ? QList<QUuid>() : hosts, tr("update now"));
}

void Scheduler::changeRecord(const QUuid &hostId, const std::function<void(HostRecord &)> &change,
                             HistoryEvent::Kind kind, const QString &detail)
{
    HostRecord record = m_runtime->state()->load(hostId);
    change(record);
    HistoryEvent event;
    event.hostId = hostId;
    event.time = m_runtime->clock()->now();
    event.kind = kind;
    event.detail = detail;
    QString error;
    if (!m_runtime->state()->record(record, {event}, &error)) {
        qCCritical(lcStorage).noquote() << "could not store the state of" << hostId.toString() << ":" << error;
        return;
    }
    recorded(record, {event});
}

void Scheduler::pause(const QUuid &hostId)
{
    for (const QUuid &id : hostId.isNull() ? hostIds() : QList<QUuid> {hostId}) {
        if (m_records.value(id).paused)
            continue;
        changeRecord(
            id, [](HostRecord &r) { r.paused = true; }, HistoryEvent::Kind::Paused, tr("paused by the user"));
    }
    armTimer();
}

void Scheduler::resume(const QUuid &hostId)
{
    QList<QUuid> resumed;
    for (const QUuid &id : hostId.isNull() ? hostIds() : QList<QUuid> {hostId}) {
        const HostRecord current = m_records.value(id);
        if (!current.paused && current.state != HostState::NeedsAttention && current.state != HostState::RetryScheduled)
            continue;
        changeRecord(
            id,
            [](HostRecord &r) {
                r.paused = false;
                r.userRequested = true;
                if (r.state == HostState::NeedsAttention || r.state == HostState::RetryScheduled) {
                    r.state = HostState::Idle;
                    r.blockedFingerprint.clear();
                    r.nextAttempt = {};
                }
            },
            HistoryEvent::Kind::Resumed, tr("resumed by the user"));
        resumed.append(id);
    }
    if (!resumed.isEmpty())
        request(resumed, tr("resumed"));
}

bool Scheduler::allPaused() const
{
    const QList<QUuid> ids = hostIds();
    return !ids.isEmpty()
        && std::all_of(ids.begin(), ids.end(), [this](const QUuid &id) { return m_records.value(id).paused; });
}

void Scheduler::reloadConfig()
{
    buildMonitor();
    const QList<QUuid> ids = hostIds();
    for (auto it = m_records.begin(); it != m_records.end();) {
        it = ids.contains(it.key()) ? std::next(it) : m_records.erase(it);
    }
    for (const QUuid &id : ids) {
        if (!m_records.contains(id))
            m_records.insert(id, m_runtime->state()->load(id));
    }
    request({}, tr("settings changed"));
}

HostState Scheduler::state(const QUuid &hostId) const
{
    const HostRecord record = m_records.value(hostId);
    if (record.paused)
        return HostState::Paused;
    if (m_transient.contains(hostId) && record.state != HostState::NeedsAttention)
        return m_transient.value(hostId);
    return record.state;
}

HostRecord Scheduler::record(const QUuid &hostId) const
{
    HostRecord record = m_records.value(hostId);
    record.hostId = hostId;
    record.state = state(hostId);
    return record;
}

QDateTime Scheduler::nextCheck(const QUuid &hostId) const
{
    const HostRecord record = m_records.value(hostId);
    if (record.paused || record.state == HostState::NeedsAttention || !m_online)
        return {};
    // A host waiting out a backoff calls its provider at its own deadline, whatever the polls see;
    // otherwise whichever comes first: the next poll, or its own due time (least interval, refresh).
    const QDateTime due = m_hostDue.value(hostId);
    if (!due.isValid() || (record.state != HostState::RetryScheduled && m_pollDue.isValid() && m_pollDue < due))
        return m_pollDue;
    return due;
}

std::optional<QHostAddress> Scheduler::publicAddress(AddressFamily family) const
{
    return m_monitor->current(family);
}

QStringList Scheduler::agreeingSources(AddressFamily family) const
{
    const FamilyDetection *detection = m_lastDetection.family(family);
    return detection && detection->ok ? detection->agreeingSources : QStringList();
}

void Scheduler::setTransient(const QUuid &hostId, std::optional<HostState> transient)
{
    const HostState before = state(hostId);
    if (transient)
        m_transient.insert(hostId, *transient);
    else
        m_transient.remove(hostId);
    const HostState after = state(hostId);
    if (before != after)
        emit hostStateChanged(hostId, before, after);
}

void Scheduler::recorded(const HostRecord &record, const QList<HistoryEvent> &events)
{
    const HostState before = state(record.hostId);
    const HostRecord previous = m_records.value(record.hostId);
    m_records.insert(record.hostId, record);
    if (record.state != HostState::Updating)
        m_transient.remove(record.hostId);
    else
        m_transient.insert(record.hostId, HostState::Updating);
    const HostState after = state(record.hostId);
    emit hostRecordChanged(this->record(record.hostId));
    if (!events.isEmpty())
        emit historyAppended(events);
    if (before != after)
        emit hostStateChanged(record.hostId, before, after);
    if (record.state == HostState::NeedsAttention && previous.state != HostState::NeedsAttention)
        emit hostNeedsAttention(record.hostId, record.attentionReason);
    if (record.state == HostState::NeedsAttention || record.state == HostState::RetryScheduled)
        m_troubled.insert(record.hostId);
    if (record.state == HostState::UpToDate && m_troubled.remove(record.hostId))
        emit hostRecovered(record.hostId);
}

void Scheduler::startCycle()
{
    if (!m_pendingAll && m_pendingHosts.isEmpty())
        return armTimer();
    UpdateCycle::Options options;
    options.forcedRefreshDays = m_options.forcedRefreshDays;
    options.minimumIntervalSeconds = m_options.minimumIntervalSeconds;
    m_cycleIsAll = m_pendingAll;
    if (!m_pendingAll)
        options.hosts = QList<QUuid>(m_pendingHosts.begin(), m_pendingHosts.end());
    options.userRequested = m_userRequested;
    m_pendingAll = false;
    m_pendingHosts.clear();
    m_userRequested.clear();

    UpdateCycle::Dependencies deps;
    deps.state = m_runtime->state();
    deps.history = m_runtime->history();
    deps.secrets = m_runtime->secrets();
    deps.http = m_runtime->http();
    deps.clock = m_runtime->clock();
    deps.monitor = m_monitor;
    if (m_options.jitter > 0)
        deps.jitter = [this] { return jitterFactor(); };
    m_cycle = new UpdateCycle(m_runtime->config(), deps, options, this);
    connect(m_cycle, &UpdateCycle::hostRecorded, this, &Scheduler::recorded);
    connect(m_cycle, &UpdateCycle::hostUpdating, this,
            [this](const QUuid &id) { setTransient(id, HostState::Updating); });
    connect(m_cycle, &UpdateCycle::finished, this, [this](const UpdateCycle::Summary &summary) {
        m_lastDetection = summary.detection;
        for (const UpdateCycle::HostResult &result : summary.hosts) {
            if (result.dueAt.isValid())
                m_hostDue.insert(result.hostId, result.dueAt);
            else
                m_hostDue.remove(result.hostId);
            if (m_transient.value(result.hostId) == HostState::Checking)
                setTransient(result.hostId, std::nullopt);
        }
        cycleDone();
    });
    for (const QUuid &id : options.hosts.isEmpty() ? hostIds() : options.hosts) {
        const HostRecord record = m_records.value(id);
        if (!record.paused && record.state != HostState::NeedsAttention)
            setTransient(id, HostState::Checking);
    }
    emit busyChanged(true);
    m_cycle->start();
}

void Scheduler::pruneHistory()
{
    const QDateTime now = m_runtime->clock()->now();
    if (m_lastPrune.isValid() && m_lastPrune.secsTo(now) < 24 * 3600)
        return;
    m_lastPrune = now;
    QString error;
    const QDateTime cutoff = now.addDays(-m_runtime->config().settings.historyRetentionDays);
    if (!m_runtime->history()->pruneOlderThan(cutoff, &error))
        qCWarning(lcStorage).noquote() << "could not prune the history:" << error;
}

void Scheduler::cycleDone()
{
    const QDateTime now = m_runtime->clock()->now();
    pruneHistory();
    if (m_cycleIsAll)
        m_pollDue = now.addSecs(qMax<qint64>(30, qRound64(pollIntervalSeconds() * jitterFactor())));
    m_cycle->deleteLater();
    m_cycle = nullptr;
    emit busyChanged(false);
    emit cycleFinished();
    if (m_pendingAll || !m_pendingHosts.isEmpty())
        startCycle();
    else
        armTimer();
}

QDateTime Scheduler::nextWakeup() const
{
    if (!m_online)
        return {};
    QDateTime next = m_pollDue;
    for (auto it = m_hostDue.begin(); it != m_hostDue.end(); ++it) {
        const HostRecord record = m_records.value(it.key());
        if (record.paused || record.state == HostState::NeedsAttention)
            continue;
        if (!next.isValid() || it.value() < next)
            next = it.value();
    }
    return next;
}

void Scheduler::tick()
{
    if (!m_online || m_cycle)
        return armTimer();
    const QDateTime now = m_runtime->clock()->now();
    if (!m_pollDue.isValid() || m_pollDue <= now) {
        request({}, tr("poll"));
        return;
    }
    QList<QUuid> due;
    for (auto it = m_hostDue.begin(); it != m_hostDue.end(); ++it) {
        if (it.value() <= now)
            due.append(it.key());
    }
    if (!due.isEmpty())
        request(due, tr("retry due"));
    else
        armTimer();
}

void Scheduler::armTimer()
{
    if (!m_options.autoTick || !m_started)
        return;
    const QDateTime next = nextWakeup();
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>(m_runtime->clock()->now().msecsTo(next), 0, 24LL * 3600 * 1000);
    m_timer.start(std::chrono::milliseconds(ms));
}

} // namespace Homing
