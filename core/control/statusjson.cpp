#include "statusjson.h"

#include "providers/providerregistry.h"

#include <QCoreApplication>

namespace Homing {

namespace {
QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject verificationJson(const QList<FamilyVerification> &verification)
{
    QJsonObject object;
    for (const FamilyVerification &family : verification)
        object.insert(familyName(family.family), family.toJson());
    return object;
}

QJsonObject hostStatusJson(const Host &host, const HostRecord &record, const QDateTime &nextCheck,
                           const QList<FamilyVerification> &verification)
{
    const auto info = ProviderRegistry::find(host.providerId);
    return QJsonObject {
        {QStringLiteral("verification"), verificationJson(verification)},
        {QStringLiteral("id"), host.id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), host.displayName()},
        {QStringLiteral("provider"), host.providerId},
        {QStringLiteral("providerName"), info ? info->name : host.providerId},
        {QStringLiteral("enabled"), host.enabled},
        {QStringLiteral("paused"), record.paused},
        {QStringLiteral("state"),
         record.paused && record.state != HostState::Error ? QStringLiteral("paused") : hostStateName(record.state)},
        {QStringLiteral("ipv4"), host.ipv4 ? QJsonValue(record.publishedIpv4) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ipv6"), host.ipv6 ? QJsonValue(record.publishedIpv6) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lastChange"), jsonTime(record.lastChange)},
        {QStringLiteral("lastAttempt"), jsonTime(record.lastAttempt)},
        {QStringLiteral("lastOutcome"), record.lastOutcome},
        {QStringLiteral("retryAt"), jsonTime(record.nextAttempt)},
        {QStringLiteral("nextCheck"), jsonTime(nextCheck)},
        {QStringLiteral("attention"), record.attentionReason},
        {QStringLiteral("lastDrift"), jsonTime(record.lastDrift)},
    };
}

QString historyHostName(const HistoryEvent &event, const Host *host)
{
    if (host)
        return host->displayName();
    if (event.hostId.isNull())
        return QCoreApplication::translate("Homing::StatusJson", "(public address)");
    return event.hostId.toString(QUuid::WithoutBraces);
}

QJsonObject historyEventJson(const HistoryEvent &event, const QString &hostName)
{
    return QJsonObject {
        {QStringLiteral("id"), event.id},
        {QStringLiteral("time"), event.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("host"), hostName},
        {QStringLiteral("kind"), historyKindName(event.kind)},
        {QStringLiteral("old"), event.oldAddress},
        {QStringLiteral("new"), event.newAddress},
        {QStringLiteral("source"), event.source},
        {QStringLiteral("outcome"), event.outcome},
        {QStringLiteral("detail"), event.detail},
        {QStringLiteral("durationMs"), event.durationMs},
    };
}

} // namespace Homing
