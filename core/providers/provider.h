#pragma once

#include "model/host.h"
#include "model/updateoutcome.h"
#include "providerinfo.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

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

protected:
    HttpClient *http() const { return m_http; }

private:
    ProviderInfo m_info;
    HttpClient *m_http;
};

} // namespace Homing
