#pragma once

#include "importoptions.h"

namespace Homing {

// ddns-updater's config.json (or its CONFIG variable, which wins over the file) to a preview.
class DdnsUpdaterImporter
{
public:
    static ImportPreview read(const QByteArray &data, const QString &path, const ImportOptions &options);
};

} // namespace Homing
