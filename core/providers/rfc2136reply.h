#pragma once

#include "dns/dnsupdate.h"
#include "model/updateoutcome.h"

#include <QDateTime>

namespace Homing::Rfc2136Reply {

// What Homing asked, for the words of the outcome.
struct Context
{
    QString name; // "home.example.org"
    QString zone;
    QString typeName; // "A", "AAAA", or "SOA" for a credentials test
    QString server; // "127.0.0.1 port 53"
    TsigKey key;
    QByteArray requestMac;
    quint64 now = 0; // this computer's time when the reply arrived (Unix seconds)
};

// The reading of one reply to a signed UPDATE or signed query. success is true only for NOERROR
// with a reply TSIG that verifies against the key; bareRefused marks an unsigned REFUSED (PowerDNS
// answers so for every TSIG problem: the caller checks the clock before blaming the key).
struct Reading
{
    bool success = false;
    bool bareRefused = false;
    UpdateOutcome outcome; // the outcome for anything but success
    QString summary; // "NOERROR, signed by ddns-key" for history
};

Reading read(const QByteArray &wire, const Context &context);

// A person's words for a clock skew, e.g. "7 minutes 30 seconds behind".
QString describeSkew(qint64 localMinusServerSeconds);
// The outcome for a local clock that is off by skew seconds against reference (a second time source).
UpdateOutcome clockOff(qint64 localMinusReference, const QString &reference, const QDateTime &referenceTime);

} // namespace Homing::Rfc2136Reply
