#include "addressmonitor.h"

#include "addresssource.h"
#include "addressvalidator.h"
#include "clock.h"
#include "logging.h"
#include "sourcefactory.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace Homing {

namespace {

constexpr int kRunTimeoutMs = 30000; // every source has its own, shorter timeout; this is the backstop
// A routine check's cheap source has this long before the others are asked as well (its own
// timeout is normally shorter: 3 s for DNS, 10 s for HTTPS), so the quorum still fits the backstop.
constexpr int kCheapWaitMs = 10000;

int key(AddressFamily family)
{
    return static_cast<int>(family);
}

QString answerKey(AddressFamily family, int sourceIndex)
{
    return familyName(family) + QLatin1Char('/') + QString::number(sourceIndex);
}

// The rank of a source kind by what one check costs on the wire (AddressMonitor's class comment).
int wireCost(const QString &kind)
{
    if (kind == QLatin1String("interface") || kind == QLatin1String("command"))
        return 0; // nothing sent by Homing
    if (kind == QLatin1String("dns"))
        return 1;
    if (kind == QLatin1String("http"))
        return 2;
    return 3; // upnp
}

} // namespace

struct AddressMonitor::Run
{
    QList<AddressFamily> families;
    QHash<int, QList<Observation>> observations;
    QHash<int, QStringList> failures;
    QHash<int, int> enabled;
    QHash<QString, bool> answered; // "family/source index" -> answered (ids need not be unique); asked ones only
    QHash<QString, QHostAddress> usable; // "family/source index" -> the valid address it reported
    bool routine = true; // every request that shares the run is a routine check
    QStringList alsoAsk; // with routine: the requests' Check::alsoAsk
    QHash<int, int> cheap; // family -> index of the source asked alone; gone once it answered or the rest are asked
    int pending = 0;
    bool finished = false;
    QList<Waiter> waiters;
    QTimer *guard = nullptr;
};

const FamilyDetection *Detection::family(AddressFamily family) const
{
    for (const FamilyDetection &detection : families) {
        if (detection.family == family)
            return &detection;
    }
    return nullptr;
}

AddressMonitor::AddressMonitor(const QList<SourceConfig> &sources, int quorum, HttpClient *http, const Clock *clock,
                               QObject *parent)
    : QObject(parent)
    , m_quorum(std::max(1, quorum))
    , m_clock(clock)
{
    for (const SourceConfig &config : sources) {
        if (!config.enabled)
            continue;
        QString error;
        if (AddressSource *source = createSource(config, http, clock, this, &error)) {
            m_sources.append(source);
            m_costs.append(wireCost(config.kind));
        } else
            m_configErrors.append(config.id + QStringLiteral(": ") + error);
    }
}

AddressMonitor::~AddressMonitor()
{
    // Pending requests still get their one answer (later, through their context): a failure.
    for (const std::shared_ptr<Run> &run : {m_active, m_next}) {
        if (!run || run->finished)
            continue;
        run->finished = true;
        for (const Waiter &waiter : std::as_const(run->waiters)) {
            if (!waiter.context)
                continue;
            Detection cancelled;
            cancelled.time = m_clock->now();
            for (AddressFamily family : waiter.families) {
                FamilyDetection result;
                result.family = family;
                result.error = tr("the detection was cancelled: the address sources were replaced");
                cancelled.families.append(result);
            }
            QTimer::singleShot(0, waiter.context.data(),
                               [callback = waiter.callback, cancelled] { callback(cancelled); });
        }
    }
}

std::optional<QHostAddress> AddressMonitor::current(AddressFamily family) const
{
    const auto it = m_current.constFind(key(family));
    if (it == m_current.constEnd())
        return std::nullopt;
    return *it;
}

void AddressMonitor::setCurrent(AddressFamily family, const QHostAddress &address)
{
    if (address.isNull())
        m_current.remove(key(family));
    else
        m_current.insert(key(family), address);
}

QStringList AddressMonitor::sourcesFor(AddressFamily family) const
{
    QStringList ids;
    for (const AddressSource *source : m_sources) {
        if (source->supports(family))
            ids.append(source->id());
    }
    return ids;
}

void AddressMonitor::detect(const QList<AddressFamily> &families, QObject *context,
                            std::function<void(const Detection &)> callback)
{
    detect(families, context, std::move(callback), Check {});
}

void AddressMonitor::detect(const QList<AddressFamily> &families, QObject *context,
                            std::function<void(const Detection &)> callback, const Check &check)
{
    // Requests in the same event-loop turn share one run. A request that comes while a run is in
    // flight waits for a new run, so that every trigger is answered by sources asked after it.
    if (!m_next) {
        m_next = std::make_shared<Run>();
        if (!m_active)
            QTimer::singleShot(0, this, &AddressMonitor::startNext);
    }
    for (AddressFamily family : families) {
        if (!m_next->families.contains(family))
            m_next->families.append(family);
    }
    m_next->routine = m_next->routine && check.routine; // a full request makes the shared run full
    for (const QString &id : check.alsoAsk) {
        if (!m_next->alsoAsk.contains(id))
            m_next->alsoAsk.append(id);
    }
    m_next->waiters.append(Waiter {context, context != nullptr, families, std::move(callback)});
}

int AddressMonitor::cheapSource(AddressFamily family) const
{
    int best = -1;
    auto rank
        = [&](int index) { return std::make_pair(m_doubtful.contains(answerKey(family, index)), m_costs.at(index)); };
    for (int index = 0; index < m_sources.size(); ++index) {
        if (m_sources.at(index)->supports(family) && (best < 0 || rank(index) < rank(best)))
            best = index; // strictly better only: the first in config order wins a tie
    }
    return best;
}

void AddressMonitor::ask(const std::shared_ptr<Run> &run, const QList<std::pair<AddressFamily, int>> &requests)
{
    for (const auto &[family, index] : requests) {
        ++run->pending;
        run->answered.insert(answerKey(family, index), false);
    }
    for (const auto &request : requests) {
        const AddressFamily family = request.first;
        const int index = request.second;
        m_sources.at(index)->detect(family, this, [this, run, family, index](const SourceResult &result) {
            sourceAnswered(run, family, index, result);
        });
    }
}

void AddressMonitor::widen(const std::shared_ptr<Run> &run, AddressFamily family, const QString &why)
{
    run->cheap.remove(key(family));
    QList<std::pair<AddressFamily, int>> rest;
    for (int index = 0; index < m_sources.size(); ++index) {
        if (m_sources.at(index)->supports(family) && !run->answered.contains(answerKey(family, index)))
            rest.append({family, index});
    }
    if (rest.isEmpty())
        return;
    qCInfo(lcAddress).noquote() << familyName(family) << "routine check:" << why << "- asking the other" << rest.size()
                                << "sources";
    ask(run, rest);
}

void AddressMonitor::startNext()
{
    if (m_active || !m_next)
        return;
    m_active = std::move(m_next);
    m_next.reset();
    const std::shared_ptr<Run> run = m_active;
    std::sort(run->families.begin(), run->families.end());
    run->guard = new QTimer(this);
    run->guard->setSingleShot(true);
    connect(run->guard, &QTimer::timeout, this, [this, run] {
        for (AddressFamily family : std::as_const(run->families)) {
            for (int index = 0; index < m_sources.size(); ++index) {
                const AddressSource *source = m_sources.at(index);
                const QString answeredKey = answerKey(family, index);
                if (run->answered.contains(answeredKey) && !run->answered.value(answeredKey))
                    run->failures[key(family)].append(source->id() + QStringLiteral(": ")
                                                      + tr("no answer within %1 s").arg(kRunTimeoutMs / 1000));
            }
        }
        finishRun(run);
    });
    run->guard->start(kRunTimeoutMs);

    QList<std::pair<AddressFamily, int>> requests;
    for (AddressFamily family : std::as_const(run->families)) {
        run->failures[key(family)] = m_configErrors;
        // Steady state: the family has an agreed address, and no request in this run wants more.
        const int cheap = run->routine && current(family) ? cheapSource(family) : -1;
        if (cheap >= 0) {
            run->cheap.insert(key(family), cheap);
            qCDebug(lcAddress).noquote() << familyName(family) << "routine check: asking" << m_sources.at(cheap)->id();
        }
        int enabled = 0;
        for (int index = 0; index < m_sources.size(); ++index) {
            if (!m_sources.at(index)->supports(family))
                continue;
            ++enabled;
            if (cheap < 0 || index == cheap || run->alsoAsk.contains(m_sources.at(index)->id()))
                requests.append({family, index});
        }
        run->enabled.insert(key(family), enabled);
    }
    if (requests.isEmpty()) {
        QTimer::singleShot(0, this, [this, run] { finishRun(run); });
        return;
    }
    if (!run->cheap.isEmpty()) {
        QTimer::singleShot(kCheapWaitMs, run->guard, [this, run] {
            for (const int family : run->cheap.keys()) // a copy: widen() removes the entry
                widen(run, static_cast<AddressFamily>(family),
                      QStringLiteral("no answer from the cheap source within %1 s").arg(kCheapWaitMs / 1000));
        });
    }
    ask(run, requests);
}

void AddressMonitor::sourceAnswered(const std::shared_ptr<Run> &run, AddressFamily family, int index,
                                    const SourceResult &answer)
{
    const QString answeredKey = answerKey(family, index);
    if (run->finished || run->answered.value(answeredKey, true))
        return; // late (after the backstop) or a second answer
    run->answered.insert(answeredKey, true);
    --run->pending;
    const QString sourceId = m_sources.at(index)->id();
    const bool ok = answer.ok;
    const Observation &observation = answer.observation;
    const QString &error = answer.error;
    if (!ok) {
        run->failures[key(family)].append(sourceId + QStringLiteral(": ") + error);
    } else {
        // Monitor level: private and CGNAT pass (a host may allow them); never loopback and the like.
        QString why;
        if (familyOf(observation.address) != family) {
            run->failures[key(family)].append(
                sourceId + QStringLiteral(": ")
                + tr("%1 is not an %2 address").arg(observation.address.toString(), familyName(family)));
        } else if (!AddressValidator::isAcceptable(observation.address, true, &why)) {
            run->failures[key(family)].append(sourceId + QStringLiteral(": ") + why);
        } else {
            run->observations[key(family)].append(observation);
            run->usable.insert(answeredKey, observation.address);
        }
    }
    if (run->cheap.value(key(family), -1) == index) {
        run->cheap.remove(key(family));
        const std::optional<QHostAddress> agreed = current(family);
        const auto heard = run->usable.constFind(answeredKey);
        if (heard == run->usable.constEnd())
            widen(run, family, run->failures.value(key(family)).last());
        else if (!agreed || *heard != *agreed)
            widen(run, family,
                  sourceId + QStringLiteral(" reported ") + heard->toString() + QStringLiteral(", not ")
                      + (agreed ? agreed->toString() : QStringLiteral("-")));
    }
    if (run->pending == 0)
        finishRun(run);
}

FamilyDetection AddressMonitor::decide(AddressFamily family, const QList<Observation> &observations,
                                       const QStringList &failures, int enabledSources, int quorum,
                                       const std::optional<QHostAddress> &current)
{
    FamilyDetection result;
    result.family = family;
    result.observations = observations;
    result.failures = failures;
    const int required = enabledSources <= 1 ? 1 : std::clamp(quorum, 1, enabledSources);

    QList<QHostAddress> addresses; // in the order first seen
    QHash<QString, QStringList> bySource;
    for (const Observation &observation : observations) {
        const QString text = observation.address.toString();
        if (!bySource.contains(text))
            addresses.append(observation.address);
        bySource[text].append(observation.sourceId);
    }
    auto describe = [&] {
        QStringList parts;
        for (const QHostAddress &address : std::as_const(addresses))
            parts.append(bySource.value(address.toString()).join(QStringLiteral(", ")) + QStringLiteral(" → ")
                         + address.toString());
        return parts.join(QStringLiteral("; "));
    };

    QList<QHostAddress> reaching;
    for (const QHostAddress &address : std::as_const(addresses)) {
        if (bySource.value(address.toString()).size() >= required)
            reaching.append(address);
    }
    if (reaching.size() == 1) {
        result.ok = true;
        result.address = reaching.first();
        result.agreeingSources = bySource.value(result.address.toString());
        return result;
    }
    if (reaching.size() > 1) {
        result.disagreement = true;
        result.error = tr("%1 sources disagree about the %2 address: %3")
                           .arg(observations.size())
                           .arg(familyName(family), describe());
        return result;
    }
    if (addresses.isEmpty()) {
        result.error = enabledSources == 0
            ? tr("no enabled address source can tell the %1 address").arg(familyName(family))
            : tr("no source gave a usable %1 address (%2)")
                  .arg(familyName(family), failures.join(QStringLiteral("; ")));
        return result;
    }
    if (current && bySource.contains(current->toString())) {
        result.ok = true; // unchanged: one source is enough to confirm it
        result.address = *current;
        result.agreeingSources = bySource.value(current->toString());
        if (addresses.size() > 1) {
            result.disagreement = true;
            result.error
                = tr("kept the unchanged %1 address, but sources disagree: %2").arg(familyName(family), describe());
        }
        return result;
    }
    if (addresses.size() == 1) {
        result.error
            = tr("only %1 of the %2 sources needed reported %3 (%4)%5")
                  .arg(observations.size())
                  .arg(required)
                  .arg(addresses.first().toString(),
                       bySource.value(addresses.first().toString()).join(QStringLiteral(", ")),
                       failures.isEmpty() ? QString() : QStringLiteral("; ") + failures.join(QStringLiteral("; ")));
        return result;
    }
    result.disagreement = true;
    result.error = tr("sources disagree about the %1 address and none has %2 in agreement: %3")
                       .arg(familyName(family))
                       .arg(required)
                       .arg(describe());
    return result;
}

void AddressMonitor::noteReliability(const std::shared_ptr<Run> &run, AddressFamily family,
                                     const FamilyDetection &result)
{
    for (int index = 0; index < m_sources.size(); ++index) {
        const QString answeredKey = answerKey(family, index);
        if (!run->answered.contains(answeredKey))
            continue; // not asked this time: what it said last still stands
        const auto heard = run->usable.constFind(answeredKey);
        if (heard == run->usable.constEnd() || (result.ok && *heard != result.address))
            m_doubtful.insert(answeredKey);
        else if (result.ok)
            m_doubtful.remove(answeredKey);
    }
}

void AddressMonitor::finishRun(const std::shared_ptr<Run> &run)
{
    if (run->finished)
        return;
    run->finished = true;
    run->guard->stop();
    run->guard->deleteLater();
    if (m_active == run)
        m_active.reset();
    if (m_next)
        QTimer::singleShot(0, this, &AddressMonitor::startNext);

    Detection detection;
    detection.time = m_clock->now();
    for (AddressFamily family : std::as_const(run->families)) {
        FamilyDetection result = decide(family, run->observations.value(key(family)), run->failures.value(key(family)),
                                        run->enabled.value(key(family)), m_quorum, current(family));
        detection.families.append(result);
        noteReliability(run, family, result);
        if (result.disagreement) {
            qCWarning(lcAddress).noquote() << result.error;
            emit disagreementDetected(family, result.error);
        }
        if (result.ok) {
            const std::optional<QHostAddress> old = current(family);
            if (!old || *old != result.address) {
                m_current.insert(key(family), result.address);
                qCInfo(lcAddress).noquote() << familyName(family) << "address is now" << result.address.toString()
                                            << "agreed by" << result.agreeingSources.join(QStringLiteral(", "));
                emit publicAddressChanged(family, old.value_or(QHostAddress()), result.address, result.agreeingSources);
            }
        } else if (!result.disagreement) {
            qCInfo(lcAddress).noquote() << result.error;
        }
    }
    const QList<Waiter> waiters = run->waiters; // a callback may even delete this monitor
    for (const Waiter &waiter : waiters) {
        if (waiter.hasContext && !waiter.context)
            continue;
        Detection mine;
        mine.time = detection.time;
        for (const FamilyDetection &family : std::as_const(detection.families)) {
            if (waiter.families.contains(family.family))
                mine.families.append(family);
        }
        waiter.callback(mine);
    }
}

} // namespace Homing
