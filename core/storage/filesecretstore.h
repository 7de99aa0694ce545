#pragma once

#include "secretstore.h"

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

protected:
    void startRead(const QString &key, Completion done) override;
    void startWrite(const QString &key, const QString &value, Completion done) override;
    void startRemove(const QString &key, Completion done) override;

private:
    bool load(QVariantMap *entries, QString *error) const;
    bool store(const QVariantMap &entries, QString *error) const;

    QString m_path;
};

} // namespace Homing
