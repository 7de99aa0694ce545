#include "importwizard.h"

#include "importers/importtarget.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace Homing {

namespace {

// A page whose Next asks a function first.
class Page : public QWizardPage
{
public:
    std::function<bool()> validator;
    std::function<void()> enter;
    bool validatePage() override { return validator ? validator() : true; }
    void initializePage() override
    {
        if (enter)
            enter();
    }
};

QString formatLabel(ImportFormat format)
{
    return importFormatName(format);
}

} // namespace

ImportWizard::ImportWizard(ImportTarget *target, const Places &places, QWidget *parent)
    : QWizard(parent)
    , m_target(target)
    , m_places(places)
    , m_applier(new ImportApplier(target, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import configuration"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ChoosePage, createChoosePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(DonePage, createDonePage());
    resize(760, 560);
}

QWizardPage *ImportWizard::createChoosePage()
{
    auto *page = new Page;
    page->setObjectName(QStringLiteral("importChoosePage"));
    page->setTitle(tr("Which configuration?"));
    page->setSubTitle(tr("Homing reads the file of ddclient, inadyn, ddns-updater or ddns-go and shows what it "
                         "would take over. The file itself is never changed."));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Found on this computer:"), page));
    m_candidates = new QListWidget(page);
    m_candidates->setObjectName(QStringLiteral("importCandidates"));
    layout->addWidget(m_candidates);
    connect(m_candidates, &QListWidget::currentRowChanged, this, &ImportWizard::candidateChosen);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Any file, e.g. a copy of /etc/ddclient.conf"));
    auto *browse = new QPushButton(tr("Choose a file…"), page);
    browse->setObjectName(QStringLiteral("importBrowse"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::browse);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    auto *form = new QFormLayout;
    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(tr("Recognise it"), QString());
    for (ImportFormat format :
         {ImportFormat::Ddclient, ImportFormat::Inadyn, ImportFormat::DdnsUpdater, ImportFormat::DdnsGo})
        m_format->addItem(formatLabel(format), importFormatName(format));
    form->addRow(tr("Format:"), m_format);
    m_version = new QComboBox(page);
    m_version->setObjectName(QStringLiteral("importVersion"));
    m_version->addItem(tr("Recognise it"), QString());
    m_version->addItem(tr("ddclient 3.10 or older"), QStringLiteral("3"));
    m_version->addItem(tr("ddclient 3.11 or 4.x"), QStringLiteral("4"));
    m_version->addItem(tr("inadyn 1.x"), QStringLiteral("1"));
    m_version->addItem(tr("inadyn 2.x"), QStringLiteral("2"));
    m_version->setToolTip(tr("ddclient 3.10 and 4.x read the same file differently (continuation lines, repeated "
                             "hosts)."));
    form->addRow(tr("Version:"), m_version);
    layout->addLayout(form);

    m_chooseError = new QLabel(page);
    m_chooseError->setObjectName(QStringLiteral("importChooseError"));
    m_chooseError->setWordWrap(true);
    m_chooseError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_chooseError);

    page->enter = [this] { refreshCandidates(); };
    page->validator = [this] { return readPreview(); };
    return page;
}

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new Page;
    page->setObjectName(QStringLiteral("importPreviewPage"));
    page->setTitle(tr("What will be imported"));
    page->setSubTitle(tr("Tick the hosts to take over. Their secrets go to the keychain, never to a file."));
    auto *layout = new QVBoxLayout(page);
    m_hosts = new QTreeWidget(page);
    m_hosts->setObjectName(QStringLiteral("importHosts"));
    m_hosts->setHeaderLabels(
        {tr("Host"), tr("Provider"), tr("Addresses"), tr("Secrets to the keychain"), tr("Settings and notes")});
    m_hosts->setRootIsDecorated(false);
    m_hosts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hosts->header()->setStretchLastSection(true);
    layout->addWidget(m_hosts, 2);
    m_sources = new QLabel(page);
    m_sources->setObjectName(QStringLiteral("importSources"));
    m_sources->setWordWrap(true);
    layout->addWidget(m_sources);
    layout->addWidget(new QLabel(tr("Not imported, and why:"), page));
    m_issues = new QListWidget(page);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setWordWrap(true);
    layout->addWidget(m_issues, 1);
    m_previewNotes = new QLabel(page);
    m_previewNotes->setObjectName(QStringLiteral("importNotes"));
    m_previewNotes->setWordWrap(true);
    layout->addWidget(m_previewNotes);
    auto *form = new QFormLayout;
    m_existing = new QComboBox(page);
    m_existing->setObjectName(QStringLiteral("importExisting"));
    m_existing->addItem(tr("Leave them as they are"), static_cast<int>(ImportApplier::Existing::Skip));
    m_existing->addItem(tr("Update them with the imported settings"),
                        static_cast<int>(ImportApplier::Existing::Update));
    form->addRow(tr("Hosts Homing already has:"), m_existing);
    layout->addLayout(form);
    m_previewError = new QLabel(page);
    m_previewError->setObjectName(QStringLiteral("importPreviewError"));
    m_previewError->setWordWrap(true);
    layout->addWidget(m_previewError);
    page->enter = [this] { fillPreview(); };
    page->validator = [this] { return startApply(); };
    setButtonText(QWizard::NextButton, tr("&Next >"));
    return page;
}

QWizardPage *ImportWizard::createDonePage()
{
    auto *page = new Page;
    page->setObjectName(QStringLiteral("importDonePage"));
    page->setTitle(tr("Imported"));
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *stopLabel = new QLabel(tr("Once Homing updates your hosts, stop the old client so that the two do not both "
                                    "update them. Run this yourself in a terminal; Homing does not run it:"),
                                 page);
    stopLabel->setWordWrap(true);
    layout->addWidget(stopLabel);
    auto *row = new QHBoxLayout;
    m_stopCommand = new QLineEdit(page);
    m_stopCommand->setObjectName(QStringLiteral("importStopCommand"));
    m_stopCommand->setReadOnly(true);
    auto *copy = new QPushButton(tr("Copy"), page);
    copy->setObjectName(QStringLiteral("importCopyCommand"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_stopCommand->text()); });
    row->addWidget(m_stopCommand, 1);
    row->addWidget(copy);
    layout->addLayout(row);
    layout->addStretch(1);
    page->enter = [this] { fillDone(); };
    return page;
}

void ImportWizard::refreshCandidates()
{
    const QSignalBlocker blocker(m_candidates);
    m_candidates->clear();
    const QString home = m_places.home.isEmpty() ? QDir::homePath() : m_places.home;
    const QString root = m_places.root == QLatin1String("/") ? QString() : m_places.root;
    const QList<Importer::Candidate> found = Importer::findConfigs(root, home);
    for (const Importer::Candidate &candidate : found) {
        auto *item = new QListWidgetItem(
            candidate.readable ? tr("%1  (%2)").arg(candidate.path, importFormatName(candidate.format))
                               : tr("%1  (%2, readable by root only: choose a copy with \"Choose a file…\")")
                                     .arg(candidate.path, importFormatName(candidate.format)),
            m_candidates);
        item->setData(Qt::UserRole, candidate.path);
        item->setData(Qt::UserRole + 1, importFormatName(candidate.format));
        item->setData(Qt::UserRole + 2, candidate.readable);
    }
    if (found.isEmpty())
        new QListWidgetItem(tr("No configuration found at the usual places; choose a file below."), m_candidates);
    m_candidates->setCurrentRow(-1);
}

void ImportWizard::candidateChosen()
{
    QListWidgetItem *item = m_candidates->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    const QString format = item->data(Qt::UserRole + 1).toString();
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
    if (item->data(Qt::UserRole + 2).toBool()) {
        m_path->setText(item->data(Qt::UserRole).toString());
        m_chooseError->clear();
        return;
    }
    // Root-only: say so and offer the file chooser instead of failing later.
    const QString path = item->data(Qt::UserRole).toString();
    m_chooseError->setText(tr("%1 can be read only by root. Copy it where you can read it, e.g. with\n"
                              "sudo cat %1 > ~/%2\nand choose the copy.")
                               .arg(path, QFileInfo(path).fileName()));
    browse();
}

void ImportWizard::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a configuration to import"),
                                   m_places.home.isEmpty() ? QDir::homePath() : m_places.home);
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportWizard::setFile);
    dialog->open();
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
    m_format->setCurrentIndex(0); // a file chosen by hand: recognise its format
    const QSignalBlocker blocker(m_candidates);
    m_candidates->setCurrentRow(-1);
    m_chooseError->clear();
}

bool ImportWizard::readPreview()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_chooseError->setText(tr("Choose a file first."));
        return false;
    }
    ImportOptions options;
    importFormatFromName(m_format->currentData().toString(), &options.format);
    options.peerVersion = m_version->currentData().toString();
    options.home = m_places.home;
    if (m_places.root != QLatin1String("/"))
        options.rootDir = m_places.root;
    m_preview = Importer::read(path, options);
    if (!m_preview.ok()) {
        m_chooseError->setText(m_preview.error);
        return false;
    }
    return true;
}

void ImportWizard::fillPreview()
{
    m_hosts->clear();
    bool anyExisting = false;
    for (const ImportedHost &imported : m_preview.hosts) {
        const Host &host = imported.host;
        QStringList families;
        if (host.ipv4)
            families << tr("IPv4");
        if (host.ipv6)
            families << tr("IPv6");
        QStringList secrets;
        for (const ImportedSecret &secret : imported.secrets)
            secrets << tr("%1 (from %2)").arg(secret.field, secret.origin);
        for (const QString &missing : imported.missingSecrets)
            secrets << tr("%1: missing, enter it later").arg(missing);
        QStringList details;
        for (auto it = host.settings.begin(); it != host.settings.end(); ++it)
            details << it.key() + QLatin1Char('=') + it.value().toString();
        if (!imported.publishedIpv4.isEmpty() || !imported.publishedIpv6.isEmpty())
            details << tr("last published %1")
                           .arg(QStringList {imported.publishedIpv4, imported.publishedIpv6}
                                    .join(QLatin1Char(' '))
                                    .trimmed());
        details += imported.notes;
        bool exists = false;
        for (const Host &current : m_target->config().hosts)
            exists = exists || (current.name == host.name && current.providerId == host.providerId);
        anyExisting = anyExisting || exists;
        if (exists)
            details.prepend(tr("already configured"));
        auto *item = new QTreeWidgetItem(m_hosts,
                                         {host.displayName(), host.providerId, families.join(QLatin1Char('+')),
                                          secrets.join(QStringLiteral("; ")), details.join(QStringLiteral("; "))});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setToolTip(4, details.join(QLatin1Char('\n')));
        item->setToolTip(3, secrets.join(QLatin1Char('\n')));
    }
    m_existing->setEnabled(anyExisting);
    QStringList sources;
    for (const ImportedSource &source : m_preview.sources) {
        sources << tr("%1 (%2)%3")
                       .arg(source.source.kind, source.optionsText(),
                            source.note.isEmpty() ? QString() : QStringLiteral(": ") + source.note);
    }
    m_sources->setText(sources.isEmpty() ? tr("No address source to add: Homing's own sources detect the address.")
                                         : tr("Address sources to add: %1").arg(sources.join(QStringLiteral("; "))));
    m_issues->clear();
    for (const ImportIssue &issue : m_preview.issues) {
        auto *item
            = new QListWidgetItem(issue.text.isEmpty() ? tr("%1: %2").arg(issue.origin, issue.reason)
                                                       : tr("%1: %2 — %3").arg(issue.origin, issue.text, issue.reason),
                                  m_issues);
        item->setToolTip(issue.reason);
    }
    if (m_preview.issues.isEmpty())
        new QListWidgetItem(tr("Everything in the file can be imported."), m_issues);
    QStringList notes = m_preview.notes;
    notes.prepend(tr("Read %1 as %2 %3.").arg(m_preview.path, importFormatName(m_preview.format), m_preview.version));
    m_previewNotes->setText(notes.join(QLatin1Char('\n')));
    m_previewError->clear();
    setButtonText(QWizard::NextButton, tr("&Import"));
}

bool ImportWizard::startApply()
{
    if (m_applied)
        return true;
    if (m_applying)
        return false;
    QList<int> chosen;
    for (int i = 0; i < m_hosts->topLevelItemCount(); ++i) {
        if (m_hosts->topLevelItem(i)->checkState(0) == Qt::Checked)
            chosen.append(i);
    }
    if (chosen.isEmpty()) {
        m_previewError->setText(tr("Tick at least one host."));
        return false;
    }
    m_applying = true;
    m_previewError->setText(tr("Storing the secrets in the keychain…"));
    button(QWizard::NextButton)->setEnabled(false);
    const auto existing = static_cast<ImportApplier::Existing>(m_existing->currentData().toInt());
    m_applier->apply(m_preview, chosen, existing, [this](const ImportApplier::Result &result) {
        m_applying = false;
        m_result = result;
        button(QWizard::NextButton)->setEnabled(true);
        if (!result.ok) {
            m_previewError->setText(tr("Nothing was imported: %1").arg(result.error));
            return;
        }
        m_applied = true;
        emit imported(result.created + result.updated);
        next();
    });
    return false;
}

void ImportWizard::fillDone()
{
    QStringList lines;
    lines << tr("%n host(s) added.", nullptr, static_cast<int>(m_result.created.size()));
    if (!m_result.updated.isEmpty())
        lines << tr("%n host(s) updated.", nullptr, static_cast<int>(m_result.updated.size()));
    if (!m_result.skipped.isEmpty())
        lines << tr("Left as they were: %1.").arg(m_result.skipped.join(QStringLiteral(", ")));
    lines << tr("%n secret(s) stored in the keychain.", nullptr, m_result.secretsWritten);
    if (m_result.sourcesAdded)
        lines << tr("%n address source(s) added.", nullptr, m_result.sourcesAdded);
    if (m_result.seeded)
        lines << tr("%n host(s) start from the address the old client last published, so nothing is sent until "
                    "it changes.",
                    nullptr, m_result.seeded);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_stopCommand->setText(m_preview.stopCommand);
}

} // namespace Homing
