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
class QWidget;

namespace Homing {

// Adds or edits a host. The form is built from the chosen provider's ProviderInfo and checked as
// the user types, with the message next to the field. Secrets are handed out through secrets()
// for the keychain; the dialog never writes them anywhere itself.
class HostEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HostEditorDialog(QWidget *parent = nullptr);

    // Opens the dialog on an existing host; secret fields start empty ("leave empty to keep").
    void setHost(const Host &host);
    Host host() const;
    QHash<QString, QString> secrets() const; // only the secret fields the user filled in

    // Shows a message at the bottom of the dialog (e.g. the keychain refused) and keeps the input.
    void showError(const QString &message);

signals:
    // Save was pressed and the form is valid. The owner stores the host and its secrets, then
    // calls accept(), or showError() and the dialog stays open with everything the user typed.
    void saveRequested();

private:
    struct FieldEditor
    {
        FieldInfo info;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
    };

    void rebuildFields();
    QString valueOf(const FieldEditor &field) const;
    bool validate();

    QComboBox *m_provider;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QCheckBox *m_ipv4;
    QCheckBox *m_ipv6;
    QLabel *m_familyMessage;
    QCheckBox *m_allowPrivate;
    QLabel *m_providerHelp;
    QWidget *m_fieldsBox;
    QFormLayout *m_fieldsLayout;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<FieldEditor> m_fields;
    QList<ProviderInfo> m_catalogue;
    Host m_original;
    bool m_editing = false;
};

} // namespace Homing
