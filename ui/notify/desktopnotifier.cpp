#include "desktopnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcNotify, "homing.ui.notify", QtInfoMsg)

namespace Homing {

DesktopNotifier::DesktopNotifier(QSystemTrayIcon *fallback, const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_fallback(fallback)
{
    // No isValid() probe of the service: D-Bus starts the notification daemon on demand.
    if (m_bus.isConnected()) {
        // clang-format off
        m_bus.connect(service, path, service, QStringLiteral("ActionInvoked"), this,
                      SLOT(onActionInvoked(uint,QString)));
        m_bus.connect(service, path, service, QStringLiteral("NotificationClosed"), this,
                      SLOT(onNotificationClosed(uint,uint)));
        // clang-format on
    }
    if (m_fallback) {
        connect(m_fallback, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_fallbackKey.isNull())
                emit activated(m_fallbackKey);
        });
    }
}

void DesktopNotifier::notify(const QString &title, const QString &body, const QString &key, const QString &fixLabel)
{
    if (!m_bus.isConnected()) {
        showFallback(title, body, key);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Notify"));
    const QString desktopEntry = QGuiApplication::desktopFileName().isEmpty() ? QStringLiteral("io.github.homing")
                                                                              : QGuiApplication::desktopFileName();
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), desktopEntry);
    hints.insert(QStringLiteral("category"), QStringLiteral("network"));
    QStringList actions {QStringLiteral("default"), tr("Open")};
    if (!fixLabel.isEmpty())
        actions << fixAction << fixLabel;
    call << QStringLiteral("Homing") << uint(0) << desktopEntry << title << body << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 10000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, body, key] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCInfo(lcNotify).noquote() << "no notification service (" << reply.error().name()
                                       << "); using the tray balloon";
            showFallback(title, body, key);
            return;
        }
        m_keys.insert(reply.value(), key);
        emit delivered(true);
    });
}

void DesktopNotifier::showFallback(const QString &title, const QString &body, const QString &key)
{
    if (!m_fallback || !m_fallback->isVisible() || !QSystemTrayIcon::supportsMessages()) {
        qCInfo(lcNotify).noquote() << "cannot show a notification:" << title;
        return;
    }
    m_fallbackKey = key;
    m_fallback->showMessage(title, body, QSystemTrayIcon::Information);
    emit delivered(false);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_keys.constFind(id);
    if (it == m_keys.cend()) // another application's notification
        return;
    if (action == QLatin1String("default"))
        emit activated(it.value());
    else if (action == fixAction)
        emit fixRequested(it.value());
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_keys.remove(id);
}

} // namespace Homing
