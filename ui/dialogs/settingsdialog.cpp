#include "settingsdialog.h"

#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
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
    m_notifyAddress = checkBox(desktop, "notifyAddressChange", tr("Notify when the public &address changes"),
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
    m_sources = new QListWidget(engine);
    m_sources->setObjectName(QStringLiteral("sources"));
    m_sources->setAccessibleName(tr("Address sources"));
    for (const SourceConfig &source : config.sources) {
        const QString where = source.option(QStringLiteral("ipv4Url")).isEmpty()
            ? source.option(QStringLiteral("ipv6Url"))
            : source.option(QStringLiteral("ipv4Url"));
        auto *item = new QListWidgetItem(where.isEmpty() ? source.id : tr("%1 (%2)").arg(source.id, where), m_sources);
        item->setData(Qt::UserRole, source.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(source.enabled ? Qt::Checked : Qt::Unchecked);
    }
    m_sources->setMaximumHeight(m_sources->sizeHintForRow(0) * 4 + 8);
    form->addRow(tr("Address so&urces:"), m_sources);
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
    connect(m_sources, &QListWidget::itemChanged, this, &SettingsDialog::refreshQuorum);
    refreshQuorum();
}

void SettingsDialog::refreshQuorum()
{
    int enabled = 0;
    for (int row = 0; row < m_sources->count(); ++row)
        enabled += m_sources->item(row)->checkState() == Qt::Checked ? 1 : 0;
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
    for (int row = 0; row < m_sources->count(); ++row) {
        const QListWidgetItem *item = m_sources->item(row);
        for (SourceConfig &source : config.sources) {
            if (source.id == item->data(Qt::UserRole).toString())
                source.enabled = item->checkState() == Qt::Checked;
        }
    }
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
}

void SettingsDialog::showInfo(const QString &message)
{
    m_message->setStyleSheet({});
    m_message->setText(message);
    m_message->setVisible(true);
}

} // namespace Homing
