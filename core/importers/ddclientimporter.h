#pragma once

#include "importoptions.h"

namespace Homing {

// ddclient.conf (3.10 or 4.x) to a preview: hosts mapped to Homing providers, secrets, address
// sources from use/usev4/usev6, and the published addresses from ddclient's cache file.
class DdclientImporter
{
public:
    static ImportPreview read(const QByteArray &data, const QString &path, const ImportOptions &options);
};

} // namespace Homing
