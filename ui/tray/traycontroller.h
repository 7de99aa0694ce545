#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Homing {

// Owns the tray icon and its menu. One function maps the overall state to icon and tooltip.
class TrayController : public QObject
{
    Q_OBJECT
public:
    enum class Overall
    {
        Ok,
        Updating,
        Attention,
        Error,
        Paused,
        Offline
    };

    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    void setState(Overall state, const QString &summary);
    Overall state() const { return m_state; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *icon() const { return m_icon; }
    void show();

    static QString iconPath(Overall state, bool darkPanel);

signals:
    void toggleWindowRequested();
    void showWindowRequested();
    void updateNowRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    Overall m_state = Overall::Ok;
    QString m_summary;
};

} // namespace Homing
