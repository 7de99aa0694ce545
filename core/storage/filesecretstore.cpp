#include "filesecretstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Homing {

FileSecretStore::FileSecretStore(const QString &path, Redactor *redactor, QObject *parent)
    : SecretStore(redactor, parent)
    , m_path(path)
{
}

QString FileSecretStore::description() const
{
    return tr("the file %1 (opt-in file store, readable only by this user; not the system keychain)").arg(m_path);
}

bool FileSecretStore::load(QVariantMap *entries, QString *error)
{
    QFile file(m_path);
    if (!file.exists()) {
        entries->clear();
        m_known = false;
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray content = file.readAll();
    // 1,000 hosts read their secrets from one parse of the file, not 1,000.
    if (m_known && content == m_content) {
        *entries = m_entries;
        return true;
    }
    ++m_parses;
    m_known = false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("%1 is damaged; it is left as it is").arg(m_path);
        return false;
    }
    *entries = document.object().toVariantMap();
    m_content = content;
    m_entries = *entries;
    m_known = true;
    return true;
}

bool FileSecretStore::store(const QVariantMap &entries, QString *error)
{
    m_known = false; // whatever happens, the next read parses what the file holds
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray content = QJsonDocument(QJsonObject::fromVariantMap(entries)).toJson(QJsonDocument::Indented);
    file.write(content);
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_content = content;
    m_entries = entries;
    m_known = true;
    return true;
}

void FileSecretStore::startRead(const QString &key, Completion done)
{
    QVariantMap entries;
    SecretResult result;
    if (!load(&entries, &result.message)) {
        result.status = SecretResult::Status::Failed;
    } else if (!entries.contains(key)) {
        result.status = SecretResult::Status::NotFound;
        result.message = tr("No secret is stored for this entry.");
    } else {
        result.status = SecretResult::Status::Ok;
        result.value = entries.value(key).toString();
    }
    done(result);
}

void FileSecretStore::startWrite(const QString &key, const QString &value, Completion done)
{
    QVariantMap entries;
    SecretResult result;
    result.status = SecretResult::Status::Failed;
    if (load(&entries, &result.message)) {
        entries.insert(key, value);
        if (store(entries, &result.message))
            result.status = SecretResult::Status::Ok;
    }
    done(result);
}

void FileSecretStore::startRemove(const QString &key, Completion done)
{
    QVariantMap entries;
    SecretResult result;
    result.status = SecretResult::Status::Failed;
    if (load(&entries, &result.message)) {
        if (entries.remove(key) == 0 || store(entries, &result.message))
            result.status = SecretResult::Status::Ok;
    }
    done(result);
}

} // namespace Homing
