#pragma once

#include "model/host.h"
#include "model/updateoutcome.h"
#include "providerinfo.h"

#include <QUrl>

#include <optional>

namespace Homing::ProviderFields {

// A ProviderInfo with its identity filled in; protocol defaults to id. name is shown through
// QObject::tr(): a description (not a service's own name) is marked QT_TRANSLATE_NOOP("QObject", …).
ProviderInfo describe(const char *id, const char *name, const char *helpUrl, const QString &summary,
                      const char *protocol = nullptr);

// Builders for the fields providers declare, so every provider words them the same way.
FieldInfo server(const QString &defaultUrl);
// The server for IPv6 requests, for services that force the family by host name.
FieldInfo server6(const QString &defaultUrl);
FieldInfo text(const char *name, const QString &label, const QString &help, bool required = true);
FieldInfo secret(const char *name, const QString &label, const QString &help, bool required = true);
FieldInfo choice(const char *name, const QString &label, const QStringList &choices, const QString &defaultValue,
                 const QString &help);
FieldInfo boolean(const char *name, const QString &label, bool defaultValue, const QString &help);
// The zone (the domain registered at the provider) a host name belongs to.
FieldInfo zone(bool required);
// "Create the record if it does not exist" for API providers.
FieldInfo createRecord();

// The host's base URL for a provider: its `server` setting, else the default; no trailing slash.
QUrl baseUrl(const Host &host, const QString &defaultUrl, const QString &key = QStringLiteral("server"));
// baseUrl() with path appended to the base path; path segments must already be escaped.
QUrl endpoint(const QUrl &base, const QString &path);
// One URL path segment, percent-encoded ('@' kept: it names the apex in several APIs).
QString segment(const QString &text);
// A bool setting ("true"/"false") or its default.
bool flag(const Host &host, const QString &key, bool defaultValue);
// The part of host.name under zone: "" for the apex, "home" for home.example.org in example.org;
// false when the host name is not inside the zone.
bool relativeName(const QString &hostName, const QString &zone, QString *label);
// The host's zone setting and its name relative to it; nullopt when they fit, else the outcome
// that tells the user.
std::optional<UpdateOutcome> zoneAndLabel(const Host &host, QString *zone, QString *label);

} // namespace Homing::ProviderFields
