#include "sourceeditordialog.h"

#include "growtofit.h"

#include "address/dnsechosource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace Homing {

namespace {

const QString kHttp = QStringLiteral("http");
const QString kDns = QStringLiteral("dns");
const QString kInterface = QStringLiteral("interface");
const QString kUpnp = QStringLiteral("upnp");
const QString kCommand = QStringLiteral("command");

QLineEdit *lineEdit(QWidget *parent, const char *objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QComboBox *comboBox(QWidget *parent, const char *objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    return combo;
}

QLabel *problemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #d1242f;"));
    label->setVisible(false);
    return label;
}

// A number typed into a line edit: a JSON number when it reads as one, else the text as typed (so
// that SourceConfig::fromJson names the problem); nothing when empty, which is the source's default.
void putNumber(QJsonObject *object, const char *key, const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return;
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    object->insert(QLatin1String(key), ok ? QJsonValue(number) : QJsonValue(text));
}

void showNumber(const SourceConfig &source, const char *key, QLineEdit *edit)
{
    edit->setText(source.option(QLatin1String(key)));
}

void putFamilies(QJsonObject *object, const QCheckBox *ipv4, const QCheckBox *ipv6)
{
    QJsonArray families;
    if (ipv4->isChecked())
        families.append(QStringLiteral("ipv4"));
    if (ipv6->isChecked())
        families.append(QStringLiteral("ipv6"));
    object->insert(QStringLiteral("families"), families);
}

// The families a source asks for; fallback is the source's own default (see its class).
void showFamilies(const SourceConfig &source, const QStringList &fallback, QCheckBox *ipv4, QCheckBox *ipv6)
{
    const QStringList families = source.options.value(QStringLiteral("families"), fallback).toStringList();
    ipv4->setChecked(families.contains(QStringLiteral("ipv4")));
    ipv6->setChecked(families.contains(QStringLiteral("ipv6")));
}

// The program and its arguments as one line that QProcess::splitCommand reads back.
QString commandLine(const QString &program, const QStringList &arguments)
{
    QStringList parts;
    for (const QString &part : QStringList {program} + arguments) {
        if (!part.isEmpty() && !part.contains(QLatin1Char(' ')) && !part.contains(QLatin1Char('"'))
            && !part.contains(QLatin1Char('\t')))
            parts.append(part);
        else
            parts.append(QLatin1Char('"') + QString(part).replace(QStringLiteral("\""), QStringLiteral("\"\"\""))
                         + QLatin1Char('"'));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

SourceEditorDialog::SourceEditorDialog(const QStringList &takenIds, QWidget *parent)
    : QDialog(parent)
    , m_takenIds(takenIds)
{
    setObjectName(QStringLiteral("sourceEditor"));
    setWindowTitle(tr("Add address source"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    m_kind = comboBox(this, "sourceKind");
    m_kind->addItem(tr("Web echo service (HTTPS)"), kHttp);
    m_kind->addItem(tr("DNS echo service"), kDns);
    m_kind->addItem(tr("Network interface of this machine"), kInterface);
    m_kind->addItem(tr("Router (UPnP-IGD)"), kUpnp);
    m_kind->addItem(tr("Command that prints the address"), kCommand);
    m_form->addRow(tr("&Kind:"), m_kind);

    m_ipv4Url = addLine(kHttp, QStringLiteral("ipv4Url"), "ipv4Url", tr("IPv&4 URL:"),
                        QStringLiteral("https://api.ipify.org"));
    m_ipv6Url = addLine(kHttp, QStringLiteral("ipv6Url"), "ipv6Url", tr("IPv&6 URL:"),
                        QStringLiteral("https://api6.ipify.org"));
    m_format = comboBox(this, "format");
    m_format->addItem(tr("Recognize it (any of the ones below)"), QStringLiteral("auto"));
    m_format->addItem(tr("Just the address"), QStringLiteral("plain"));
    m_format->addItem(tr("JSON with an \"ip\" field"), QStringLiteral("json"));
    m_format->addItem(tr("Cloudflare trace (ip=…)"), QStringLiteral("trace"));
    m_format->addItem(tr("checkip page (Current IP Address: …)"), QStringLiteral("checkip"));
    addRow(kHttp, {QStringLiteral("format")}, tr("Answer &format:"), m_format);
    addHint(kHttp,
            tr("Leave a URL empty to not ask for that family. Plain http:// is accepted only for a "
               "server on this machine."));

    m_service = comboBox(this, "service");
    for (const DnsEchoSource::Service &service : DnsEchoSource::services())
        m_service->addItem(QStringLiteral("%1 (%2)").arg(service.name, service.ipv4Question.name), service.name);
    addRow(kDns, {QStringLiteral("service")}, tr("Ser&vice:"), m_service);
    m_ipv4Server = addLine(kDns, QStringLiteral("ipv4Server"), "ipv4Server", tr("IPv&4 server:"), {});
    m_ipv6Server = addLine(kDns, QStringLiteral("ipv6Server"), "ipv6Server", tr("IPv&6 server:"), {});
    m_dnsPort = addLine(kDns, QStringLiteral("port"), "dnsPort", tr("&Port:"), QStringLiteral("53"));
    m_dnsTimeout
        = addLine(kDns, QStringLiteral("timeoutMs"), "dnsTimeout", tr("&Timeout (ms):"), QStringLiteral("3000"));
    addHint(kDns, tr("Leave a server empty to not ask for that family."));

    m_interface = comboBox(this, "interface");
    m_interface->setEditable(true);
    m_interface->lineEdit()->setPlaceholderText(tr("every interface but loopback"));
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (!(interface.flags() & QNetworkInterface::IsLoopBack))
            m_interface->addItem(interface.name());
    }
    m_interface->setCurrentIndex(-1);
    addRow(kInterface, {QStringLiteral("interface")}, tr("&Interface:"), m_interface);
    familiesRow(kInterface, &m_interfaceIpv4, &m_interfaceIpv6);
    m_policy = comboBox(this, "ipv6Policy");
    m_policy->addItem(tr("Stable (kept while the prefix stays)"), QStringLiteral("stable"));
    m_policy->addItem(tr("Temporary (the privacy address)"), QStringLiteral("temporary"));
    m_policy->addItem(tr("This prefix with a fixed interface identifier"), QStringLiteral("fixed"));
    addRow(kInterface, {QStringLiteral("ipv6Policy")}, tr("IPv6 &policy:"), m_policy);
    m_interfaceId = addLine(kInterface, QStringLiteral("interfaceId"), "interfaceId", tr("Interface i&dentifier:"),
                            QStringLiteral("::1234:5678:9abc:def0"));
    m_interfaceIdRow = m_form->rowCount() - 1;

    m_ssdpAddress = addLine(kUpnp, QStringLiteral("ssdpAddress"), "ssdpAddress", tr("&Discovery address:"),
                            QStringLiteral("239.255.255.250"));
    m_ssdpPort = addLine(kUpnp, QStringLiteral("ssdpPort"), "ssdpPort", tr("Discovery p&ort:"), QStringLiteral("1900"));
    m_upnpTimeout
        = addLine(kUpnp, QStringLiteral("timeoutMs"), "upnpTimeout", tr("&Timeout (ms):"), QStringLiteral("3000"));
    addHint(kUpnp, tr("Asks the router on this network for its WAN address. IPv4 only."));

    m_command = lineEdit(this, "command", QStringLiteral("/usr/local/bin/my-ip --family {family}"));
    addRow(kCommand, {QStringLiteral("program"), QStringLiteral("arguments")}, tr("Co&mmand:"), m_command);
    familiesRow(kCommand, &m_commandIpv4, &m_commandIpv6);
    m_commandTimeout = addLine(kCommand, QStringLiteral("timeoutMs"), "commandTimeout", tr("&Timeout (ms):"),
                               QStringLiteral("10000"));
    addHint(kCommand,
            tr("Runs without a shell; {family} in the arguments becomes ipv4 or ipv6. The program "
               "must print one address."));

    m_message = problemLabel(this, QStringLiteral("sourceMessage"));
    layout->addWidget(m_message);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSource"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_valid)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // New sources start from the usual choices: both families of an interface, IPv4 for a command.
    m_interfaceIpv4->setChecked(true);
    m_interfaceIpv6->setChecked(true);
    m_commandIpv4->setChecked(true);
    serviceChanged();

    // Problems are shown from the user's first change on (a new source starts empty, not wrong).
    const auto touched = [this] {
        m_touched = true;
        validate();
    };
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        connect(edit, &QLineEdit::textChanged, this, &SourceEditorDialog::validate);
        connect(edit, &QLineEdit::textEdited, this, touched);
    }
    for (QCheckBox *box : findChildren<QCheckBox *>()) {
        connect(box, &QCheckBox::toggled, this, &SourceEditorDialog::validate);
        connect(box, &QCheckBox::clicked, this, touched);
    }
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::activated, this, touched);
    connect(m_format, &QComboBox::currentIndexChanged, this, &SourceEditorDialog::validate);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &SourceEditorDialog::showKind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SourceEditorDialog::showKind);
    connect(m_service, &QComboBox::currentIndexChanged, this, &SourceEditorDialog::serviceChanged);
    showKind();
}

QWidget *SourceEditorDialog::addRow(const QString &kind, const QStringList &keys, const QString &label, QWidget *editor)
{
    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addWidget(editor);
    const Field field {kind, -1, problemLabel(box, editor->objectName() + QStringLiteral("Message"))};
    boxLayout->addWidget(field.message);
    box->setFocusProxy(editor);
    m_form->addRow(label, box);
    Field placed = field;
    placed.row = m_form->rowCount() - 1;
    for (const QString &key : keys)
        m_fields.insert(kind + QLatin1Char('/') + key, placed);
    m_rows.append(placed);
    return box;
}

QLineEdit *SourceEditorDialog::addLine(const QString &kind, const QString &key, const char *objectName,
                                       const QString &label, const QString &placeholder)
{
    QLineEdit *edit = lineEdit(this, objectName, placeholder);
    addRow(kind, {key}, label, edit);
    return edit;
}

QWidget *SourceEditorDialog::familiesRow(const QString &kind, QCheckBox **ipv4, QCheckBox **ipv6)
{
    auto *row = new QWidget(this);
    row->setObjectName(kind + QStringLiteral("Families"));
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    *ipv4 = new QCheckBox(tr("IPv&4"), row);
    (*ipv4)->setObjectName(kind + QStringLiteral("Ipv4"));
    *ipv6 = new QCheckBox(tr("IPv&6"), row);
    (*ipv6)->setObjectName(kind + QStringLiteral("Ipv6"));
    rowLayout->addWidget(*ipv4);
    rowLayout->addWidget(*ipv6);
    rowLayout->addStretch();
    return addRow(kind, {QStringLiteral("families")}, tr("Ask for:"), row);
}

void SourceEditorDialog::addHint(const QString &kind, const QString &text)
{
    auto *hint = new QLabel(text, this);
    hint->setWordWrap(true);
    hint->setEnabled(false); // the palette's quieter text
    m_form->addRow(hint);
    m_rows.append({kind, m_form->rowCount() - 1, nullptr});
}

QString SourceEditorDialog::kind() const
{
    return m_kind->currentData().toString();
}

void SourceEditorDialog::showKind()
{
    for (const Field &row : std::as_const(m_rows))
        m_form->setRowVisible(row.row, row.kind == kind());
    if (kind() == kInterface)
        m_form->setRowVisible(m_interfaceIdRow, m_policy->currentData().toString() == QLatin1String("fixed"));
    validate();
    adjustSize();
}

// A server the user has not changed follows the service; one they typed stays.
void SourceEditorDialog::serviceChanged()
{
    const DnsEchoSource::Service *before = DnsEchoSource::service(m_lastService);
    const DnsEchoSource::Service *now = DnsEchoSource::service(m_service->currentData().toString());
    if (now) {
        if (!before || m_ipv4Server->text() == before->ipv4Server)
            m_ipv4Server->setText(now->ipv4Server);
        if (!before || m_ipv6Server->text() == before->ipv6Server)
            m_ipv6Server->setText(now->ipv6Server);
        m_ipv4Server->setPlaceholderText(now->ipv4Server);
        m_ipv6Server->setPlaceholderText(now->ipv6Server);
        m_lastService = now->name;
    }
    validate();
}

void SourceEditorDialog::setSource(const SourceConfig &source)
{
    m_original = source;
    m_touched = true;
    setWindowTitle(tr("Edit address source %1").arg(source.id));
    const QSignalBlocker blockKind(m_kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(source.kind)));
    if (source.kind == kHttp) {
        m_ipv4Url->setText(source.option(QStringLiteral("ipv4Url")));
        m_ipv6Url->setText(source.option(QStringLiteral("ipv6Url")));
        m_format->setCurrentIndex(
            std::max(0, m_format->findData(source.options.value(QStringLiteral("format"), QStringLiteral("auto")))));
    } else if (source.kind == kDns) {
        {
            const QSignalBlocker blockService(m_service);
            m_service->setCurrentIndex(std::max(0, m_service->findData(source.option(QStringLiteral("service")))));
        }
        m_lastService.clear();
        serviceChanged(); // the service's own servers, unless the source names others
        if (source.options.contains(QStringLiteral("ipv4Server")))
            m_ipv4Server->setText(source.option(QStringLiteral("ipv4Server")));
        if (source.options.contains(QStringLiteral("ipv6Server")))
            m_ipv6Server->setText(source.option(QStringLiteral("ipv6Server")));
        showNumber(source, "port", m_dnsPort);
        showNumber(source, "timeoutMs", m_dnsTimeout);
    } else if (source.kind == kInterface) {
        m_interface->setEditText(source.option(QStringLiteral("interface")));
        showFamilies(source, {QStringLiteral("ipv4"), QStringLiteral("ipv6")}, m_interfaceIpv4, m_interfaceIpv6);
        m_policy->setCurrentIndex(std::max(0, m_policy->findData(source.option(QStringLiteral("ipv6Policy")))));
        m_interfaceId->setText(source.option(QStringLiteral("interfaceId")));
    } else if (source.kind == kUpnp) {
        m_ssdpAddress->setText(source.option(QStringLiteral("ssdpAddress")));
        showNumber(source, "ssdpPort", m_ssdpPort);
        showNumber(source, "timeoutMs", m_upnpTimeout);
    } else if (source.kind == kCommand) {
        m_command->setText(commandLine(source.option(QStringLiteral("program")),
                                       source.options.value(QStringLiteral("arguments")).toStringList()));
        showFamilies(source, {QStringLiteral("ipv4")}, m_commandIpv4, m_commandIpv6);
        showNumber(source, "timeoutMs", m_commandTimeout);
    }
    showKind();
}

QJsonObject SourceEditorDialog::toJson() const
{
    const QString kind = this->kind();
    QJsonObject object;
    // Options this editor does not show (written by hand) stay while the kind stays.
    if (!m_original.id.isEmpty() && m_original.kind == kind) {
        object = QJsonObject::fromVariantMap(m_original.options);
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            if (it.value().kind == kind)
                object.remove(it.key().mid(kind.size() + 1));
        }
    }
    QString id = m_original.id;
    if (id.isEmpty()) {
        id = kind;
        for (int n = 2; m_takenIds.contains(id); ++n)
            id = kind + QLatin1Char('-') + QString::number(n);
    }
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("kind"), kind);
    object.insert(QStringLiteral("enabled"), m_original.id.isEmpty() || m_original.enabled);

    const auto putText = [&object](const char *key, const QString &text) {
        if (!text.trimmed().isEmpty())
            object.insert(QLatin1String(key), text.trimmed());
    };
    if (kind == kHttp) {
        putText("ipv4Url", m_ipv4Url->text());
        putText("ipv6Url", m_ipv6Url->text());
        object.insert(QStringLiteral("format"), m_format->currentData().toString());
    } else if (kind == kDns) {
        object.insert(QStringLiteral("service"), m_service->currentData().toString());
        const DnsEchoSource::Service *service = DnsEchoSource::service(m_service->currentData().toString());
        // The service's own server is left out, so that the source follows it; empty turns a family off.
        if (!service || m_ipv4Server->text().trimmed() != service->ipv4Server)
            object.insert(QStringLiteral("ipv4Server"), m_ipv4Server->text().trimmed());
        if (!service || m_ipv6Server->text().trimmed() != service->ipv6Server)
            object.insert(QStringLiteral("ipv6Server"), m_ipv6Server->text().trimmed());
        putNumber(&object, "port", m_dnsPort);
        putNumber(&object, "timeoutMs", m_dnsTimeout);
    } else if (kind == kInterface) {
        putText("interface", m_interface->currentText());
        putFamilies(&object, m_interfaceIpv4, m_interfaceIpv6);
        const QString policy = m_policy->currentData().toString();
        object.insert(QStringLiteral("ipv6Policy"), policy);
        if (policy == QLatin1String("fixed"))
            object.insert(QStringLiteral("interfaceId"), m_interfaceId->text().trimmed());
    } else if (kind == kUpnp) {
        putText("ssdpAddress", m_ssdpAddress->text());
        putNumber(&object, "ssdpPort", m_ssdpPort);
        putNumber(&object, "timeoutMs", m_upnpTimeout);
    } else if (kind == kCommand) {
        const QStringList parts = QProcess::splitCommand(m_command->text());
        object.insert(QStringLiteral("program"), parts.value(0));
        if (parts.size() > 1)
            object.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(parts.mid(1)));
        putFamilies(&object, m_commandIpv4, m_commandIpv6);
        putNumber(&object, "timeoutMs", m_commandTimeout);
    }
    return object;
}

// The config file's own reading decides; its message goes under the field it names.
void SourceEditorDialog::validate()
{
    for (const Field &row : std::as_const(m_rows)) {
        if (row.message)
            row.message->setVisible(false);
    }
    m_message->setVisible(false);
    QString field;
    QString error;
    SourceConfig checked;
    m_valid = SourceConfig::fromJson(toJson(), &checked, &field, &error);
    if (m_valid) {
        m_checked = checked;
    } else if (m_touched) {
        const auto it = m_fields.constFind(kind() + QLatin1Char('/') + field);
        QLabel *label = it != m_fields.constEnd() ? it->message : m_message;
        if (!error.isEmpty())
            error[0] = error.at(0).toUpper();
        label->setText(error);
        label->setVisible(true);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_valid);
    growToFit(this);
}

SourceConfig SourceEditorDialog::source() const
{
    return m_checked;
}

QString SourceEditorDialog::summary(const SourceConfig &source)
{
    QString where;
    if (source.kind == kHttp) {
        where = source.option(QStringLiteral("ipv4Url"));
        if (where.isEmpty())
            where = source.option(QStringLiteral("ipv6Url"));
    } else if (source.kind == kDns) {
        where = tr("DNS, %1").arg(source.option(QStringLiteral("service")));
    } else if (source.kind == kInterface) {
        where = source.option(QStringLiteral("interface")).isEmpty()
            ? tr("every interface")
            : tr("interface %1").arg(source.option(QStringLiteral("interface")));
    } else if (source.kind == kUpnp) {
        where = tr("the router, over UPnP");
    } else if (source.kind == kCommand) {
        where = source.option(QStringLiteral("program"));
    }
    return where.isEmpty() ? source.id : tr("%1 (%2)").arg(source.id, where);
}

} // namespace Homing
