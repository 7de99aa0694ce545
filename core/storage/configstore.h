#pragma once

#include "config.h"

#include <QString>

namespace Homing {

// Reads and writes the one JSON config document. Writes are atomic (QSaveFile) with mode 0600.
// A file that is damaged, fails the schema, or was written by a newer Homing is reported with its
// line or field and is never overwritten: save() refuses until the user has fixed or moved it.
class ConfigStore
{
public:
    struct LoadResult
    {
        bool ok = false;
        bool existed = false; // false: no file yet, config holds the defaults
        Config config;
        QString error; // with !ok: file, line or field, and what is wrong
    };

    explicit ConfigStore(const QString &path);

    QString path() const { return m_path; }
    LoadResult load() const;
    bool save(const Config &config, QString *error) const;

    static LoadResult parse(const QByteArray &json, const QString &fileName);
    static QByteArray serialize(const Config &config);
    // What makes a host unusable at its provider though each field reads well (a name the provider
    // does not serve, another provider's server), or an empty string; field names the setting
    // ("name", "settings.server"). Loading and saving refuse such a host.
    static QString hostProblem(const Host &host, QString *field);

private:
    QString m_path;
};

} // namespace Homing
