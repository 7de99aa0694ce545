#include "fakenotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QTest>

namespace Homing::Test {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString barrierPath = QStringLiteral("/io/github/homing/TestBarrier");

bool answered(const QDBusPendingCall &call, int timeoutMs)
{
    return QTest::qWaitFor([&] { return call.isFinished(); }, timeoutMs) && !call.isError();
}
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

bool FakeNotifications::fromSender(const QDBusConnection &sender, int timeoutMs)
{
    return answered(
        sender.asyncCall(QDBusMessage::createMethodCall(service, path, service, QStringLiteral("GetCapabilities"))),
        timeoutMs);
}

bool FakeNotifications::toReceiver(const QDBusConnection &receiver, int timeoutMs)
{
    QDBusConnection bus = receiver;
    if (!bus.objectRegisteredAt(barrierPath)
        && !bus.registerObject(barrierPath, new BusBarrier(this), QDBusConnection::ExportAllSlots))
        return false;
    return answered(m_bus.asyncCall(QDBusMessage::createMethodCall(receiver.baseService(), barrierPath,
                                                                   QStringLiteral("io.github.homing.TestBarrier"),
                                                                   QStringLiteral("Ping"))),
                    timeoutMs);
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
