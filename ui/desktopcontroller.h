#pragma once

#include "tray/traycontroller.h"

#include <QObject>
#include <QPointer>

namespace Homing {

class HostEditorDialog;
class HostTableModel;
class MainWindow;
class Runtime;
class UpdateCycle;

// Wires the desktop pieces to the core: the main window, the tray and the host editor.
class DesktopController : public QObject
{
    Q_OBJECT
public:
    explicit DesktopController(Runtime *runtime, QObject *parent = nullptr);
    ~DesktopController() override;

    MainWindow *window() const { return m_window; }
    TrayController *tray() const { return m_tray; }
    HostTableModel *model() const { return m_model; }
    HostEditorDialog *editor() const;

    void start(bool showWindow);
    void addHost();
    void updateNow();
    void toggleWindow();
    void showWindow();

signals:
    void quitRequested();
    void cycleFinished();

private:
    void saveEditedHost();
    void reload();
    void refreshTray();

    Runtime *m_runtime;
    HostTableModel *m_model;
    MainWindow *m_window;
    TrayController *m_tray;
    QPointer<HostEditorDialog> m_editor;
    QPointer<UpdateCycle> m_cycle;
};

} // namespace Homing
