#include "dnsclient.h"

#include "dnsqueryjob.h"

namespace Homing {

QString DnsServer::toString() const
{
    return QStringLiteral("%1 port %2").arg(address.toString()).arg(port);
}

DnsClient::DnsClient(QObject *parent)
    : QObject(parent)
{
}

void DnsClient::query(const DnsServer &server, const DnsQuestion &question, const DnsQueryOptions &options,
                      QObject *context, Callback callback)
{
    auto *job = new DnsQueryJob(server, question, options, context, std::move(callback), this);
    job->start();
}

void DnsClient::send(const DnsServer &server, const QByteArray &message, const DnsQueryOptions &options,
                     QObject *context, Callback callback)
{
    auto *job = new DnsQueryJob(server, message, options, context, std::move(callback), this);
    job->start();
}

} // namespace Homing
