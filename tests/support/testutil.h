#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Homing::Test {

// Writes text to a file, creating directories; returns false on failure.
bool writeFile(const QString &path, const QByteArray &content);
QByteArray readFile(const QString &path);
// Every regular file below dir (recursively).
QStringList filesBelow(const QString &dir);
// The directory that holds the built executables (homingd, homingctl, homing).
QString binaryDir();
// The permission bits of a file, e.g. 0600.
int fileMode(const QString &path);

// The loopback device's transmit counters in this process's network namespace (each packet on
// loopback is counted once): for benchmarks that measure what goes over the wire.
struct LoopbackCounters
{
    qint64 bytes = 0;
    qint64 packets = 0;
};
LoopbackCounters loopbackCounters();

} // namespace Homing::Test
