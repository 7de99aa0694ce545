#pragma once

#include "address/sourceconfig.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Homing {

// Adds or edits one address source: its kind, then only that kind's options. Every change is read
// by SourceConfig::fromJson, the reader of the config file, and its message shown under the field
// it names; Save stays disabled while the source is not valid. A new source gets an id made from its
// kind and unique among takenIds; an edited one keeps its id (hosts may name it).
class SourceEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceEditorDialog(const QStringList &takenIds, QWidget *parent = nullptr);

    void setSource(const SourceConfig &source); // edit this one
    SourceConfig source() const; // as the config file would read it; meaningful when isValid()
    bool isValid() const { return m_valid; }

    // What a list shows for a source: "ipify: https://api.ipify.org".
    static QString summary(const SourceConfig &source);

private:
    struct Field
    {
        QString kind;
        int row = -1;
        QLabel *message = nullptr;
    };

    QWidget *addRow(const QString &kind, const QStringList &keys, const QString &label, QWidget *editor);
    QLineEdit *addLine(const QString &kind, const QString &key, const char *objectName, const QString &label,
                       const QString &placeholder);
    QWidget *familiesRow(const QString &kind, QCheckBox **ipv4, QCheckBox **ipv6);
    void addHint(const QString &kind, const QString &text);
    QString kind() const;
    void showKind();
    void serviceChanged();
    QJsonObject toJson() const;
    void validate();

    QStringList m_takenIds;
    SourceConfig m_original; // the source being edited; id empty for a new one
    SourceConfig m_checked; // the last valid reading
    bool m_valid = false;
    bool m_touched = false; // problems are shown once the user changed something
    QString m_lastService;

    QFormLayout *m_form;
    QComboBox *m_kind;
    QLineEdit *m_ipv4Url;
    QLineEdit *m_ipv6Url;
    QComboBox *m_format;
    QComboBox *m_service;
    QLineEdit *m_ipv4Server;
    QLineEdit *m_ipv6Server;
    QLineEdit *m_dnsPort;
    QLineEdit *m_dnsTimeout;
    QComboBox *m_interface;
    QCheckBox *m_interfaceIpv4;
    QCheckBox *m_interfaceIpv6;
    QComboBox *m_policy;
    QLineEdit *m_interfaceId;
    int m_interfaceIdRow = -1;
    QLineEdit *m_ssdpAddress;
    QLineEdit *m_ssdpPort;
    QLineEdit *m_upnpTimeout;
    QLineEdit *m_command;
    QCheckBox *m_commandIpv4;
    QCheckBox *m_commandIpv6;
    QLineEdit *m_commandTimeout;
    QHash<QString, Field> m_fields; // by "kind/key"
    QList<Field> m_rows; // every kind's rows, hints included
    QLabel *m_message; // a problem no field shows
    QDialogButtonBox *m_buttons;
};

} // namespace Homing
