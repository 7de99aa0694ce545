#include "hosteditordialog.h"

#include "growtofit.h"

#include "providers/tsigkeyblock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Homing {

namespace {

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

// A problem next to its field: red in light and dark themes alike, and announced to screen readers
// through the label's text.
void setMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("color: #d1242f;"));
    label->setVisible(!text.isEmpty());
}

// Tab goes through the widgets in the order they are shown, top to bottom, then the buttons left to
// right: the provider's fields are made after the buttons, so creation order would put them last.
void chainFocus(const QList<QWidget *> &widgets, QDialogButtonBox *buttons)
{
    QList<QWidget *> chain = widgets;
    for (int i = 0; i < buttons->layout()->count(); ++i) {
        if (QWidget *button = buttons->layout()->itemAt(i)->widget())
            chain.append(button);
    }
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

bool validInterfaceId(const QString &text)
{
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace

HostEditorDialog::HostEditorDialog(const QList<ProviderInfo> &catalogue, const QStringList &sourceIds, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("hostEditor"));
    setWindowTitle(tr("Add host"));
    m_original.id = QUuid::createUuid();
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildCommonRows(form);
    layout->addLayout(form);

    m_fieldsBox = new QWidget(this);
    m_fieldsLayout = new QFormLayout(m_fieldsBox);
    m_fieldsLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldsLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(m_fieldsBox);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceOverride"));
    m_source->setAccessibleName(tr("Address source"));
    m_source->addItem(tr("All configured sources (default)"), QString());
    for (const QString &id : sourceIds)
        m_source->addItem(id, id);
    auto *advanced = new QFormLayout;
    advanced->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advanced->addRow(tr("Address s&ource:"), m_source);
    m_park = new QCheckBox(tr("Take the name offline when this machine &goes away"), this);
    m_park->setObjectName(QStringLiteral("park"));
    advanced->addRow(QString(), m_park);
    m_parkHint = new QLabel(this);
    m_parkHint->setObjectName(QStringLiteral("parkHint"));
    m_parkHint->setWordWrap(true);
    advanced->addRow(QString(), m_parkHint);
    m_parkAt = new QLineEdit(this);
    m_parkAt->setObjectName(QStringLiteral("parkAt"));
    m_parkAt->setAccessibleName(tr("Addresses to point the name at while the machine is away"));
    m_parkAt->setPlaceholderText(tr("e.g. 0.0.0.0, ::"));
    advanced->addRow(tr("Point it &at:"), m_parkAt);
    m_parkAtMessage = messageLabel(this, QStringLiteral("message_parkAt"));
    advanced->addRow(QString(), m_parkAtMessage);
    m_advanced = advanced;
    layout->addLayout(advanced);

    m_testResult = messageLabel(this, QStringLiteral("testResult"));
    layout->addWidget(m_testResult);
    m_error = messageLabel(this, QStringLiteral("dialogError"));
    layout->addWidget(m_error);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    m_test = m_buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testButton"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_touched = true;
        if (validate()) {
            setMessage(m_error, {});
            emit saveRequested();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_touched = true;
        if (validate()) {
            m_testResult->setStyleSheet({});
            m_testResult->setText(tr("Testing…"));
            m_testResult->setVisible(true);
            m_test->setEnabled(false);
            emit testRequested();
        }
    });
    connect(m_search, &QLineEdit::textChanged, this, &HostEditorDialog::filterProviders);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        rebuildFields();
        validate();
    });
    const auto touched = [this] {
        m_touched = true;
        validate();
    };
    connect(m_name, &QLineEdit::textChanged, this, touched);
    connect(m_ipv4, &QCheckBox::toggled, this, touched);
    connect(m_ipv6, &QCheckBox::toggled, this, touched);
    connect(m_ipv6Policy, &QComboBox::currentIndexChanged, this, touched);
    connect(m_interfaceId, &QLineEdit::textChanged, this, touched);
    connect(m_ttl, &QSpinBox::valueChanged, this, touched);
    connect(m_park, &QCheckBox::toggled, this, touched);
    connect(m_parkAt, &QLineEdit::textChanged, this, touched);
    filterProviders({});
}

void HostEditorDialog::buildCommonRows(QFormLayout *form)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("providerSearch"));
    m_search->setAccessibleName(tr("Search providers"));
    m_search->setPlaceholderText(tr("Type to search %n provider(s)", nullptr, static_cast<int>(m_catalogue.size())));
    m_search->setClearButtonEnabled(true);
    form->addRow(tr("&Find provider:"), m_search);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("provider"));
    m_provider->setAccessibleName(tr("Provider"));
    form->addRow(tr("&Provider:"), m_provider);
    m_providerHelp = new QLabel(this);
    m_providerHelp->setObjectName(QStringLiteral("providerHelp"));
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
    m_ipv4 = new QCheckBox(tr("IPv&4 (A record)"), families);
    m_ipv4->setObjectName(QStringLiteral("ipv4"));
    m_ipv4->setChecked(true);
    m_ipv6 = new QCheckBox(tr("IPv&6 (AAAA record)"), families);
    m_ipv6->setObjectName(QStringLiteral("ipv6"));
    familiesLayout->addWidget(m_ipv4);
    familiesLayout->addWidget(m_ipv6);
    familiesLayout->addStretch();
    form->addRow(tr("Addresses:"), families);
    m_familyMessage = messageLabel(this, QStringLiteral("familyMessage"));
    form->addRow(QString(), m_familyMessage);

    m_ipv6Policy = new QComboBox(this);
    m_ipv6Policy->setObjectName(QStringLiteral("ipv6Policy"));
    m_ipv6Policy->setAccessibleName(tr("IPv6 address to publish"));
    m_ipv6Policy->addItem(tr("Stable address (not temporary)"), static_cast<int>(Ipv6Policy::Stable));
    m_ipv6Policy->addItem(tr("Current temporary (privacy) address"), static_cast<int>(Ipv6Policy::Temporary));
    m_ipv6Policy->addItem(tr("Current prefix with a fixed interface ID"),
                          static_cast<int>(Ipv6Policy::FixedInterfaceId));
    form->addRow(tr("IPv6 polic&y:"), m_ipv6Policy);
    m_interfaceId = new QLineEdit(this);
    m_interfaceId->setObjectName(QStringLiteral("ipv6InterfaceId"));
    m_interfaceId->setAccessibleName(tr("IPv6 interface identifier"));
    m_interfaceId->setPlaceholderText(QStringLiteral("::1234:5678:9abc:def0"));
    form->addRow(tr("&Interface ID:"), m_interfaceId);
    m_interfaceIdMessage = messageLabel(this, QStringLiteral("ipv6InterfaceIdMessage"));
    form->addRow(QString(), m_interfaceIdMessage);

    m_ttl = new QSpinBox(this);
    m_ttl->setObjectName(QStringLiteral("ttl"));
    m_ttl->setAccessibleName(tr("Time to live in seconds"));
    m_ttl->setRange(0, 604800);
    m_ttl->setSuffix(tr(" s"));
    form->addRow(tr("TT&L:"), m_ttl);
    m_ttlMessage = messageLabel(this, QStringLiteral("ttlMessage"));
    form->addRow(QString(), m_ttlMessage);
    // Not a problem but advice, so in the theme's colour and always shown.
    m_ttlHint = new QLabel(this);
    m_ttlHint->setObjectName(QStringLiteral("ttlHint"));
    m_ttlHint->setWordWrap(true);
    form->addRow(QString(), m_ttlHint);
    m_common = form;
    m_allowPrivate = new QCheckBox(tr("Allow p&rivate (LAN) addresses"), this);
    m_allowPrivate->setObjectName(QStringLiteral("allowPrivate"));
    m_allowPrivate->setToolTip(tr("Publish addresses such as 192.168.x.x or fd00::/8; normally refused."));
    form->addRow(QString(), m_allowPrivate);
}

void HostEditorDialog::filterProviders(const QString &text)
{
    const QString current = m_provider->currentData().toString();
    const QSignalBlocker blocker(m_provider);
    m_provider->clear();
    for (const ProviderInfo &info : std::as_const(m_catalogue)) {
        if (text.isEmpty() || info.name.contains(text, Qt::CaseInsensitive)
            || info.id.contains(text, Qt::CaseInsensitive) || info.summary.contains(text, Qt::CaseInsensitive))
            m_provider->addItem(info.name, info.id);
    }
    if (m_provider->count() == 0 && !m_currentProvider.isEmpty()) {
        // Nothing matches: keep the chosen provider so the form below stays valid.
        for (const ProviderInfo &info : std::as_const(m_catalogue)) {
            if (info.id == m_currentProvider)
                m_provider->addItem(info.name, info.id);
        }
    }
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(current)));
    if (m_provider->currentData().toString() != m_currentProvider) {
        rebuildFields();
        validate();
    }
}

ProviderInfo HostEditorDialog::providerInfo() const
{
    const QString id = m_provider->currentData().toString();
    for (const ProviderInfo &info : m_catalogue) {
        if (info.id == id)
            return info;
    }
    return {};
}

QWidget *HostEditorDialog::createEditor(const FieldInfo &info)
{
    switch (info.kind) {
    case FieldInfo::Kind::Choice: {
        auto *combo = new QComboBox(m_fieldsBox);
        combo->addItems(info.choices);
        combo->setCurrentText(info.defaultValue);
        connect(combo, &QComboBox::currentIndexChanged, this, &HostEditorDialog::validate);
        return combo;
    }
    case FieldInfo::Kind::Bool: {
        auto *check = new QCheckBox(info.label, m_fieldsBox);
        check->setChecked(info.defaultValue == QLatin1String("true"));
        return check;
    }
    case FieldInfo::Kind::Number: {
        auto *spin = new QSpinBox(m_fieldsBox);
        spin->setRange(info.minimum, info.maximum);
        spin->setValue(info.defaultValue.isEmpty() ? info.minimum : info.defaultValue.toInt());
        connect(spin, &QSpinBox::valueChanged, this, &HostEditorDialog::validate);
        return spin;
    }
    case FieldInfo::Kind::Text:
    case FieldInfo::Kind::Secret:
    case FieldInfo::Kind::Url:
        break;
    }
    // A default is shown, never typed in: an empty field means "the provider's own", so it cannot be
    // carried to another provider or saved as if the user had chosen it.
    auto *edit = new QLineEdit(m_fieldsBox);
    edit->setPlaceholderText(info.placeholder.isEmpty() ? info.defaultValue : info.placeholder);
    if (info.kind == FieldInfo::Kind::Secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
        // Where it is stored (keychain or the opt-in file) the status bar says.
        if (m_editing)
            edit->setPlaceholderText(tr("already stored; leave empty to keep it"));
    }
    connect(edit, &QLineEdit::textChanged, this, [this] {
        m_touched = true;
        validate();
    });
    return edit;
}

void HostEditorDialog::rebuildFields()
{
    // Only a value that means the same at the next provider (the zone) carries over; a server, user
    // name or token of one service is no other service's, so every other field starts afresh.
    QHash<QString, QString> carried;
    for (const FieldEditor &field : std::as_const(m_fields)) {
        if (field.info.sharedMeaning && field.info.kind != FieldInfo::Kind::Secret)
            carried.insert(field.info.name, valueOf(field));
    }
    while (m_fieldsLayout->rowCount() > 0)
        m_fieldsLayout->removeRow(0);
    m_fields.clear();
    const ProviderInfo info = providerInfo();
    m_currentProvider = info.id;
    QString help = info.summary.toHtmlEscaped();
    if (!info.helpUrl.isEmpty())
        help += QStringLiteral(" — <a href=\"%1\">%2</a>").arg(info.helpUrl.toHtmlEscaped(), tr("documentation"));
    if (!info.rateLimit.isEmpty())
        help += QStringLiteral("<br/>") + tr("Rate limit: %1").arg(info.rateLimit.toHtmlEscaped());
    m_providerHelp->setText(help);
    m_ipv4->setEnabled(info.ipv4);
    m_ipv6->setEnabled(info.ipv6);
    if (!info.ipv6)
        m_ipv6->setChecked(false);
    if (!info.ipv4)
        m_ipv4->setChecked(false);
    else if (!info.ipv6)
        m_ipv4->setChecked(true);
    m_ttl->setEnabled(info.ttl);
    m_ttl->setToolTip({});
    // 0 stands for "the lowest": what the engine sends then (ProviderInfo::defaultTtl).
    m_ttl->setSpecialValueText(info.ttl ? tr("Lowest (%1 s)").arg(info.defaultTtl()) : tr("Set by %1").arg(info.name));
    const QString why = tr("Short is safer: resolvers soon forget an old address, which may be someone else's "
                           "machine by then.");
    // Where the provider sets the TTL the box says so ("Set by …"); the hint is its tooltip then.
    m_common->setRowVisible(m_ttlHint, info.ttl);
    if (!info.ttl)
        m_ttlHint->setText(
            tr("%1 does not let clients set the TTL; it decides how long resolvers keep the address.").arg(info.name));
    else if (info.minTtl > 0)
        m_ttlHint->setText(tr("%1 accepts %2 s at the least. %3").arg(info.name).arg(info.minTtl).arg(why));
    else
        m_ttlHint->setText(tr("Your server decides the least TTL. %1").arg(why));
    if (!info.ttl)
        m_ttl->setToolTip(m_ttlHint->text());
    m_park->setEnabled(info.parking);
    if (!info.parking)
        m_park->setChecked(false);
    m_parkHint->setText(info.parkingText());
    m_park->setToolTip(tr("On quit, sleep and shutdown. Once the machine is gone its old address may be given to "
                          "someone else, and the name would lead visitors to them. %1")
                           .arg(info.parkingText()));
    m_test->setEnabled(info.testCredentials);
    m_test->setToolTip(info.testCredentials
                           ? tr("Checks the credentials with a harmless call; DNS is not changed.")
                           : tr("%1 has no harmless call to check credentials with; Save and watch the first update "
                                "in the timeline instead.")
                                 .arg(info.name));
    m_testResult->setVisible(false);

    m_keyBlockMessage = nullptr;
    if (info.tsigKeyBlock)
        addKeyBlockRow();
    for (const FieldInfo &fieldInfo : info.fields) {
        FieldEditor field;
        field.info = fieldInfo;
        field.editor = createEditor(fieldInfo);
        field.editor->setObjectName(QStringLiteral("field_") + fieldInfo.name);
        field.editor->setAccessibleName(fieldInfo.label);
        field.editor->setAccessibleDescription(fieldInfo.help);
        field.editor->setToolTip(fieldInfo.help);
        if (fieldInfo.sharedMeaning && !carried.value(fieldInfo.name).isEmpty())
            setValue(field, carried.value(fieldInfo.name));
        QString label = fieldInfo.required ? tr("%1:").arg(fieldInfo.label) : tr("%1 (optional):").arg(fieldInfo.label);
        if (fieldInfo.kind == FieldInfo::Kind::Bool)
            label = QString();
        m_fieldsLayout->addRow(label, field.editor);
        field.message = messageLabel(m_fieldsBox, QStringLiteral("message_") + fieldInfo.name);
        m_fieldsLayout->addRow(QString(), field.message);
        m_fields.append(field);
    }
    QList<QWidget *> order {m_search,     m_provider,    m_name, m_ipv4,        m_ipv6,
                            m_ipv6Policy, m_interfaceId, m_ttl,  m_allowPrivate};
    if (auto *paste = m_fieldsBox->findChild<QPlainTextEdit *>(QStringLiteral("keyBlock")))
        order.append(paste);
    for (const FieldEditor &field : std::as_const(m_fields))
        order.append(field.editor);
    order << m_source << m_park << m_parkAt;
    chainFocus(order, m_buttons);
}

void HostEditorDialog::addKeyBlockRow()
{
    auto *paste = new QPlainTextEdit(m_fieldsBox);
    paste->setObjectName(QStringLiteral("keyBlock"));
    paste->setTabChangesFocus(true);
    paste->setPlaceholderText(tr("Paste the key block from tsig-keygen (BIND), keymgr -t (Knot) or pdnsutil "
                                 "generate-tsig-key (PowerDNS)"));
    paste->setAccessibleName(tr("Paste key block"));
    paste->setMaximumHeight(paste->fontMetrics().lineSpacing() * 6);
    m_fieldsLayout->addRow(tr("Paste key block (optional):"), paste);
    m_keyBlockMessage = messageLabel(m_fieldsBox, QStringLiteral("message_keyBlock"));
    m_fieldsLayout->addRow(QString(), m_keyBlockMessage);
    connect(paste, &QPlainTextEdit::textChanged, this, [this, paste] { applyKeyBlock(paste->toPlainText()); });
}

HostEditorDialog::FieldEditor *HostEditorDialog::fieldNamed(const QString &name)
{
    for (FieldEditor &field : m_fields) {
        if (field.info.name == name)
            return &field;
    }
    return nullptr;
}

void HostEditorDialog::applyKeyBlock(const QString &text)
{
    if (!m_keyBlockMessage)
        return;
    if (text.trimmed().isEmpty()) {
        m_keyBlockMessage->setVisible(false);
        return;
    }
    QString error;
    const std::optional<TsigKeyBlock> key = TsigKeyBlock::parse(text, &error);
    FieldEditor *name = fieldNamed(QStringLiteral("keyname"));
    FieldEditor *algorithm = fieldNamed(QStringLiteral("algorithm"));
    auto *secret = fieldNamed(QStringLiteral("secret"))
        ? qobject_cast<QLineEdit *>(fieldNamed(QStringLiteral("secret"))->editor)
        : nullptr;
    if (!key || !name || !algorithm || !secret) {
        setMessage(m_keyBlockMessage, error);
        return;
    }
    setValue(*name, key->name);
    setValue(*algorithm, key->algorithm);
    secret->setText(key->secret); // typed in by the user, in effect; kept only until saved to the keychain
    m_keyBlockMessage->setStyleSheet(QString());
    m_keyBlockMessage->setText(tr("Key \"%1\" (%2) filled in below.").arg(key->name, key->algorithm));
    m_keyBlockMessage->setVisible(true);
    validate();
}

QString HostEditorDialog::valueOf(const FieldEditor &field)
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

void HostEditorDialog::setValue(const FieldEditor &field, const QString &value)
{
    if (field.info.kind == FieldInfo::Kind::Secret)
        return; // a stored secret is never put back into the form
    if (auto *edit = qobject_cast<QLineEdit *>(field.editor))
        edit->setText(value);
    else if (auto *combo = qobject_cast<QComboBox *>(field.editor))
        combo->setCurrentText(value);
    else if (auto *check = qobject_cast<QCheckBox *>(field.editor))
        check->setChecked(value == QLatin1String("true"));
    else if (auto *spin = qobject_cast<QSpinBox *>(field.editor))
        spin->setValue(value.toInt());
}

bool HostEditorDialog::validate()
{
    bool ok = true;
    // Before the user typed anything the form is not valid yet, but shouting at them is rude.
    const auto report = [&ok, this](QLabel *label, const QString &error) {
        if (!error.isEmpty())
            ok = false;
        setMessage(label, m_touched ? error : QString());
    };
    const ProviderInfo provider = providerInfo();
    QString ace;
    QString why;
    const bool nameOk = Host::normalizeName(m_name->text(), &ace, &why) && provider.acceptsName(ace, &why);
    report(m_nameMessage, nameOk ? QString() : why);
    report(m_familyMessage, m_ipv4->isChecked() || m_ipv6->isChecked() ? QString() : tr("Choose IPv4, IPv6 or both."));
    const bool fixedId
        = m_ipv6->isChecked() && m_ipv6Policy->currentData().toInt() == static_cast<int>(Ipv6Policy::FixedInterfaceId);
    m_ipv6Policy->setEnabled(m_ipv6->isChecked());
    m_interfaceId->setEnabled(fixedId);
    report(m_interfaceIdMessage,
           !fixedId || validInterfaceId(m_interfaceId->text())
               ? QString()
               : tr("Enter the interface identifier as an IPv6 address, such as ::1234:5678:9abc:def0."));
    report(m_ttlMessage,
           !provider.ttl || m_ttl->value() == 0 || m_ttl->value() >= provider.minTtl
               ? QString()
               : tr("%1 accepts %2 s at the least; enter %2 or more, or 0 for the lowest.")
                     .arg(provider.name)
                     .arg(provider.minTtl));
    // How this provider parks is said once the user asks for it (or when it cannot), so that the
    // form stays short; the box's tooltip says it before.
    const bool sink = provider.parkingMethod == ParkingMethod::SinkAddress && m_park->isChecked();
    m_advanced->setRowVisible(m_parkHint, m_park->isChecked() || !provider.parking);
    m_advanced->setRowVisible(m_parkAt, sink);
    QString parkIpv4, parkIpv6;
    report(m_parkAtMessage, sink ? parkAddresses(&parkIpv4, &parkIpv6) : QString());
    m_advanced->setRowVisible(m_parkAtMessage, !m_parkAtMessage->text().isEmpty() && m_parkAtMessage->isVisible());
    for (const FieldEditor &field : std::as_const(m_fields)) {
        QString error;
        FieldInfo info = field.info;
        if (info.kind == FieldInfo::Kind::Secret && m_editing)
            info.required = false; // empty keeps the stored secret
        report(field.message, info.validate(valueOf(field), &error) ? QString() : error);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
    growToFit(this);
    return ok;
}

void HostEditorDialog::setHost(const Host &host)
{
    m_original = host;
    m_editing = true;
    setWindowTitle(tr("Edit %1").arg(host.displayName()));
    m_search->clear();
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(host.providerId)));
    m_fields.clear(); // nothing carries over into an existing host's form
    rebuildFields();
    m_name->setText(host.displayName());
    m_ipv4->setChecked(host.ipv4);
    m_ipv6->setChecked(host.ipv6);
    m_ipv6Policy->setCurrentIndex(std::max(0, m_ipv6Policy->findData(static_cast<int>(host.ipv6Policy))));
    m_interfaceId->setText(host.ipv6InterfaceId);
    m_ttl->setValue(host.ttl);
    m_source->setCurrentIndex(std::max(0, m_source->findData(host.sourceOverride)));
    m_allowPrivate->setChecked(host.allowPrivate);
    m_park->setChecked(host.park);
    QStringList parkAt;
    for (const QString &address : {host.parkIpv4, host.parkIpv6}) {
        if (!address.isEmpty())
            parkAt.append(address);
    }
    m_parkAt->setText(parkAt.join(QStringLiteral(", ")));
    for (const FieldEditor &field : std::as_const(m_fields)) {
        const QString value = host.setting(field.info.name);
        if (!value.isEmpty())
            setValue(field, value);
    }
    m_touched = true;
    validate();
}

Host HostEditorDialog::host() const
{
    Host host = m_original; // a new host got its id when the dialog opened
    QString why;
    Host::normalizeName(m_name->text(), &host.name, &why);
    host.providerId = m_provider->currentData().toString();
    host.ipv4 = m_ipv4->isChecked();
    host.ipv6 = m_ipv6->isChecked();
    host.ipv6Policy = static_cast<Ipv6Policy>(m_ipv6Policy->currentData().toInt());
    host.ipv6InterfaceId = host.ipv6Policy == Ipv6Policy::FixedInterfaceId ? m_interfaceId->text() : QString();
    host.ttl = m_ttl->isEnabled() ? m_ttl->value() : 0;
    host.sourceOverride = m_source->currentData().toString();
    host.allowPrivate = m_allowPrivate->isChecked();
    host.park = m_park->isEnabled() && m_park->isChecked();
    host.parkIpv4.clear();
    host.parkIpv6.clear();
    if (host.park && providerInfo().parkingMethod == ParkingMethod::SinkAddress)
        parkAddresses(&host.parkIpv4, &host.parkIpv6);
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

QString HostEditorDialog::parkAddresses(QString *ipv4, QString *ipv6) const
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &part : m_parkAt->text().split(separators, Qt::SkipEmptyParts)) {
        QHostAddress address;
        if (!address.setAddress(part))
            return tr("\"%1\" is not an IP address; enter one IPv4 and/or one IPv6 address, e.g. 0.0.0.0, ::")
                .arg(part.left(60));
        QString &slot = address.protocol() == QAbstractSocket::IPv4Protocol ? *ipv4 : *ipv6;
        if (!slot.isEmpty())
            return tr("Enter at most one IPv4 and one IPv6 address.");
        slot = address.toString();
    }
    const bool covers = (m_ipv4->isChecked() && !ipv4->isEmpty()) || (m_ipv6->isChecked() && !ipv6->isEmpty());
    if (!covers)
        return tr("Enter the address to point the name at while the machine is away, for the families it "
                  "publishes: 0.0.0.0 and :: lead nowhere.");
    return {};
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
    growToFit(this);
}

void HostEditorDialog::askForSecret(const QString &field, const QString &why)
{
    for (const FieldEditor &editor : std::as_const(m_fields)) {
        if (editor.info.name != field)
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(editor.editor)) {
            edit->clear();
            edit->setFocus(Qt::OtherFocusReason);
        }
    }
    showError(why);
}

void HostEditorDialog::showTestProgress(const QString &message)
{
    m_testResult->setStyleSheet({});
    m_testResult->setText(message);
    m_testResult->setVisible(true);
    growToFit(this);
}

void HostEditorDialog::showTestResult(bool ok, const QString &message)
{
    m_test->setEnabled(providerInfo().testCredentials);
    m_testResult->setText(message);
    m_testResult->setStyleSheet(ok ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #d1242f;"));
    m_testResult->setVisible(true);
    growToFit(this);
}

} // namespace Homing
