#pragma once

#include "importoptions.h"

namespace Homing {

// ddns-go's YAML (~/.ddns_go_config.yaml) to a preview: the dnsconf list (or the one entry at top
// level before v5), domain lines with their ?parameters, and the IP settings mapped to sources.
class DdnsGoImporter
{
public:
    static ImportPreview read(const QByteArray &data, const QString &path, const ImportOptions &options);
};

} // namespace Homing
