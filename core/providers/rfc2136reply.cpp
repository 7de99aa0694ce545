#include "rfc2136reply.h"

#include "dns/dnsmessage.h"
#include "providerreplies.h"

#include <QCoreApplication>

namespace Homing::Rfc2136Reply {

namespace {

// The translation context of this file's texts: lupdate reads it from the macro, so what it extracts
// is what tr() looks up.
struct Rfc2136ReplyText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Rfc2136Reply)
};

QString keyWords(const TsigKey &key)
{
    return Rfc2136ReplyText::tr("the key \"%1\" (%2)").arg(key.name, Tsig::normalizedAlgorithm(key.algorithm));
}

UpdateOutcome keyProblem(const Context &context, quint16 error)
{
    const QString fix
        = Rfc2136ReplyText::tr("Copy the key name, algorithm and secret from the name server's configuration "
                               "again (paste the whole key block), and check the server uses the same key.");
    if (error == Tsig::kBadKey)
        return UpdateOutcome::credentialsRefused(
            Rfc2136ReplyText::tr("%1 does not know %2 (BADKEY): the key name or algorithm is wrong.")
                .arg(context.server, keyWords(context.key)),
            fix);
    return UpdateOutcome::credentialsRefused(
        Rfc2136ReplyText::tr("%1 rejected the signature made with %2 (BADSIG): the secret or the algorithm is wrong.")
            .arg(context.server, keyWords(context.key)),
        fix);
}

UpdateOutcome badTime(const Context &context, const TsigRecord &tsig, bool genuine)
{
    const std::optional<quint64> serverTime = tsig.serverTime();
    if (!serverTime)
        return UpdateOutcome::needsUser(
            Rfc2136ReplyText::tr("%1 says this computer's clock is more than %2 s off (BADTIME).")
                .arg(context.server)
                .arg(tsig.fudge),
            Rfc2136ReplyText::tr("Set this computer's clock right (turn on NTP time synchronisation)."));
    const qint64 skew = static_cast<qint64>(context.now) - static_cast<qint64>(*serverTime);
    const QString serverText
        = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(*serverTime), Qt::UTC).toString(Qt::ISODate);
    QString reason
        = Rfc2136ReplyText::tr("This computer's clock is %1 the name server's (%2 says it is %3; TSIG allows %4 s), "
                               "so it refused the update (BADTIME).")
              .arg(describeSkew(skew), context.server, serverText)
              .arg(tsig.fudge);
    if (!genuine)
        reason += QLatin1Char(' ')
            + Rfc2136ReplyText::tr("The reply was not signed with the key, so its time is a claim.");
    return UpdateOutcome::needsUser(
        reason,
        Rfc2136ReplyText::tr("Set this computer's clock right (turn on NTP time "
                             "synchronisation), or the server's if it is the one that is off."));
}

QString signatureWords(const std::optional<TsigRecord> &tsig, const QString &verdict)
{
    if (!tsig)
        return Rfc2136ReplyText::tr("unsigned");
    if (tsig->error)
        return Rfc2136ReplyText::tr("TSIG %1").arg(Tsig::errorName(tsig->error));
    return verdict.isEmpty() ? Rfc2136ReplyText::tr("signed by %1").arg(tsig->keyName) : verdict;
}

} // namespace

QString describeSkew(qint64 localMinusServerSeconds)
{
    const qint64 total = std::abs(localMinusServerSeconds);
    const int hours = static_cast<int>(total / 3600);
    const int minutes = static_cast<int>(total % 3600 / 60);
    const int seconds = static_cast<int>(total % 60);
    QStringList parts;
    if (hours)
        parts.append(Rfc2136ReplyText::tr("%n hour(s)", nullptr, hours));
    if (minutes)
        parts.append(Rfc2136ReplyText::tr("%n minute(s)", nullptr, minutes));
    if (seconds || parts.isEmpty())
        parts.append(Rfc2136ReplyText::tr("%n second(s)", nullptr, seconds));
    const QString amount = parts.join(QLatin1Char(' '));
    return localMinusServerSeconds >= 0 ? Rfc2136ReplyText::tr("%1 ahead of").arg(amount)
                                        : Rfc2136ReplyText::tr("%1 behind").arg(amount);
}

UpdateOutcome clockOff(qint64 localMinusReference, const QString &reference, const QDateTime &referenceTime)
{
    return UpdateOutcome::needsUser(
        Rfc2136ReplyText::tr(
            "The name server refused the update, and this computer's clock is %1 %2 (which says it is %3): "
            "TSIG fails when the clocks differ by more than 5 minutes.")
            .arg(describeSkew(localMinusReference), reference, referenceTime.toString(Qt::ISODate)),
        Rfc2136ReplyText::tr("Set this computer's clock right (turn on NTP time synchronisation), then try again."));
}

Reading read(const QByteArray &wire, const Context &context)
{
    Reading reading;
    QString error;
    const std::optional<DnsUpdateReply> reply = DnsUpdateReply::parse(wire, &error);
    if (!reply) {
        reading.summary = error;
        reading.outcome = UpdateOutcome::retryLater(
            Rfc2136ReplyText::tr("%1 sent a reply Homing cannot read (%2).").arg(context.server, error),
            ProviderReplies::kTransient);
        return reading;
    }
    const QString verdict = reply->tsig
        ? Tsig::verify(reply->unsignedBody, *reply->tsig, context.key, context.requestMac, context.now)
        : Rfc2136ReplyText::tr("the reply is not signed");
    const bool genuine = verdict.isEmpty();
    reading.summary = DnsMessage::rcodeName(reply->rcode) + QStringLiteral(", ") + signatureWords(reply->tsig, verdict);

    if (reply->tsig && reply->tsig->error) {
        const quint16 tsigError = reply->tsig->error;
        if (tsigError == Tsig::kBadTime)
            reading.outcome = badTime(context, *reply->tsig, genuine);
        else if (tsigError == Tsig::kBadKey || tsigError == Tsig::kBadSig)
            reading.outcome = keyProblem(context, tsigError);
        else
            reading.outcome = UpdateOutcome::needsUser(
                Rfc2136ReplyText::tr("%1 refused the signature (%2).").arg(context.server, Tsig::errorName(tsigError)),
                Rfc2136ReplyText::tr("Check the key and the algorithm against the name server's configuration."));
        return reading;
    }

    switch (reply->rcode) {
    case DnsRcode::NoError:
        if (genuine) {
            reading.success = true;
            return reading;
        }
        reading.outcome = UpdateOutcome::retryLater(
            Rfc2136ReplyText::tr(
                "The reply from %1 cannot be trusted (%2), so Homing cannot tell whether the change was made.")
                .arg(context.server, verdict),
            ProviderReplies::kTransient);
        return reading;
    case DnsUpdateRcode::NotAuth:
        reading.outcome = UpdateOutcome::needsUser(
            Rfc2136ReplyText::tr("%1 is not the primary server for the zone %2 (NOTAUTH), or refused %3.")
                .arg(context.server, context.zone, keyWords(context.key)),
            Rfc2136ReplyText::tr("Point Homing at the zone's primary name server, and check the zone and the key."));
        return reading;
    case DnsRcode::Refused:
        reading.bareRefused = !reply->tsig;
        reading.outcome = UpdateOutcome::needsUser(
            Rfc2136ReplyText::tr("%1 refused to let %2 change %3 %4 (REFUSED: not allowed).")
                .arg(context.server, keyWords(context.key), context.name, context.typeName),
            Rfc2136ReplyText::tr(
                "Allow the key to update this name on the server (BIND update-policy, Knot acl with action "
                "update, PowerDNS TSIG-ALLOW-DNSUPDATE and allow-dnsupdate-from)."));
        return reading;
    case DnsUpdateRcode::NotZone:
        reading.outcome = UpdateOutcome::needsUser(
            Rfc2136ReplyText::tr("%1 is not inside the zone %2 (NOTZONE).").arg(context.name, context.zone),
            Rfc2136ReplyText::tr(
                "Set the zone to the one the host name belongs to, or leave it empty to let Homing find it."));
        return reading;
    case DnsRcode::NxDomain:
    case DnsUpdateRcode::YxDomain:
    case DnsUpdateRcode::YxRrset:
    case DnsUpdateRcode::NxRrset:
        reading.outcome = UpdateOutcome::needsUser(
            Rfc2136ReplyText::tr(
                "%1 did not change %2: the prerequisite failed (%3: the name or its %4 record is not as "
                "required).")
                .arg(context.server, context.name, DnsMessage::rcodeName(reply->rcode), context.typeName),
            Rfc2136ReplyText::tr("Create the record on the server first, or set the prerequisite to none."));
        return reading;
    case DnsRcode::FormErr:
        reading.outcome = UpdateOutcome::needsUser(
            Rfc2136ReplyText::tr("%1 could not read the update for %2 in zone %3 (FORMERR).")
                .arg(context.server, context.name, context.zone),
            Rfc2136ReplyText::tr(
                "Check the zone and the host name; if both are right, the server may not speak RFC 2136."));
        return reading;
    case DnsRcode::NotImp:
        reading.outcome = UpdateOutcome::needsUser(
            Rfc2136ReplyText::tr("%1 does not accept dynamic updates (NOTIMP).").arg(context.server),
            Rfc2136ReplyText::tr("Turn on dynamic updates for the zone on the name server."));
        return reading;
    case DnsRcode::ServFail:
        reading.outcome = UpdateOutcome::retryLater(
            Rfc2136ReplyText::tr("%1 failed to apply the update (SERVFAIL).").arg(context.server),
            ProviderReplies::kTransient);
        return reading;
    default:
        reading.outcome = UpdateOutcome::retryLater(
            Rfc2136ReplyText::tr("%1 answered %2.").arg(context.server, DnsMessage::rcodeName(reply->rcode)),
            ProviderReplies::kTransient);
        return reading;
    }
}

} // namespace Homing::Rfc2136Reply
