#include "scheduler.h"

#include "address/changewatcher.h"
#include "clock.h"
#include "logging.h"
#include "parker.h"
#include "providers/providerregistry.h"
#include "runtime.h"
#include "storage/historystore.h"
#include "storage/statestore.h"
#include "verify/verifier.h"

#include <QRandomGenerator>

#include <utility>

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
    qRegisterMetaType<Homing::HostRecord>();
    qRegisterMetaType<Homing::UpdateCycle::Summary>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
    m_verifier = new Verifier(runtime->clock(), this);
    configureVerifier();
    syncMachines();
    buildMonitor();
    Parker::Dependencies parking;
    parking.machines = [this] { return m_machines.values(); };
    parking.secrets = runtime->secrets();
    parking.http = runtime->http();
    parking.clock = runtime->clock();
    m_parker = new Parker(parking, this);
}

Scheduler::~Scheduler() = default;

HostMachine::Policy Scheduler::policy() const
{
    HostMachine::Policy policy;
    policy.forcedRefreshDays = m_options.forcedRefreshDays;
    policy.minimumIntervalSeconds = m_options.minimumIntervalSeconds;
    if (m_options.jitter > 0)
        policy.jitter = [this] { return jitterFactor(); };
    return policy;
}

// One machine per host in the config, made from what the StateStore holds; a machine whose host
// left the config goes.
void Scheduler::syncMachines()
{
    const Config &config = m_runtime->config();
    QSet<QUuid> present;
    for (const Host &host : config.hosts) {
        present.insert(host.id);
        if (HostMachine *machine = m_machines.value(host.id)) {
            machine->setHost(host);
            continue;
        }
        auto *machine = new HostMachine(host, m_runtime->state()->load(host.id), m_runtime->state(), m_runtime->clock(),
                                        policy(), this);
        machine->setOffline(!m_online);
        connect(machine, &HostMachine::recorded, this,
                [this](const HostRecord &record, const QList<HistoryEvent> &events) {
                    emit hostRecordChanged(record);
                    if (!events.isEmpty())
                        emit historyAppended(events);
                });
        connect(machine, &HostMachine::stateChanged, this, &Scheduler::hostStateChanged);
        connect(machine, &HostMachine::needsAttention, this, &Scheduler::hostNeedsAttention);
        connect(machine, &HostMachine::recovered, this, &Scheduler::hostRecovered);
        connect(machine, &HostMachine::verificationUpdated, this, &Scheduler::hostVerificationChanged);
        connect(machine, &HostMachine::driftDetected, this,
                [this](const QUuid &hostId, AddressFamily family, const QString &published, const QStringList &seen,
                       HostMachine::DriftResponse response) {
                    emit hostDrifted(hostId, family, published, seen, response);
                    if (response == HostMachine::DriftResponse::Restore)
                        request({hostId}, tr("restore after a change behind Homing's back"));
                });
        m_machines.insert(host.id, machine);
    }
    for (auto it = m_machines.begin(); it != m_machines.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->deleteLater();
        m_verifier->cancel(it.key());
        m_hostDue.remove(it.key());
        it = m_machines.erase(it);
    }
}

void Scheduler::buildMonitor()
{
    const Config &config = m_runtime->config();
    delete m_monitor;
    m_monitor = new AddressMonitor(config.sources, config.settings.quorum, m_runtime->http(), m_runtime->clock(), this);
    // The addresses published last are what a source has to confirm after a restart (and in
    // `homingd --once`): a changed address needs the quorum, the one published needs one source.
    for (const HostMachine *machine : std::as_const(m_machines)) {
        const HostRecord record = machine->latestRecord();
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
                m_addressChanges.append({family, oldAddress, newAddress, sources});
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
        const bool wasOnline = m_online;
        m_online = m_watcher->isOnline();
        for (HostMachine *machine : std::as_const(m_machines))
            machine->setOffline(!m_online);
        if (!m_online)
            qCInfo(lcEngine) << "the system reports no network connection; nothing is sent until it is back";
        if (m_online != wasOnline)
            emit onlineChanged(m_online); // offline from the start is news to whoever shows the state
    }
    armDriftWatch(true);
    m_parker->prepare(); // the secrets of the hosts that park, read ahead
    followParking();
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

QList<QUuid> Scheduler::machinesFor(const QUuid &hostId) const
{
    if (!hostId.isNull())
        return m_machines.contains(hostId) ? QList<QUuid> {hostId} : QList<QUuid>();
    return hostIds();
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
    for (HostMachine *machine : std::as_const(m_machines))
        machine->setOffline(!online);
    emit onlineChanged(online);
    if (online)
        request({}, tr("back online"));
    else
        armTimer();
}

void Scheduler::request(const QList<QUuid> &hosts, const QString &reason, bool routine)
{
    qCDebug(lcEngine).noquote() << "check requested:" << reason;
    m_pendingFull = m_pendingFull || !routine;
    if (hosts.isEmpty())
        m_pendingAll = true;
    for (const QUuid &id : hosts)
        m_pendingHosts.insert(id);
    // A Scheduler that was never started (homingctl's) records changes in the machines and sends
    // nothing; start() or runOnce() takes up what is pending.
    if (!m_started || m_away) // away: what is pending runs when the machine is back
        return;
    if (!m_online) {
        armTimer();
        return;
    }
    if (!m_cycle)
        startCycle();
}

void Scheduler::updateNow(const QUuid &hostId)
{
    const QList<QUuid> hosts = machinesFor(hostId);
    for (const QUuid &id : hosts) {
        m_userRequested.insert(id);
        m_machines.value(id)->requestNow();
    }
    request(hostId.isNull() ? QList<QUuid>() : hosts, tr("update now"));
}

void Scheduler::pause(const QUuid &hostId)
{
    for (const QUuid &id : machinesFor(hostId))
        m_machines.value(id)->pause(tr("paused by the user"));
    armTimer();
}

void Scheduler::resume(const QUuid &hostId)
{
    QList<QUuid> resumed;
    for (const QUuid &id : machinesFor(hostId)) {
        if (m_machines.value(id)->resume(tr("resumed by the user")))
            resumed.append(id);
    }
    if (!resumed.isEmpty())
        request(resumed, tr("resumed"));
}

void Scheduler::secretsChanged(const QUuid &hostId, const QString &detail)
{
    HostMachine *machine = m_machines.value(hostId);
    if (!machine)
        return;
    machine->secretsChanged(detail);
    if (m_started && !m_once)
        m_parker->prepare();
    request({hostId}, tr("settings changed"));
}

bool Scheduler::allPaused() const
{
    if (m_machines.isEmpty())
        return false;
    return std::all_of(m_machines.begin(), m_machines.end(),
                       [](const HostMachine *machine) { return machine->latestRecord().paused; });
}

void Scheduler::reloadConfig()
{
    configureVerifier();
    syncMachines();
    buildMonitor();
    armDriftWatch(false);
    if (m_started && !m_once) {
        m_parker->prepare();
        followParking();
    }
    request({}, tr("settings changed"));
}

void Scheduler::runOnce()
{
    m_once = true;
    m_started = true;
    request({}, tr("start"));
}

HostState Scheduler::state(const QUuid &hostId) const
{
    const HostMachine *machine = m_machines.value(hostId);
    return machine ? machine->state() : HostState::Idle;
}

void Scheduler::detect(const QList<AddressFamily> &families, QObject *context,
                       std::function<void(const Detection &)> done)
{
    m_monitor->detect(families, context, std::move(done));
}

HostRecord Scheduler::record(const QUuid &hostId) const
{
    if (const HostMachine *machine = m_machines.value(hostId))
        return machine->record();
    HostRecord record;
    record.hostId = hostId;
    return record;
}

QDateTime Scheduler::nextCheck(const QUuid &hostId) const
{
    const HostRecord record = this->record(hostId);
    // A host whose state could not be stored tries again at its due time, whatever it is.
    const bool quiet = record.state != HostState::Error && (record.paused || record.state == HostState::NeedsAttention);
    if (quiet || !m_online)
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

void Scheduler::startCycle()
{
    if (!m_pendingAll && m_pendingHosts.isEmpty())
        return armTimer();
    UpdateCycle::Options options;
    m_cycleIsAll = m_pendingAll;
    if (!m_pendingAll)
        options.hosts = QList<QUuid>(m_pendingHosts.begin(), m_pendingHosts.end());
    options.userRequested = m_userRequested;
    options.routine = !std::exchange(m_pendingFull, false);
    m_pendingAll = false;
    m_pendingHosts.clear();
    m_userRequested.clear();

    UpdateCycle::Dependencies deps;
    deps.machine = [this](const QUuid &id) { return m_machines.value(id); };
    deps.secrets = m_runtime->secrets();
    deps.http = m_runtime->http();
    deps.clock = m_runtime->clock();
    deps.monitor = m_monitor;
    m_cycle = new UpdateCycle(m_runtime->config(), deps, options, this);
    connect(m_cycle, &UpdateCycle::finished, this, &Scheduler::cycleDone);
    connect(m_cycle, &UpdateCycle::providerAccepted, this, &Scheduler::startVerification);
    connect(m_cycle, &UpdateCycle::addressesDetected, this, [this](const Detection &detection) {
        m_lastDetection = detection;
        emit addressesDetected();
    });
    for (const QUuid &id : options.hosts.isEmpty() ? hostIds() : options.hosts) {
        if (HostMachine *machine = m_machines.value(id); machine && !machine->gate())
            machine->setChecking(true);
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

void Scheduler::cycleDone(const UpdateCycle::Summary &summary)
{
    m_lastDetection = summary.detection;
    m_lastSummary = summary;
    QHash<QUuid, UpdateCycle::HostResult::Kind> results;
    for (const UpdateCycle::HostResult &result : summary.hosts) {
        results.insert(result.hostId, result.kind);
        if (result.dueAt.isValid())
            m_hostDue.insert(result.hostId, result.dueAt);
        else
            m_hostDue.remove(result.hostId);
        if (HostMachine *machine = m_machines.value(result.hostId))
            machine->setChecking(false);
    }
    // The address change is told with the hosts whose providers now have the new address.
    for (const AddressChange &change : std::exchange(m_addressChanges, {})) {
        QList<QUuid> following;
        for (const Host &host : m_runtime->config().hosts) {
            const HostMachine *machine = m_machines.value(host.id);
            const auto kind = results.value(host.id, UpdateCycle::HostResult::Kind::Skipped);
            const bool answered = kind == UpdateCycle::HostResult::Kind::Updated
                || kind == UpdateCycle::HostResult::Kind::Unchanged || kind == UpdateCycle::HostResult::Kind::Partial;
            if (machine && answered && host.wants(change.family)
                && QHostAddress(change.family == AddressFamily::IPv4 ? machine->record().publishedIpv4
                                                                     : machine->record().publishedIpv6)
                       .isEqual(change.newAddress))
                following.append(host.id);
        }
        emit publicAddressChanged(change.family, change.oldAddress, change.newAddress, change.sources, following);
    }
    const QDateTime now = m_runtime->clock()->now();
    if (!m_once)
        pruneHistory();
    if (m_cycleIsAll)
        m_pollDue = now.addSecs(qMax<qint64>(30, qRound64(pollIntervalSeconds() * jitterFactor())));
    m_cycle->deleteLater();
    m_cycle = nullptr;
    emit busyChanged(false);
    emit cycleFinished();
    if (m_once) {
        emit passFinished(summary);
        return;
    }
    if (m_pendingAll || !m_pendingHosts.isEmpty())
        startCycle();
    else
        armTimer();
}

void Scheduler::configureVerifier()
{
    QList<QHostAddress> hints;
    for (const QString &hint : m_runtime->config().settings.rootHints)
        hints.append(QHostAddress(hint));
    m_verifier->setRootHints(hints);
}

int Scheduler::expectedLagSeconds(const Host &host) const
{
    if (const int configured = m_runtime->config().settings.verifyLagSeconds; configured > 0)
        return configured;
    const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
    return info ? info->expectedLagSeconds : ProviderInfo().expectedLagSeconds;
}

void Scheduler::startVerification(const QUuid &hostId, const QList<QHostAddress> &addresses)
{
    HostMachine *machine = m_machines.value(hostId);
    // `homingd --once` exits after its pass: a check it started would never end.
    if (!machine || m_once || !m_runtime->config().settings.verify || addresses.isEmpty())
        return;
    machine->verificationStarted(addresses);
    const QDateTime deadline = m_runtime->clock()->now().addSecs(expectedLagSeconds(machine->host()));
    m_verifier->check(
        hostId, machine->host().name, addresses, deadline, false, machine,
        [machine](const FamilyVerification &result) { machine->verificationChanged(result, false); },
        [machine](const QList<FamilyVerification> &results) {
            for (const FamilyVerification &result : results)
                machine->verificationChanged(result, false); // rows only for what is new
        });
}

bool Scheduler::verifyNow(const QUuid &hostId, QObject *context,
                          std::function<void(const QList<FamilyVerification> &)> done, QString *error)
{
    HostMachine *machine = m_machines.value(hostId);
    if (!machine) {
        *error = tr("no such host");
        return false;
    }
    const HostRecord record = machine->latestRecord();
    QList<QHostAddress> expected;
    if (machine->host().ipv4 && !record.publishedIpv4.isEmpty())
        expected.append(QHostAddress(record.publishedIpv4));
    if (machine->host().ipv6 && !record.publishedIpv6.isEmpty())
        expected.append(QHostAddress(record.publishedIpv6));
    if (expected.isEmpty()) {
        *error = tr("%1 has no published address to check yet").arg(machine->host().displayName());
        return false;
    }
    // A server may still lag within the provider's expected lag after the last change.
    const QDateTime since = record.lastChange.isValid() ? record.lastChange : m_runtime->clock()->now();
    const QDateTime deadline = since.addSecs(expectedLagSeconds(machine->host()));
    machine->verificationStarted(expected);
    QPointer<HostMachine> guard(machine);
    auto told = std::make_shared<QList<AddressFamily>>();
    m_verifier->check(
        hostId, machine->host().name, expected, deadline, true, context,
        [guard, told](const FamilyVerification &result) {
            told->append(result.family);
            if (guard)
                guard->verificationChanged(result, true);
        },
        [guard, told, done](const QList<FamilyVerification> &results) {
            for (const FamilyVerification &result : results) {
                if (guard && !told->contains(result.family))
                    guard->verificationChanged(result, true); // no server could be asked
            }
            done(results);
        });
    return true;
}

QList<FamilyVerification> Scheduler::verification(const QUuid &hostId) const
{
    const HostMachine *machine = m_machines.value(hostId);
    return machine ? machine->verification() : QList<FamilyVerification>();
}

bool Scheduler::isVerifying(const QUuid &hostId) const
{
    return m_verifier->isChecking(hostId);
}

bool Scheduler::driftWatchOn() const
{
    const Settings &settings = m_runtime->config().settings;
    return !m_once && settings.verify && settings.driftCheckSeconds > 0;
}

void Scheduler::armDriftWatch(bool restart)
{
    if (!m_started || !driftWatchOn()) {
        m_driftDue = {};
        m_driftInterval = 0;
        return;
    }
    const int interval = m_runtime->config().settings.driftCheckSeconds;
    if (restart || !m_driftDue.isValid() || interval != m_driftInterval)
        m_driftDue = m_runtime->clock()->now().addSecs(interval);
    m_driftInterval = interval;
}

void Scheduler::checkDrift()
{
    armDriftWatch(true);
    if (!driftWatchOn() || !m_online || m_away)
        return;
    const bool restoreOnDrift = m_runtime->config().settings.restoreOnDrift;
    int asked = 0;
    for (HostMachine *machine : std::as_const(m_machines)) {
        const Host &host = machine->host();
        const HostRecord record = machine->latestRecord();
        // Only a host that is up to date, with nothing in flight (a pass shows Checking or
        // Updating): a check already running, after an update, says more than the watch would.
        if (machine->gate() || machine->state() != HostState::UpToDate || m_verifier->isChecking(host.id))
            continue;
        QList<QHostAddress> expected;
        for (AddressFamily family : host.families()) {
            const QString published = family == AddressFamily::IPv4 ? record.publishedIpv4 : record.publishedIpv6;
            const std::optional<QHostAddress> detected = m_monitor->current(family);
            // The detected address is what was published: a different answer was not Homing's doing.
            if (!published.isEmpty() && detected && *detected == QHostAddress(published))
                expected.append(QHostAddress(published));
        }
        if (expected.isEmpty())
            continue;
        ++asked;
        // Servers may lag within the provider's expected lag after the last change: that is
        // Propagating, not drift.
        const QDateTime since = record.lastChange.isValid() ? record.lastChange : m_runtime->clock()->now();
        const QDateTime deadline = since.addSecs(expectedLagSeconds(host));
        QPointer<HostMachine> guard(machine);
        m_verifier->check(
            host.id, host.name, expected, deadline, true, machine, [](const FamilyVerification &) {},
            [guard, restoreOnDrift](const QList<FamilyVerification> &results) {
                for (const FamilyVerification &result : results) {
                    if (!guard)
                        return;
                    // Within the lag after the last change nothing is settled; the next round
                    // tells (drift is judged against the last settled answers).
                    if (!result.isFinal())
                        continue;
                    if (guard->isDrift(result))
                        guard->driftSeen(result, restoreOnDrift);
                    else
                        guard->verificationChanged(result, false); // a row only when news
                }
            });
    }
    qCDebug(lcEngine) << "drift watch: asked the zone's servers for" << asked << "hosts";
}

void Scheduler::restore(const QUuid &hostId)
{
    HostMachine *machine = m_machines.value(hostId);
    if (!machine)
        return;
    machine->restore(tr("restore requested by the user"));
    m_userRequested.insert(hostId);
    request({hostId}, tr("restore"));
}

QDateTime Scheduler::nextWakeup() const
{
    if (!m_online)
        return {};
    QDateTime next = m_pollDue;
    for (auto it = m_hostDue.begin(); it != m_hostDue.end(); ++it) {
        const HostRecord record = this->record(it.key());
        if (record.state != HostState::Error && (record.paused || record.state == HostState::NeedsAttention))
            continue;
        if (!next.isValid() || it.value() < next)
            next = it.value();
    }
    return next;
}

void Scheduler::tick()
{
    if (m_away)
        return;
    const QDateTime now = m_runtime->clock()->now();
    if (m_driftDue.isValid() && m_driftDue <= now)
        checkDrift();
    if (!m_online || m_cycle)
        return armTimer();
    if (!m_pollDue.isValid() || m_pollDue <= now) {
        request({}, tr("poll"), true);
        return;
    }
    QList<QUuid> due;
    for (auto it = m_hostDue.begin(); it != m_hostDue.end(); ++it) {
        if (it.value() <= now)
            due.append(it.key());
    }
    if (!due.isEmpty())
        request(due, tr("retry due"), true);
    else
        armTimer();
}

void Scheduler::armTimer()
{
    if (!m_options.autoTick || !m_started)
        return;
    if (m_away) {
        m_timer.stop();
        return;
    }
    QDateTime next = nextWakeup();
    // The drift watch is not a check of the address (the window's "next check" leaves it out).
    if (m_online && m_driftDue.isValid() && (!next.isValid() || m_driftDue < next))
        next = m_driftDue;
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>(m_runtime->clock()->now().msecsTo(next), 0, 24LL * 3600 * 1000);
    m_timer.start(std::chrono::milliseconds(ms));
}

void Scheduler::setPowerEvents(PowerEvents *events)
{
    if (m_power)
        disconnect(m_power, nullptr, this, nullptr);
    m_power = events;
    if (!events)
        return;
    connect(events, &PowerEvents::leaving, this, &Scheduler::leaving);
    connect(events, &PowerEvents::back, this, &Scheduler::cameBack);
    followParking();
}

void Scheduler::followParking()
{
    if (!m_power || !m_started || m_once || m_away)
        return;
    const bool wanted = m_parker->anyParking();
    if (wanted && !m_power->isHolding())
        m_power->hold();
    else if (!wanted && m_power->isHolding())
        m_power->release();
}

void Scheduler::parkAll(const QString &why, std::function<void(int parked)> done)
{
    if (!m_started || m_once) { // homingctl's and --once's Schedulers publish nothing, so park nothing
        QMetaObject::invokeMethod(
            this,
            [done] {
                if (done)
                    done(0);
            },
            Qt::QueuedConnection);
        return;
    }
    m_away = true;
    m_timer.stop();
    m_parker->parkAll(why, parkDeadline, [this, done = std::move(done)](int parked) {
        emit parkingFinished(parked);
        if (done)
            done(parked);
    });
}

void Scheduler::leaving(PowerEvents::Leaving why)
{
    const QString reason
        = why == PowerEvents::Leaving::Sleep ? tr("the machine goes to sleep") : tr("the machine shuts down");
    qCInfo(lcEngine).noquote() << reason;
    parkAll(reason, [this](int) {
        if (m_power)
            m_power->release(); // the machine may go now
    });
}

void Scheduler::cameBack()
{
    if (!m_away)
        return;
    m_away = false;
    followParking(); // the next sleep needs a new lock
    networkChanged(tr("back from sleep"));
}

} // namespace Homing
