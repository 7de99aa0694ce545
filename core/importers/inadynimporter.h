#pragma once

#include "importoptions.h"

namespace Homing {

// inadyn.conf to a preview: v2 (libconfuse, with include()) or the v1 legacy format, provider
// names mapped by their domain part, and the published addresses from inadyn's cache directory.
class InadynImporter
{
public:
    static ImportPreview read(const QByteArray &data, const QString &path, const ImportOptions &options);
    // v1: "system" lines and no "{" sections.
    static bool looksLikeV1(const QByteArray &data);
};

} // namespace Homing
