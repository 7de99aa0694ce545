#include "redactor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace Homing {

namespace {

// Secrets shorter than this are not searched for as plain text (they would mask ordinary words);
// the carriers below still hide them.
constexpr int kMinimumSecretLength = 3;

QString maskCarriers(QString text)
{
    static const QRegularExpression header(
        QStringLiteral("(?i)\\b(authorization|proxy-authorization|x-auth-key|x-api-key|x-secret-api-key|"
                       "auth-api-token|api-key)(\"?\\s*[:=]\\s*\"?)([^\"\\r\\n,}]+)"));
    text.replace(header, QStringLiteral("\\1\\2") + Redactor::mask);
    static const QRegularExpression query(
        QStringLiteral("(?i)([?&;\\s\"](?:password|passwd|pass|pwd|token|secret|key|apikey|api_key|"
                       "secretapikey|auth-password|q)\"?\\s*[=:]\\s*\"?)([^&\\s\"#]+)"));
    text.replace(query, QStringLiteral("\\1") + Redactor::mask);
    static const QRegularExpression userinfo(QStringLiteral("(://[^/\\s:@]*:)[^@/\\s]+@"));
    text.replace(userinfo, QStringLiteral("\\1") + Redactor::mask + QLatin1Char('@'));
    return text;
}

std::atomic<const Redactor *> g_handlerRedactor {nullptr};

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *level = "debug";
    switch (type) {
    case QtDebugMsg:
        level = "debug";
        break;
    case QtInfoMsg:
        level = "info";
        break;
    case QtWarningMsg:
        level = "warning";
        break;
    case QtCriticalMsg:
        level = "critical";
        break;
    case QtFatalMsg:
        level = "fatal";
        break;
    }
    const Redactor *redactor = g_handlerRedactor.load();
    const QString safe = redactor ? redactor->redact(message) : maskCarriers(message);
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + level + ' '
        + (context.category ? context.category : "default") + ": " + safe.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void Redactor::addForm(const QString &form)
{
    if (form.size() >= kMinimumSecretLength)
        m_forms.insert(form);
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    QWriteLocker locker(&m_lock);
    addForm(secret);
    addForm(QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    addForm(QString::fromLatin1(QUrl::toPercentEncoding(secret, " ")).replace(QLatin1Char(' '), QLatin1Char('+')));
    addForm(QString::fromLatin1(secret.toUtf8().toBase64()));
    QString json = QString::fromUtf8(QJsonDocument::fromVariant(QVariantList {secret}).toJson(QJsonDocument::Compact));
    json = json.mid(2, json.size() - 4); // strip [" and "]
    addForm(json);
}

void Redactor::addBasicCredentials(const QString &user, const QString &password)
{
    addSecret(password);
    QWriteLocker locker(&m_lock);
    addForm(QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64()));
}

QString Redactor::redact(const QString &text) const
{
    QString result = text;
    {
        QReadLocker locker(&m_lock);
        // Longest first, so a secret that contains another is masked whole.
        QList<QString> forms(m_forms.begin(), m_forms.end());
        std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &form : forms)
            result.replace(form, mask);
    }
    return maskCarriers(result);
}

QByteArray Redactor::redact(const QByteArray &text) const
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

RedactingMessageHandler::RedactingMessageHandler(const Redactor *redactor)
{
    g_handlerRedactor.store(redactor);
    qInstallMessageHandler(redactingHandler);
}

RedactingMessageHandler::~RedactingMessageHandler()
{
    g_handlerRedactor.store(nullptr);
}

} // namespace Homing
