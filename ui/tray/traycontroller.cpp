#include "traycontroller.h"

#include <QApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QPalette>
#include <QSystemTrayIcon>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTray, "homing.ui.tray", QtInfoMsg)

namespace Homing {

namespace {
constexpr int trayCheckIntervalMs = 2000;
constexpr int trayChecks = 150; // five minutes: long enough for a slow login
} // namespace

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_trayWait(new QTimer(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *open = m_menu->addAction(tr("&Open Homing"));
    open->setObjectName(QStringLiteral("trayOpen"));
    connect(open, &QAction::triggered, this, &TrayController::showWindowRequested);
    QAction *update = m_menu->addAction(tr("&Update all now"));
    update->setObjectName(QStringLiteral("trayUpdateNow"));
    connect(update, &QAction::triggered, this, &TrayController::updateNowRequested);
    m_pause = m_menu->addAction(tr("&Pause all"));
    m_pause->setObjectName(QStringLiteral("trayPause"));
    connect(m_pause, &QAction::triggered, this,
            [this] { emit pauseAllRequested(!(m_pausedQuery && m_pausedQuery())); });
    m_menu->addSeparator();
    QAction *settings = m_menu->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("traySettings"));
    connect(settings, &QAction::triggered, this, &TrayController::settingsRequested);
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayController::refreshMenu);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            emit toggleWindowRequested();
    });
    m_trayWait->setInterval(trayCheckIntervalMs);
    connect(m_trayWait, &QTimer::timeout, this, &TrayController::waitForTray);
    setState(Overall::Idle, tr("no hosts yet"));
    qApp->installEventFilter(this);
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        setState(m_state, m_summary, m_addresses);
    return QObject::eventFilter(watched, event);
}

TrayController::~TrayController()
{
    delete m_menu;
}

QAction *TrayController::action(const QString &objectName) const
{
    return m_menu->findChild<QAction *>(objectName);
}

QString TrayController::stateName(Overall state)
{
    switch (state) {
    case Overall::Idle:
        return QStringLiteral("idle");
    case Overall::Ok:
        return QStringLiteral("ok");
    case Overall::Updating:
        return QStringLiteral("updating");
    case Overall::Attention:
        return QStringLiteral("attention");
    case Overall::Error:
        return QStringLiteral("error");
    case Overall::Paused:
        return QStringLiteral("paused");
    case Overall::Offline:
        return QStringLiteral("offline");
    case Overall::Propagating:
        return QStringLiteral("propagating");
    case Overall::Mismatch:
        return QStringLiteral("mismatch");
    }
    return QStringLiteral("ok");
}

QString TrayController::iconPath(Overall state, bool darkPanel)
{
    return QStringLiteral(":/icons/tray-%1%2.svg")
        .arg(stateName(state), darkPanel ? QStringLiteral("-dark") : QString());
}

QString TrayController::toolTip() const
{
    QString tip = tr("Homing — %1").arg(m_summary);
    if (!m_addresses.isEmpty())
        tip += QLatin1Char('\n') + m_addresses;
    return tip;
}

void TrayController::setState(Overall state, const QString &summary, const QString &addresses)
{
    m_state = state;
    m_summary = summary;
    m_addresses = addresses;
    // Panels usually follow the desktop theme: a dark window palette suggests a dark panel.
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    m_icon->setIcon(QIcon(iconPath(state, dark)));
    m_icon->setToolTip(toolTip());
}

void TrayController::refreshMenu()
{
    const bool allPaused = m_pausedQuery && m_pausedQuery();
    m_pause->setText(allPaused ? tr("&Resume all") : tr("&Pause all"));
}

void TrayController::show()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_trayWait->stop();
        m_icon->show();
        qCDebug(lcTray) << "tray icon shown";
        emit shown();
        return;
    }
    if (!m_trayWait->isActive()) {
        qCInfo(lcTray) << "no system tray yet; waiting for one";
        m_trayChecks = 0;
        m_trayWait->start();
    }
}

bool TrayController::isShown() const
{
    return m_icon->isVisible();
}

void TrayController::waitForTray()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcTray) << "a system tray appeared";
        show();
    } else if (++m_trayChecks >= trayChecks) {
        qCInfo(lcTray) << "no system tray appeared; Homing stays reachable through its window";
        m_trayWait->stop();
    }
}

} // namespace Homing
