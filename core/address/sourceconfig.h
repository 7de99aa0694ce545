#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Homing {

// One configured address source. kind selects the implementation; options are its settings
// (for "http": ipv4Url, ipv6Url, format; "dns", "interface", "upnp", "command": see
// DnsEchoSource, InterfaceSource, UpnpSource, CommandSource).
struct SourceConfig
{
    QString id;
    QString kind;
    bool enabled = true;
    QVariantMap options;

    QString option(const QString &key) const { return options.value(key).toString(); }

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &object, SourceConfig *source, QString *field, QString *error);

    // The public echo services used when the config names none.
    static QList<SourceConfig> defaults();

    bool operator==(const SourceConfig &other) const = default;
};

} // namespace Homing
