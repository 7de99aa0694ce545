#pragma once

#include "importers/importapplier.h"
#include "importers/importer.h"
#include "redactor.h"
#include "runtime.h"
#include "storage/memorysecretstore.h"

#include <QTemporaryDir>

#include <memory>

namespace Homing::Test {

// A preview in words, for exact comparisons: one line per host, source and issue.
QStringList hostLines(const ImportPreview &preview);
QStringList sourceLines(const ImportPreview &preview);
QStringList issueReasons(const ImportPreview &preview); // "origin: reason"

// Reads text as the given format (path decides detection where format is Unknown).
ImportPreview readText(const QByteArray &text, ImportFormat format, const QString &path = QStringLiteral("test.conf"),
                       const ImportOptions &base = {});

// A scratch Homing config directory with the memory secret store, to apply imports into.
class ImportScratch
{
public:
    ImportScratch();
    bool isValid() const { return m_runtime != nullptr; }
    Runtime *runtime() const { return m_runtime.get(); }
    MemorySecretStore *secrets() const { return m_secrets; }
    QString dir() const { return m_dir.path(); }

    // Applies and waits; fails the test (returns a !ok result) if done never comes.
    ImportApplier::Result apply(const ImportPreview &preview,
                                ImportApplier::Existing existing = ImportApplier::Existing::Skip,
                                const QList<int> &hosts = {});
    // The config as the file on disk now says.
    Config savedConfig() const;
    QByteArray configFile() const;
    // The secret stored for a saved host's field, or a null string.
    QString secret(const QString &hostName, const QString &field) const;

private:
    QTemporaryDir m_dir;
    Redactor m_redactor;
    std::unique_ptr<Runtime> m_runtime;
    MemorySecretStore *m_secrets = nullptr;
};

// Applies preview to a fresh scratch config and checks with QVERIFY/QCOMPARE that the config file
// holds exactly the preview's hosts (name, provider, families, settings), every secret is in the
// secret store under the new host's key and in no file, and the sources were added.
void checkApplied(const ImportPreview &preview);

} // namespace Homing::Test
