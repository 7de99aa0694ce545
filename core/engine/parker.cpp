#include "parker.h"

#include "clock.h"
#include "hostmachine.h"
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

bool Parker::anyParking() const
{
    const QList<HostMachine *> machines = m_deps.machines();
    return std::any_of(machines.begin(), machines.end(), [](const HostMachine *machine) {
        const std::optional<ProviderInfo> info = ProviderRegistry::find(machine->host().providerId);
        return machine->host().park && machine->host().enabled && info && info->parking;
    });
}

bool Parker::isReady(const QUuid &hostId) const
{
    return m_ready.contains(hostId);
}

void Parker::prepare(std::function<void()> done)
{
    const int generation = ++m_generation;
    QHash<QUuid, Ready> kept;
    auto pending = std::make_shared<int>(1); // this function's own share, dropped at its end
    auto finished = [this, generation, pending, done] {
        if (--*pending > 0 || generation != m_generation)
            return;
        if (done)
            done();
        emit prepared();
    };
    for (HostMachine *machine : m_deps.machines()) {
        const Host &host = machine->host();
        const std::optional<ProviderInfo> info = ProviderRegistry::find(host.providerId);
        if (!host.park || !info || !info->parking)
            continue;
        const auto known = m_ready.constFind(host.id);
        if (known != m_ready.cend() && known->fingerprint == host.fingerprint()
            && known->providerId == host.providerId) {
            kept.insert(host.id, *known);
            continue;
        }
        ++*pending;
        const QUuid id = host.id;
        const QByteArray fingerprint = host.fingerprint();
        const QString providerId = host.providerId;
        readSecrets(
            id, providerId, info->secretFields(), {},
            [this, generation, id, fingerprint, providerId, finished](bool ok, const QHash<QString, QString> &secrets) {
                if (generation == m_generation && ok)
                    m_ready.insert(id, Ready {fingerprint, providerId, secrets});
                finished();
            });
    }
    m_ready = kept;
    finished();
}

void Parker::readSecrets(const QUuid &hostId, const QString &providerId, QStringList fields,
                         QHash<QString, QString> read,
                         std::function<void(bool ok, const QHash<QString, QString> &secrets)> done)
{
    if (fields.isEmpty()) {
        done(true, read);
        return;
    }
    const QString field = fields.takeFirst();
    m_deps.secrets->read(SecretStore::keyFor(hostId, field), this,
                         [this, hostId, providerId, field, fields, read, done](const SecretResult &result) mutable {
                             const std::optional<ProviderInfo> info = ProviderRegistry::find(providerId);
                             const FieldInfo *fieldInfo = info ? info->field(field) : nullptr;
                             if (result.ok())
                                 read.insert(field, result.value);
                             else if (result.status != SecretResult::Status::NotFound || !fieldInfo
                                      || fieldInfo->required) {
                                 // Parking would fail the same way; the update says why in the window.
                                 qCInfo(lcEngine).noquote() << "the secrets for parking" << hostId.toString()
                                                            << "could not be read:" << result.message;
                                 done(false, {});
                                 return;
                             }
                             readSecrets(hostId, providerId, fields, read, done);
                         });
}

void Parker::parkAll(const QString &why, std::chrono::milliseconds deadline, std::function<void(int parked)> done)
{
    QList<HostMachine *> due;
    for (HostMachine *machine : m_deps.machines()) {
        const std::optional<ProviderInfo> info = ProviderRegistry::find(machine->host().providerId);
        if (info && info->parking && machine->wantsPark() && !m_inFlight.contains(machine->id()))
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
        const std::optional<ProviderInfo> info = ProviderRegistry::find(machine->host().providerId);
        const QUuid id = machine->id();
        readSecrets(id, machine->host().providerId, info->secretFields(), {},
                    [this, guard, id, why, deadline](bool ok, const QHash<QString, QString> &secrets) {
                        if (!guard || !ok) {
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
    Provider *provider = ProviderRegistry::create(host.providerId, m_deps.http, this);
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
