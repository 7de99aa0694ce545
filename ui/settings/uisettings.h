#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace Homing {

// Settings that only the desktop app reads: kept apart from config.json (which homingd reads too)
// in <config dir>/homing-ui.json. One typed table of keys with defaults, a schema version and a
// forward migration. Whether Homing starts at login is not stored here: the autostart file is the
// truth (see Autostart).
class UiSettings
{
    Q_DECLARE_TR_FUNCTIONS(Homing::UiSettings)

public:
    static constexpr int currentSchema = 1;

    enum class Key
    {
        StartMinimized,
        NotifyAddressChange,
        NotifyAttention,
        NotifyRecovery,
        LogLevel, // "warning", "info" or "debug"
        Language // "" (the system's) or a language code such as "de"; read once at start
    };

    explicit UiSettings(const QString &file = {});

    // Missing file: defaults. A damaged file or one from a newer Homing is reported and left alone.
    bool load(QString *error);
    bool save(QString *error) const;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    bool flag(Key key) const { return value(key).toBool(); }
    QString text(Key key) const { return value(key).toString(); }

    // <config dir>/homing-ui.json
    static QString fileIn(const QString &configDir);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    QString file() const { return m_file; }

private:
    QString m_file;
    QVariantMap m_values; // by key name; only what differs from the default after load/set
};

} // namespace Homing
