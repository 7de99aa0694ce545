#pragma once

#include "engine/scheduler.h"
#include "model/addressfamily.h"
#include "model/historyevent.h"
#include "model/hostrecord.h"
#include "settings/uisettings.h"
#include "tray/traycontroller.h"

#include <QDBusConnection>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Homing {

class DesktopNotifier;
class HostEditController;
class HostEditorDialog;
class HostTableModel;
class HomingService;
class ImportWizard;
class MainWindow;
class NotificationCenter;
class Runtime;
class SettingsDialog;

// Wires the desktop pieces to the core: the main window, the tray, the host editor, settings and
// notifications. The engine emits meaning (a host's state changed, the public address changed);
// this class decides what the user sees.
class DesktopController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QDBusConnection bus = QDBusConnection::sessionBus(); // for notifications
        QString autostartDir; // empty: $XDG_CONFIG_HOME/autostart
        QStringList autostartArguments; // extra arguments for the autostart entry (e.g. --config-dir)
        Scheduler::Options scheduler;
        // Where the import wizard looks for other clients' configurations ("/" and the home).
        QString importRoot = QStringLiteral("/");
        QString importHome; // empty: the user's home
    };

    explicit DesktopController(Runtime *runtime, QObject *parent = nullptr);
    DesktopController(Runtime *runtime, const Options &options, QObject *parent = nullptr);
    ~DesktopController() override;

    MainWindow *window() const { return m_window; }
    TrayController *tray() const { return m_tray; }
    HostTableModel *model() const { return m_model; }
    HostEditorDialog *editor() const;
    HostEditController *hosts() const { return m_hosts; }
    SettingsDialog *settingsDialog() const;
    ImportWizard *importWizard() const;
    NotificationCenter *notifications() const { return m_notifications; }
    DesktopNotifier *notifier() const { return m_notifier; }
    Scheduler *scheduler() const { return m_scheduler; }
    HomingService *service() const { return m_service; }
    const UiSettings &uiSettings() const { return m_uiSettings; }

    // Shows the tray icon (as soon as there is a tray), the window unless minimized, and starts
    // checking.
    void start(bool showWindow);
    void addHost();
    void updateNow(const QUuid &hostId = {});
    void setPaused(const QUuid &hostId, bool paused); // null: all hosts
    bool allPaused() const;
    void toggleWindow();
    void showWindow();
    void openHost(const QUuid &hostId); // window shown with that host selected
    // The way to what a host that needs the user lacks: the editor, with the cursor in the refused
    // secret where the provider refused it.
    void fixHost(const QUuid &hostId);
    void showSettings();
    void showImport();
    // A second start handed its arguments over.
    void activate(const QStringList &arguments);

signals:
    void quitRequested();
    void cycleFinished();

private:
    void reload();
    void refreshTray();
    static QString hostNames(const QStringList &names); // "a, b and c", or the first few "and n more"
    void refreshAddresses();
    // The status bar: which secret store is in use, online or not, when the next check is, and the
    // latest note from the engine (sources that disagree).
    void refreshStatus();
    void refreshTimeline(const QUuid &hostId);
    void saveSettings();
    void applyLogLevel();
    void showProblem(const QString &title, const QString &text);

    // What the engine reports, turned into what the user sees.
    void onHostRecordChanged(const HostRecord &record);
    void onHistoryAppended(const QList<HistoryEvent> &events);
    void onPublicAddressChanged(AddressFamily family, const QHostAddress &oldAddress, const QHostAddress &newAddress,
                                const QStringList &sources, const QList<QUuid> &hostsFollowing);
    void onHostNeedsAttention(const QUuid &hostId, const QString &reason);
    void onHostRecovered(const QUuid &hostId);
    // The zone's servers answered (after an update, the drift watch, or "verify"): the Verified
    // column, the detail pane and the tray follow Scheduler::verification().
    void onHostVerificationChanged(const QUuid &hostId);
    void refreshNextChecks();

    Runtime *m_runtime;
    Options m_options;
    UiSettings m_uiSettings;
    HostTableModel *m_model;
    MainWindow *m_window;
    TrayController *m_tray;
    DesktopNotifier *m_notifier;
    NotificationCenter *m_notifications;
    HomingService *m_service;
    HostEditController *m_hosts;
    QString m_statusNote;
    QPointer<SettingsDialog> m_settings;
    QPointer<ImportWizard> m_import;
    Scheduler *m_scheduler;
    std::optional<QUuid> m_timelineOf; // the host whose timeline the pane got in this reload()
};

} // namespace Homing
