#pragma once

#include "model/addressfamily.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Homing {

class Clock;
class DesktopNotifier;
class UiSettings;

// Decides which engine events become notifications and words them: a public address change
// (old → new, and which hosts followed), a host needing attention, its recovery, a record the
// zone's name servers do not answer as published (a Mismatch, a drift). Never a routine poll or a
// routine Verified. Each kind can be switched off in UiSettings, and they are rate-limited: the
// same event (kind, host or family) at most once per quiet period, and at most a few
// notifications per window overall.
class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        AddressChange,
        Attention,
        Recovery
    };

    NotificationCenter(DesktopNotifier *notifier, const UiSettings *settings, const Clock *clock,
                       QObject *parent = nullptr);

    void addressChanged(AddressFamily family, const QHostAddress &oldAddress, const QHostAddress &newAddress,
                        const QStringList &followingHosts, const QString &openKey);
    // fixLabel: the action that leads to the fix ("Re-enter password…"), if any.
    void hostNeedsAttention(const QString &hostKey, const QString &hostName, const QString &reason,
                            const QString &fixLabel = {});
    void hostRecovered(const QString &hostKey, const QString &hostName);
    // The zone's servers answer something Homing did not publish (seen; empty: no record).
    // restoring: Homing sends its address again by itself. The notification's action is
    // restoreLabel; the key is the one activated() and fixRequested() give back.
    void hostDrifted(const QString &key, const QString &hostName, const QString &published, const QStringList &seen,
                     bool restoring);
    static QString restoreLabel();
    // After an update, once the provider's usual lag has passed, a name server of the zone still
    // answers something else than expected (the published address); summary says who answers what.
    void hostMismatch(const QString &hostKey, const QString &hostName, const QString &expected, const QString &summary);

    static constexpr int quietSeconds = 600; // same event again: not within ten minutes
    static constexpr int burstWindowSeconds = 600; // overall: at most burstLimit per window
    static constexpr int burstLimit = 5;

    int sentCount() const { return m_sent; }
    int suppressedCount() const { return m_suppressed; }

private:
    bool allowed(Kind kind, const QString &eventKey);

    DesktopNotifier *m_notifier;
    const UiSettings *m_settings;
    const Clock *m_clock;
    QHash<QString, QDateTime> m_lastByEvent;
    QList<QDateTime> m_recent;
    int m_sent = 0;
    int m_suppressed = 0;
};

} // namespace Homing
