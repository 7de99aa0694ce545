#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class QSocketNotifier;

namespace Homing {

class Clock;

// Tells when the public address may have changed, so a check can follow at once:
// - Linux: a netlink socket on the address and link groups, read through QSocketNotifier; a burst
//   of messages becomes one changed() after a quiet period (and never later than maxDelayMs after
//   its first message), so a check follows within a second;
// - QNetworkInformation reachability, where Qt has a backend: wentOffline() / cameOnline();
// - Linux without a backend that reports changes (no NetworkManager: Qt's glib backend never tells
//   one): the netlink socket also follows the routing table, and a default route coming or going
//   is online or offline. The routes are read once at start, so an agent started before the
//   network knows it is offline and goes online when a default route appears;
// - wake from sleep: the wall clock jumping ahead of the monotonic clock (which stops during
//   suspend) between two ticks of a timer: wokeUp().
// logind's PrepareForSleep would be earlier and exact, but it is D-Bus, which homing_core does not
// link; the UI/app layer may add it.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int quietMs = 300;
        int maxDelayMs = 900;
        bool netlink = true;
        bool reachability = true;
        int wakeCheckMs = 15000; // 0: no wake detection
        int wakeThresholdMs = 30000; // wall-clock gain over the monotonic clock that counts as sleep
    };

    explicit ChangeWatcher(const Clock *clock, QObject *parent = nullptr);
    ChangeWatcher(const Clock *clock, const Options &options, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // Opens what the platform offers; each part that is missing is logged and reported below.
    void start();
    bool isNetlinkActive() const { return m_fd >= 0; }
    QString netlinkError() const { return m_netlinkError; }
    bool hasReachability() const { return m_hasReachability; }
    // The routing table is followed and decides online/offline (see above).
    bool routesDecideOnline() const { return m_routesKnown && m_routesDecide; }
    int defaultRoutes() const { return static_cast<int>(m_defaultRoutes.size()); }
    bool isOnline() const { return m_online; } // true when unknown
    // Nothing is left to tell: every netlink message that has arrived is read and no burst waits for
    // its quiet period. Once it is true after a change, no further changed() can come from that
    // change (tests use it instead of waiting a while to see that nothing more follows).
    bool isSettled() const;
    int wakeChecks() const { return m_wakeChecks; } // comparisons of the two clocks so far

signals:
    void changed(const QString &reason);
    void wentOffline();
    void cameOnline();
    void wokeUp(qint64 sleptMs);

private:
    void openNetlink();
    void readNetlink();
    void noteChange(const QString &what);
    void emitChanged();
    void checkWake();
    void startReachability();
    void readRoutes(); // the default routes now, by a dump on a socket of its own
    bool noteRoute(const void *header); // true if it was a default route
    void setOnline(bool online, const char *why);

    const Clock *m_clock;
    Options m_options;
    int m_fd = -1;
    QString m_netlinkError;
    QSocketNotifier *m_notifier = nullptr;
    QHash<int, unsigned> m_linkFlags; // interface index -> up/running flags last seen
    QTimer m_quiet;
    qint64 m_burstStartMs = -1;
    int m_burstCount = 0;
    QString m_firstReason;
    QTimer m_wakeTimer;
    QDateTime m_lastWall;
    qint64 m_lastMonotonicMs = 0;
    int m_wakeChecks = 0;
    bool m_hasReachability = false;
    bool m_routesKnown = false; // the dump at start worked
    bool m_routesDecide = true; // no reachability backend that reports changes
    QSet<QString> m_defaultRoutes; // "family/table/interface/gateway/metric"
    bool m_online = true;
};

} // namespace Homing
