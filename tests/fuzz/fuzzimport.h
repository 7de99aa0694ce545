#pragma once

#include "fuzzsupport.h"
#include "importers/importer.h"

namespace Homing::Fuzz {

// One fuzz input through one importer: any input must give a preview or an error, never a crash
// or a hang. Nothing is read from the system (no cache file, no include outside the scratch root).
inline int importOne(const uint8_t *data, size_t size, ImportFormat format)
{
    const QByteArray input = bytes(data, size);
    ImportOptions options;
    options.format = format;
    options.rootDir = QStringLiteral("/nonexistent-fuzz-root");
    options.home = QStringLiteral("/nonexistent-fuzz-home");
    const ImportPreview preview = Importer::readData(input, QStringLiteral("fuzz.conf"), options);
    if (!preview.ok() && !preview.hosts.isEmpty())
        __builtin_trap(); // a refused file imports nothing
    (void)preview.toText();
    (void)preview.toJson();
    return 0;
}

} // namespace Homing::Fuzz
