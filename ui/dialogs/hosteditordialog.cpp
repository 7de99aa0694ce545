#include "hosteditordialog.h"

#include "providers/providerregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Homing {

namespace {

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(link); font-size: small;"));
    label->setVisible(false);
    return label;
}

void setMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color: #cf222e;"));
    label->setVisible(!text.isEmpty());
}

} // namespace

HostEditorDialog::HostEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_catalogue(ProviderRegistry::catalogue())
{
    setObjectName(QStringLiteral("hostEditor"));
    setWindowTitle(tr("Add host"));
    setMinimumWidth(460);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("provider"));
    m_provider->setAccessibleName(tr("Provider"));
    for (const ProviderInfo &info : m_catalogue)
        m_provider->addItem(info.name, info.id);
    form->addRow(tr("&Provider:"), m_provider);
    m_providerHelp = new QLabel(this);
    m_providerHelp->setWordWrap(true);
    m_providerHelp->setOpenExternalLinks(true);
    form->addRow(QString(), m_providerHelp);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("hostName"));
    m_name->setAccessibleName(tr("Host name"));
    m_name->setPlaceholderText(QStringLiteral("home.example.org"));
    form->addRow(tr("&Host name:"), m_name);
    m_nameMessage = messageLabel(this, QStringLiteral("hostNameMessage"));
    form->addRow(QString(), m_nameMessage);

    auto *families = new QWidget(this);
    auto *familiesLayout = new QHBoxLayout(families);
    familiesLayout->setContentsMargins(0, 0, 0, 0);
    m_ipv4 = new QCheckBox(tr("IPv4 (A)"), families);
    m_ipv4->setObjectName(QStringLiteral("ipv4"));
    m_ipv4->setChecked(true);
    m_ipv6 = new QCheckBox(tr("IPv6 (AAAA)"), families);
    m_ipv6->setObjectName(QStringLiteral("ipv6"));
    familiesLayout->addWidget(m_ipv4);
    familiesLayout->addWidget(m_ipv6);
    familiesLayout->addStretch();
    form->addRow(tr("Addresses:"), families);
    m_familyMessage = messageLabel(this, QStringLiteral("familyMessage"));
    form->addRow(QString(), m_familyMessage);
    m_allowPrivate = new QCheckBox(tr("Allow private (LAN) addresses"), this);
    m_allowPrivate->setObjectName(QStringLiteral("allowPrivate"));
    form->addRow(QString(), m_allowPrivate);
    layout->addLayout(form);

    m_fieldsBox = new QWidget(this);
    m_fieldsLayout = new QFormLayout(m_fieldsBox);
    m_fieldsLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldsLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(m_fieldsBox);

    m_error = messageLabel(this, QStringLiteral("dialogError"));
    layout->addWidget(m_error);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate()) {
            setMessage(m_error, {});
            emit saveRequested();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        rebuildFields();
        validate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &HostEditorDialog::validate);
    connect(m_ipv4, &QCheckBox::toggled, this, &HostEditorDialog::validate);
    connect(m_ipv6, &QCheckBox::toggled, this, &HostEditorDialog::validate);
    rebuildFields();
    validate();
    // Nothing typed yet: start without red messages.
    setMessage(m_nameMessage, {});
    for (const FieldEditor &field : std::as_const(m_fields))
        setMessage(field.message, {});
}

void HostEditorDialog::rebuildFields()
{
    while (m_fieldsLayout->rowCount() > 0)
        m_fieldsLayout->removeRow(0);
    m_fields.clear();
    const ProviderInfo &info = m_catalogue.at(std::max(0, m_provider->currentIndex()));
    QString help = info.summary;
    if (!info.helpUrl.isEmpty())
        help += QStringLiteral(" — <a href=\"%1\">%2</a>")
                    .arg(info.helpUrl.toHtmlEscaped(), tr("provider documentation"));
    m_providerHelp->setText(help);
    m_ipv6->setEnabled(info.ipv6);
    if (!info.ipv6)
        m_ipv6->setChecked(false);
    m_ipv4->setEnabled(info.ipv4);

    for (const FieldInfo &fieldInfo : info.fields) {
        FieldEditor field;
        field.info = fieldInfo;
        QString label = fieldInfo.label + QLatin1Char(':');
        switch (fieldInfo.kind) {
        case FieldInfo::Kind::Choice: {
            auto *combo = new QComboBox(m_fieldsBox);
            combo->addItems(fieldInfo.choices);
            combo->setCurrentText(fieldInfo.defaultValue);
            connect(combo, &QComboBox::currentIndexChanged, this, &HostEditorDialog::validate);
            field.editor = combo;
            break;
        }
        case FieldInfo::Kind::Bool: {
            auto *check = new QCheckBox(m_fieldsBox);
            check->setChecked(fieldInfo.defaultValue == QLatin1String("true"));
            field.editor = check;
            break;
        }
        case FieldInfo::Kind::Number: {
            auto *spin = new QSpinBox(m_fieldsBox);
            spin->setRange(fieldInfo.minimum, fieldInfo.maximum);
            spin->setValue(fieldInfo.defaultValue.toInt());
            field.editor = spin;
            break;
        }
        default: {
            auto *edit = new QLineEdit(m_fieldsBox);
            edit->setPlaceholderText(fieldInfo.placeholder);
            if (fieldInfo.kind == FieldInfo::Kind::Secret) {
                edit->setEchoMode(QLineEdit::Password);
                if (m_editing)
                    edit->setPlaceholderText(tr("stored in the keychain; leave empty to keep it"));
            }
            connect(edit, &QLineEdit::textChanged, this, &HostEditorDialog::validate);
            field.editor = edit;
            break;
        }
        }
        field.editor->setObjectName(QStringLiteral("field_") + fieldInfo.name);
        field.editor->setAccessibleName(fieldInfo.label);
        field.editor->setToolTip(fieldInfo.help);
        if (!fieldInfo.required)
            label = tr("%1 (optional):").arg(fieldInfo.label);
        m_fieldsLayout->addRow(label, field.editor);
        field.message = messageLabel(m_fieldsBox, QStringLiteral("message_") + fieldInfo.name);
        m_fieldsLayout->addRow(QString(), field.message);
        m_fields.append(field);
    }
}

QString HostEditorDialog::valueOf(const FieldEditor &field) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(field.editor))
        return edit->text();
    if (auto *combo = qobject_cast<QComboBox *>(field.editor))
        return combo->currentText();
    if (auto *check = qobject_cast<QCheckBox *>(field.editor))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *spin = qobject_cast<QSpinBox *>(field.editor))
        return QString::number(spin->value());
    return {};
}

bool HostEditorDialog::validate()
{
    bool ok = true;
    QString ace;
    QString why;
    if (!Host::normalizeName(m_name->text(), &ace, &why)) {
        setMessage(m_nameMessage, why);
        ok = false;
    } else {
        setMessage(m_nameMessage, {});
    }
    if (!m_ipv4->isChecked() && !m_ipv6->isChecked()) {
        setMessage(m_familyMessage, tr("Choose IPv4, IPv6 or both."));
        ok = false;
    } else {
        setMessage(m_familyMessage, {});
    }
    for (const FieldEditor &field : std::as_const(m_fields)) {
        QString error;
        FieldInfo info = field.info;
        if (info.kind == FieldInfo::Kind::Secret && m_editing)
            info.required = false; // empty keeps the stored secret
        if (!info.validate(valueOf(field), &error)) {
            setMessage(field.message, error);
            ok = false;
        } else {
            setMessage(field.message, {});
        }
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    return ok;
}

void HostEditorDialog::setHost(const Host &host)
{
    m_original = host;
    m_editing = true;
    setWindowTitle(tr("Edit %1").arg(host.displayName()));
    const int index = m_provider->findData(host.providerId);
    m_provider->setCurrentIndex(std::max(0, index));
    rebuildFields();
    m_name->setText(host.displayName());
    m_ipv4->setChecked(host.ipv4);
    m_ipv6->setChecked(host.ipv6);
    m_allowPrivate->setChecked(host.allowPrivate);
    for (const FieldEditor &field : std::as_const(m_fields)) {
        const QString value = host.setting(field.info.name);
        if (auto *edit = qobject_cast<QLineEdit *>(field.editor); edit && field.info.kind != FieldInfo::Kind::Secret)
            edit->setText(value);
        else if (auto *combo = qobject_cast<QComboBox *>(field.editor))
            combo->setCurrentText(value);
    }
    validate();
}

Host HostEditorDialog::host() const
{
    Host host = m_original;
    if (host.id.isNull())
        host.id = QUuid::createUuid();
    QString why;
    Host::normalizeName(m_name->text(), &host.name, &why);
    host.providerId = m_provider->currentData().toString();
    host.ipv4 = m_ipv4->isChecked();
    host.ipv6 = m_ipv6->isChecked();
    host.allowPrivate = m_allowPrivate->isChecked();
    host.settings.clear();
    for (const FieldEditor &field : m_fields) {
        if (field.info.kind == FieldInfo::Kind::Secret)
            continue;
        const QString value = valueOf(field);
        if (!value.isEmpty() && value != field.info.defaultValue)
            host.settings.insert(field.info.name, value);
    }
    return host;
}

QHash<QString, QString> HostEditorDialog::secrets() const
{
    QHash<QString, QString> result;
    for (const FieldEditor &field : m_fields) {
        if (field.info.kind == FieldInfo::Kind::Secret && !valueOf(field).isEmpty())
            result.insert(field.info.name, valueOf(field));
    }
    return result;
}

void HostEditorDialog::showError(const QString &message)
{
    setMessage(m_error, message);
}

} // namespace Homing
