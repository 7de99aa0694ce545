#include "sourcefactory.h"

#include "commandsource.h"
#include "dnsechosource.h"
#include "httpechosource.h"
#include "interfacesource.h"
#include "upnpsource.h"

#include <QCoreApplication>

namespace Homing {

AddressSource *createSource(const SourceConfig &config, HttpClient *http, const Clock *clock, QObject *parent,
                            QString *error)
{
    if (config.kind == QLatin1String("http"))
        return new HttpEchoSource(config, http, clock, parent);
    if (config.kind == QLatin1String("dns"))
        return new DnsEchoSource(config, clock, parent);
    if (config.kind == QLatin1String("interface"))
        return new InterfaceSource(config, clock, parent);
    if (config.kind == QLatin1String("upnp"))
        return new UpnpSource(config, clock, parent);
    if (config.kind == QLatin1String("command"))
        return new CommandSource(config, clock, parent);
    if (error)
        *error = QCoreApplication::translate("Homing::SourceConfig", "unknown source kind \"%1\"").arg(config.kind);
    return nullptr;
}

} // namespace Homing
