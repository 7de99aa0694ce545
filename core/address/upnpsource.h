#pragma once

#include "addresssource.h"
#include "sourceconfig.h"

#include <QHostAddress>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Homing {

class Clock;

// The router's WAN address over UPnP-IGD: an SSDP M-SEARCH finds the gateway, its description
// names the WANIPConnection (or WANPPPConnection) control URL, and a SOAP GetExternalIPAddress
// asks it. The control URL is kept, so a steady-state check is one small HTTP exchange. IPv4 only.
// Options: ssdpAddress (239.255.255.250), ssdpPort (1900), timeoutMs (3000 per step).
// Only a LAN (private, link-local or loopback) responder is believed, and every URL must point back
// at the address that answered the search.
class UpnpSource final : public AddressSource
{
    Q_OBJECT
public:
    UpnpSource(const SourceConfig &config, const Clock *clock, QObject *parent = nullptr);
    ~UpnpSource() override;

    bool supports(AddressFamily family) const override;
    void detect(AddressFamily family, QObject *context, Callback callback) override;

    // Parsing on its own (for tests and fuzzing). An SSDP search reply from `from`: believed only from
    // a LAN address and only if its LOCATION points back at that address.
    static bool parseSearchReply(const QByteArray &datagram, const QHostAddress &from, QHostAddress *gateway,
                                 QUrl *location);
    // The control URL of the first WAN connection service.
    static bool parseDescription(const QByteArray &xml, const QUrl &location, QUrl *controlUrl, QString *serviceType,
                                 QString *error);
    static bool parseExternalAddress(const QByteArray &xml, QHostAddress *address, QString *error);

private:
    struct Job;
    void discover(const std::shared_ptr<Job> &job);
    void fetchDescription(const std::shared_ptr<Job> &job, const QUrl &location, const QHostAddress &gateway);
    void askAddress(const std::shared_ptr<Job> &job);
    void get(const std::shared_ptr<Job> &job, const QUrl &url, const QByteArray &soapAction, const QByteArray &body,
             std::function<void(const QByteArray &)> onBody);
    void finish(const std::shared_ptr<Job> &job, const QHostAddress &address, const QString &error);

    QHostAddress m_ssdpAddress;
    quint16 m_ssdpPort = 1900;
    int m_timeoutMs = 3000;
    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    QHostAddress m_gateway; // cached from the last discovery
    QUrl m_controlUrl;
    QString m_serviceType;
};

} // namespace Homing
