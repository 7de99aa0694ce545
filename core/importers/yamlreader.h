#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace Homing {

// The part of YAML that ddns-go writes (gopkg.in/yaml.v3 output) and people edit by hand: block
// mappings and sequences by indentation, "- key: value" items, plain, 'single' and "double"
// quoted scalars, [flow, lists], {} and | / > block scalars, # comments. Mappings become
// QVariantMap, sequences QVariantList, scalars QString (null: an invalid QVariant).
class YamlReader
{
public:
    struct Result
    {
        QVariant root;
        QString error; // with the line
        int errorLine = 0;
    };

    static Result parse(const QByteArray &data);
};

} // namespace Homing
