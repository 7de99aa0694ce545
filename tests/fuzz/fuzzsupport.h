#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace Homing::Fuzz {

// Creates the QCoreApplication once (for targets that need an event loop, timers or translations).
void ensureApplication();

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace Homing::Fuzz
