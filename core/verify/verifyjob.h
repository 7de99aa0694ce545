#pragma once

#include "verification.h"
#include "zonefinder.h"

#include <QObject>
#include <QTimer>

namespace Homing {

class Clock;

// One check of a host at its zone's authoritative servers: every server address is asked for the
// host's A and AAAA (the families it publishes) directly, RD=0, EDNS 1232, TCP on truncation. A
// server that does not answer the published address yet is asked again, at most about once a
// second at first, then less often (1, 1, 2, 4, 8, 16, 30 s), until it does or the deadline (the
// provider's expected lag) passes. Each family ends Verified, Mismatch or Unverifiable; with
// `once` the job asks each server one time and may end Propagating. Deletes itself when done.
class VerifyJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString name; // the host's FQDN (ACE)
        QList<QHostAddress> expected; // the published addresses, one per family
        QDateTime deadline;
        bool once = false;
    };

    VerifyJob(DnsClient *client, const Clock *clock, const Authorities &authorities, const Request &request,
              QObject *parent = nullptr);

    void start();

    // Classifies one server's reply to "name A/AAAA" (public for the unit test).
    static ServerCheck classify(const DnsResult &result, const QString &name, quint16 type,
                                const QHostAddress &expected);

signals:
    void progress(const Homing::FamilyVerification &verification); // a family's outcome changed
    void finished(const QList<Homing::FamilyVerification> &verifications);

private:
    struct Target
    {
        QString name;
        QHostAddress address;
    };
    struct FamilyRun
    {
        FamilyVerification result;
        QHostAddress expected;
        QList<ServerCheck> checks; // one per target
        FamilyVerification reported; // what progress() said last
        bool told = false;
    };

    void round();
    void roundDone();
    FamilyVerification evaluate(const FamilyRun &run, bool last) const;

    DnsClient *m_client;
    const Clock *m_clock;
    Authorities m_authorities;
    Request m_request;
    QList<Target> m_targets;
    QList<FamilyRun> m_runs;
    QTimer m_next;
    int m_round = 0;
    int m_outstanding = 0;
};

} // namespace Homing
