#pragma once

#include "importoptions.h"

#include <QStringList>

namespace Homing {

// Reads another DDNS client's configuration into a preview. Never writes to the file, never runs
// anything it names.
class Importer
{
public:
    // The format of a file: chosen, told by its name or path, or recognised from its content.
    static ImportFormat detect(const QString &path, const QByteArray &data);
    static ImportPreview read(const QString &path, const ImportOptions &options);
    static ImportPreview readData(const QByteArray &data, const QString &path, const ImportOptions &options);

    // Where each peer keeps its configuration, below root (normally "/") and home.
    struct Candidate
    {
        QString path;
        ImportFormat format = ImportFormat::Unknown;
        bool readable = false; // false: exists but needs root (ask through a file chooser)
    };
    static QList<Candidate> findConfigs(const QString &root, const QString &home);
};

} // namespace Homing
