#include "providercache.h"

#include "logging.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace std::chrono_literals;

namespace Homing {

namespace {
constexpr int kCacheFileVersion = 1;
constexpr auto kCacheWriteDelay = 2s; // changes of one pass over many hosts go out in one write
} // namespace

ProviderCache::ProviderCache(QObject *parent)
    : QObject(parent)
{
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(kCacheWriteDelay);
    connect(&m_writeTimer, &QTimer::timeout, this, [this] { flush(); });
}

ProviderCache::~ProviderCache()
{
    detach();
}

QString ProviderCache::value(const QByteArray &account, const QString &key) const
{
    const auto entries = m_accounts.constFind(account);
    if (entries == m_accounts.constEnd())
        return {};
    const auto entry = entries->constFind(key);
    if (entry == entries->constEnd())
        return {};
    return entry->value.isNull() ? QStringLiteral("") : entry->value;
}

bool ProviderCache::contains(const QByteArray &account, const QString &key) const
{
    const auto entries = m_accounts.constFind(account);
    return entries != m_accounts.constEnd() && entries->contains(key);
}

void ProviderCache::insert(const QByteArray &account, const QString &key, const QString &value)
{
    if (account.isEmpty())
        return;
    Entry &entry = m_accounts[account][key];
    if (entry.learned != 0 && entry.value == value)
        return;
    entry = {value.isNull() ? QStringLiteral("") : value, QDateTime::currentSecsSinceEpoch()};
    changed();
}

void ProviderCache::remove(const QByteArray &account, const QString &key)
{
    const auto entries = m_accounts.find(account);
    if (entries == m_accounts.end() || !entries->remove(key))
        return;
    if (entries->isEmpty())
        m_accounts.erase(entries);
    changed();
}

void ProviderCache::forget(const QByteArray &account)
{
    if (m_accounts.remove(account))
        changed();
}

int ProviderCache::size() const
{
    int total = 0;
    for (const auto &entries : m_accounts)
        total += int(entries.size());
    return total;
}

void ProviderCache::changed()
{
    m_dirty = true;
    if (!m_path.isEmpty() && !m_writeTimer.isActive())
        m_writeTimer.start();
}

bool ProviderCache::attach(const QString &path, QString *error)
{
    detach();
    m_path = path;
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("version")).toInt() != kCacheFileVersion) {
        qCInfo(lcProvider) << "ignoring" << path << "(not a cache this version wrote)";
        return true;
    }
    const qint64 oldest = QDateTime::currentSecsSinceEpoch() - maxAge();
    const QJsonObject accounts = root.value(QStringLiteral("accounts")).toObject();
    for (auto account = accounts.begin(); account != accounts.end(); ++account) {
        const QJsonObject entries = account.value().toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const QJsonArray pair = it.value().toArray();
            const qint64 learned = pair.at(1).toInteger();
            if (pair.size() != 2 || !pair.at(0).isString() || learned < oldest)
                continue;
            // What the file holds never replaces what this process learned.
            QHash<QString, Entry> &known = m_accounts[account.key().toUtf8()];
            if (!known.contains(it.key()))
                known.insert(it.key(), {pair.at(0).toString(), learned});
        }
    }
    qCDebug(lcProvider) << "read" << size() << "entries from" << path;
    return true;
}

bool ProviderCache::flush(QString *error)
{
    m_writeTimer.stop();
    if (m_path.isEmpty() || !m_dirty)
        return true;
    QJsonObject accounts;
    for (auto account = m_accounts.cbegin(); account != m_accounts.cend(); ++account) {
        QJsonObject entries;
        for (auto it = account->cbegin(); it != account->cend(); ++it)
            entries.insert(it.key(), QJsonArray {it->value, it->learned});
        accounts.insert(QString::fromUtf8(account.key()), entries);
    }
    const QJsonObject root {{QStringLiteral("version"), kCacheFileVersion}, {QStringLiteral("accounts"), accounts}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        qCWarning(lcProvider) << "cannot write" << m_path << file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        qCWarning(lcProvider) << "cannot write" << m_path << file.errorString();
        return false;
    }
    m_dirty = false;
    return true;
}

void ProviderCache::detach()
{
    if (!m_path.isEmpty())
        flush();
    m_path.clear();
}

} // namespace Homing
