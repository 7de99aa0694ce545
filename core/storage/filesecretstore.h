#pragma once

#include "secretstore.h"

#include <QVariantMap>

namespace Homing {

// Opt-in store for headless machines without a Secret Service: one JSON file, mode 0600, in the
// agent's own data directory, written atomically. Chosen with "secretStore": "file" in the config
// and announced in the log at start-up.
class FileSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    FileSecretStore(const QString &path, Redactor *redactor, QObject *parent = nullptr);

    QString backendName() const override { return QStringLiteral("file"); }
    QString description() const override;
    // How often the file was parsed: once, and again only after its content changed (an edit by
    // hand, another Homing program), however many secrets are read.
    int parses() const { return m_parses; }

protected:
    void startRead(const QString &key, Completion done) override;
    void startWrite(const QString &key, const QString &value, Completion done) override;
    void startRemove(const QString &key, Completion done) override;

private:
    bool load(QVariantMap *entries, QString *error);
    bool store(const QVariantMap &entries, QString *error);

    QString m_path;
    // The file's bytes as last parsed or written, and what they hold: a read whose bytes are the
    // same uses the entries as they are (file times are too coarse to tell two quick writes apart).
    QByteArray m_content;
    QVariantMap m_entries;
    bool m_known = false;
    int m_parses = 0;
};

} // namespace Homing
