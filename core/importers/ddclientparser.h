#pragma once

#include "importpreview.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace Homing {

// ddclient.conf as ddclient's own _read_config reads it: comments first (even inside quotes),
// the password pre-pass, continuation lines, name=value assignments with mixed quoting, globals
// that apply to later lines only, and hosts with their local options. 3.10 and 4.x differ in
// continuation lines (3.10 needs "\" as the very last character) and in a repeated host (4.x keeps
// the first value of each option, 3.10 the last definition).
class DdclientParser
{
public:
    enum class Version
    {
        Auto,
        V3, // 3.10 and older
        V4 // 3.11 / 4.x
    };

    struct HostEntry
    {
        QString name;
        QMap<QString, QString> options; // globals at that point, then the line's own options
        QMap<QString, int> lines; // where each option was set
        int line = 0;
    };

    struct Result
    {
        Version version = Version::V4;
        bool versionDetected = false;
        QMap<QString, QString> globals; // at the end of the file
        QList<HostEntry> hosts; // in order of first appearance
        QList<ImportIssue> issues;
        QStringList ignoredOptions; // ddclient's own process settings (daemon, syslog, ...)
        QStringList secretValues; // for masking
        QStringList missingEnv; // "password_env=NAME" whose variable is not set
    };

    // path tells the version (/etc/ddclient/ is 4.x); env answers *_env options.
    static Result parse(const QByteArray &data, Version version, const QString &path,
                        const QHash<QString, QString> &env);

    // The assignments at the start of text (name=value, separated by spaces or commas); rest gets
    // what follows them. Exposed for the cache file, which has the same form.
    static QList<QPair<QString, QString>> assignments(const QString &text, QString *rest);

    static bool isSecretOption(const QString &name);
};

} // namespace Homing
