#include "logindpowerevents.h"

#include "logging.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace Homing {

namespace {

const QString kService = QStringLiteral("org.freedesktop.login1");
const QString kPath = QStringLiteral("/org/freedesktop/login1");
const QString kManager = QStringLiteral("org.freedesktop.login1.Manager");

} // namespace

LogindPowerEvents::LogindPowerEvents(QObject *parent)
    : LogindPowerEvents(QDBusConnection::systemBus(), parent)
{
}

LogindPowerEvents::LogindPowerEvents(const QDBusConnection &bus, QObject *parent)
    : PowerEvents(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        qCInfo(lcEngine) << "no system bus: sleep and shutdown are not noticed (names are parked only on quit)";
        return;
    }
    m_available
        = m_bus.connect(kService, kPath, kManager, QStringLiteral("PrepareForSleep"), this, SLOT(prepareForSleep(bool)))
        && m_bus.connect(kService, kPath, kManager, QStringLiteral("PrepareForShutdown"), this,
                         SLOT(prepareForShutdown(bool)));
    if (!m_available)
        qCWarning(lcEngine).noquote() << "could not follow logind's sleep and shutdown signals:"
                                      << m_bus.lastError().message();
}

void LogindPowerEvents::hold()
{
    m_wanted = true;
    if (!m_available || m_lock.isValid() || m_asking)
        return;
    m_asking = true;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kManager, QStringLiteral("Inhibit"));
    call << QStringLiteral("sleep:shutdown") << QStringLiteral("Homing")
         << tr("Taking host names offline before the machine goes away") << QStringLiteral("delay");
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        m_asking = false;
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *finished;
        if (reply.isError()) {
            qCWarning(lcEngine).noquote()
                << "logind refused a delay lock; names are parked only on quit:" << reply.error().message();
            return;
        }
        if (!m_wanted) // released while the call was out
            return;
        m_lock = reply.value();
        qCDebug(lcEngine) << "holding logind's delay lock for sleep and shutdown";
    });
}

void LogindPowerEvents::release()
{
    m_wanted = false;
    if (!m_lock.isValid())
        return;
    m_lock = QDBusUnixFileDescriptor(); // closes our copy: logind may go on
    qCDebug(lcEngine) << "released logind's delay lock";
}

void LogindPowerEvents::prepareForSleep(bool start)
{
    if (start)
        emit leaving(Leaving::Sleep);
    else
        emit back();
}

void LogindPowerEvents::prepareForShutdown(bool start)
{
    if (start)
        emit leaving(Leaving::Shutdown);
}

} // namespace Homing
