#pragma once

#include "service/homingservice.h"
#include "settings/uisettings.h"
#include "storage/config.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Homing {

class SourceEditorDialog;

// Application settings: start at login and minimized, notification choices (UiSettings); poll
// interval, address sources (added, edited, tested and removed here) and quorum, history
// retention, where secrets live (config.json); log level; the language (read at the next start);
// copying redacted diagnostics. The owner saves on saveRequested() and runs the source tests it
// asks for with testSourceRequested().
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
    // The answer to testSourceRequested(source) for the source with this id.
    void showSourceTest(const QString &sourceId, const HomingService::Result &result,
                        const QList<HomingService::SourceAnswer> &answers);

signals:
    void saveRequested();
    void copyDiagnosticsRequested();
    void testSourceRequested(const Homing::SourceConfig &source);

private:
    void refreshQuorum();
    void fillSources(const QString &selectId);
    int selectedSource() const; // index into m_sourceList, -1 for none
    void updateSourceButtons();
    void editSource(int index); // -1: a new one
    void removeSource();
    void testSource();

    Config m_config;
    UiSettings m_ui;
    QCheckBox *m_startAtLogin;
    QCheckBox *m_startMinimized;
    QCheckBox *m_notifyAddress;
    QCheckBox *m_notifyAttention;
    QCheckBox *m_notifyRecovery;
    QSpinBox *m_pollInterval;
    QList<SourceConfig> m_sourceList; // as edited here; saved with the rest
    QListWidget *m_sources;
    QPushButton *m_addSource;
    QPushButton *m_editSource;
    QPushButton *m_removeSource;
    QPushButton *m_testSource;
    QLabel *m_sourceTest;
    QString m_testing; // id of the source being tested, empty when none is
    QPointer<SourceEditorDialog> m_editor;
    QSpinBox *m_quorum;
    QSpinBox *m_retention;
    QComboBox *m_secretBackend;
    QComboBox *m_logLevel;
    QComboBox *m_language;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Homing
