#include "roothints.h"

namespace Homing {

QList<QHostAddress> builtInRootHints()
{
    // As published by IANA (root hints file), letters a to m.
    static const char *const kAddresses[] = {
        "198.41.0.4",     "2001:503:ba3e::2:30", // a
        "170.247.170.2",  "2801:1b8:10::b", // b
        "192.33.4.12",    "2001:500:2::c", // c
        "199.7.91.13",    "2001:500:2d::d", // d
        "192.203.230.10", "2001:500:a8::e", // e
        "192.5.5.241",    "2001:500:2f::f", // f
        "192.112.36.4",   "2001:500:12::d0d", // g
        "198.97.190.53",  "2001:500:1::53", // h
        "192.36.148.17",  "2001:7fe::53", // i
        "192.58.128.30",  "2001:503:c27::2:30", // j
        "193.0.14.129",   "2001:7fd::1", // k
        "199.7.83.42",    "2001:500:9f::42", // l
        "202.12.27.33",   "2001:dc3::35", // m
    };
    QList<QHostAddress> result;
    for (const char *address : kAddresses)
        result.append(QHostAddress(QLatin1String(address)));
    return result;
}

} // namespace Homing
