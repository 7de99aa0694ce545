#include "verifier.h"

#include "clock.h"
#include "logging.h"
#include "verifyjob.h"

#include <QTimer>

namespace Homing {

Verifier::Verifier(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_finder(&m_client, clock)
{
}

void Verifier::setRootHints(const QList<QHostAddress> &hints)
{
    if (hints == m_finder.rootHints() && !hints.isEmpty())
        return;
    m_builtIn = hints.isEmpty();
    m_finder.setRootHints(hints);
}

bool Verifier::isReservedName(const QString &name)
{
    const QString fqdn = ZoneFinder::normalized(name);
    static const char *const kReserved[]
        = {"test.", "example.", "invalid.", "localhost.", "local.", "example.com.", "example.net.", "example.org."};
    for (const char *domain : kReserved) {
        if (ZoneFinder::isWithin(fqdn, QLatin1String(domain)))
            return true;
    }
    return false;
}

bool Verifier::isChecking(const QUuid &hostId) const
{
    return !m_running.value(hostId).isNull();
}

void Verifier::cancel(const QUuid &hostId)
{
    if (QObject *token = m_running.take(hostId))
        token->deleteLater();
}

void Verifier::check(const QUuid &hostId, const QString &name, const QList<QHostAddress> &expected,
                     const QDateTime &deadline, bool once, QObject *context, Progress progress, Done done)
{
    cancel(hostId);
    // The token lives as long as the check; a newer check or the context going cancels it.
    auto *token = new QObject(this);
    m_running.insert(hostId, token);
    if (context)
        connect(context, &QObject::destroyed, token, &QObject::deleteLater);
    const auto fail = [this, hostId, token, expected, done](const QString &zone, const QString &reason) {
        QList<FamilyVerification> results;
        for (const QHostAddress &address : expected) {
            FamilyVerification result;
            result.family = familyOf(address);
            result.expected = address.toString();
            result.zone = zone;
            result.status = FamilyVerification::Status::Unverifiable;
            result.reason = reason;
            result.checkedAt = m_clock->now();
            results.append(result);
        }
        if (m_running.value(hostId) == token)
            m_running.remove(hostId);
        token->deleteLater();
        done(results);
    };
    if (m_builtIn && isReservedName(name)) {
        QTimer::singleShot(0, token, [fail, name] {
            fail({},
                 tr("%1 is under a domain reserved for tests and examples; no public name server serves it").arg(name));
        });
        return;
    }
    m_finder.find(
        name, token,
        [this, hostId, name, expected, deadline, once, token, progress, done, fail](const Authorities &authorities) {
            if (!authorities.ok) {
                qCInfo(lcDns).noquote() << "cannot verify" << name << ":" << authorities.error;
                fail(authorities.zone, tr("the zone's name servers could not be found: %1").arg(authorities.error));
                return;
            }
            VerifyJob::Request request;
            request.name = name;
            request.expected = expected;
            request.deadline = deadline;
            request.once = once;
            auto *job = new VerifyJob(&m_client, m_clock, authorities, request, token);
            // A check that a newer one replaced says nothing more, even before its token is gone.
            connect(job, &VerifyJob::progress, token, [this, hostId, token, progress](const FamilyVerification &v) {
                if (m_running.value(hostId) == token)
                    progress(v);
            });
            connect(job, &VerifyJob::finished, token,
                    [this, hostId, token, done](const QList<FamilyVerification> &all) {
                        const bool current = m_running.value(hostId) == token;
                        if (current)
                            m_running.remove(hostId);
                        token->deleteLater();
                        if (current)
                            done(all);
                    });
            job->start();
        });
}

} // namespace Homing
