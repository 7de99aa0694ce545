#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace Homing {

// Shows desktop notifications through org.freedesktop.Notifications on the session bus,
// asynchronously, with the desktop-entry hint and a default action. Where the call fails (no
// bus, no notification service) it falls back to QSystemTrayIcon::showMessage. Clicking a
// notification of ours (we track our own ids) emits activated() with the key it was sent with; its
// fix action, fixRequested().
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    DesktopNotifier(QSystemTrayIcon *fallback, const QDBusConnection &bus, QObject *parent = nullptr);

    // fixLabel, when given, is a second action ("Edit host…"); choosing it emits fixRequested(key).
    void notify(const QString &title, const QString &body, const QString &key, const QString &fixLabel = {});

    static inline const QString service = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString path = QStringLiteral("/org/freedesktop/Notifications");
    static inline const QString fixAction = QStringLiteral("fix");

signals:
    void activated(const QString &key);
    void fixRequested(const QString &key);
    void delivered(bool overDBus); // for tests and diagnostics

private slots:
    // QDBusConnection::connect takes slot names; these two are the only string-based connects.
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void showFallback(const QString &title, const QString &body, const QString &key);

    QDBusConnection m_bus;
    QPointer<QSystemTrayIcon> m_fallback;
    QHash<uint, QString> m_keys; // our notification ids → key
    QString m_fallbackKey;
};

} // namespace Homing
