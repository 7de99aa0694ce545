#include "desktopcontroller.h"

#include "attentionfix.h"
#include "diagnostics.h"
#include "dialogs/hosteditordialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/settingsdialog.h"
#include "hosteditcontroller.h"
#include "models/hosttablemodel.h"
#include "notify/desktopnotifier.h"
#include "notify/notificationcenter.h"
#include "platform/autostart.h"
#include "redactor.h"
#include "runtime.h"
#include "service/homingservice.h"
#include "storage/filesecretstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/secretstore.h"
#include "windows/hostdetailpane.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcDesktop, "homing.ui.desktop", QtInfoMsg)

namespace Homing {

DesktopController::DesktopController(Runtime *runtime, QObject *parent)
    : DesktopController(runtime, Options {}, parent)
{
}

DesktopController::DesktopController(Runtime *runtime, const Options &options, QObject *parent)
    : QObject(parent)
    , m_runtime(runtime)
    , m_options(options)
    , m_uiSettings(QDir(runtime->paths().configDir).filePath(QStringLiteral("homing-ui.json")))
    , m_model(new HostTableModel(this))
    , m_window(new MainWindow(m_model))
    , m_tray(new TrayController(this))
    , m_notifier(new DesktopNotifier(m_tray->icon(), options.bus, this))
    , m_notifications(new NotificationCenter(m_notifier, &m_uiSettings, runtime->clock(), this))
    , m_service(new HomingService(runtime, options.scheduler, this))
    , m_hosts(new HostEditController(m_service, m_window, this))
    , m_scheduler(m_service->scheduler())
{
    QString error;
    if (!m_uiSettings.load(&error))
        qCWarning(lcDesktop).noquote() << error;
    applyLogLevel();

    connect(m_window, &MainWindow::addHostRequested, this, &DesktopController::addHost);
    connect(m_window, &MainWindow::editHostRequested, m_hosts, &HostEditController::editHost);
    connect(m_window, &MainWindow::removeHostRequested, this, [this](const QUuid &id) { m_hosts->removeHost(id); });
    connect(m_window, &MainWindow::updateNowRequested, this, &DesktopController::updateNow);
    connect(m_window, &MainWindow::pauseToggleRequested, this,
            [this](const QUuid &id) { setPaused(id, !m_model->recordOf(id).paused); });
    connect(m_window, &MainWindow::importRequested, this, &DesktopController::showImport);
    connect(m_window, &MainWindow::settingsRequested, this, &DesktopController::showSettings);
    connect(m_window, &MainWindow::quitRequested, this, &DesktopController::quitRequested);
    connect(m_window, &MainWindow::selectedHostChanged, this, &DesktopController::refreshTimeline);

    connect(m_tray, &TrayController::toggleWindowRequested, this, &DesktopController::toggleWindow);
    connect(m_tray, &TrayController::showWindowRequested, this, &DesktopController::showWindow);
    connect(m_tray, &TrayController::updateNowRequested, this, [this] { updateNow(); });
    connect(m_tray, &TrayController::pauseAllRequested, this, [this](bool pause) { setPaused({}, pause); });
    connect(m_tray, &TrayController::settingsRequested, this, &DesktopController::showSettings);
    connect(m_tray, &TrayController::quitRequested, this, &DesktopController::quitRequested);
    m_tray->setPausedQuery([this] { return allPaused(); });

    // A drift notification's key is "restore:<host>": its action restores, a click opens the host.
    static const QString restorePrefix = QStringLiteral("restore:");
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString &key) {
        openHost(QUuid(key.startsWith(restorePrefix) ? key.mid(restorePrefix.size()) : key));
    });
    connect(m_notifier, &DesktopNotifier::fixRequested, this, [this](const QString &key) {
        if (!key.startsWith(restorePrefix))
            return fixHost(QUuid(key));
        const QUuid hostId(key.mid(restorePrefix.size()));
        openHost(hostId);
        m_service->restore(hostId);
    });
    connect(m_scheduler, &Scheduler::hostDrifted, this,
            [this](const QUuid &hostId, AddressFamily, const QString &published, const QStringList &seen,
                   HostMachine::DriftResponse response) {
                const Host *host = m_runtime->config().host(hostId);
                // A fight stops the host: its "needs you" notification says so, with Restore.
                if (!host || response == HostMachine::DriftResponse::Fight)
                    return;
                m_notifications->hostDrifted(restorePrefix + hostId.toString(), host->displayName(), published, seen,
                                             response == HostMachine::DriftResponse::Restore);
            });
    connect(m_window, &MainWindow::fixRequested, this, &DesktopController::fixHost);

    connect(m_hosts, &HostEditController::hostSaved, this, [this](const QUuid &id) {
        m_window->selectHost(id);
        updateNow(id);
    });
    connect(m_hosts, &HostEditController::problem, this, &DesktopController::showProblem);

    // The engine reports meaning; what the user sees is decided here.
    connect(m_scheduler, &Scheduler::hostRecordChanged, this, &DesktopController::onHostRecordChanged);
    connect(m_scheduler, &Scheduler::hostStateChanged, this,
            [this](const QUuid &hostId) { onHostRecordChanged(m_scheduler->record(hostId)); });
    connect(m_scheduler, &Scheduler::historyAppended, this, &DesktopController::onHistoryAppended);
    // Whoever changed the config (this window, homingctl reload, the control socket), the window
    // follows.
    connect(m_service, &HomingService::configChanged, this, &DesktopController::reload);
    connect(m_scheduler, &Scheduler::publicAddressChanged, this, &DesktopController::onPublicAddressChanged);
    connect(m_scheduler, &Scheduler::hostNeedsAttention, this, &DesktopController::onHostNeedsAttention);
    connect(m_scheduler, &Scheduler::hostRecovered, this, &DesktopController::onHostRecovered);
    connect(m_scheduler, &Scheduler::hostVerificationChanged, this,
            [this](const QUuid &hostId) { onHostVerificationChanged(hostId); });
    connect(m_scheduler, &Scheduler::busyChanged, this, &DesktopController::refreshTray);
    connect(m_scheduler, &Scheduler::onlineChanged, this, [this] {
        refreshAddresses();
        refreshTray();
        refreshStatus();
    });
    connect(m_scheduler, &Scheduler::disagreementDetected, this, [this](AddressFamily family, const QString &detail) {
        m_statusNote
            = tr("The address sources disagree about the public %1 address; nothing is published "
                 "until enough agree. %2")
                  .arg(family == AddressFamily::IPv4 ? tr("IPv4") : tr("IPv6"), m_runtime->redactor()->redact(detail));
        refreshStatus();
    });
    // The address shows as soon as it is known, not when the last host of the pass is done.
    connect(m_scheduler, &Scheduler::addressesDetected, this, &DesktopController::refreshAddresses);
    connect(m_scheduler, &Scheduler::cycleFinished, this, [this] {
        refreshNextChecks();
        refreshAddresses();
        refreshTray();
        refreshStatus();
        emit cycleFinished();
    });

    reload();
}

DesktopController::~DesktopController()
{
    delete m_window;
}

HostEditorDialog *DesktopController::editor() const
{
    return m_hosts->editor();
}

SettingsDialog *DesktopController::settingsDialog() const
{
    return m_settings;
}

void DesktopController::start(bool showWindow)
{
    // The engine first: it learns whether the system is online, so the icon that appears says the
    // truth from the start (offline, not a green "up to date").
    m_scheduler->start();
    refreshNextChecks();
    refreshAddresses();
    refreshTray();
    refreshStatus();
    m_tray->show();
    // Without a tray there is no other way back in: closing the window then quits.
    if (showWindow || !QSystemTrayIcon::isSystemTrayAvailable())
        this->showWindow();
}

void DesktopController::applyLogLevel()
{
    const QString level = m_uiSettings.text(UiSettings::Key::LogLevel);
    if (level == QLatin1String("debug"))
        QLoggingCategory::setFilterRules(QStringLiteral("homing.*.debug=true"));
    else if (level == QLatin1String("warning"))
        QLoggingCategory::setFilterRules(QStringLiteral("homing.*.debug=false\nhoming.*.info=false"));
    else
        QLoggingCategory::setFilterRules(QStringLiteral("homing.*.debug=false"));
}

void DesktopController::reload()
{
    m_timelineOf.reset();
    const QUuid selected = m_window->selectedHostId();
    QHash<QUuid, HostRecord> records;
    for (const Host &host : m_runtime->config().hosts)
        records.insert(host.id, m_scheduler->record(host.id));
    m_model->setHosts(m_runtime->config().hosts, records);
    m_model->setVerificationEnabled(m_runtime->config().settings.verify);
    for (const Host &host : m_runtime->config().hosts)
        m_model->setVerification(host.id, m_scheduler->verification(host.id));
    refreshNextChecks();
    if (!selected.isNull())
        m_window->selectHost(selected);
    // The selection may have loaded the pane already (a model reset or selectHost() changes it);
    // the timeline is read once, a million rows or not.
    if (m_timelineOf != m_window->selectedHostId())
        refreshTimeline(m_window->selectedHostId());
    refreshAddresses();
    refreshTray();
    refreshStatus();
}

void DesktopController::refreshTimeline(const QUuid &hostId)
{
    m_timelineOf = hostId;
    const Host *host = m_runtime->config().host(hostId);
    m_window->detailPane()->setHost(host ? hostId : QUuid(), host ? host->displayName() : QString(),
                                    host ? m_runtime->history()->events(hostId, 500) : QList<HistoryEvent>());
    m_window->detailPane()->setVerification(host ? m_model->verificationOf(hostId) : QList<FamilyVerification>());
}

void DesktopController::refreshAddresses()
{
    QStringList parts;
    for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        const std::optional<QHostAddress> address = m_scheduler->publicAddress(family);
        if (!address || address->isNull())
            continue;
        const QString label = family == AddressFamily::IPv4 ? tr("Public IPv4") : tr("Public IPv6");
        const QStringList sources = m_scheduler->agreeingSources(family);
        parts << (sources.isEmpty() ? tr("%1: <b>%2</b>").arg(label, address->toString())
                                    : tr("%1: <b>%2</b> (agreed: %3)")
                                          .arg(label, address->toString(), sources.join(QStringLiteral(", "))));
    }
    if (!m_scheduler->isOnline())
        parts << tr("<i>offline</i>");
    m_window->setAddressText(parts.isEmpty() ? tr("Public address: not detected yet")
                                             : parts.join(QStringLiteral(" &nbsp; ")));
}

void DesktopController::refreshStatus()
{
    // Where the passwords are, in a user's words (the log has the technical description).
    const SecretStore *store = m_runtime->secrets();
    QStringList parts {dynamic_cast<const KeychainSecretStore *>(store)
                           ? tr("Passwords are kept in your desktop's keychain.")
                           : dynamic_cast<const FileSecretStore *>(store)
                           ? tr("Passwords are kept in a private file that only you can read.")
                           : tr("Passwords are kept in memory only, until Homing quits.")};
    if (!m_scheduler->isOnline()) {
        parts << tr("Offline: nothing is sent until the network is back.");
    } else {
        const QDateTime next = m_scheduler->nextWakeup();
        parts << (next.isValid() ? tr("Online; next check at %1.")
                                       .arg(QLocale().toString(next.toLocalTime().time(), QLocale::ShortFormat))
                                 : tr("Online."));
    }
    if (!m_statusNote.isEmpty())
        parts << m_statusNote;
    m_window->setStatusText(parts.join(QLatin1Char(' ')));
}

void DesktopController::refreshNextChecks()
{
    for (const Host &host : m_runtime->config().hosts)
        m_model->setNextCheck(host.id, m_scheduler->nextCheck(host.id));
}

// The one place the hosts' states become the tray's overall state.
void DesktopController::refreshTray()
{
    const QList<Host> &hosts = m_runtime->config().hosts;
    QStringList addressLines;
    for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        if (const std::optional<QHostAddress> address = m_scheduler->publicAddress(family))
            addressLines << address->toString();
    }
    const QString addresses = addressLines.join(QLatin1Char('\n'));
    if (!m_scheduler->isOnline()) {
        m_tray->setState(TrayController::Overall::Offline, tr("offline; nothing is sent until the network is back"),
                         addresses);
        return;
    }
    if (m_scheduler->isBusy()) {
        m_tray->setState(TrayController::Overall::Updating, tr("checking…"), addresses);
        return;
    }
    if (hosts.isEmpty()) {
        m_tray->setState(TrayController::Overall::Idle, tr("no hosts yet"), addresses);
        return;
    }
    // Which hosts count for which state; a host counts once, for the first that applies.
    int attention = 0, failing = 0, paused = 0, offline = 0;
    QStringList drifted, mismatched, propagating;
    for (const Host &host : hosts) {
        const HostRecord record = m_model->recordOf(host.id);
        const FamilyVerification *check = HostTableModel::worstOf(m_model->verificationOf(host.id));
        // A drift stays news until Homing's address went out again (a Restore, the next update) or
        // the servers answer it again.
        const bool drift = record.lastDrift.isValid()
            && (!record.lastSuccess.isValid() || record.lastSuccess < record.lastDrift)
            && !(check && check->status == FamilyVerification::Status::Verified
                 && check->checkedAt >= record.lastDrift);
        if (record.paused || !host.enabled)
            ++paused;
        else if (record.state == HostState::NeedsAttention)
            ++attention;
        else if (drift)
            drifted << host.displayName();
        else if (check && check->status == FamilyVerification::Status::Mismatch)
            mismatched << host.displayName();
        else if (record.state == HostState::RetryScheduled || record.state == HostState::Error)
            ++failing;
        else if (record.state == HostState::Offline || record.state == HostState::Parked)
            ++offline;
        else if (check && check->status == FamilyVerification::Status::Propagating)
            propagating << host.displayName();
    }
    const int active = static_cast<int>(hosts.size()) - paused;
    // Precedence, most urgent first: a host that needs you; what the world sees is not what Homing
    // published (Mismatch, a drift: the name resolves wrongly now); updates failing and retried;
    // everything paused; every host offline; an update on its way to the name servers; all well.
    if (attention > 0) {
        m_tray->setState(TrayController::Overall::Attention, tr("%n host(s) need your attention", nullptr, attention),
                         addresses);
    } else if (!drifted.isEmpty() || !mismatched.isEmpty()) {
        QStringList parts;
        if (!drifted.isEmpty())
            parts << tr("%1 changed behind your back").arg(hostNames(drifted));
        if (!mismatched.isEmpty())
            parts << tr("the name servers answer another address for %1").arg(hostNames(mismatched));
        m_tray->setState(TrayController::Overall::Mismatch, parts.join(QStringLiteral("; ")), addresses);
    } else if (failing > 0) {
        m_tray->setState(TrayController::Overall::Error,
                         tr("%n host(s) could not be updated; retrying", nullptr, failing), addresses);
    } else if (active == 0) {
        m_tray->setState(TrayController::Overall::Paused, tr("paused"), addresses);
    } else if (offline == active) {
        m_tray->setState(TrayController::Overall::Offline, tr("offline"), addresses);
    } else if (!propagating.isEmpty()) {
        m_tray->setState(TrayController::Overall::Propagating,
                         tr("%1 not yet answered by all its name servers").arg(hostNames(propagating)), addresses);
    } else {
        m_tray->setState(TrayController::Overall::Ok, tr("%n host(s) up to date", nullptr, active), addresses);
    }
}

QString DesktopController::hostNames(const QStringList &names)
{
    constexpr int shown = 3; // the tooltip stays a few lines
    if (names.size() <= shown)
        return QLocale().createSeparatedList(names);
    return tr("%1 and %n more", nullptr, static_cast<int>(names.size()) - shown)
        .arg(names.mid(0, shown).join(QStringLiteral(", ")));
}

void DesktopController::addHost()
{
    showWindow();
    m_hosts->addHost();
}

bool DesktopController::allPaused() const
{
    return m_scheduler->allPaused();
}

void DesktopController::setPaused(const QUuid &hostId, bool paused)
{
    if (paused)
        m_service->pause(hostId);
    else
        m_service->resume(hostId);
    refreshTray();
}

// The user asked: the named host (or all) may call the provider even within its least interval.
void DesktopController::updateNow(const QUuid &hostId)
{
    m_service->updateNow(hostId);
}

void DesktopController::onHostRecordChanged(const HostRecord &record)
{
    m_model->updateRecord(record);
    m_model->setNextCheck(record.hostId, m_scheduler->nextCheck(record.hostId));
    refreshTray();
}

void DesktopController::onHistoryAppended(const QList<HistoryEvent> &events)
{
    m_window->detailPane()->appendEvents(events);
    // A Mismatch is told when it is a new row (HostMachine writes one only when the outcome is
    // news); a routine Verified never is. A drift ("drift" rows) has its own notification.
    for (const HistoryEvent &event : events) {
        if (event.kind != HistoryEvent::Kind::Mismatch
            || event.outcome != verificationStatusName(FamilyVerification::Status::Mismatch))
            continue;
        if (const Host *host = m_runtime->config().host(event.hostId))
            m_notifications->hostMismatch(event.hostId.toString(), host->displayName(), event.newAddress,
                                          event.detail.section(QLatin1Char('\n'), 0, 0));
    }
}

void DesktopController::onPublicAddressChanged(AddressFamily family, const QHostAddress &oldAddress,
                                               const QHostAddress &newAddress, const QStringList &sources,
                                               const QList<QUuid> &hostsFollowing)
{
    Q_UNUSED(sources) // the window asks the scheduler for the agreeing sources
    refreshAddresses();
    refreshTray();
    QStringList names;
    for (const QUuid &id : hostsFollowing) {
        if (const Host *host = m_runtime->config().host(id))
            names.append(host->displayName());
    }
    m_notifications->addressChanged(family, oldAddress, newAddress, names,
                                    hostsFollowing.isEmpty() ? QString() : hostsFollowing.first().toString());
}

void DesktopController::onHostNeedsAttention(const QUuid &hostId, const QString &reason)
{
    const Host *host = m_runtime->config().host(hostId);
    if (!host)
        return;
    const std::optional<AttentionFix> fix = attentionFix(*host, m_scheduler->record(hostId));
    m_notifications->hostNeedsAttention(hostId.toString(), host->displayName(), reason, fix ? fix->label : QString());
}

void DesktopController::fixHost(const QUuid &hostId)
{
    const Host *host = m_runtime->config().host(hostId);
    if (!host)
        return;
    openHost(hostId);
    const std::optional<AttentionFix> fix = attentionFix(*host, m_scheduler->record(hostId));
    if (fix && fix->kind == AttentionFix::Kind::Restore)
        m_service->restore(hostId);
    else if (fix && fix->kind == AttentionFix::Kind::ReenterSecret)
        m_hosts->reenterSecret(hostId, fix->secretField);
    else
        m_hosts->editHost(hostId); // what to change is in the host's settings, or it no longer needs you
}

void DesktopController::onHostRecovered(const QUuid &hostId)
{
    if (const Host *host = m_runtime->config().host(hostId))
        m_notifications->hostRecovered(hostId.toString(), host->displayName());
}

void DesktopController::onHostVerificationChanged(const QUuid &hostId)
{
    const QList<FamilyVerification> results = m_scheduler->verification(hostId);
    m_model->setVerification(hostId, results);
    if (m_window->detailPane()->hostId() == hostId)
        m_window->detailPane()->setVerification(results);
    refreshTray();
}

void DesktopController::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized())
        m_window->hide();
    else
        showWindow();
}

void DesktopController::showWindow()
{
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
}

void DesktopController::openHost(const QUuid &hostId)
{
    showWindow();
    if (!hostId.isNull())
        m_window->selectHost(hostId);
}

void DesktopController::activate(const QStringList &arguments)
{
    qCInfo(lcDesktop) << "activated by another start";
    if (!arguments.contains(QStringLiteral("--minimized")))
        showWindow();
}

ImportWizard *DesktopController::importWizard() const
{
    return m_import;
}

void DesktopController::showImport()
{
    if (m_import) {
        m_import->raise();
        m_import->activateWindow();
        return;
    }
    showWindow();
    ImportWizard::Places places;
    places.root = m_options.importRoot;
    places.home = m_options.importHome;
    m_import = new ImportWizard(m_service, places, m_window);
    m_import->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_import, &ImportWizard::imported, this, [this](const QList<QUuid> &ids) {
        if (!ids.isEmpty())
            m_window->selectHost(ids.first());
    });
    m_import->open();
}

void DesktopController::showProblem(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("problemBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DesktopController::showSettings()
{
    if (m_settings) {
        m_settings->raise();
        m_settings->activateWindow();
        return;
    }
    showWindow();
    const Autostart autostart(m_options.autostartDir);
    m_settings = new SettingsDialog(m_runtime->config(), m_uiSettings, autostart.isEnabled(), m_window);
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_settings, &SettingsDialog::saveRequested, this, &DesktopController::saveSettings);
    connect(m_settings, &SettingsDialog::testSourceRequested, this, [this](const SourceConfig &source) {
        m_service->testSource(source, m_settings,
                              [this, id = source.id](const HomingService::Result &result,
                                                     const QList<HomingService::SourceAnswer> &answers) {
                                  if (m_settings)
                                      m_settings->showSourceTest(id, result, answers);
                              });
    });
    connect(m_settings, &SettingsDialog::copyDiagnosticsRequested, this, [this] {
        QApplication::clipboard()->setText(buildDiagnostics(m_runtime, m_tray->toolTip()));
        m_settings->showInfo(tr("Diagnostics copied to the clipboard (secrets removed)."));
    });
    m_settings->open();
}

void DesktopController::saveSettings()
{
    if (!m_settings)
        return;
    QString error;
    const Autostart autostart(m_options.autostartDir);
    if (m_settings->startAtLogin() != autostart.isEnabled()
        && !autostart.setEnabled(m_settings->startAtLogin(), QApplication::applicationFilePath(),
                                 QStringList {QStringLiteral("--minimized")} + m_options.autostartArguments, &error)) {
        m_settings->showError(error);
        return;
    }
    const UiSettings ui = m_settings->uiSettings();
    if (!ui.save(&error)) {
        m_settings->showError(error);
        return;
    }
    m_uiSettings = ui;
    applyLogLevel();
    const Config config = m_settings->config();
    if (!(config == m_runtime->config())) {
        const bool backendChanged = config.settings.secretBackend != m_runtime->config().settings.secretBackend;
        if (!m_service->saveSettings(config, &error)) {
            m_settings->showError(error);
            return;
        }
        if (backendChanged)
            showProblem(tr("Restart Homing"),
                        tr("Homing uses the new place for passwords after a restart. Enter "
                           "the passwords of your hosts again then."));
    }
    m_settings->accept();
}

} // namespace Homing
