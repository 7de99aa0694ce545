#include "parker.h"

#include "clock.h"
#include "hostmachine.h"
#include "hostsecrets.h"
#include "logging.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "storage/secretstore.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace Homing {

Parker::Parker(const Dependencies &dependencies, QObject *parent)
    : QObject(parent)
    , m_deps(dependencies)
{
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (!m_done)
            return;
        qCWarning(lcEngine) << m_outstanding << "park requests had no reply before the deadline; letting go";
        auto done = std::exchange(m_done, {});
        done(m_parked);
    });
}

bool Parker::parks(const HostMachine *machine)
{
    const std::optional<ProviderInfo> info = ProviderRegistry::find(machine->host().providerId);
    return machine->host().park && machine->host().enabled && info && info->parking;
}

bool Parker::anyParking() const
{
    const QList<HostMachine *> machines = m_deps.machines();
    return std::any_of(machines.begin(), machines.end(), &Parker::parks);
}

bool Parker::isReady(const QUuid &hostId) const
{
    return m_ready.contains(hostId);
}

void Parker::prepare(std::function<void()> done)
{
    const int generation = ++m_generation;
    // What was read for today's settings stays; the others are read again.
    QHash<QUuid, Ready> kept;
    QList<Host> toRead;
    for (const HostMachine *machine : m_deps.machines()) {
        if (!parks(machine))
            continue;
        const Host &host = machine->host();
        const auto known = m_ready.constFind(host.id);
        if (known != m_ready.cend() && known->fingerprint == host.fingerprint())
            kept.insert(host.id, *known);
        else
            toRead.append(host);
    }
    m_ready = kept;
    auto pending = std::make_shared<qsizetype>(toRead.size() + 1); // +1: this function's own share
    auto finished = [this, generation, pending, done] {
        if (--*pending > 0 || generation != m_generation)
            return;
        if (done)
            done();
        emit prepared();
    };
    for (const Host &host : std::as_const(toRead)) {
        readHostSecrets(m_deps.secrets, host, this,
                        [this, generation, id = host.id, fingerprint = host.fingerprint(), finished](
                            const QHash<QString, QString> &secrets, const std::optional<HostSecretFailure> &failure) {
                            if (failure) // parking would fail the same way; the next update says why
                                qCInfo(lcEngine).noquote() << "the secrets for parking" << id.toString()
                                                           << "could not be read:" << failure->result.message;
                            else if (generation == m_generation)
                                m_ready.insert(id, Ready {fingerprint, secrets});
                            finished();
                        });
    }
    finished();
}

void Parker::parkAll(const QString &why, std::chrono::milliseconds deadline, std::function<void(int parked)> done)
{
    QList<HostMachine *> due;
    for (HostMachine *machine : m_deps.machines()) {
        if (parks(machine) && machine->wantsPark() && !m_inFlight.contains(machine->id()))
            due.append(machine);
    }
    if (m_done) { // parking already: this caller learns the end too
        m_done = [first = std::move(m_done), done = std::move(done)](int parked) {
            first(parked);
            done(parked);
        };
    } else if (due.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(0); }, Qt::QueuedConnection);
        return;
    } else {
        m_done = std::move(done);
        m_parked = 0;
        m_deadline->start(deadline);
    }
    m_outstanding += static_cast<int>(due.size());
    for (HostMachine *machine : due)
        m_inFlight.insert(machine->id());
    qCInfo(lcEngine).noquote() << "taking" << due.size() << "names offline:" << why;
    for (HostMachine *machine : due) {
        const auto ready = m_ready.constFind(machine->id());
        if (ready != m_ready.cend() && ready->fingerprint == machine->host().fingerprint()) {
            send(machine, ready->secrets, why, deadline);
            continue;
        }
        // Not read ahead (the store was locked, or the settings changed a moment ago): read now.
        QPointer<HostMachine> guard(machine);
        const QUuid id = machine->id();
        readHostSecrets(m_deps.secrets, machine->host(), this,
                        [this, guard, id, why, deadline](const QHash<QString, QString> &secrets,
                                                         const std::optional<HostSecretFailure> &failure) {
                            if (!guard || failure) {
                                m_inFlight.remove(id);
                                oneDone(false);
                                return;
                            }
                            send(guard, secrets, why, deadline);
                        });
    }
}

void Parker::send(HostMachine *machine, const QHash<QString, QString> &secrets, const QString &why,
                  std::chrono::milliseconds timeout)
{
    const Host &host = machine->host();
    const HostRecord record = machine->latestRecord();
    UpdateRequest request;
    request.host = host;
    const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
    request.host.ttl = info->ttlFor(host.ttl);
    request.secrets = secrets;
    if (host.ipv4 && !record.publishedIpv4.isEmpty())
        request.ipv4 = QHostAddress(record.publishedIpv4);
    if (host.ipv6 && !record.publishedIpv6.isEmpty())
        request.ipv6 = QHostAddress(record.publishedIpv6);
    Provider *provider = ProviderRegistry::create(request, m_deps.http, this);
    provider->setRequestTimeout(timeout);
    const qint64 started = m_deps.clock->monotonicMs();
    machine->beginPark();
    QPointer<HostMachine> guard(machine);
    const QUuid id = host.id;
    provider->park(request, this, [this, guard, id, provider, why, started](const UpdateOutcome &outcome) {
        provider->deleteLater();
        m_inFlight.remove(id);
        const bool parked
            = outcome.kind == UpdateOutcome::Kind::Updated || outcome.kind == UpdateOutcome::Kind::Unchanged;
        if (guard) {
            const QString line = guard->parkFinished(outcome, why, m_deps.clock->monotonicMs() - started);
            qCInfo(lcEngine).noquote() << guard->host().name << (parked ? "parked:" : "not parked:") << line;
        }
        oneDone(parked);
    });
}

void Parker::oneDone(bool parked)
{
    if (parked)
        ++m_parked;
    if (--m_outstanding > 0 || !m_done)
        return;
    m_deadline->stop();
    auto done = std::exchange(m_done, {});
    done(m_parked);
}

} // namespace Homing
