#pragma once

#include "dns/dnsclient.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

namespace Homing {

class Clock;

struct NameServer
{
    QString name; // "ns1.example.net."
    QList<QHostAddress> addresses;
    QString problem; // why it has no address, for people
};

// Where a name's zone lives: its apex and the authoritative servers with their addresses.
struct Authorities
{
    bool ok = false;
    QString error; // when not ok, for people
    QString zone; // the apex, lower case, with the trailing dot
    QList<NameServer> servers;
    QDateTime expires; // cached until then (the NS set's TTL)
};

// Finds a name's zone apex and its NS set by iterative resolution from the root: queries go to
// the root hints, then follow referrals (NS plus in-bailiwick glue, or the name servers' own
// addresses resolved the same way) down to the servers that answer authoritatively. Every query
// is DnsClient's: RD=0, EDNS 1232, TCP on truncation, random id and source port, and replies whose
// question does not match are dropped. The system resolver is never asked. Zone cuts and results
// are cached for their NS records' TTL.
class ZoneFinder : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Authorities &)>;

    struct Resolution
    {
        bool ok = false;
        QString error;
        DnsMessage reply; // the authoritative reply
        QString zone; // the zone whose servers gave it
    };
    using Resolved = std::function<void(const Resolution &)>;

    ZoneFinder(DnsClient *client, const Clock *clock, QObject *parent = nullptr);

    // Empty: the built-in root hints. Clears the cache.
    void setRootHints(const QList<QHostAddress> &hints);
    const QList<QHostAddress> &rootHints() const { return m_rootHints; }

    // done runs exactly once, later, unless context is destroyed first.
    void find(const QString &name, QObject *context, Done done);
    // One name and type, asked iteratively from the deepest cached zone cut.
    void resolve(const QString &name, quint16 type, QObject *context, Resolved done);

    // How verification asks an authoritative server: RD=0, EDNS 1232, two UDP tries within 3 s.
    static DnsQueryOptions queryOptions();
    static QString normalized(const QString &name); // lower case, with the trailing dot
    // name is cut or lies below it.
    static bool isWithin(const QString &name, const QString &cut);

private:
    struct Walk;
    struct Cut
    {
        QList<NameServer> servers; // as the parent's referral named them
        QDateTime expires;
        QList<QHostAddress> addresses() const;
    };

    void resolveAt(const QString &name, quint16 type, int depth, QObject *context, Resolved done);
    void ask(const std::shared_ptr<Walk> &walk);
    void answered(const std::shared_ptr<Walk> &walk, const QHostAddress &server, const DnsResult &result);
    void follow(const std::shared_ptr<Walk> &walk, const QString &cut, QList<NameServer> servers, quint32 ttl);
    void addressesOf(const QStringList &names, int depth, QObject *context,
                     std::function<void(QList<QHostAddress>, QString, QString)> done); // addresses, problem, whose
    void foundApex(const QString &name, const Resolution &resolution, QObject *context, Done done);
    void foundServers(const QString &name, const QString &apex, const Resolution &resolution, QObject *context,
                      Done done);
    QString deepestCut(const QString &name) const;

    DnsClient *m_client;
    const Clock *m_clock;
    QList<QHostAddress> m_rootHints;
    QHash<QString, Cut> m_cuts; // zone -> its servers, learnt from referrals
    QHash<QString, Authorities> m_found; // name -> its zone's authorities
};

} // namespace Homing
