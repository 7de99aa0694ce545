#pragma once

#include <QReadWriteLock>
#include <QSet>
#include <QString>

namespace Homing {

// The one place secrets are removed from text. Every log line, history row, error message and
// diagnostic that could carry a secret goes through redact(). Secrets are registered as soon as
// they are read or written (SecretStore does this), together with the encoded forms in which they
// travel: percent-encoded, form-encoded, base64, JSON-escaped, and base64 of "user:password" for
// HTTP Basic authorization. Independently of registration, well-known carriers (Authorization
// headers, password/token query parameters, URL user info) are masked.
class Redactor
{
public:
    static inline const QString mask = QStringLiteral("[redacted]");

    void addSecret(const QString &secret);
    void addBasicCredentials(const QString &user, const QString &password);

    QString redact(const QString &text) const;
    QByteArray redact(const QByteArray &text) const;

private:
    void addForm(const QString &form);

    mutable QReadWriteLock m_lock;
    QSet<QString> m_forms;
};

// While it lives, every Qt log message goes through the redactor and is written to stderr as
// "<time> <level> <category>: <message>". Afterwards (static destructors at exit still log) only
// the well-known carriers are masked. Create it right after the Redactor, in main().
class RedactingMessageHandler
{
public:
    explicit RedactingMessageHandler(const Redactor *redactor);
    ~RedactingMessageHandler();
    RedactingMessageHandler(const RedactingMessageHandler &) = delete;
    RedactingMessageHandler &operator=(const RedactingMessageHandler &) = delete;
};

} // namespace Homing
