#pragma once

#include "address/sourceconfig.h"
#include "model/host.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Homing {

// The configuration formats Homing can import.
enum class ImportFormat
{
    Unknown,
    Ddclient,
    Inadyn,
    DdnsUpdater,
    DdnsGo
};

QString importFormatName(ImportFormat format); // "ddclient", "inadyn", "ddns-updater", "ddns-go"
bool importFormatFromName(const QString &name, ImportFormat *format);

// A secret the import moves into the SecretStore: which field of the new host, and where it came
// from in the old file. The value never appears in a preview that is printed or shown.
struct ImportedSecret
{
    QString field;
    QString value;
    QString origin; // e.g. "password on line 12"
};

// One host the import would create.
struct ImportedHost
{
    Host host;
    QList<ImportedSecret> secrets;
    QStringList missingSecrets; // secret fields the file did not hold (e.g. *_env unset): ask the user
    QStringList notes; // what changed on the way (http upgraded to https, A+AAAA, ...)
    QString origin; // "line 12", "settings[2]", "provider cloudflare.com"
    // The address the old client last published, from its cache file; empty if none was found.
    QString publishedIpv4;
    QString publishedIpv6;
    QDateTime publishedAt;

    QString secret(const QString &field) const;
};

// An address source the import would add.
struct ImportedSource
{
    SourceConfig source;
    QString origin;
    QString note;

    QString optionsText() const; // "format=auto ipv4Url=https://…", lists joined with commas
};

// A line or an entry the import cannot take over, and why.
struct ImportIssue
{
    QString origin; // "line 7", "settings[1]"
    QString text; // the line or entry, secrets masked
    QString reason;
};

struct ImportPreview
{
    ImportFormat format = ImportFormat::Unknown;
    QString version; // "4.x", "3.10", "v2", "v1", ...
    QString path; // the file read ("CONFIG" for ddns-updater's variable)
    QString cachePath; // the peer's cache found, if any
    QList<ImportedHost> hosts;
    QList<ImportedSource> sources;
    QList<ImportIssue> issues;
    QStringList notes; // about the whole file
    QString error; // set when the file could not be read at all
    QString stopCommand; // the command that stops the old client

    bool ok() const { return error.isEmpty(); }
    QJsonObject toJson() const; // never with secret values
    QString toText() const; // for homingctl
};

} // namespace Homing
