#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace Homing::Test {

// A stand-in org.freedesktop.Notifications on its own bus connection, so a test sees exactly what
// reached the bus and can click a notification's action.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Received
    {
        uint id;
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    explicit FakeNotifications(QObject *parent = nullptr);
    ~FakeNotifications() override;

    bool registerOnBus(QString *error); // on a second connection to the session bus
    QList<Received> received() const { return m_received; }
    void invokeAction(uint id, const QString &action); // as if the user clicked

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities();
    void CloseNotification(uint id);

private:
    QDBusConnection m_bus;
    QList<Received> m_received;
    uint m_nextId = 1;
};

} // namespace Homing::Test
