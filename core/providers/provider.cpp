#include "provider.h"

#include <QPointer>

namespace Homing {

QList<QHostAddress> UpdateRequest::addresses() const
{
    QList<QHostAddress> result;
    if (ipv4)
        result.append(*ipv4);
    if (ipv6)
        result.append(*ipv6);
    return result;
}

Provider::Provider(const ProviderInfo &info, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_info(info)
    , m_http(http)
{
}

void Provider::testCredentials(const UpdateRequest &request, QObject *context, Callback callback)
{
    if (m_info.testCredentials) {
        testByResending(request, context, std::move(callback));
        return;
    }
    answerLater(UpdateOutcome::needsUser(tr("%1 has no harmless way to test credentials.").arg(m_info.name),
                                         tr("Save the host and watch its first update instead.")),
                context, std::move(callback));
}

void Provider::park(const UpdateRequest &request, QObject *context, Callback callback)
{
    if (m_info.parkingMethod != ParkingMethod::SinkAddress) {
        answerLater(UpdateOutcome::needsUser(tr("%1 cannot park a record from Homing.").arg(m_info.name),
                                             tr("Choose another way to protect the name, e.g. a short TTL.")),
                    context, std::move(callback));
        return;
    }
    // Pointing the name elsewhere is an update to the address the user gave for each family the
    // host publishes.
    UpdateRequest sink = request;
    sink.ipv4.reset();
    sink.ipv6.reset();
    if (request.host.ipv4 && !request.host.parkIpv4.isEmpty())
        sink.ipv4 = QHostAddress(request.host.parkIpv4);
    if (request.host.ipv6 && !request.host.parkIpv6.isEmpty())
        sink.ipv6 = QHostAddress(request.host.parkIpv6);
    if (sink.addresses().isEmpty()) {
        answerLater(UpdateOutcome::needsUser(tr("No address to park %1 at is set.").arg(request.host.name),
                                             tr("Enter one in the host editor under \"Take the name offline\".")),
                    context, std::move(callback));
        return;
    }
    update(sink, context, std::move(callback));
}

void Provider::testByResending(const UpdateRequest &request, QObject *context, Callback callback)
{
    if (request.addresses().isEmpty()) {
        answerLater(
            UpdateOutcome::needsUser(
                tr("Testing %1 credentials re-sends the address it holds, and none is known yet.").arg(m_info.name),
                tr("Let Homing update the host once, then test again.")),
            context, std::move(callback));
        return;
    }
    update(request, context, std::move(callback));
}

void Provider::answerLater(const UpdateOutcome &outcome, QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        this,
        [guard, outcome, callback] {
            if (guard)
                callback(outcome);
        },
        Qt::QueuedConnection);
}

} // namespace Homing
