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

    // Barriers in place of waiting a while to see that nothing more comes. The bus keeps the order of
    // the messages from one connection to another, and Qt hands them to the receiving thread in
    // that order, so once a message sent after the others has been answered, those are handled:
    // - fromSender: every call `sender` made to this service before now has reached Notify();
    // - toReceiver: every signal this fake sent before now has been handled by `receiver`'s slots.
    bool fromSender(const QDBusConnection &sender, int timeoutMs = 10000);
    bool toReceiver(const QDBusConnection &receiver, int timeoutMs = 10000);

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

// The object a barrier call reaches on the receiving connection (FakeNotifications::toReceiver).
class BusBarrier : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.homing.TestBarrier")
public:
    using QObject::QObject;
public slots:
    void Ping() { }
};

} // namespace Homing::Test
