#include "hostmachine.h"

#include "backoff.h"
#include "clock.h"
#include "logging.h"
#include "storage/statestore.h"

#include <QCoreApplication>

namespace Homing {

namespace {

// The texts keep the translation context of the code they came from, so the catalogues still
// hold them.
QString cycleText(const char *source)
{
    return QCoreApplication::translate("Homing::UpdateCycle", source);
}

QString joined(const QList<QHostAddress> &addresses)
{
    QStringList list;
    for (const QHostAddress &address : addresses)
        list.append(address.toString());
    return list.join(QLatin1Char(','));
}

QString &publishedFor(HostRecord &record, AddressFamily family)
{
    return family == AddressFamily::IPv4 ? record.publishedIpv4 : record.publishedIpv6;
}

// The request and the reply (both redacted) under a timeline row's words.
void appendExchange(QString &detail, const UpdateOutcome &outcome)
{
    if (!outcome.requestSummary.isEmpty())
        detail += QStringLiteral("\nrequest: ") + outcome.requestSummary;
    if (!outcome.reply.isEmpty())
        detail += QStringLiteral("\nreply: ") + outcome.reply;
}

// A failed write is tried again after 10 s, doubling to 10 min: it costs nothing but a local write,
// and room made on the disk shows soon.
constexpr qint64 kStorageRetrySeconds = 10;
constexpr qint64 kStorageRetryMaxSeconds = 600;
// The rows kept in memory while nothing can be stored; the oldest go first.
constexpr qsizetype kMaxPendingRows = 500;

} // namespace

HostMachine::HostMachine(const Host &host, const HostRecord &stored, StateStore *store, const Clock *clock,
                         const Policy &policy, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_record(stored)
    , m_store(store)
    , m_clock(clock)
    , m_policy(policy)
{
    m_record.hostId = host.id;
    // Stored before Homing remembered the settings of the last success: take today's as those.
    if (m_record.publishedFingerprint.isEmpty() && m_record.lastSuccess.isValid())
        m_record.publishedFingerprint = host.fingerprint();
    m_troubled = m_record.state == HostState::NeedsAttention || m_record.state == HostState::RetryScheduled;
    m_storedUserRequested = m_record.userRequested;
}

HostState HostMachine::state() const
{
    // Nothing the host does is kept while its state cannot be stored: that comes first.
    if (m_pending)
        return HostState::Error;
    if (m_record.paused)
        return HostState::Paused;
    if (m_record.state == HostState::NeedsAttention)
        return HostState::NeedsAttention;
    if (m_live)
        return *m_live;
    if (m_offline && m_record.state != HostState::Parked)
        return HostState::Offline;
    return m_record.state;
}

HostRecord HostMachine::record() const
{
    HostRecord shown = m_record;
    shown.state = state();
    if (m_pending) {
        shown.attentionReason = m_storageError;
        shown.nextAttempt = m_storageRetryAt;
    } else if (shown.state == HostState::Updating && m_waitingAhead >= 0) {
        shown.waitingAhead = m_waitingAhead;
        shown.attentionReason = m_waitingAhead == 0
            ? tr("Waiting for the provider's rate limit (next in line)")
            : tr("Waiting for the provider's rate limit (%n ahead)", nullptr, m_waitingAhead);
    }
    return shown;
}

void HostMachine::setWaiting(int ahead)
{
    if (ahead == m_waitingAhead)
        return;
    m_waitingAhead = ahead;
    emit stateChanged(m_host.id, state(), state());
}

HistoryEvent HostMachine::historyRow(HistoryEvent::Kind kind) const
{
    HistoryEvent e;
    e.hostId = m_host.id;
    e.time = m_clock->now();
    e.kind = kind;
    return e;
}

bool HostMachine::store(HostRecord record, const QList<HistoryEvent> &events, bool endLive)
{
    const HostState before = state();
    if (endLive)
        m_live.reset();
    // The rows that could not be stored before go first, in the same transaction, after a row in
    // the timeline that says, at the time it began, why they come late.
    const QList<HistoryEvent> rows = m_pending ? m_pending->events + events : events;
    QList<HistoryEvent> written = rows;
    if (m_pending) {
        HistoryEvent problem = historyRow(HistoryEvent::Kind::Error);
        problem.time = m_storageFailedSince;
        problem.outcome = QStringLiteral("not-stored");
        problem.detail = m_storageError;
        written.prepend(problem);
    }
    QString error;
    if (!m_store->record(record, written, &error)) {
        storeFailed(record, rows, error);
        if (before != state())
            emit stateChanged(m_host.id, before, state());
        return false;
    }
    if (m_pending)
        qCInfo(lcStorage).noquote() << "the state of" << m_host.name << "is stored again";
    m_pending.reset();
    m_storedUserRequested = record.userRequested;
    m_storageError.clear();
    m_storageRetryAt = {};
    m_storageFailures = 0;
    const HostRecord previous = m_record;
    m_record = record;
    const HostState after = state();
    emit recorded(this->record(), written);
    if (before != after)
        emit stateChanged(m_host.id, before, after);
    if (record.state == HostState::NeedsAttention && previous.state != HostState::NeedsAttention)
        emit needsAttention(m_host.id, record.attentionReason);
    if (record.state == HostState::NeedsAttention || record.state == HostState::RetryScheduled)
        m_troubled = true;
    if (record.state == HostState::UpToDate && m_troubled) {
        m_troubled = false;
        emit recovered(m_host.id);
    }
    return true;
}

void HostMachine::storeFailed(const HostRecord &record, QList<HistoryEvent> events, const QString &error)
{
    const bool first = !m_pending;
    if (first)
        m_storageFailedSince = m_clock->now();
    if (events.size() > kMaxPendingRows) {
        qCWarning(lcStorage).noquote() << "dropping" << events.size() - kMaxPendingRows << "history rows of"
                                       << m_host.name << "that could not be stored";
        events.erase(events.begin(), events.end() - kMaxPendingRows);
    }
    m_pending = PendingWrite {record, events};
    m_storageError = tr("Could not store the state: %1").arg(error);
    ++m_storageFailures;
    const qint64 delay = std::min(kStorageRetryMaxSeconds, kStorageRetrySeconds << std::min(m_storageFailures - 1, 6));
    m_storageRetryAt = m_clock->now().addSecs(delay);
    m_troubled = true;
    qCCritical(lcStorage).noquote() << "could not store the state of" << m_host.name << ":" << error
                                    << "- the last good state is kept; trying again in" << delay << "s";
    if (first)
        emit needsAttention(m_host.id, m_storageError);
}

bool HostMachine::retryStore()
{
    if (!m_pending)
        return true;
    const HostRecord pending = m_pending->record;
    return store(pending, {});
}

void HostMachine::setLive(std::optional<HostState> live)
{
    const HostState before = state();
    m_live = live;
    if (!live)
        m_waitingAhead = -1;
    const HostState after = state();
    if (before != after)
        emit stateChanged(m_host.id, before, after);
}

void HostMachine::setOffline(bool offline)
{
    const HostState before = state();
    m_offline = offline;
    const HostState after = state();
    if (before != after)
        emit stateChanged(m_host.id, before, after);
}

void HostMachine::setChecking(bool checking)
{
    if (checking)
        setLive(HostState::Checking);
    else if (m_live == HostState::Checking)
        setLive(std::nullopt);
}

void HostMachine::setHost(const Host &host)
{
    if (host.fingerprint() != m_host.fingerprint()) {
        qCInfo(lcEngine).noquote() << host.name << "has new settings; its record is sent again at the next pass";
        latest().userRequested = true; // the user's change is tried at once, once
    }
    m_host = host;
}

void HostMachine::secretsChanged(const QString &detail)
{
    HostRecord changed = latest();
    changed.republish = true;
    changed.userRequested = true;
    QList<HistoryEvent> events;
    if (changed.state == HostState::NeedsAttention) {
        changed.state = HostState::Idle;
        changed.blockedFingerprint.clear();
        changed.attentionReason.clear();
        changed.credentialsRejected = false;
        HistoryEvent resumed = historyRow(HistoryEvent::Kind::Resumed);
        resumed.detail = detail;
        events.append(resumed);
    }
    store(changed, events);
}

bool HostMachine::pause(const QString &detail)
{
    if (latest().paused)
        return false;
    HostRecord changed = latest();
    changed.paused = true;
    HistoryEvent paused = historyRow(HistoryEvent::Kind::Paused);
    paused.detail = detail;
    store(changed, {paused}); // paused, though perhaps not stored yet (then the host shows Error)
    return true;
}

// The user released the host (resume, restore): it may call its provider again, and a drift after
// a fight the user dealt with is a first one again.
void HostMachine::release(HostRecord &record)
{
    record.state = HostState::Idle;
    record.blockedFingerprint.clear();
    record.credentialsRejected = false;
    record.lastDrift = {};
}

bool HostMachine::resume(const QString &detail)
{
    const HostRecord &current = latest();
    if (!current.paused && current.state != HostState::NeedsAttention && current.state != HostState::RetryScheduled)
        return false;
    HostRecord changed = current;
    changed.paused = false;
    changed.userRequested = true;
    if (changed.state == HostState::NeedsAttention || changed.state == HostState::RetryScheduled) {
        release(changed);
        changed.nextAttempt = {};
    }
    HistoryEvent resumed = historyRow(HistoryEvent::Kind::Resumed);
    resumed.detail = detail;
    store(changed, {resumed}); // resumed, though perhaps not stored yet (then the host shows Error)
    return true;
}

void HostMachine::requestNow()
{
    latest().userRequested = true; // kept in memory; stored with the outcome it leads to
}

std::optional<HostMachine::Gate> HostMachine::gate() const
{
    if (!m_host.enabled)
        return Gate::Disabled;
    if (latest().paused)
        return Gate::Paused;
    if (latest().state == HostState::NeedsAttention && latest().blockedFingerprint == m_host.fingerprint())
        return Gate::NeedsUser;
    return std::nullopt;
}

QString HostMachine::gateMessage() const
{
    switch (gate().value_or(Gate::Disabled)) {
    case Gate::Disabled:
        return cycleText("disabled in the config");
    case Gate::Paused:
        return cycleText("paused");
    case Gate::NeedsUser:
        return latest().attentionReason;
    }
    return {};
}

bool HostMachine::republishDue() const
{
    return latest().republish
        || (!latest().publishedFingerprint.isEmpty() && latest().publishedFingerprint != m_host.fingerprint());
}

std::optional<HostMachine::Decision> HostMachine::backoff(bool userAsked) const
{
    // Released after it needed the user (new settings or secrets): try at once.
    const bool released = latest().state == HostState::NeedsAttention;
    const bool asked = userAsked || latest().userRequested;
    // A changed target or secret waits out a running backoff like any retry (the edit itself set
    // userRequested, which lets the first attempt through).
    if (released || asked || !latest().nextAttempt.isValid() || latest().nextAttempt <= m_clock->now())
        return std::nullopt;
    Decision decision;
    decision.kind = Decision::Kind::Backoff;
    decision.message = cycleText("waiting until %1 before retrying: %2")
                           .arg(latest().nextAttempt.toString(Qt::ISODate), latest().lastOutcome);
    decision.dueAt = latest().nextAttempt;
    return decision;
}

HostMachine::Decision HostMachine::decide(bool changed, int providerMinimumSeconds, bool userAsked) const
{
    if (std::optional<Decision> waiting = backoff(userAsked))
        return *waiting;
    Decision decision;
    const QDateTime now = m_clock->now();
    const bool released = latest().state == HostState::NeedsAttention;
    const bool asked = userAsked || latest().userRequested;
    const bool republish = republishDue();
    const qint64 refreshSeconds = qint64(m_policy.forcedRefreshDays) * 24 * 3600;
    const bool refreshDue = !latest().lastSuccess.isValid() || latest().lastSuccess.secsTo(now) >= refreshSeconds;
    // A parked record is restored at the first pass the host takes part in.
    const bool parked = latest().parked;
    if (!changed && !refreshDue && !released && !republish && !parked) {
        decision.kind = Decision::Kind::UpToDate;
        decision.message = cycleText("already up to date");
        decision.dueAt = latest().lastSuccess.isValid() ? latest().lastSuccess.addSecs(refreshSeconds) : QDateTime();
        return decision;
    }
    const int least = std::max(m_policy.minimumIntervalSeconds, providerMinimumSeconds);
    if (!released && !asked && !republish && !parked && latest().lastAttempt.isValid()
        && latest().lastAttempt.secsTo(now) < least) {
        decision.kind = Decision::Kind::Waiting;
        decision.message = cycleText("the last call to the provider was less than %1 seconds ago").arg(least);
        decision.dueAt = latest().lastAttempt.addSecs(least);
        return decision;
    }
    return decision;
}

void HostMachine::upToDate()
{
    if (latest().state == HostState::UpToDate && !latest().userRequested)
        return;
    // "Update now" on a host that is up to date: the wish was only in memory (requestNow), and
    // what the disk holds stays right; nothing is written.
    if (latest().state == HostState::UpToDate && !m_pending && !m_storedUserRequested) {
        m_record.userRequested = false;
        return;
    }
    HostRecord changed = latest();
    changed.state = HostState::UpToDate;
    changed.userRequested = false;
    store(changed, {});
}

void HostMachine::beginUpdate()
{
    m_updateRestores = latest().parked;
    setLive(HostState::Updating);
}

QString HostMachine::finish(const UpdateOutcome &outcome, const QList<QHostAddress> &sent, QList<HistoryEvent> before,
                            qint64 durationMs)
{
    const QDateTime now = m_clock->now();
    const bool success = outcome.kind == UpdateOutcome::Kind::Updated || outcome.kind == UpdateOutcome::Kind::Unchanged;
    // A failure is a problem the timeline's "Problems" filter shows; a success is a result.
    HistoryEvent result = historyRow(success ? HistoryEvent::Kind::Result : HistoryEvent::Kind::Error);
    result.outcome = outcomeKindName(outcome.kind);
    result.detail = outcome.reason;
    if (!outcome.fix.isEmpty())
        result.detail += QLatin1Char(' ') + outcome.fix;
    appendExchange(result.detail, outcome);
    result.durationMs = durationMs;

    // The record as it is now: a pause or a new secret that came while the call was out stays.
    HostRecord record = latest();
    if (!sent.isEmpty())
        record.lastAttempt = now;
    record.userRequested = false;
    record.lastOutcome = outcomeKindName(outcome.kind);
    QString message;
    switch (outcome.kind) {
    case UpdateOutcome::Kind::Updated:
    case UpdateOutcome::Kind::Unchanged: {
        QStringList previous;
        for (const QHostAddress &address : sent) {
            QString &published = publishedFor(record, familyOf(address));
            if (!published.isEmpty())
                previous.append(published);
            published = address.toString();
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
        record.credentialsRejected = false;
        record.publishedFingerprint = m_host.fingerprint();
        record.republish = false;
        if (m_updateRestores)
            record.parked = false;
        if (record.parked) // parked while this update was out: the provider's last word was the park
            record.state = HostState::Parked;
        if (sent.size() >= m_host.families().size())
            m_lastPartial.clear();
        message = outcomeKindName(outcome.kind) + QLatin1Char(' ') + result.newAddress;
        break;
    }
    case UpdateOutcome::Kind::RetryLater: {
        record.failureCount += 1;
        qint64 delay = backoffDelay(record.failureCount, outcome.retryAfter).count();
        if (m_policy.jitter && outcome.retryAfter.count() < delay)
            delay = std::max<qint64>(outcome.retryAfter.count(), qRound64(double(delay) * m_policy.jitter()));
        record.nextAttempt = now.addSecs(delay);
        result.retryAt = record.nextAttempt;
        record.state = HostState::RetryScheduled;
        record.blockedFingerprint.clear();
        record.credentialsRejected = false;
        message = outcome.reason + QLatin1Char(' ')
            + cycleText("Next try after %1.").arg(record.nextAttempt.toString(Qt::ISODate));
        break;
    }
    case UpdateOutcome::Kind::NeedsUser:
        record.state = HostState::NeedsAttention;
        record.blockedFingerprint = m_host.fingerprint();
        record.credentialsRejected = outcome.credentialsRejected;
        record.attentionReason
            = outcome.fix.isEmpty() ? outcome.reason : outcome.reason + QLatin1Char(' ') + outcome.fix;
        record.nextAttempt = {};
        message = record.attentionReason;
        break;
    }
    m_updateRestores = false;
    before.append(result);
    store(record, before, true);
    return message;
}

void HostMachine::noAddress(const QString &reason, bool partial)
{
    // One row when the trouble starts or changes, not one per poll while it lasts.
    const bool known = partial
        ? m_lastPartial == reason
        : latest().lastOutcome == QLatin1String("no-address") && latest().attentionReason == reason;
    if (partial)
        m_lastPartial = reason;
    if (known) {
        if (!partial)
            setLive(std::nullopt);
        return;
    }
    HistoryEvent problem = historyRow(HistoryEvent::Kind::Error);
    problem.outcome = QStringLiteral("no-address");
    problem.detail = partial ? cycleText("Only part of the host's addresses could be detected: %1").arg(reason)
                             : cycleText("No usable address was detected: %1").arg(reason);
    HostRecord changed = latest();
    if (!partial) {
        changed.lastOutcome = QStringLiteral("no-address");
        changed.attentionReason = reason;
        if (changed.state != HostState::NeedsAttention)
            changed.state = HostState::RetryScheduled;
    }
    store(changed, {problem}, !partial);
}

QList<FamilyVerification> HostMachine::verification() const
{
    QList<FamilyVerification> result;
    for (AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        if (m_verification.contains(family))
            result.append(m_verification.value(family));
    }
    return result;
}

void HostMachine::verificationStarted(const QList<QHostAddress> &expected)
{
    m_verification.clear();
    for (const QHostAddress &address : expected) {
        FamilyVerification checking;
        checking.family = familyOf(address);
        checking.expected = address.toString();
        checking.checkedAt = m_clock->now();
        m_verification.insert(checking.family, checking);
        emit verificationUpdated(m_host.id, checking);
    }
}

void HostMachine::verificationChanged(const FamilyVerification &result, bool userAsked)
{
    m_verification.insert(result.family, result);
    emit verificationUpdated(m_host.id, result);
    if (result.status == FamilyVerification::Status::Checking)
        return;
    const auto previous = m_verificationRow.constFind(result.family);
    if (!userAsked && previous != m_verificationRow.constEnd() && previous->sameOutcome(result))
        return;
    m_verificationRow.insert(result.family, result);
    // The timeline's "DNS checks": Verified and Propagating are "verified" rows (the address is,
    // or is on its way), Mismatch and Unverifiable "mismatch" rows (it is not proven).
    const bool good = result.status == FamilyVerification::Status::Verified
        || result.status == FamilyVerification::Status::Propagating;
    HistoryEvent row = historyRow(good ? HistoryEvent::Kind::Verified : HistoryEvent::Kind::Mismatch);
    row.outcome = verificationStatusName(result.status);
    row.newAddress = result.expected;
    row.source = result.zone;
    row.detail = result.summary();
    if (!result.servers.isEmpty())
        row.detail += QLatin1Char('\n') + result.serverLines().join(QLatin1Char('\n'));
    qCInfo(lcEngine).noquote() << m_host.name << familyName(result.family) << result.summary();
    store(latest(), {row});
}

namespace {

QStringList seenAddresses(const FamilyVerification &result)
{
    QStringList seen;
    for (const ServerCheck &server : result.servers) {
        if (server.answer != ServerCheck::Answer::Other)
            continue;
        for (const QString &address : server.addresses) {
            if (!seen.contains(address))
                seen.append(address);
        }
    }
    return seen;
}

} // namespace

bool HostMachine::isDrift(const FamilyVerification &result) const
{
    if (result.status != FamilyVerification::Status::Mismatch)
        return false;
    const FamilyVerification before = m_verification.value(result.family);
    const bool knownBefore = before.expected == result.expected && !before.servers.isEmpty();
    for (const ServerCheck &server : result.servers) {
        if (server.answer != ServerCheck::Answer::Other && server.answer != ServerCheck::Answer::NoRecord)
            continue;
        if (!knownBefore)
            return true;
        const auto earlier = std::find_if(before.servers.begin(), before.servers.end(),
                                          [&](const ServerCheck &check) { return check.address == server.address; });
        if (earlier == before.servers.end() || earlier->answer != server.answer
            || earlier->addresses != server.addresses)
            return true;
    }
    return false;
}

HostMachine::DriftResponse HostMachine::driftSeen(const FamilyVerification &result, bool restore)
{
    // What the servers answer is shown as the host's check; the drift row says it for the timeline.
    m_verification.insert(result.family, result);
    m_verificationRow.insert(result.family, result);
    emit verificationUpdated(m_host.id, result);

    const QDateTime now = m_clock->now();
    HostRecord changed = latest();
    const bool fight = changed.lastDrift.isValid() && changed.lastDrift.secsTo(now) < fightWindowSeconds;
    changed.lastDrift = now;
    const QStringList seen = seenAddresses(result);

    HistoryEvent row = historyRow(HistoryEvent::Kind::Mismatch);
    row.outcome = QStringLiteral("drift");
    row.oldAddress = result.expected;
    row.newAddress = seen.join(QLatin1Char(','));
    row.source = result.zone;
    QString what = seen.isEmpty()
        ? tr("The zone's name servers no longer have the %1 record Homing published (%2), and the detected "
             "address has not changed: the record was removed behind Homing's back.")
              .arg(result.family == AddressFamily::IPv4 ? QStringLiteral("A") : QStringLiteral("AAAA"), result.expected)
        : tr("The zone's name servers answer %1 instead of %2, which Homing published, and the detected address "
             "has not changed: the record was changed behind Homing's back.")
              .arg(seen.join(QStringLiteral(", ")), result.expected);
    DriftResponse response = restore ? DriftResponse::Restore : DriftResponse::Report;
    if (fight) {
        response = DriftResponse::Fight;
        changed.state = HostState::NeedsAttention;
        changed.blockedFingerprint = m_host.fingerprint();
        changed.credentialsRejected = false;
        changed.nextAttempt = {};
        changed.attentionReason
            = tr("The record changed behind Homing's back twice within an hour: another client or person is "
                 "changing it. Stop the other one (an old client, a router's DDNS setting, a cron job), then "
                 "resume this host.");
        row.detail = what + QLatin1Char(' ')
            + tr("It is the second time within an hour, so Homing stops updating this host until you resume it.");
    } else if (restore) {
        changed.republish = true;
        row.detail = what + QLatin1Char(' ') + tr("Homing sends its address again.");
    } else {
        row.detail = what + QLatin1Char(' ') + tr("Choose Restore to send Homing's address again.");
    }
    if (!result.servers.isEmpty())
        row.detail += QLatin1Char('\n') + result.serverLines().join(QLatin1Char('\n'));
    qCWarning(lcEngine).noquote() << m_host.name << familyName(result.family)
                                  << "changed behind Homing's back:" << result.expected << "->"
                                  << (seen.isEmpty() ? QStringLiteral("none") : row.newAddress);
    store(changed, {row});
    emit driftDetected(m_host.id, result.family, result.expected, seen, response);
    return response;
}

void HostMachine::restore(const QString &detail)
{
    HostRecord changed = latest();
    QList<HistoryEvent> events;
    if (changed.state == HostState::NeedsAttention) {
        release(changed);
        HistoryEvent resumed = historyRow(HistoryEvent::Kind::Resumed);
        resumed.detail = detail;
        events.append(resumed);
    }
    changed.republish = true;
    changed.userRequested = true;
    changed.nextAttempt = {};
    store(changed, events);
}

bool HostMachine::wantsPark() const
{
    const HostRecord &current = latest();
    return m_host.park && !gate() && !current.parked
        && (!current.publishedIpv4.isEmpty() || !current.publishedIpv6.isEmpty());
}

void HostMachine::beginPark()
{
    setLive(HostState::Updating);
}

QString HostMachine::parkFinished(const UpdateOutcome &outcome, const QString &why, qint64 durationMs)
{
    const bool success = outcome.kind == UpdateOutcome::Kind::Updated || outcome.kind == UpdateOutcome::Kind::Unchanged;
    HistoryEvent row = historyRow(success ? HistoryEvent::Kind::Parked : HistoryEvent::Kind::Error);
    row.outcome = success ? QStringLiteral("parked") : outcomeKindName(outcome.kind);
    row.source = why;
    QStringList published;
    for (const QString &address : {latest().publishedIpv4, latest().publishedIpv6}) {
        if (!address.isEmpty())
            published.append(address);
    }
    row.oldAddress = published.join(QLatin1Char(','));
    row.newAddress = joined(outcome.addresses); // a sink address; none where the record was removed
    row.detail = success ? outcome.reason : tr("Could not take the name offline: %1").arg(outcome.reason);
    if (!success && !outcome.fix.isEmpty())
        row.detail += QLatin1Char(' ') + outcome.fix;
    appendExchange(row.detail, outcome);
    row.durationMs = durationMs;
    HostRecord record = latest();
    if (success) {
        record.parked = true;
        record.state = HostState::Parked;
        record.lastAttempt = m_clock->now();
    }
    store(record, {row}, true);
    return row.detail;
}

void HostMachine::appendRows(const QList<HistoryEvent> &events)
{
    store(latest(), events);
}

} // namespace Homing
