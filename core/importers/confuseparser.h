#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace Homing {

// The libconfuse syntax inadyn 2 reads (measured against libconfuse 3.3): #, // and /* */
// comments; an unquoted value ends at whitespace or '#'; "..." with C escapes and ${VAR} /
// ${VAR:-default}; '...' literal; lists { a, "b" }; "=" replaces and "+=" appends; sections
// NAME TITLE { ... } where a repeated title replaces the earlier section; include("file") only
// inside a section.
class ConfuseParser
{
public:
    struct Value
    {
        QStringList items;
        int line = 0;
        bool list = false;
        QString text() const { return items.value(0); }
    };

    struct Section
    {
        QString kind; // "provider", "custom"
        QString title;
        QMap<QString, Value> options;
        int line = 0;
        QString file; // the file the section started in
    };

    struct Result
    {
        QMap<QString, Value> globals;
        QList<Section> sections; // in order; a repeated title replaced in place by the last one
        QStringList replaced; // "cloudflare.com (line 3, replaced by line 9)"
        QString error; // a syntax error: inadyn refuses the whole file
        int errorLine = 0;
        QStringList secretValues;
    };

    // readInclude(path) returns the text of an included file, or false when it cannot be read.
    using IncludeReader = std::function<bool(const QString &path, QByteArray *data)>;

    static Result parse(const QByteArray &data, const QHash<QString, QString> &env, const QString &fileName,
                        const IncludeReader &readInclude);
};

} // namespace Homing
