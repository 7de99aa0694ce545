#pragma once

#include "dnsmessage.h"

#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <functional>

namespace Homing {

struct DnsServer
{
    QHostAddress address;
    quint16 port = 53;

    QString toString() const; // "127.0.0.1 port 15353"
};

struct DnsQueryOptions
{
    std::chrono::milliseconds timeout {3000}; // the whole exchange, including a TCP retry
    int udpAttempts = 2; // sends over UDP, spread evenly over the timeout
    bool recursionDesired = false;
    int ednsUdpSize = 0; // 0: no EDNS; otherwise the advertised UDP payload size
    bool tcpOnly = false;
};

struct DnsResult
{
    enum class Error
    {
        None, // a reply arrived; its rcode may still be an error (see reply.rcode)
        Timeout,
        Network, // refused, unreachable, connection closed
        BadReply, // a reply over TCP that is malformed or does not answer the question
        BadQuery // nothing was sent: the question cannot be encoded
    };

    Error error = Error::None;
    QString errorText;
    DnsMessage reply;
    bool viaTcp = false; // the UDP reply was truncated (or the message too large) and TCP carried it
    QByteArray wire; // with DnsClient::send(): the reply as received
    qint64 bytesSent = 0; // DNS payload bytes, every attempt, with TCP length prefixes
    qint64 bytesReceived = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return error == Error::None; }
};

// Homing's own DNS transport: one question to one server at any address and port, over UDP with a
// fall back to TCP when the reply is truncated. A reply counts only if its id and question match
// the query; anything else arriving on the UDP socket is ignored. Every query ends exactly once,
// with a reply or an error, within its timeout. (QDnsLookup cannot use a port other than 53.)
class DnsClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const DnsResult &)>;

    explicit DnsClient(QObject *parent = nullptr);

    // The callback runs exactly once, later, unless context is destroyed first.
    void query(const DnsServer &server, const DnsQuestion &question, const DnsQueryOptions &options, QObject *context,
               Callback callback);
    // Sends a ready message (e.g. a signed UPDATE) and delivers the first reply whose id matches it,
    // as wire bytes in DnsResult::wire (reply is left empty: the caller parses). Over UDP, or TCP when
    // the message does not fit 512 bytes or the UDP reply is truncated. Same timeout rules as query().
    void send(const DnsServer &server, const QByteArray &message, const DnsQueryOptions &options, QObject *context,
              Callback callback);
};

} // namespace Homing
