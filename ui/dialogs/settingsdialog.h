#pragma once

#include "settings/uisettings.h"
#include "storage/config.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace Homing {

// Application settings: start at login and minimized, notification choices (UiSettings); poll
// interval, address sources and quorum, history retention, where secrets live (config.json);
// log level; the language (read at the next start); copying redacted diagnostics. The owner saves on saveRequested().
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const Config &config, const UiSettings &uiSettings, bool startAtLogin, QWidget *parent = nullptr);

    Config config() const; // the given config with this dialog's changes
    UiSettings uiSettings() const;
    bool startAtLogin() const;
    void showError(const QString &message);
    void showInfo(const QString &message);

signals:
    void saveRequested();
    void copyDiagnosticsRequested();

private:
    void refreshQuorum();

    Config m_config;
    UiSettings m_ui;
    QCheckBox *m_startAtLogin;
    QCheckBox *m_startMinimized;
    QCheckBox *m_notifyAddress;
    QCheckBox *m_notifyAttention;
    QCheckBox *m_notifyRecovery;
    QSpinBox *m_pollInterval;
    QListWidget *m_sources;
    QSpinBox *m_quorum;
    QSpinBox *m_retention;
    QComboBox *m_secretBackend;
    QComboBox *m_logLevel;
    QComboBox *m_language;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Homing
