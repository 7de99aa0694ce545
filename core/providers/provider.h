#pragma once

#include "model/host.h"
#include "model/updateoutcome.h"
#include "providerinfo.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

namespace Homing {

class HttpClient;

// Everything one provider call needs: the host, its secrets (read from the SecretStore just
// before), and the addresses to publish (a family left empty is not touched).
struct UpdateRequest
{
    Host host;
    QHash<QString, QString> secrets;
    std::optional<QHostAddress> ipv4;
    std::optional<QHostAddress> ipv6;

    QList<QHostAddress> addresses() const;
};

// A client for one provider protocol. It sends one request (or a short sequence) and classifies the
// reply by the provider's own rules into an UpdateOutcome. Its outcome's requestSummary and reply
// are redacted.
class Provider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const UpdateOutcome &)>;

    Provider(const ProviderInfo &info, HttpClient *http, QObject *parent = nullptr);

    const ProviderInfo &info() const { return m_info; }

    // The callback runs exactly once, later, unless context is destroyed first.
    virtual void update(const UpdateRequest &request, QObject *context, Callback callback) = 0;

    // Checks the host's credentials (and zone, where the call can) with a harmless call, without
    // changing anything the user would notice: Unchanged means accepted, NeedsUser says what is
    // wrong, RetryLater that the provider could not tell now. This default answers
    // NeedsUser("not available") when info().testCredentials is false, and otherwise re-sends the
    // address the provider already holds (the request carries it; see testByResending()).
    virtual void testCredentials(const UpdateRequest &request, QObject *context, Callback callback);

    // Parks the host's records by the provider's info().parkingMethod: with DeleteRecord, deletes
    // the A and/or AAAA RRset of the families the host uses (Updated with no address on success);
    // with Offline, sets the protocol's offline flag. The request carries the published addresses.
    // This default handles SinkAddress (an update to Host::parkIpv4/parkIpv6) and answers
    // NeedsUser("cannot park") for None.
    virtual void park(const UpdateRequest &request, QObject *context, Callback callback);

    // The limit for each request, connection to last byte (tests shorten it).
    std::chrono::milliseconds requestTimeout() const { return m_timeout; }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    HttpClient *httpClient() const { return m_http; }
    // The account this client's requests count against (ProviderInfo::budgetAccount); empty: none.
    void setAccount(const QByteArray &account) { m_account = account; }
    QByteArray account() const { return m_account; }

signals:
    // A request waits for the account's budget with `ahead` requests before it; -1: it went out.
    void queued(int ahead);

protected:
    HttpClient *http() const { return m_http; }
    // testCredentials() for providers whose only harmless call is re-sending the address the
    // provider already holds (the request carries it): an update that changes nothing.
    void testByResending(const UpdateRequest &request, QObject *context, Callback callback);
    // Delivers outcome later through callback (for answers that need no request).
    void answerLater(const UpdateOutcome &outcome, QObject *context, Callback callback);

private:
    ProviderInfo m_info;
    HttpClient *m_http;
    std::chrono::milliseconds m_timeout {20000};
    QByteArray m_account;
};

} // namespace Homing
