#pragma once

#include "dnsclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;
class QUdpSocket;

namespace Homing {

// One DNS exchange (see DnsClient). Deletes itself after finishing.
class DnsQueryJob : public QObject
{
    Q_OBJECT
public:
    DnsQueryJob(const DnsServer &server, const DnsQuestion &question, const DnsQueryOptions &options, QObject *context,
                DnsClient::Callback callback, QObject *parent);

    // Sends message as it is (DnsClient::send()).
    DnsQueryJob(const DnsServer &server, const QByteArray &message, const DnsQueryOptions &options, QObject *context,
                DnsClient::Callback callback, QObject *parent);

    void start();

private:
    void sendUdp();
    void readUdp();
    void startTcp();
    void readTcp();
    // Checks a reply against the query; returns an empty string if it answers it.
    QString mismatch(const DnsMessage &reply) const;
    // For a ready message: the same check on the raw reply (response bit and id); sets *truncated.
    QString rawMismatch(const QByteArray &reply, bool *truncated) const;
    void fail(DnsResult::Error error, const QString &text);
    void finish();

    DnsServer m_server;
    DnsQuestion m_question;
    DnsQueryOptions m_options;
    QPointer<QObject> m_context;
    DnsClient::Callback m_callback;
    quint16 m_id = 0;
    QByteArray m_query;
    bool m_raw = false; // m_query was given ready, replies are passed on as wire bytes
    QUdpSocket *m_udp = nullptr;
    QTcpSocket *m_tcp = nullptr;
    QByteArray m_tcpBuffer;
    QTimer m_deadline;
    QTimer m_retransmit;
    QElapsedTimer m_elapsed;
    int m_udpSent = 0;
    QString m_ignored; // why the last unusable UDP datagram was ignored, for the timeout message
    DnsResult m_result;
    bool m_done = false;
};

} // namespace Homing
