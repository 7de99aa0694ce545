#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
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
    bool isOnline() const { return m_online; } // true when unknown

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
    bool m_hasReachability = false;
    bool m_online = true;
};

} // namespace Homing
