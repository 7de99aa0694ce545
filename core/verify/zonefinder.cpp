#include "zonefinder.h"

#include "clock.h"
#include "logging.h"
#include "roothints.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace std::chrono_literals;

namespace Homing {

namespace {

constexpr int kMaxReferrals = 16; // one name, from the root down
constexpr int kMaxDepth = 4; // name servers whose addresses need their own resolution, nested
constexpr quint32 kMinCacheSeconds = 30;
constexpr quint32 kMaxCacheSeconds = 86400;

quint32 cacheSeconds(quint32 ttl)
{
    return std::clamp(ttl, kMinCacheSeconds, kMaxCacheSeconds);
}

QList<QHostAddress> glueAddressesIn(const QList<DnsRecord> &records, const QString &owner)
{
    QList<QHostAddress> result;
    for (const DnsRecord &record : records) {
        if ((record.type == DnsType::A || record.type == DnsType::AAAA) && ZoneFinder::normalized(record.name) == owner
            && !record.address().isNull())
            result.append(record.address());
    }
    return result;
}

} // namespace

QList<QHostAddress> ZoneFinder::Cut::addresses() const
{
    QList<QHostAddress> result;
    for (const NameServer &server : servers)
        result += server.addresses;
    return result;
}

// One iterative resolution in progress: the zone whose servers are asked now and which of them.
struct ZoneFinder::Walk
{
    QString name;
    quint16 type = DnsType::A;
    int depth = 0;
    QString zone;
    QList<QHostAddress> servers;
    qsizetype next = 0;
    int referrals = 0;
    QStringList problems;
    QPointer<QObject> context;
    Resolved done;
};

ZoneFinder::ZoneFinder(DnsClient *client, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_rootHints(builtInRootHints())
{
}

void ZoneFinder::setRootHints(const QList<QHostAddress> &hints)
{
    m_rootHints = hints.isEmpty() ? builtInRootHints() : hints;
    m_cuts.clear();
    m_found.clear();
}

DnsQueryOptions ZoneFinder::queryOptions()
{
    DnsQueryOptions options;
    options.timeout = 3s;
    options.udpAttempts = 2;
    options.recursionDesired = false;
    options.ednsUdpSize = 1232; // DNS Flag Day 2020
    return options;
}

QString ZoneFinder::normalized(const QString &name)
{
    QString result = name.toLower();
    if (!result.endsWith(QLatin1Char('.')))
        result += QLatin1Char('.');
    return result;
}

bool ZoneFinder::isWithin(const QString &name, const QString &cut)
{
    return cut == QLatin1String(".") || name == cut || name.endsWith(QLatin1Char('.') + cut);
}

QString ZoneFinder::deepestCut(const QString &name) const
{
    const QDateTime now = m_clock->now();
    QString candidate = name;
    while (candidate != QLatin1String(".") && !candidate.isEmpty()) {
        const auto it = m_cuts.constFind(candidate);
        if (it != m_cuts.constEnd() && it->expires > now)
            return candidate;
        const qsizetype dot = candidate.indexOf(QLatin1Char('.'));
        candidate = dot + 1 >= candidate.size() ? QStringLiteral(".") : candidate.mid(dot + 1);
    }
    return QStringLiteral(".");
}

void ZoneFinder::resolve(const QString &name, quint16 type, QObject *context, Resolved done)
{
    resolveAt(normalized(name), type, 0, context, std::move(done));
}

void ZoneFinder::resolveAt(const QString &name, quint16 type, int depth, QObject *context, Resolved done)
{
    auto walk = std::make_shared<Walk>();
    walk->name = name;
    walk->type = type;
    walk->depth = depth;
    walk->zone = deepestCut(name);
    walk->servers = walk->zone == QLatin1String(".") ? m_rootHints : m_cuts.value(walk->zone).addresses();
    walk->context = context;
    walk->done = std::move(done);
    // Always later, never inside the caller.
    QTimer::singleShot(0, this, [this, walk] { ask(walk); });
}

void ZoneFinder::ask(const std::shared_ptr<Walk> &walk)
{
    if (!walk->context)
        return;
    if (walk->next >= walk->servers.size()) {
        Resolution failed;
        failed.error = walk->servers.isEmpty()
            ? tr("no name server address is known for %1").arg(walk->zone)
            : tr("no name server of %1 answered for %2: %3")
                  .arg(walk->zone, walk->name, walk->problems.join(QStringLiteral("; ")));
        walk->done(failed);
        return;
    }
    const QHostAddress server = walk->servers.at(walk->next++);
    m_client->query(DnsServer {server, 53}, DnsQuestion {walk->name, walk->type, DnsClass::IN}, queryOptions(), this,
                    [this, walk, server](const DnsResult &result) { answered(walk, server, result); });
}

void ZoneFinder::answered(const std::shared_ptr<Walk> &walk, const QHostAddress &server, const DnsResult &result)
{
    if (!walk->context)
        return;
    if (!result.ok()) {
        walk->problems.append(result.errorText);
        return ask(walk);
    }
    const DnsMessage &reply = result.reply;
    if (reply.rcode != DnsRcode::NoError && reply.rcode != DnsRcode::NxDomain) {
        walk->problems.append(tr("%1 answered %2").arg(server.toString(), DnsMessage::rcodeName(reply.rcode)));
        return ask(walk);
    }
    if (reply.authoritative) {
        Resolution resolution;
        resolution.ok = true;
        resolution.reply = reply;
        resolution.zone = walk->zone;
        walk->done(resolution);
        return;
    }
    // A referral: NS records for a zone below the one asked, on the way to the name.
    QString cut;
    QStringList targets;
    quint32 ttl = kMaxCacheSeconds;
    for (const DnsRecord &record : reply.authority) {
        if (record.type != DnsType::NS)
            continue;
        const QString owner = normalized(record.name);
        if (owner == walk->zone || !isWithin(owner, walk->zone) || !isWithin(walk->name, owner))
            continue;
        if (!cut.isEmpty() && owner != cut)
            continue;
        cut = owner;
        if (const QString target = record.targetName(); !target.isEmpty() && !targets.contains(target))
            targets.append(target);
        ttl = std::min(ttl, record.ttl);
    }
    if (cut.isEmpty() || targets.isEmpty()) {
        walk->problems.append(
            tr("%1 is not authoritative for %2 and gave no referral").arg(server.toString(), walk->zone));
        return ask(walk);
    }
    if (++walk->referrals > kMaxReferrals) {
        Resolution failed;
        failed.error = tr("more than %1 referrals for %2").arg(kMaxReferrals).arg(walk->name);
        walk->done(failed);
        return;
    }
    // Glue counts only inside the delegating zone (it could not speak for other names).
    QList<NameServer> servers;
    for (const QString &target : std::as_const(targets)) {
        NameServer server;
        server.name = target;
        if (isWithin(target, walk->zone))
            server.addresses = glueAddressesIn(reply.additional, target);
        servers.append(server);
    }
    follow(walk, cut, servers, ttl);
}

void ZoneFinder::follow(const std::shared_ptr<Walk> &walk, const QString &cut, QList<NameServer> servers, quint32 ttl)
{
    const auto descend = [this, walk, cut, ttl](const QList<NameServer> &named) {
        const Cut entry {named, m_clock->now().addSecs(cacheSeconds(ttl))};
        m_cuts.insert(cut, entry);
        qCDebug(lcDns).noquote() << "referral to" << cut << "served by" << entry.addresses().size() << "addresses";
        walk->zone = cut;
        walk->servers = entry.addresses();
        walk->next = 0;
        walk->problems.clear();
        ask(walk);
    };
    if (!Cut {servers, {}}.addresses().isEmpty())
        return descend(servers);
    QStringList targets;
    for (const NameServer &server : std::as_const(servers))
        targets.append(server.name);
    if (walk->depth >= kMaxDepth) {
        Resolution failed;
        failed.error = tr("the name servers of %1 cannot be found (too deeply nested)").arg(cut);
        walk->done(failed);
        return;
    }
    addressesOf(
        targets, walk->depth + 1, walk->context,
        [walk, cut, descend](const QList<QHostAddress> &addresses, const QString &problem, const QString &whose) {
            if (addresses.isEmpty()) {
                Resolution failed;
                failed.error = tr("no address found for the name servers of %1: %2").arg(cut, problem);
                walk->done(failed);
                return;
            }
            descend({NameServer {whose, addresses, {}}});
        });
}

void ZoneFinder::addressesOf(const QStringList &names, int depth, QObject *context,
                             std::function<void(QList<QHostAddress>, QString, QString)> done)
{
    if (names.isEmpty()) {
        done({}, tr("no name server names"), {});
        return;
    }
    // The first name that has addresses, A first, then AAAA.
    const QString name = names.first();
    const QStringList rest = names.mid(1);
    resolveAt(name, DnsType::A, depth, context, [this, name, rest, depth, context, done](const Resolution &v4) {
        const QList<QHostAddress> ipv4 = v4.ok ? glueAddressesIn(v4.reply.answers, name) : QList<QHostAddress>();
        resolveAt(name, DnsType::AAAA, depth, context,
                  [this, name, rest, depth, context, done, ipv4, v4](const Resolution &v6) {
                      const QList<QHostAddress> all
                          = ipv4 + (v6.ok ? glueAddressesIn(v6.reply.answers, name) : QList<QHostAddress>());
                      if (!all.isEmpty() || rest.isEmpty()) {
                          done(all, v4.ok ? tr("%1 has no address").arg(name) : v4.error, name);
                          return;
                      }
                      addressesOf(rest, depth, context, done);
                  });
    });
}

void ZoneFinder::find(const QString &name, QObject *context, Done done)
{
    const QString fqdn = normalized(name);
    const auto cached = m_found.constFind(fqdn);
    if (cached != m_found.constEnd() && cached->expires > m_clock->now()) {
        const Authorities authorities = *cached;
        QTimer::singleShot(0, context, [done, authorities] { done(authorities); });
        return;
    }
    QPointer<QObject> guard(context);
    resolveAt(fqdn, DnsType::SOA, 0, context, [this, fqdn, guard, done](const Resolution &resolution) {
        if (!guard)
            return;
        if (!resolution.ok) {
            // No server of the zone answered: its servers as the parent named them are still worth
            // asking one by one, so that each says why (lame, unreachable).
            const QString cut = deepestCut(fqdn);
            Authorities fallback;
            fallback.error = resolution.error;
            if (cut != QLatin1String(".")) {
                fallback.ok = true;
                fallback.zone = cut;
                fallback.servers = m_cuts.value(cut).servers;
                fallback.expires = m_clock->now(); // never served from the cache
            }
            done(fallback);
            return;
        }
        foundApex(fqdn, resolution, guard, done);
    });
}

void ZoneFinder::foundApex(const QString &name, const Resolution &resolution, QObject *context, Done done)
{
    const DnsMessage &reply = resolution.reply;
    QString apex;
    for (const DnsRecord &record : reply.answers) {
        if (record.type == DnsType::CNAME && normalized(record.name) == name) {
            Authorities failed;
            failed.error = tr("%1 is an alias (CNAME) of %2; Homing checks only A and AAAA records")
                               .arg(name, record.targetName());
            done(failed);
            return;
        }
        if (record.type == DnsType::SOA && normalized(record.name) == name)
            apex = name;
    }
    for (const DnsRecord &record : reply.authority) {
        if (apex.isEmpty() && record.type == DnsType::SOA && isWithin(name, normalized(record.name)))
            apex = normalized(record.name);
    }
    if (apex.isEmpty())
        apex = resolution.zone;
    resolveAt(apex, DnsType::NS, 0, context, [this, name, apex, context, done](const Resolution &servers) {
        foundServers(name, apex, servers, context, done);
    });
}

void ZoneFinder::foundServers(const QString &name, const QString &apex, const Resolution &resolution, QObject *context,
                              Done done)
{
    if (!resolution.ok) {
        Authorities failed;
        failed.error = resolution.error;
        done(failed);
        return;
    }
    auto authorities = std::make_shared<Authorities>();
    authorities->ok = true;
    authorities->zone = apex;
    quint32 ttl = kMaxCacheSeconds;
    for (const DnsRecord &record : resolution.reply.answers) {
        if (record.type != DnsType::NS || normalized(record.name) != apex)
            continue;
        NameServer server;
        server.name = record.targetName();
        // Addresses the zone's own servers give for names inside it; others are looked up.
        if (isWithin(server.name, apex))
            server.addresses = glueAddressesIn(resolution.reply.additional, server.name);
        ttl = std::min(ttl, record.ttl);
        authorities->servers.append(server);
    }
    if (authorities->servers.isEmpty()) {
        Authorities failed;
        failed.error = tr("the servers of %1 list no name servers for it").arg(apex);
        done(failed);
        return;
    }
    authorities->expires = m_clock->now().addSecs(cacheSeconds(ttl));
    auto outstanding = std::make_shared<int>(0);
    const auto finish = [this, name, authorities, done] {
        m_found.insert(name, *authorities);
        done(*authorities);
    };
    for (qsizetype i = 0; i < authorities->servers.size(); ++i) {
        if (!authorities->servers.at(i).addresses.isEmpty())
            continue;
        ++*outstanding;
        addressesOf({authorities->servers.at(i).name}, 1, context,
                    [authorities, i, outstanding, finish](const QList<QHostAddress> &addresses, const QString &problem,
                                                          const QString &) {
                        authorities->servers[i].addresses = addresses;
                        if (addresses.isEmpty())
                            authorities->servers[i].problem = problem;
                        if (--*outstanding == 0)
                            finish();
                    });
    }
    if (*outstanding == 0)
        QTimer::singleShot(0, context, finish);
}

} // namespace Homing
