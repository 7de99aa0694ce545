#include "traycontroller.h"

#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QSystemTrayIcon>

namespace Homing {

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *open = m_menu->addAction(tr("&Open Homing"));
    open->setObjectName(QStringLiteral("trayOpen"));
    connect(open, &QAction::triggered, this, &TrayController::showWindowRequested);
    QAction *update = m_menu->addAction(tr("&Update all now"));
    update->setObjectName(QStringLiteral("trayUpdateNow"));
    connect(update, &QAction::triggered, this, &TrayController::updateNowRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            emit toggleWindowRequested();
    });
    setState(Overall::Ok, tr("No hosts yet"));
}

TrayController::~TrayController()
{
    delete m_menu;
}

QString TrayController::iconPath(Overall state, bool darkPanel)
{
    const char *name = "ok";
    switch (state) {
    case Overall::Ok:
        name = "ok";
        break;
    case Overall::Updating:
        name = "updating";
        break;
    case Overall::Attention:
        name = "attention";
        break;
    case Overall::Error:
        name = "error";
        break;
    case Overall::Paused:
        name = "paused";
        break;
    case Overall::Offline:
        name = "offline";
        break;
    }
    return QStringLiteral(":/icons/tray-%1%2.svg")
        .arg(QLatin1String(name), darkPanel ? QStringLiteral("-dark") : QString());
}

QString TrayController::toolTip() const
{
    return tr("Homing — %1").arg(m_summary);
}

void TrayController::setState(Overall state, const QString &summary)
{
    m_state = state;
    m_summary = summary;
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    m_icon->setIcon(QIcon(iconPath(state, dark)));
    m_icon->setToolTip(toolTip());
}

void TrayController::show()
{
    m_icon->show();
}

} // namespace Homing
