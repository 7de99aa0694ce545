#pragma once

#include "model/addressfamily.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace Homing {

// Reads an address from an echo service's reply. Strict: the reply must carry exactly one address
// of the wanted family in the expected place; an HTML page, two addresses or extra words fail.
class EchoParser
{
public:
    enum class Format
    {
        Auto, // try plain, JSON, trace and checkip in turn
        Plain, // the bare address, optionally followed by a newline
        Json, // {"ip": "..."}
        Trace, // Cloudflare trace: key=value lines, take ip=
        CheckIp // "Current IP Address: a.b.c.d" in a small HTML page
    };

    static bool formatFromName(const QString &name, Format *format);
    static bool parse(const QByteArray &body, Format format, AddressFamily family, QHostAddress *address,
                      QString *error);
};

} // namespace Homing
