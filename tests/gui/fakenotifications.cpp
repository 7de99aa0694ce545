#include "fakenotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace Homing::Test {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

FakeNotifications::FakeNotifications(QObject *parent)
    : QObject(parent)
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications")))
{
}

FakeNotifications::~FakeNotifications()
{
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
}

bool FakeNotifications::registerOnBus(QString *error)
{
    if (!m_bus.isConnected()) {
        *error = m_bus.lastError().message();
        return false;
    }
    if (!m_bus.registerObject(path, this, QDBusConnection::ExportAllSlots)) {
        *error = QStringLiteral("cannot register the object");
        return false;
    }
    if (!m_bus.registerService(service)) {
        *error = m_bus.lastError().message();
        return false;
    }
    return true;
}

uint FakeNotifications::Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                               const QString &body, const QStringList &actions, const QVariantMap &hints,
                               int expireTimeout)
{
    Q_UNUSED(replacesId)
    Q_UNUSED(appIcon)
    Q_UNUSED(expireTimeout)
    const uint id = m_nextId++;
    m_received.append({id, appName, summary, body, actions, hints});
    return id;
}

QStringList FakeNotifications::GetCapabilities()
{
    return {QStringLiteral("actions"), QStringLiteral("body")};
}

void FakeNotifications::CloseNotification(uint id)
{
    Q_UNUSED(id)
}

void FakeNotifications::invokeAction(uint id, const QString &action)
{
    QDBusMessage signal = QDBusMessage::createSignal(path, service, QStringLiteral("ActionInvoked"));
    signal << id << action;
    m_bus.send(signal);
    QDBusMessage closed = QDBusMessage::createSignal(path, service, QStringLiteral("NotificationClosed"));
    closed << id << uint(2);
    m_bus.send(closed);
}

} // namespace Homing::Test
