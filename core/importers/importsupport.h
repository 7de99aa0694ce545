#pragma once

#include "importpreview.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Homing::ImportSupport {

// True for values that are samples' placeholders rather than real settings: "your-api-token",
// "<hostname>", "changeme", "xxxx", "password", ...
bool isPlaceholder(const QString &value);

// The masked form of a line or entry for a preview: every secret value replaced by "•••".
QString mask(QString text, const QStringList &secretValues);

// "home.example.org" split at the registrable domain (public suffix + one label): zone
// "example.org", label "home" ("" for the apex, "*" for a wildcard). False if the name is itself
// a public suffix or not a DNS name.
bool splitRegistrable(const QString &name, QString *zone, QString *label);

// A host:port or URL written in a peer's config, as a Homing base URL. Plain http becomes https
// unless the server is on this machine (Homing refuses plain http elsewhere); upgraded says so.
QString baseUrl(const QString &serverOrUrl, bool ssl, bool *upgraded);

// An address echo URL: http becomes https (unless keepHttp or on this machine); an empty path "/".
QString echoUrl(const QString &url, bool keepHttp, bool *upgraded);

// The dyndns2 services Homing knows by their update server's host name; "" if none.
QString dyndns2ProviderForServer(const QString &server);

// Builds an ImportedHost: normalizes the name, checks the provider exists, checks the settings
// and secrets against its fields. On failure returns false and says why.
bool makeHost(const QString &name, const QString &providerId, const QVariantMap &settings,
              const QList<ImportedSecret> &secrets, bool ipv4, bool ipv6, ImportedHost *host, QString *why);

// A peer's update URL whose query may carry a secret: the first parameter whose name looks secret
// (token, key, pass, secret, auth, pwd) becomes {password} and its value the host's password.
// extra parameters are appended; notes say what was left in the URL.
QString urlTemplate(const QString &url, const QList<QPair<QString, QString>> &extra, const QString &origin,
                    QList<ImportedSecret> *secrets, QStringList *notes);

// The local path "~/x" expands to the home directory given.
QString expandHome(const QString &path, const QString &home);

// A source's identity for de-duplication: kind and options, not its id.
bool sameSource(const SourceConfig &a, const SourceConfig &b);
// Adds source to list unless an equal one is there; returns the id in use.
QString addSource(QList<ImportedSource> *list, ImportedSource source);

} // namespace Homing::ImportSupport
