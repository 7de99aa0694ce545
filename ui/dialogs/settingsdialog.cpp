#include "settingsdialog.h"

#include "growtofit.h"

#include "address/addressvalidator.h"
#include "sourceeditordialog.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Homing {

namespace {

QCheckBox *checkBox(QWidget *parent, const char *objectName, const QString &text, bool checked)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(QLatin1String(objectName));
    box->setChecked(checked);
    return box;
}

QSpinBox *spinBox(QWidget *parent, const char *objectName, int minimum, int maximum, int value, const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    spin->setSuffix(suffix);
    return spin;
}

// A language by its own name, as language choosers show it: "Deutsch", "Français".
QString languageName(const QLocale &locale)
{
    QString name = locale.language() == QLocale::English || locale.language() == QLocale::C
        ? QStringLiteral("English")
        : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

// The system's language, then each language Homing has a catalogue for.
QComboBox *languageChooser(QWidget *parent, const QString &current)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("language"));
    combo->addItem(SettingsDialog::tr("As the system (%1)").arg(languageName(QLocale::system())), QString());
    for (const QString &code : Translations::available())
        combo->addItem(languageName(QLocale(code)), code);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    combo->setToolTip(SettingsDialog::tr("Homing shows the chosen language the next time it starts."));
    return combo;
}

} // namespace

SettingsDialog::SettingsDialog(const Config &config, const UiSettings &uiSettings, bool startAtLogin, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_ui(uiSettings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Homing settings"));
    auto *layout = new QVBoxLayout(this);

    auto *desktop = new QGroupBox(tr("Desktop"), this);
    auto *desktopLayout = new QVBoxLayout(desktop);
    m_startAtLogin = checkBox(desktop, "startAtLogin", tr("Start Homing when I &log in"), startAtLogin);
    m_startMinimized = checkBox(desktop, "startMinimized", tr("Start &minimized to the tray"),
                                uiSettings.flag(UiSettings::Key::StartMinimized));
    m_notifyAddress = checkBox(desktop, "notifyAddressChange", tr("Notify when the pu&blic address changes"),
                               uiSettings.flag(UiSettings::Key::NotifyAddressChange));
    m_notifyAttention = checkBox(desktop, "notifyAttention", tr("Notify when a host &needs my attention"),
                                 uiSettings.flag(UiSettings::Key::NotifyAttention));
    m_notifyRecovery = checkBox(desktop, "notifyRecovery", tr("Notify when a host &works again"),
                                uiSettings.flag(UiSettings::Key::NotifyRecovery));
    for (QCheckBox *box : {m_startAtLogin, m_startMinimized, m_notifyAddress, m_notifyAttention, m_notifyRecovery})
        desktopLayout->addWidget(box);
    m_language = languageChooser(desktop, uiSettings.text(UiSettings::Key::Language));
    auto *languageRow = new QFormLayout;
    languageRow->addRow(tr("Lan&guage:"), m_language);
    desktopLayout->addLayout(languageRow);
    layout->addWidget(desktop);

    auto *engine = new QGroupBox(tr("Checking and updating"), this);
    auto *form = new QFormLayout(engine);
    m_pollInterval = spinBox(engine, "pollInterval", 30, 86400, config.settings.pollIntervalSeconds, tr(" s"));
    m_pollInterval->setAccessibleName(tr("Check the public address every (seconds)"));
    form->addRow(tr("Check the address &every:"), m_pollInterval);
    m_sourceList = config.sources;
    auto *sourcesBox = new QWidget(engine);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->setContentsMargins(0, 0, 0, 0);
    m_sources = new QListWidget(sourcesBox);
    m_sources->setObjectName(QStringLiteral("sources"));
    m_sources->setAccessibleName(tr("Address sources"));
    sourcesLayout->addWidget(m_sources);
    auto *sourceButtons = new QHBoxLayout;
    const auto sourceButton = [&](const char *objectName, const QString &text, const QString &toolTip) {
        auto *button = new QPushButton(text, sourcesBox);
        button->setObjectName(QLatin1String(objectName));
        button->setToolTip(toolTip);
        button->setAutoDefault(false);
        sourceButtons->addWidget(button);
        return button;
    };
    m_addSource = sourceButton("addSource", tr("&Add…"),
                               tr("Add a web or DNS echo service, an interface, the router or a command."));
    m_editSource = sourceButton("editSource", tr("Ed&it…"), tr("Change the selected source."));
    m_removeSource = sourceButton("removeSource", tr("Rem&ove"), tr("Remove the selected source."));
    m_testSource = sourceButton("testSource", tr("&Test"), tr("Ask the selected source once now, as it is set here."));
    sourceButtons->addStretch();
    sourcesLayout->addLayout(sourceButtons);
    m_sourceTest = new QLabel(sourcesBox);
    m_sourceTest->setObjectName(QStringLiteral("sourceTestResult"));
    m_sourceTest->setWordWrap(true);
    m_sourceTest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceTest->setVisible(false);
    sourcesLayout->addWidget(m_sourceTest);
    sourcesBox->setFocusProxy(m_sources);
    fillSources(QString());
    m_sources->setMaximumHeight(m_sources->sizeHintForRow(0) * 4 + 8);
    form->addRow(tr("Address so&urces:"), sourcesBox);
    m_quorum = spinBox(engine, "quorum", 1, 10, config.settings.quorum, QString());
    m_quorum->setToolTip(tr("How many sources must agree before a changed address is published."));
    form->addRow(tr("Sources that must ag&ree:"), m_quorum);
    m_retention = spinBox(engine, "historyRetention", 1, 3650, config.settings.historyRetentionDays, tr(" days"));
    form->addRow(tr("Keep &history for:"), m_retention);
    m_secretBackend = new QComboBox(engine);
    m_secretBackend->setObjectName(QStringLiteral("secretBackend"));
    m_secretBackend->addItem(tr("Desktop keychain (recommended)"), static_cast<int>(Settings::SecretBackend::Keychain));
    m_secretBackend->addItem(tr("Private file readable only by me (no keychain on this machine)"),
                             static_cast<int>(Settings::SecretBackend::File));
    m_secretBackend->setCurrentIndex(config.settings.secretBackend == Settings::SecretBackend::File ? 1 : 0);
    m_secretBackend->setToolTip(tr("Changing this does not move passwords already stored; enter them again."));
    form->addRow(tr("Keep &passwords in:"), m_secretBackend);
    m_logLevel = new QComboBox(engine);
    m_logLevel->setObjectName(QStringLiteral("logLevel"));
    m_logLevel->addItem(tr("Warnings only"), QStringLiteral("warning"));
    m_logLevel->addItem(tr("Information"), QStringLiteral("info"));
    m_logLevel->addItem(tr("Debug (secrets stay redacted)"), QStringLiteral("debug"));
    m_logLevel->setCurrentIndex(std::max(0, m_logLevel->findData(uiSettings.text(UiSettings::Key::LogLevel))));
    form->addRow(tr("Log le&vel:"), m_logLevel);
    layout->addWidget(engine);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    QPushButton *diagnostics = m_buttons->addButton(tr("Copy &diagnostics"), QDialogButtonBox::HelpRole);
    diagnostics->setObjectName(QStringLiteral("copyDiagnostics"));
    diagnostics->setToolTip(tr("Copies version, settings and host states to the clipboard, with secrets removed."));
    layout->addWidget(m_buttons);
    // Tab reaches the buttons in the order they are shown (Copy diagnostics, added last, sits first).
    QWidget *previous = m_logLevel;
    for (int i = 0; i < m_buttons->layout()->count(); ++i) {
        if (QWidget *button = m_buttons->layout()->itemAt(i)->widget()) {
            QWidget::setTabOrder(previous, button);
            previous = button;
        }
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::saveRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(diagnostics, &QPushButton::clicked, this, &SettingsDialog::copyDiagnosticsRequested);
    connect(m_sources, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int index = m_sources->row(item);
        if (index >= 0 && index < m_sourceList.size())
            m_sourceList[index].enabled = item->checkState() == Qt::Checked;
        refreshQuorum();
    });
    connect(m_sources, &QListWidget::itemSelectionChanged, this, &SettingsDialog::updateSourceButtons);
    connect(m_sources, &QListWidget::itemDoubleClicked, this, [this] { editSource(selectedSource()); });
    connect(m_addSource, &QPushButton::clicked, this, [this] { editSource(-1); });
    connect(m_editSource, &QPushButton::clicked, this, [this] { editSource(selectedSource()); });
    connect(m_removeSource, &QPushButton::clicked, this, &SettingsDialog::removeSource);
    connect(m_testSource, &QPushButton::clicked, this, &SettingsDialog::testSource);
    refreshQuorum();
    updateSourceButtons();
}

// One row a source, in config order; the row of selectId (if any) is selected.
void SettingsDialog::fillSources(const QString &selectId)
{
    const QSignalBlocker blocker(m_sources);
    m_sources->clear();
    for (const SourceConfig &source : std::as_const(m_sourceList)) {
        auto *item = new QListWidgetItem(SourceEditorDialog::summary(source), m_sources);
        item->setData(Qt::UserRole, source.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(source.enabled ? Qt::Checked : Qt::Unchecked);
        if (source.id == selectId)
            m_sources->setCurrentItem(item);
    }
}

int SettingsDialog::selectedSource() const
{
    const QListWidgetItem *item = m_sources->currentItem();
    return item && item->isSelected() ? m_sources->row(item) : -1;
}

void SettingsDialog::updateSourceButtons()
{
    const bool selected = selectedSource() >= 0;
    m_editSource->setEnabled(selected);
    m_removeSource->setEnabled(selected);
    m_testSource->setEnabled(selected && m_testing.isEmpty());
}

void SettingsDialog::editSource(int index)
{
    if (m_editor)
        return;
    QStringList ids;
    for (const SourceConfig &source : std::as_const(m_sourceList))
        ids.append(source.id);
    m_editor = new SourceEditorDialog(ids, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    if (index >= 0)
        m_editor->setSource(m_sourceList.at(index));
    connect(m_editor, &QDialog::accepted, this, [this, id = index >= 0 ? m_sourceList.at(index).id : QString()] {
        const SourceConfig edited = m_editor->source();
        const auto it = std::find_if(m_sourceList.begin(), m_sourceList.end(),
                                     [&](const SourceConfig &source) { return source.id == id; });
        if (id.isEmpty() || it == m_sourceList.end())
            m_sourceList.append(edited);
        else
            *it = edited;
        fillSources(edited.id);
        refreshQuorum();
        updateSourceButtons();
        m_sourceTest->setVisible(false);
    });
    m_editor->open();
}

// The last enabled source stays (the engine needs one), and so does a source a host is bound to.
void SettingsDialog::removeSource()
{
    const int index = selectedSource();
    if (index < 0)
        return;
    const SourceConfig &source = m_sourceList.at(index);
    const auto enabled = std::count_if(m_sourceList.cbegin(), m_sourceList.cend(),
                                       [](const SourceConfig &each) { return each.enabled; });
    if (source.enabled && enabled == 1) {
        showError(tr("%1 is the only enabled address source; Homing needs at least one. Add or enable "
                     "another source first.")
                      .arg(source.id));
        return;
    }
    for (const Host &host : std::as_const(m_config.hosts)) {
        if (host.sourceOverride == source.id) {
            showError(tr("%1 takes its address from %2 only; choose another source for it in the host editor first.")
                          .arg(host.displayName(), source.id));
            return;
        }
    }
    m_sourceList.removeAt(index);
    fillSources(QString());
    refreshQuorum();
    updateSourceButtons();
    m_sourceTest->setVisible(false);
}

void SettingsDialog::testSource()
{
    const int index = selectedSource();
    if (index < 0 || !m_testing.isEmpty())
        return;
    m_testing = m_sourceList.at(index).id;
    m_sourceTest->setStyleSheet({});
    m_sourceTest->setText(tr("Asking %1…").arg(m_testing));
    m_sourceTest->setVisible(true);
    updateSourceButtons();
    emit testSourceRequested(m_sourceList.at(index));
}

void SettingsDialog::showSourceTest(const QString &sourceId, const HomingService::Result &result,
                                    const QList<HomingService::SourceAnswer> &answers)
{
    if (sourceId == m_testing)
        m_testing.clear();
    updateSourceButtons();
    QStringList lines;
    bool answered = false;
    if (!result.ok)
        lines.append(tr("%1 was not asked: %2").arg(sourceId, result.error));
    for (const HomingService::SourceAnswer &answer : answers) {
        const QString family = answer.family == AddressFamily::IPv4 ? tr("IPv4") : tr("IPv6");
        if (!answer.result.ok) {
            lines.append(tr("%1 gave no %2 address: %3").arg(sourceId, family, answer.result.error));
            continue;
        }
        answered = true;
        const QHostAddress address = answer.result.observation.address;
        QString line = tr("%1 answered %2 for %3.").arg(sourceId, address.toString(), family);
        QString why;
        if (AddressValidator::isAcceptable(address, true, &why)
            && !AddressValidator::isAcceptable(address, false, &why))
            line += QLatin1Char(' ') + tr("Homing publishes it only for hosts that allow private addresses.");
        else if (!why.isEmpty())
            line += QLatin1Char(' ') + tr("Homing does not publish it: %1.").arg(why);
        lines.append(line);
    }
    m_sourceTest->setStyleSheet(answered ? QString() : QStringLiteral("color: #d1242f;"));
    m_sourceTest->setText(lines.join(QLatin1Char('\n')));
    m_sourceTest->setVisible(true);
}

void SettingsDialog::refreshQuorum()
{
    const int enabled = static_cast<int>(std::count_if(m_sourceList.cbegin(), m_sourceList.cend(),
                                                       [](const SourceConfig &source) { return source.enabled; }));
    m_quorum->setMaximum(std::max(1, enabled));
    m_quorum->setEnabled(enabled > 1);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(enabled > 0);
    if (enabled == 0)
        showError(tr("Enable at least one address source."));
    else
        m_message->setVisible(false);
}

Config SettingsDialog::config() const
{
    Config config = m_config;
    config.settings.pollIntervalSeconds = m_pollInterval->value();
    config.settings.quorum = m_quorum->value();
    config.settings.historyRetentionDays = m_retention->value();
    config.settings.secretBackend = static_cast<Settings::SecretBackend>(m_secretBackend->currentData().toInt());
    config.sources = m_sourceList;
    return config;
}

UiSettings SettingsDialog::uiSettings() const
{
    UiSettings settings = m_ui;
    settings.setValue(UiSettings::Key::StartMinimized, m_startMinimized->isChecked());
    settings.setValue(UiSettings::Key::NotifyAddressChange, m_notifyAddress->isChecked());
    settings.setValue(UiSettings::Key::NotifyAttention, m_notifyAttention->isChecked());
    settings.setValue(UiSettings::Key::NotifyRecovery, m_notifyRecovery->isChecked());
    settings.setValue(UiSettings::Key::LogLevel, m_logLevel->currentData().toString());
    settings.setValue(UiSettings::Key::Language, m_language->currentData().toString());
    return settings;
}

bool SettingsDialog::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

void SettingsDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #d1242f;"));
    m_message->setText(message);
    m_message->setVisible(true);
    growToFit(this);
}

void SettingsDialog::showInfo(const QString &message)
{
    m_message->setStyleSheet({});
    m_message->setText(message);
    m_message->setVisible(true);
    growToFit(this);
}

} // namespace Homing
