#include "verifyjob.h"

#include "clock.h"
#include "logging.h"

#include <algorithm>

using namespace std::chrono_literals;

namespace Homing {

namespace {

// The pause before each further round: about once a second at first, then backing off.
constexpr std::chrono::milliseconds kRoundDelays[] = {1s, 1s, 2s, 4s, 8s, 16s, 30s};

} // namespace

VerifyJob::VerifyJob(DnsClient *client, const Clock *clock, const Authorities &authorities, const Request &request,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_authorities(authorities)
    , m_request(request)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &VerifyJob::round);
    // Each server address is asked once, whichever of its names came first.
    for (const NameServer &server : std::as_const(m_authorities.servers)) {
        for (const QHostAddress &address : server.addresses) {
            if (std::none_of(m_targets.begin(), m_targets.end(),
                             [&](const Target &target) { return target.address.isEqual(address); }))
                m_targets.append(Target {server.name, address});
        }
    }
    for (const QHostAddress &expected : std::as_const(m_request.expected)) {
        FamilyRun run;
        run.expected = expected;
        run.result.family = familyOf(expected);
        run.result.expected = expected.toString();
        run.result.zone = m_authorities.zone;
        run.result.deadline = m_request.deadline;
        for (const Target &target : std::as_const(m_targets)) {
            ServerCheck check;
            check.server = target.name;
            check.address = target.address;
            check.detail = tr("not asked yet");
            run.checks.append(check);
        }
        m_runs.append(run);
    }
}

void VerifyJob::start()
{
    QTimer::singleShot(0, this, &VerifyJob::round);
}

ServerCheck VerifyJob::classify(const DnsResult &result, const QString &name, quint16 type,
                                const QHostAddress &expected)
{
    ServerCheck check;
    check.viaTcp = result.viaTcp;
    check.elapsedMs = result.elapsedMs;
    if (!result.ok()) {
        check.answer = ServerCheck::Answer::Unreachable;
        check.detail = result.errorText;
        return check;
    }
    const DnsMessage &reply = result.reply;
    if (reply.rcode != DnsRcode::NoError && reply.rcode != DnsRcode::NxDomain) {
        check.answer = ServerCheck::Answer::Lame;
        check.detail = DnsMessage::rcodeName(reply.rcode);
        return check;
    }
    if (!reply.authoritative) {
        const bool referral = std::any_of(reply.authority.begin(), reply.authority.end(),
                                          [](const DnsRecord &r) { return r.type == DnsType::NS; });
        check.answer = ServerCheck::Answer::Lame;
        check.detail = referral ? tr("a referral, not an answer") : tr("not authoritative (no AA bit)");
        return check;
    }
    QList<QHostAddress> addresses;
    for (const DnsRecord &record : reply.answersFor(DnsQuestion {name, type, DnsClass::IN})) {
        if (!record.address().isNull())
            addresses.append(record.address());
    }
    // In numeric order, as people read them.
    const auto bytes = [](const QHostAddress &address) {
        const Q_IPV6ADDR raw = address.toIPv6Address();
        return QByteArray(reinterpret_cast<const char *>(raw.c), 16);
    };
    std::sort(addresses.begin(), addresses.end(),
              [&](const QHostAddress &a, const QHostAddress &b) { return bytes(a) < bytes(b); });
    for (const QHostAddress &address : std::as_const(addresses))
        check.addresses.append(address.toString());
    if (check.addresses.isEmpty())
        check.answer = ServerCheck::Answer::NoRecord;
    else if (check.addresses.size() == 1 && QHostAddress(check.addresses.first()).isEqual(expected))
        check.answer = ServerCheck::Answer::Match;
    else
        check.answer = ServerCheck::Answer::Other;
    return check;
}

void VerifyJob::round()
{
    ++m_round;
    for (qsizetype f = 0; f < m_runs.size(); ++f) {
        FamilyRun &run = m_runs[f];
        if (run.result.isFinal())
            continue;
        const quint16 type = run.result.family == AddressFamily::IPv4 ? DnsType::A : DnsType::AAAA;
        for (qsizetype t = 0; t < m_targets.size(); ++t) {
            const ServerCheck &previous = run.checks.at(t);
            // Settled servers are not asked again: one that answers the address, or one that does
            // not serve the zone at all.
            if (m_round > 1
                && (previous.answer == ServerCheck::Answer::Match || previous.answer == ServerCheck::Answer::Lame))
                continue;
            ++m_outstanding;
            const Target target = m_targets.at(t);
            m_client->query(DnsServer {target.address, 53}, DnsQuestion {m_request.name, type, DnsClass::IN},
                            ZoneFinder::queryOptions(), this, [this, f, t, type, target](const DnsResult &result) {
                                ServerCheck check = classify(result, m_request.name, type, m_runs.at(f).expected);
                                check.server = target.name;
                                check.address = target.address;
                                m_runs[f].checks[t] = check;
                                if (--m_outstanding == 0)
                                    roundDone();
                            });
        }
    }
    if (m_outstanding == 0)
        roundDone();
}

FamilyVerification VerifyJob::evaluate(const FamilyRun &run, bool last) const
{
    FamilyVerification result = run.result;
    result.servers = run.checks;
    result.checkedAt = m_clock->now();
    result.matching = 0;
    result.reachable = 0;
    QStringList others;
    QStringList unusable;
    for (const ServerCheck &check : run.checks) {
        if (check.reachable())
            ++result.reachable;
        if (check.answer == ServerCheck::Answer::Match)
            ++result.matching;
        else if (check.reachable())
            others.append(check.answer == ServerCheck::Answer::NoRecord
                              ? tr("%1 has no %2 record").arg(check.server, recordType(run.result.family))
                              : tr("%1 answers %2").arg(check.server, check.addresses.join(QStringLiteral(", "))));
        else
            unusable.append(tr("%1 (%2) is %3: %4")
                                .arg(check.server, check.address.toString(),
                                     check.answer == ServerCheck::Answer::Lame ? tr("lame") : tr("unreachable"),
                                     check.detail));
    }
    for (const NameServer &server : m_authorities.servers) {
        if (server.addresses.isEmpty())
            unusable.append(tr("%1 has no address: %2").arg(server.name, server.problem));
    }
    if (m_targets.isEmpty()) {
        result.status = FamilyVerification::Status::Unverifiable;
        result.reason = m_authorities.error.isEmpty()
            ? tr("no address is known for any name server of %1").arg(m_authorities.zone)
            : m_authorities.error;
        if (!unusable.isEmpty())
            result.reason += QStringLiteral("; ") + unusable.join(QStringLiteral("; "));
    } else if (result.reachable == 0) {
        result.status = FamilyVerification::Status::Unverifiable;
        result.reason = tr("no name server of %1 answers for it: %2")
                            .arg(m_authorities.zone, unusable.join(QStringLiteral("; ")));
    } else if (result.matching == result.reachable) {
        result.status = FamilyVerification::Status::Verified;
        result.reason = unusable.join(QStringLiteral("; ")); // lame or unreachable ones left out
    } else if (!last) {
        result.status = FamilyVerification::Status::Propagating;
        result.reason = others.join(QStringLiteral("; "));
    } else {
        result.status = FamilyVerification::Status::Mismatch;
        result.reason = others.join(QStringLiteral("; "));
    }
    return result;
}

void VerifyJob::roundDone()
{
    const bool pastDeadline = !m_request.deadline.isValid() || m_clock->now() >= m_request.deadline;
    bool settled = true;
    for (FamilyRun &run : m_runs) {
        if (run.result.isFinal())
            continue;
        FamilyVerification now = evaluate(run, pastDeadline);
        // A one-time check says what it saw: a lagging server within the deadline is Propagating.
        run.result = now;
        if (!run.told || !now.sameOutcome(run.reported) || now.isFinal() || m_request.once) {
            run.told = true;
            run.reported = now;
            emit progress(now);
        }
        if (!now.isFinal() && !m_request.once)
            settled = false;
    }
    if (settled) {
        QList<FamilyVerification> results;
        for (const FamilyRun &run : std::as_const(m_runs))
            results.append(run.result);
        emit finished(results);
        deleteLater();
        return;
    }
    const std::chrono::milliseconds delay = kRoundDelays[std::min<qsizetype>(m_round - 1, std::size(kRoundDelays) - 1)];
    // The last round comes at the deadline, not long after it.
    const qint64 untilDeadline = std::max<qint64>(1000, m_clock->now().msecsTo(m_request.deadline));
    m_next.start(std::chrono::milliseconds(std::min<qint64>(delay.count(), untilDeadline)));
}

} // namespace Homing
