#pragma once

#include "model/addressfamily.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Homing {

// What one authoritative server answered for a host's A or AAAA record.
struct ServerCheck
{
    enum class Answer
    {
        Match, // authoritative, and exactly the published address
        Other, // authoritative, but other addresses
        NoRecord, // authoritative: no such record (NXDOMAIN or no data)
        Lame, // REFUSED, no AA bit, a referral or another error code: it does not serve the zone
        Unreachable // no reply (timeout, refused connection, unusable reply)
    };

    QString server; // the name server's name, e.g. "ns1.example.net."
    QHostAddress address;
    Answer answer = Answer::Unreachable;
    QStringList addresses; // what it answered
    QString detail; // why lame or unreachable, for people
    bool viaTcp = false; // the UDP reply was truncated and TCP carried the answer
    qint64 elapsedMs = -1;

    bool reachable() const { return answer == Answer::Match || answer == Answer::Other || answer == Answer::NoRecord; }
    QJsonObject toJson() const;
};

// The result of checking one family of a host at the zone's own servers.
struct FamilyVerification
{
    enum class Status
    {
        Checking, // the first answers are not in yet
        Verified, // every reachable authority answers the published address
        Propagating, // some do not yet, and the provider's expected lag has not passed
        Mismatch, // an authority still answers something else after that
        Unverifiable // no authority could be asked (none reachable, all lame, no delegation found)
    };

    AddressFamily family = AddressFamily::IPv4;
    Status status = Status::Checking;
    QString expected; // the published address
    QString zone; // the zone apex, e.g. "example.net."
    int matching = 0; // servers that answer the published address
    int reachable = 0; // servers that answered authoritatively
    QString reason; // with Unverifiable and Mismatch: why, for people
    QList<ServerCheck> servers;
    QDateTime checkedAt;
    QDateTime deadline; // until then a server that lags is Propagating, afterwards a Mismatch

    bool isFinal() const { return status != Status::Checking && status != Status::Propagating; }
    // Same outcome for the timeline: status and counts (not the per-server timings).
    bool sameOutcome(const FamilyVerification &other) const;
    // One line for people, e.g. "Verified: 2 of 2 name servers answer 192.0.2.1".
    QString summary() const;
    // One line per server, e.g. "ns1.example.net. (192.0.2.53): 192.0.2.1".
    QStringList serverLines() const;
    QJsonObject toJson() const;
};

QString verificationStatusName(FamilyVerification::Status status); // "verified", "propagating", ...
QString serverAnswerName(ServerCheck::Answer answer); // "match", "other", "no-record", "lame", "unreachable"

} // namespace Homing
