#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace Homing {

// Owns the tray icon and its menu. One function (setState) maps the overall state to icon and
// tooltip; the menu texts that depend on state are refreshed when the menu opens. When no tray
// host is there yet (early at login) it keeps looking for one for a while.
class TrayController : public QObject
{
    Q_OBJECT
public:
    enum class Overall
    {
        Idle, // nothing to keep up to date (no hosts yet): neither good nor bad
        Ok,
        Updating,
        Attention,
        Error,
        Paused,
        Offline,
        Propagating, // up to date, but some name servers do not answer the new address yet
        Mismatch // a zone's name servers answer something else, or the record changed behind Homing's back
    };

    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    // Icon and tooltip for the overall state; summary is one line, addresses the public addresses.
    void setState(Overall state, const QString &summary, const QString &addresses = {});
    Overall state() const { return m_state; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *icon() const { return m_icon; }
    QAction *action(const QString &objectName) const;

    // Asked when the menu opens: are all hosts paused (the menu then offers "Resume all")?
    void setPausedQuery(std::function<bool()> query) { m_pausedQuery = std::move(query); }
    void refreshMenu();

    // Shows the icon now, or as soon as a tray host appears (checked every few seconds for a while).
    void show();
    bool isShown() const;

    static QString iconPath(Overall state, bool darkPanel);
    static QString stateName(Overall state);

protected:
    // Follows a palette change (light ↔ dark desktop theme) with the matching icon variant.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void toggleWindowRequested();
    void showWindowRequested();
    void updateNowRequested();
    void pauseAllRequested(bool pause); // true: pause all; false: resume all
    void settingsRequested();
    void quitRequested();
    void shown(); // the icon is in a tray now

private:
    void waitForTray();

    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_pause;
    QTimer *m_trayWait;
    int m_trayChecks = 0;
    Overall m_state = Overall::Idle;
    QString m_summary;
    QString m_addresses;
    std::function<bool()> m_pausedQuery;
};

} // namespace Homing
