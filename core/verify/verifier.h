#pragma once

#include "verification.h"
#include "zonefinder.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

namespace Homing {

class Clock;
class VerifyJob;

// Proves at a zone's own servers that an update took effect (DESIGN.md §7): finds the zone and its
// authoritative servers from the root (ZoneFinder, cached), then asks each of them (VerifyJob).
// One check per host at a time: a new one replaces the one running, whose callbacks are then not
// called. Nothing here asks the system resolver.
class Verifier : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<void(const FamilyVerification &)>;
    using Done = std::function<void(const QList<FamilyVerification> &)>;

    explicit Verifier(const Clock *clock, QObject *parent = nullptr);

    // Empty hints: the built-in root servers.
    void setRootHints(const QList<QHostAddress> &hints);
    bool usesBuiltInRootHints() const { return m_builtIn; }

    // Checks name's A/AAAA records for these addresses (one per family) until deadline; once: ask
    // each server one time. Each callback runs later, unless context is destroyed first.
    void check(const QUuid &hostId, const QString &name, const QList<QHostAddress> &expected, const QDateTime &deadline,
               bool once, QObject *context, Progress progress, Done done);
    void cancel(const QUuid &hostId);
    bool isChecking(const QUuid &hostId) const;

    // Names under the domains reserved for tests and examples (RFC 2606, RFC 6761) have no public
    // delegation; with the built-in root hints they are not looked up at all.
    static bool isReservedName(const QString &name);

private:
    const Clock *m_clock;
    DnsClient m_client;
    ZoneFinder m_finder;
    bool m_builtIn = true;
    QHash<QUuid, QPointer<QObject>> m_running; // a token per host's check; deleting it cancels
};

} // namespace Homing
