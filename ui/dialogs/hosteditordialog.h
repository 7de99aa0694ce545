#pragma once

#include "model/host.h"
#include "providers/providerinfo.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QWidget;

namespace Homing {

// Adds or edits a host. The form is built from the chosen provider's ProviderInfo, whatever its
// fields, and checked as the user types, with the message next to the field. Secrets are handed
// out through secrets() for the keychain; the dialog never writes them anywhere itself and never
// shows a stored one.
class HostEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // catalogue: the providers to offer; sourceIds: the configured address sources.
    HostEditorDialog(const QList<ProviderInfo> &catalogue, const QStringList &sourceIds, QWidget *parent = nullptr);

    // Opens the dialog on an existing host; secret fields start empty ("leave empty to keep").
    void setHost(const Host &host);
    bool isEditing() const { return m_editing; }
    Host host() const;
    QHash<QString, QString> secrets() const; // only the secret fields the user filled in
    ProviderInfo providerInfo() const;

    // Shows a message at the bottom of the dialog (e.g. the keychain refused) and keeps the input.
    void showError(const QString &message);
    // For a host whose provider refused its secret: empties that field, puts the cursor there and
    // says why above the buttons.
    void askForSecret(const QString &field, const QString &why);
    // The result of the Test button: ok or not, in words.
    void showTestResult(bool ok, const QString &message);
    // While the test is still on its way (waiting for the provider's rate limit, say).
    void showTestProgress(const QString &message);

signals:
    // Save was pressed and the form is valid. The owner stores the host and its secrets, then
    // calls accept(), or showError() and the dialog stays open with everything the user typed.
    void saveRequested();
    // Test was pressed and the form is valid; the owner calls showTestResult() later.
    void testRequested();

private:
    struct FieldEditor
    {
        FieldInfo info;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
    };

    void buildCommonRows(QFormLayout *form);
    void filterProviders(const QString &text);
    void rebuildFields();
    // With a provider that takes TSIG keys: a box to paste the server's key block into, which fills
    // the key name, algorithm and secret fields.
    void addKeyBlockRow();
    void applyKeyBlock(const QString &text);
    FieldEditor *fieldNamed(const QString &name);
    QWidget *createEditor(const FieldInfo &info);
    static QString valueOf(const FieldEditor &field);
    static void setValue(const FieldEditor &field, const QString &value);
    bool validate();
    // The sink addresses typed (one per family) into *ipv4 and *ipv6; the problem in words, or empty.
    QString parkAddresses(QString *ipv4, QString *ipv6) const;

    QLineEdit *m_search;
    QComboBox *m_provider;
    QLabel *m_providerHelp;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QCheckBox *m_ipv4;
    QCheckBox *m_ipv6;
    QLabel *m_familyMessage;
    QComboBox *m_ipv6Policy;
    QLineEdit *m_interfaceId;
    QLabel *m_interfaceIdMessage;
    QSpinBox *m_ttl;
    QLabel *m_ttlMessage;
    QLabel *m_ttlHint;
    QComboBox *m_source;
    QCheckBox *m_park; // Host::park
    QLabel *m_parkHint; // what parking does at this provider, or why it cannot
    QLineEdit *m_parkAt; // with ParkingMethod::SinkAddress: where the name points meanwhile
    QLabel *m_parkAtMessage;
    QFormLayout *m_advanced; // address source and parking
    QFormLayout *m_common; // provider, name, families, TTL
    QCheckBox *m_allowPrivate;
    QWidget *m_fieldsBox;
    QFormLayout *m_fieldsLayout;
    QLabel *m_testResult;
    QLabel *m_error;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
    QList<FieldEditor> m_fields;
    QLabel *m_keyBlockMessage = nullptr;
    QList<ProviderInfo> m_catalogue;
    QString m_currentProvider;
    Host m_original;
    bool m_editing = false;
    bool m_touched = false; // no red messages before the user typed anything
};

} // namespace Homing
