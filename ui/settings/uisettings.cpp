#include "uisettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <array>

namespace Homing {

namespace {

struct Entry
{
    UiSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

const std::array<Entry, 6> &table()
{
    static const std::array<Entry, 6> entries {{
        {UiSettings::Key::StartMinimized, "startMinimized", false},
        {UiSettings::Key::NotifyAddressChange, "notifyAddressChange", true},
        {UiSettings::Key::NotifyAttention, "notifyAttention", true},
        {UiSettings::Key::NotifyRecovery, "notifyRecovery", true},
        {UiSettings::Key::LogLevel, "logLevel", QStringLiteral("info")},
        {UiSettings::Key::Language, "language", QString()},
    }};
    return entries;
}

const Entry &entry(UiSettings::Key key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return e;
    }
    return table().front();
}

// Forward migration, one schema step at a time. Schema 0 (no "schema" key) had the same keys.
void migrate(QJsonObject &object, int from)
{
    if (from < 1)
        object.insert(QStringLiteral("schema"), 1);
}

} // namespace

UiSettings::UiSettings(const QString &file)
    : m_file(file)
{
}

QString UiSettings::fileIn(const QString &configDir)
{
    return QDir(configDir).filePath(QStringLiteral("homing-ui.json"));
}

QString UiSettings::keyName(Key key)
{
    return QLatin1String(entry(key).name);
}

QVariant UiSettings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

bool UiSettings::load(QString *error)
{
    m_values.clear();
    QFile file(m_file);
    if (m_file.isEmpty() || !file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_file, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = tr("%1 is damaged (%2); the defaults are used and the file is left as it is.")
                     .arg(m_file, parseError.errorString());
        return false;
    }
    QJsonObject object = document.object();
    const int schema = object.value(QStringLiteral("schema")).toInt(0);
    if (schema > currentSchema) {
        *error
            = tr("%1 was written by a newer Homing (schema %2); the defaults are used and the file is left as it is.")
                  .arg(m_file)
                  .arg(schema);
        return false;
    }
    migrate(object, schema);
    for (const Entry &e : table()) {
        const QJsonValue value = object.value(QLatin1String(e.name));
        if (value.isUndefined())
            continue;
        QVariant variant = value.toVariant();
        if (variant.metaType() == e.defaultValue.metaType() || variant.convert(e.defaultValue.metaType()))
            m_values.insert(QLatin1String(e.name), variant);
    }
    return true;
}

bool UiSettings::save(QString *error) const
{
    QJsonObject object;
    object.insert(QStringLiteral("schema"), currentSchema);
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        object.insert(it.key(), QJsonValue::fromVariant(it.value()));
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(m_file, file.errorString());
        return false;
    }
    file.write(QJsonDocument(object).toJson());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_file, file.errorString());
        return false;
    }
    return true;
}

QVariant UiSettings::value(Key key) const
{
    return m_values.value(keyName(key), defaultValue(key));
}

void UiSettings::setValue(Key key, const QVariant &value)
{
    if (value == defaultValue(key))
        m_values.remove(keyName(key));
    else
        m_values.insert(keyName(key), value);
}

} // namespace Homing
