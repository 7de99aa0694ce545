#include "verification.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Homing {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct VerificationText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Verification)
};

QJsonValue verificationTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString verificationStatusName(FamilyVerification::Status status)
{
    switch (status) {
    case FamilyVerification::Status::Checking:
        return QStringLiteral("checking");
    case FamilyVerification::Status::Verified:
        return QStringLiteral("verified");
    case FamilyVerification::Status::Propagating:
        return QStringLiteral("propagating");
    case FamilyVerification::Status::Mismatch:
        return QStringLiteral("mismatch");
    case FamilyVerification::Status::Unverifiable:
        return QStringLiteral("unverifiable");
    }
    return {};
}

QString serverAnswerName(ServerCheck::Answer answer)
{
    switch (answer) {
    case ServerCheck::Answer::Match:
        return QStringLiteral("match");
    case ServerCheck::Answer::Other:
        return QStringLiteral("other");
    case ServerCheck::Answer::NoRecord:
        return QStringLiteral("no-record");
    case ServerCheck::Answer::Lame:
        return QStringLiteral("lame");
    case ServerCheck::Answer::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

QJsonObject ServerCheck::toJson() const
{
    return QJsonObject {
        {QStringLiteral("server"), server},
        {QStringLiteral("address"), address.toString()},
        {QStringLiteral("answer"), serverAnswerName(answer)},
        {QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("tcp"), viaTcp},
        {QStringLiteral("elapsedMs"), elapsedMs},
    };
}

bool FamilyVerification::sameOutcome(const FamilyVerification &other) const
{
    return status == other.status && matching == other.matching && reachable == other.reachable
        && expected == other.expected;
}

QString FamilyVerification::summary() const
{
    switch (status) {
    case Status::Checking:
        return VerificationText::tr("Checking %1 at the zone's name servers").arg(expected);
    case Status::Verified:
        return VerificationText::tr("Verified: %1 of %2 name servers answer %3")
            .arg(matching)
            .arg(reachable)
            .arg(expected);
    case Status::Propagating:
        return VerificationText::tr("Propagating: %1 of %2 name servers answer %3 so far")
            .arg(matching)
            .arg(reachable)
            .arg(expected);
    case Status::Mismatch:
        return VerificationText::tr("Mismatch: only %1 of %2 name servers answer %3: %4")
            .arg(matching)
            .arg(reachable)
            .arg(expected, reason);
    case Status::Unverifiable:
        return VerificationText::tr("Unverifiable: %1").arg(reason);
    }
    return {};
}

QStringList FamilyVerification::serverLines() const
{
    QStringList lines;
    for (const ServerCheck &check : servers) {
        QString answer;
        switch (check.answer) {
        case ServerCheck::Answer::Match:
        case ServerCheck::Answer::Other:
            answer = check.addresses.join(QStringLiteral(", "));
            break;
        case ServerCheck::Answer::NoRecord:
            answer = VerificationText::tr("no %1 record").arg(recordType(family));
            break;
        case ServerCheck::Answer::Lame:
            answer = VerificationText::tr("lame (%1)").arg(check.detail);
            break;
        case ServerCheck::Answer::Unreachable:
            answer = VerificationText::tr("unreachable (%1)").arg(check.detail);
            break;
        }
        if (check.viaTcp)
            answer += VerificationText::tr(" [over TCP]");
        lines.append(QStringLiteral("%1 (%2): %3").arg(check.server, check.address.toString(), answer));
    }
    return lines;
}

QJsonObject FamilyVerification::toJson() const
{
    QJsonArray serverArray;
    for (const ServerCheck &check : servers)
        serverArray.append(check.toJson());
    return QJsonObject {
        {QStringLiteral("status"), verificationStatusName(status)},
        {QStringLiteral("expected"), expected},
        {QStringLiteral("zone"), zone},
        {QStringLiteral("matching"), matching},
        {QStringLiteral("reachable"), reachable},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("summary"), summary()},
        {QStringLiteral("checkedAt"), verificationTime(checkedAt)},
        {QStringLiteral("deadline"), verificationTime(deadline)},
        {QStringLiteral("servers"), serverArray},
    };
}

} // namespace Homing
