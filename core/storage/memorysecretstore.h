#pragma once

#include "secretstore.h"

#include <QHash>
#include <optional>

namespace Homing {

// Secrets in memory only: for tests, and for a session whose keychain is unusable and whose user
// chose not to store anything. Can be told to fail or to never answer, to exercise callers.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(Redactor *redactor, QObject *parent = nullptr);

    QString backendName() const override { return QStringLiteral("memory"); }
    QString description() const override;

    void setFailure(std::optional<SecretResult::Status> status) { m_failure = status; }
    void setStalled(bool stalled) { m_stalled = stalled; }
    QHash<QString, QString> entries() const { return m_entries; }

protected:
    void startRead(const QString &key, Completion done) override;
    void startWrite(const QString &key, const QString &value, Completion done) override;
    void startRemove(const QString &key, Completion done) override;

private:
    bool intercept(const Completion &done) const;

    QHash<QString, QString> m_entries;
    std::optional<SecretResult::Status> m_failure;
    bool m_stalled = false;
};

} // namespace Homing
