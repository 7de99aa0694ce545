// UPnP: the device description (XML), the SOAP GetExternalIPAddress reply, and the SSDP search
// reply datagram. The first byte chooses which.
#include "address/upnpsource.h"
#include "fuzzsupport.h"

using namespace Homing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);
    QString error;
    switch (data[0] % 3) {
    case 0: {
        QUrl controlUrl;
        QString serviceType;
        const QUrl location(QStringLiteral("http://192.168.1.1:49000/igd.xml"));
        if (UpnpSource::parseDescription(input, location, &controlUrl, &serviceType, &error)
            && (!controlUrl.isValid() || serviceType.isEmpty()))
            __builtin_trap();
        break;
    }
    case 1: {
        QHostAddress address;
        if (UpnpSource::parseExternalAddress(input, &address, &error)
            && address.protocol() != QAbstractSocket::IPv4Protocol)
            __builtin_trap();
        break;
    }
    case 2: {
        QHostAddress gateway;
        QUrl location;
        const QHostAddress from(QStringLiteral("192.168.1.1"));
        if (UpnpSource::parseSearchReply(input, from, &gateway, &location) && gateway != from)
            __builtin_trap(); // only the device that answered may name the description
        break;
    }
    }
    return 0;
}
