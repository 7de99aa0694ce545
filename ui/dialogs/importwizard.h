#pragma once

#include "importers/importapplier.h"
#include "importers/importer.h"

#include <QUuid>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Homing {

class ImportTarget;

// "Import configuration…": choose a found or any file, see what would be imported (a tick box per
// host, the reasons for what is not), import, and read how to stop the old client. The wizard
// never runs that command and never writes to the file it read.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    struct Places
    {
        QString root = QStringLiteral("/"); // where /etc/... is looked for
        QString home; // where ~/... is looked for; empty: the user's home
    };

    ImportWizard(ImportTarget *target, const Places &places, QWidget *parent = nullptr);

    // Chooses a file as if picked in the file chooser.
    void setFile(const QString &path);
    const ImportPreview &preview() const { return m_preview; }
    const ImportApplier::Result &result() const { return m_result; }

signals:
    void imported(const QList<QUuid> &hostIds);

private:
    enum PageId
    {
        ChoosePage,
        PreviewPage,
        DonePage
    };

    QWizardPage *createChoosePage();
    QWizardPage *createPreviewPage();
    QWizardPage *createDonePage();
    void refreshCandidates();
    void candidateChosen();
    void browse();
    bool readPreview();
    void fillPreview();
    bool startApply();
    void fillDone();

    ImportTarget *m_target;
    Places m_places;
    ImportApplier *m_applier;
    ImportPreview m_preview;
    ImportApplier::Result m_result;
    bool m_applied = false;
    bool m_applying = false;

    QListWidget *m_candidates = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_chooseError = nullptr;
    QTreeWidget *m_hosts = nullptr;
    QListWidget *m_issues = nullptr;
    QLabel *m_sources = nullptr;
    QLabel *m_previewNotes = nullptr;
    QComboBox *m_existing = nullptr;
    QLabel *m_previewError = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_stopCommand = nullptr;
};

} // namespace Homing
