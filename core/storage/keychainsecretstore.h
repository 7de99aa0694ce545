#pragma once

#include "secretstore.h"

namespace Homing {

// The OS keychain through qtkeychain (Secret Service on Linux). The insecure plain-text fallback
// is off: when no keychain answers, jobs fail with a status that says why.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(Redactor *redactor, const QString &service = QStringLiteral("homing"),
                                 QObject *parent = nullptr);

    QString backendName() const override { return QStringLiteral("keychain"); }
    QString description() const override;

    // A message for people: what went wrong and what to do about it.
    static QString explain(SecretResult::Status status, const QString &detail);

protected:
    void startRead(const QString &key, Completion done) override;
    void startWrite(const QString &key, const QString &value, Completion done) override;
    void startRemove(const QString &key, Completion done) override;

private:
    QString m_service;
};

} // namespace Homing
