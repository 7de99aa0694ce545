// One address source's configuration, as a JSON object.
#include "address/sourceconfig.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Homing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    SourceConfig source;
    QString field;
    QString error;
    if (!SourceConfig::fromJson(document.object(), &source, &field, &error) && error.isEmpty())
        __builtin_trap();
    if (error.size() > 4096 || field.size() > 4096)
        __builtin_trap();
    return 0;
}
