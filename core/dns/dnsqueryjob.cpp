#include "dnsqueryjob.h"

#include "logging.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUdpSocket>
#include <QtEndian>

namespace Homing {

namespace {

constexpr qsizetype kMaxUdpPayload = 65535;
constexpr qsizetype kMaxPlainUdp = 512; // a larger message goes over TCP (RFC 1035 §4.2.1)

} // namespace

DnsQueryJob::DnsQueryJob(const DnsServer &server, const DnsQuestion &question, const DnsQueryOptions &options,
                         QObject *context, DnsClient::Callback callback, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_question(question)
    , m_options(options)
    , m_context(context)
    , m_callback(std::move(callback))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        QString text = tr("no reply from %1 within %2 ms").arg(m_server.toString()).arg(m_options.timeout.count());
        if (!m_ignored.isEmpty())
            text += QStringLiteral(" (") + m_ignored + QLatin1Char(')');
        fail(DnsResult::Error::Timeout, text);
    });
    connect(&m_retransmit, &QTimer::timeout, this, &DnsQueryJob::sendUdp);
    if (context)
        connect(context, &QObject::destroyed, this, [this] {
            m_callback = nullptr;
            finish();
        });
}

DnsQueryJob::DnsQueryJob(const DnsServer &server, const QByteArray &message, const DnsQueryOptions &options,
                         QObject *context, DnsClient::Callback callback, QObject *parent)
    : DnsQueryJob(server, DnsQuestion {}, options, context, std::move(callback), parent)
{
    m_raw = true;
    m_query = message;
    if (message.size() > kMaxPlainUdp)
        m_options.tcpOnly = true;
}

void DnsQueryJob::start()
{
    m_elapsed.start();
    QString error;
    if (m_raw) {
        m_id = m_query.size() >= 12 ? qFromBigEndian<quint16>(m_query.constData()) : 0;
        if (m_query.size() < 12)
            error = tr("the DNS message is too short");
    } else {
        m_id = static_cast<quint16>(QRandomGenerator::global()->bounded(65536));
        m_query = DnsMessage::buildQuery(m_id, m_question, m_options.recursionDesired, m_options.ednsUdpSize, &error);
    }
    if (!error.isEmpty() || m_query.isEmpty() || m_server.address.isNull()) {
        const QString text = !error.isEmpty() || m_query.isEmpty() ? error : tr("no DNS server address");
        QTimer::singleShot(0, this, [this, text] { fail(DnsResult::Error::BadQuery, text); });
        return;
    }
    m_deadline.start(m_options.timeout);
    if (m_options.tcpOnly) {
        startTcp();
        return;
    }
    m_udp = new QUdpSocket(this);
    connect(m_udp, &QUdpSocket::readyRead, this, &DnsQueryJob::readUdp);
    connect(m_udp, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError code) {
        if (code == QAbstractSocket::ConnectionRefusedError)
            fail(DnsResult::Error::Network,
                 tr("%1 refused the query (nothing listens there)").arg(m_server.toString()));
        else if (code != QAbstractSocket::DatagramTooLargeError)
            fail(DnsResult::Error::Network, tr("%1: %2").arg(m_server.toString(), m_udp->errorString()));
    });
    connect(m_udp, &QUdpSocket::connected, this, [this] {
        const int attempts = std::max(1, m_options.udpAttempts);
        if (attempts > 1)
            m_retransmit.start(m_options.timeout / attempts);
        sendUdp();
    });
    // A connected UDP socket hears only from the server (and sometimes of ICMP "port unreachable").
    m_udp->connectToHost(m_server.address, m_server.port);
}

void DnsQueryJob::sendUdp()
{
    if (m_done || !m_udp)
        return;
    if (m_udpSent >= std::max(1, m_options.udpAttempts)) {
        m_retransmit.stop();
        return;
    }
    ++m_udpSent;
    if (m_udp->write(m_query) == m_query.size())
        m_result.bytesSent += m_query.size();
}

void DnsQueryJob::readUdp()
{
    while (!m_done && m_udp && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram(kMaxUdpPayload);
        m_result.bytesReceived += datagram.data().size();
        if (m_raw) {
            bool truncated = false;
            const QString why = rawMismatch(datagram.data(), &truncated);
            if (!why.isEmpty()) {
                m_ignored = why;
                continue;
            }
            if (truncated) {
                qCDebug(lcDns).noquote() << "truncated reply from" << m_server.toString() << "- retrying over TCP";
                startTcp();
                return;
            }
            m_result.wire = datagram.data();
            finish();
            return;
        }
        QString error;
        const std::optional<DnsMessage> reply = DnsMessage::fromWire(datagram.data(), &error);
        if (!reply) {
            m_ignored = error;
            continue;
        }
        const QString why = mismatch(*reply);
        if (!why.isEmpty()) {
            m_ignored = why;
            qCDebug(lcDns).noquote() << "ignored a UDP datagram from" << m_server.toString() << ":" << why;
            continue;
        }
        if (reply->truncated) {
            qCDebug(lcDns).noquote() << "truncated reply for" << m_question.toString() << "- retrying over TCP";
            startTcp();
            return;
        }
        m_result.reply = *reply;
        finish();
        return;
    }
}

void DnsQueryJob::startTcp()
{
    m_retransmit.stop();
    if (m_udp) {
        m_udp->disconnect(this);
        m_udp->abort();
    }
    m_result.viaTcp = true;
    m_tcp = new QTcpSocket(this);
    connect(m_tcp, &QTcpSocket::connected, this, [this] {
        QByteArray framed(2, Qt::Uninitialized);
        qToBigEndian(static_cast<quint16>(m_query.size()), framed.data());
        framed += m_query;
        m_tcp->write(framed);
        m_result.bytesSent += framed.size();
    });
    connect(m_tcp, &QTcpSocket::readyRead, this, &DnsQueryJob::readTcp);
    connect(m_tcp, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError code) {
        if (code == QAbstractSocket::RemoteHostClosedError)
            fail(DnsResult::Error::Network,
                 tr("%1 closed the TCP connection before replying").arg(m_server.toString()));
        else
            fail(DnsResult::Error::Network, tr("%1 (TCP): %2").arg(m_server.toString(), m_tcp->errorString()));
    });
    m_tcp->connectToHost(m_server.address, m_server.port);
}

void DnsQueryJob::readTcp()
{
    const QByteArray chunk = m_tcp->readAll();
    m_result.bytesReceived += chunk.size();
    m_tcpBuffer += chunk;
    if (m_tcpBuffer.size() < 2)
        return;
    const quint16 length = qFromBigEndian<quint16>(m_tcpBuffer.constData());
    if (m_tcpBuffer.size() < 2 + length)
        return;
    if (m_raw) {
        bool truncated = false;
        const QByteArray wire = m_tcpBuffer.mid(2, length);
        const QString why = rawMismatch(wire, &truncated);
        if (!why.isEmpty()) {
            fail(DnsResult::Error::BadReply, tr("%1: %2").arg(m_server.toString(), why));
            return;
        }
        m_result.wire = wire;
        finish();
        return;
    }
    QString error;
    const std::optional<DnsMessage> reply = DnsMessage::fromWire(m_tcpBuffer.mid(2, length), &error);
    if (!reply) {
        fail(DnsResult::Error::BadReply, tr("%1 sent a malformed reply: %2").arg(m_server.toString(), error));
        return;
    }
    const QString why = mismatch(*reply);
    if (!why.isEmpty()) {
        fail(DnsResult::Error::BadReply, tr("%1: %2").arg(m_server.toString(), why));
        return;
    }
    m_result.reply = *reply;
    finish();
}

QString DnsQueryJob::mismatch(const DnsMessage &reply) const
{
    if (!reply.response)
        return tr("a query, not a reply");
    if (reply.id != m_id)
        return tr("reply id %1 does not match query id %2").arg(reply.id).arg(m_id);
    if (reply.questions.size() != 1 || !reply.questions.first().matches(m_question))
        return tr("the reply is for another question");
    return {};
}

QString DnsQueryJob::rawMismatch(const QByteArray &reply, bool *truncated) const
{
    if (reply.size() < 12)
        return tr("a datagram too short for a DNS reply");
    const quint16 flags = qFromBigEndian<quint16>(reply.constData() + 2);
    if (!(flags & 0x8000))
        return tr("a query, not a reply");
    const quint16 id = qFromBigEndian<quint16>(reply.constData());
    if (id != m_id)
        return tr("reply id %1 does not match query id %2").arg(id).arg(m_id);
    *truncated = flags & 0x0200;
    return {};
}

void DnsQueryJob::fail(DnsResult::Error error, const QString &text)
{
    if (m_done)
        return;
    m_result.error = error;
    m_result.errorText = text;
    finish();
}

void DnsQueryJob::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_retransmit.stop();
    if (m_udp) {
        m_udp->disconnect(this);
        m_udp->abort();
    }
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
    }
    m_result.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (m_callback && m_context) {
        const DnsClient::Callback callback = std::move(m_callback);
        m_callback = nullptr;
        callback(m_result);
    }
    deleteLater();
}

} // namespace Homing
