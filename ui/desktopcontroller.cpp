#include "desktopcontroller.h"

#include "dialogs/hosteditordialog.h"
#include "engine/updatecycle.h"
#include "models/hosttablemodel.h"
#include "redactor.h"
#include "runtime.h"
#include "storage/secretstore.h"
#include "windows/mainwindow.h"

#include <QLoggingCategory>
#include <QSystemTrayIcon>

#include <memory>

Q_LOGGING_CATEGORY(lcDesktop, "homing.ui.desktop", QtInfoMsg)

namespace Homing {

DesktopController::DesktopController(Runtime *runtime, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_model(new HostTableModel(this))
    , m_window(new MainWindow(m_model))
    , m_tray(new TrayController(this))
{
    connect(m_window, &MainWindow::addHostRequested, this, &DesktopController::addHost);
    connect(m_window, &MainWindow::updateNowRequested, this, &DesktopController::updateNow);
    connect(m_tray, &TrayController::toggleWindowRequested, this, &DesktopController::toggleWindow);
    connect(m_tray, &TrayController::showWindowRequested, this, &DesktopController::showWindow);
    connect(m_tray, &TrayController::updateNowRequested, this, &DesktopController::updateNow);
    connect(m_tray, &TrayController::quitRequested, this, &DesktopController::quitRequested);
    m_window->setStatusText(tr("Secrets are kept in %1.").arg(m_runtime->secrets()->description()));
    reload();
}

DesktopController::~DesktopController()
{
    delete m_window;
}

HostEditorDialog *DesktopController::editor() const
{
    return m_editor;
}

void DesktopController::start(bool showWindow)
{
    m_tray->show();
    if (showWindow || !QSystemTrayIcon::isSystemTrayAvailable())
        this->showWindow();
    if (!m_runtime->config().hosts.isEmpty())
        updateNow();
}

void DesktopController::reload()
{
    m_model->setHosts(m_runtime->config().hosts, m_runtime->state()->loadAll());
    refreshTray();
}

void DesktopController::refreshTray()
{
    const QList<Host> &hosts = m_runtime->config().hosts;
    if (m_cycle) {
        m_tray->setState(TrayController::Overall::Updating, tr("updating…"));
        return;
    }
    if (hosts.isEmpty()) {
        m_tray->setState(TrayController::Overall::Ok, tr("no hosts yet"));
        return;
    }
    const QHash<QUuid, HostRecord> records = m_runtime->state()->loadAll();
    int attention = 0;
    int failing = 0;
    int paused = 0;
    for (const Host &host : hosts) {
        const HostRecord record = records.value(host.id);
        if (record.paused || !host.enabled)
            ++paused;
        else if (record.state == HostState::NeedsAttention)
            ++attention;
        else if (record.state == HostState::RetryScheduled)
            ++failing;
    }
    if (attention > 0)
        m_tray->setState(TrayController::Overall::Attention, tr("%n host(s) need your attention", nullptr, attention));
    else if (failing > 0)
        m_tray->setState(TrayController::Overall::Error,
                         tr("%n host(s) could not be updated; retrying", nullptr, failing));
    else if (paused == hosts.size())
        m_tray->setState(TrayController::Overall::Paused, tr("paused"));
    else
        m_tray->setState(TrayController::Overall::Ok,
                         tr("%n host(s) up to date", nullptr, static_cast<int>(hosts.size()) - paused));
}

void DesktopController::addHost()
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    m_editor = new HostEditorDialog(m_window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &HostEditorDialog::saveRequested, this, &DesktopController::saveEditedHost);
    m_editor->open();
}

// Secrets go to the secret store first, one after the other; only when all are stored does the
// host enter the config. On any failure the dialog stays open with what the user typed.
void DesktopController::saveEditedHost()
{
    if (!m_editor)
        return;
    const Host host = m_editor->host();
    for (const Host &existing : m_runtime->config().hosts) {
        if (existing.name == host.name && existing.providerId == host.providerId && existing.id != host.id) {
            m_editor->showError(tr("%1 is already configured with this provider.").arg(host.displayName()));
            return;
        }
    }
    auto pending = std::make_shared<QList<QPair<QString, QString>>>();
    const QHash<QString, QString> secrets = m_editor->secrets();
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        pending->append({SecretStore::keyFor(host.id, it.key()), it.value()});

    auto step = std::make_shared<std::function<void()>>();
    *step = [this, host, pending, step] {
        if (!m_editor)
            return;
        if (pending->isEmpty()) {
            Config config = m_runtime->config();
            if (Host *existing = config.host(host.id))
                *existing = host;
            else
                config.hosts.append(host);
            QString error;
            if (!m_runtime->saveConfig(config, &error)) {
                m_editor->showError(m_runtime->redactor()->redact(error));
                return;
            }
            qCInfo(lcDesktop).noquote() << "added host" << host.name << "with provider" << host.providerId;
            m_editor->accept();
            reload();
            updateNow();
            return;
        }
        const auto [key, value] = pending->takeFirst();
        m_runtime->secrets()->write(key, value, m_editor, [this, step](const SecretResult &result) {
            if (!m_editor)
                return;
            if (!result.ok()) {
                m_editor->showError(
                    tr("The password could not be stored in %1: %2\nNothing was saved; "
                       "your input is still here.")
                        .arg(m_runtime->secrets()->description(), m_runtime->redactor()->redact(result.message)));
                return;
            }
            (*step)();
        });
    };
    (*step)();
}

void DesktopController::updateNow()
{
    if (m_cycle)
        return;
    const UpdateCycle::Dependencies deps {m_runtime->state(), m_runtime->secrets(), m_runtime->http(),
                                          m_runtime->clock()};
    m_cycle = new UpdateCycle(m_runtime->config(), deps, this);
    connect(m_cycle, &UpdateCycle::finished, this, [this](const UpdateCycle::Summary &) {
        m_cycle->deleteLater();
        m_cycle = nullptr;
        reload();
        emit cycleFinished();
    });
    refreshTray();
    m_cycle->start();
}

void DesktopController::toggleWindow()
{
    if (m_window->isVisible())
        m_window->hide();
    else
        showWindow();
}

void DesktopController::showWindow()
{
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace Homing
