#include "notificationcenter.h"

#include "clock.h"
#include "desktopnotifier.h"
#include "settings/uisettings.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNotify)

namespace Homing {

NotificationCenter::NotificationCenter(DesktopNotifier *notifier, const UiSettings *settings, const Clock *clock,
                                       QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_settings(settings)
    , m_clock(clock)
{
}

bool NotificationCenter::allowed(Kind kind, const QString &eventKey)
{
    const UiSettings::Key setting = kind == Kind::AddressChange ? UiSettings::Key::NotifyAddressChange
        : kind == Kind::Attention                               ? UiSettings::Key::NotifyAttention
                                                                : UiSettings::Key::NotifyRecovery;
    if (!m_settings->flag(setting))
        return false;
    const QDateTime now = m_clock->now();
    const QDateTime last = m_lastByEvent.value(eventKey);
    if (last.isValid() && last.secsTo(now) < quietSeconds) {
        ++m_suppressed;
        qCDebug(lcNotify).noquote() << "suppressed a repeated notification:" << eventKey;
        return false;
    }
    m_recent.removeIf([&](const QDateTime &time) { return time.secsTo(now) >= burstWindowSeconds; });
    if (m_recent.size() >= burstLimit) {
        ++m_suppressed;
        qCInfo(lcNotify) << "too many notifications; holding back until things calm down";
        return false;
    }
    m_lastByEvent.insert(eventKey, now);
    m_recent.append(now);
    ++m_sent;
    return true;
}

void NotificationCenter::addressChanged(AddressFamily family, const QHostAddress &oldAddress,
                                        const QHostAddress &newAddress, const QStringList &followingHosts,
                                        const QString &openKey)
{
    // The first address ever seen is not a change; neither is losing the address (that shows as offline).
    if (oldAddress.isNull() || newAddress.isNull() || oldAddress == newAddress)
        return;
    if (!allowed(Kind::AddressChange, QStringLiteral("address/%1/%2").arg(familyName(family), newAddress.toString())))
        return;
    const QString title = family == AddressFamily::IPv4 ? tr("Your public IPv4 address changed")
                                                        : tr("Your public IPv6 address changed");
    QString body = tr("%1 → %2").arg(oldAddress.toString(), newAddress.toString());
    if (followingHosts.isEmpty())
        body += QLatin1Char('\n') + tr("No host follows this address.");
    else
        body += QLatin1Char('\n')
            + tr("Followed by %n host(s): %1", nullptr, static_cast<int>(followingHosts.size()))
                  .arg(followingHosts.join(QStringLiteral(", ")));
    m_notifier->notify(title, body, openKey);
}

void NotificationCenter::hostNeedsAttention(const QString &hostKey, const QString &hostName, const QString &reason,
                                            const QString &fixLabel)
{
    if (!allowed(Kind::Attention, QStringLiteral("attention/") + hostKey))
        return;
    m_lastByEvent.remove(QStringLiteral("recovery/") + hostKey);
    m_notifier->notify(tr("%1 needs your attention").arg(hostName),
                       reason.isEmpty() ? tr("Open Homing to see what happened.") : reason, hostKey, fixLabel);
}

void NotificationCenter::hostRecovered(const QString &hostKey, const QString &hostName)
{
    if (!allowed(Kind::Recovery, QStringLiteral("recovery/") + hostKey))
        return;
    m_lastByEvent.remove(QStringLiteral("attention/") + hostKey);
    m_notifier->notify(tr("%1 is working again").arg(hostName),
                       tr("The provider accepted the update; nothing more to do."), hostKey);
}

QString NotificationCenter::restoreLabel()
{
    return tr("Restore");
}

void NotificationCenter::hostDrifted(const QString &key, const QString &hostName, const QString &published,
                                     const QStringList &seen, bool restoring)
{
    // The same change again within the quiet period is not news; another change is.
    if (!allowed(Kind::Attention, QStringLiteral("drift/%1/%2").arg(key, seen.join(QLatin1Char(',')))))
        return;
    QString body = seen.isEmpty() ? tr("%1 → no record").arg(published)
                                  : tr("%1 → %2").arg(published, seen.join(QStringLiteral(", ")));
    body += QLatin1Char('\n')
        + (seen.isEmpty() ? tr("The zone's name servers no longer answer the address Homing published.")
                          : tr("The zone's name servers answer an address Homing did not publish."));
    body += QLatin1Char('\n')
        + (restoring ? tr("Homing is sending its address again.")
                     : tr("Choose Restore to send Homing's address again."));
    m_notifier->notify(tr("%1 changed behind your back").arg(hostName), body, key, restoreLabel());
}

void NotificationCenter::hostMismatch(const QString &hostKey, const QString &hostName, const QString &expected,
                                      const QString &summary)
{
    // Told once per published address (within the quiet period), not at every check that still sees it.
    if (!allowed(Kind::Attention, QStringLiteral("mismatch/%1/%2").arg(hostKey, expected)))
        return;
    QString body = summary;
    body += QLatin1Char('\n')
        + tr("People whose lookups end at those servers reach another machine. The host's timeline says which "
             "server answers what.");
    m_notifier->notify(tr("%1: the name servers answer another address").arg(hostName), body, hostKey);
}

} // namespace Homing
