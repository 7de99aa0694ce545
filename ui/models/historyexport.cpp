#include "historyexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Homing {

namespace {

// RFC 4180: quote every field, double the quotes inside. A leading = + - @ is prefixed with a
// quote so a spreadsheet does not run it as a formula.
QString csvField(QString value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

QByteArray historyToCsv(const QList<HistoryEvent> &events, const QString &hostName)
{
    QString out = QStringLiteral("time,host,event,old_address,new_address,source,outcome,detail,duration_ms\r\n");
    for (const HistoryEvent &event : events) {
        const QStringList fields {event.time.toUTC().toString(Qt::ISODateWithMs),
                                  hostName,
                                  historyKindName(event.kind),
                                  event.oldAddress,
                                  event.newAddress,
                                  event.source,
                                  event.outcome,
                                  event.detail,
                                  event.durationMs >= 0 ? QString::number(event.durationMs) : QString()};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray historyToJson(const QList<HistoryEvent> &events, const QString &hostName)
{
    QJsonArray array;
    for (const HistoryEvent &event : events) {
        QJsonObject object {{QStringLiteral("time"), event.time.toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("event"), historyKindName(event.kind)}};
        const auto put = [&object](const char *key, const QString &value) {
            if (!value.isEmpty())
                object.insert(QLatin1String(key), value);
        };
        put("oldAddress", event.oldAddress);
        put("newAddress", event.newAddress);
        put("source", event.source);
        put("outcome", event.outcome);
        put("detail", event.detail);
        if (event.durationMs >= 0)
            object.insert(QStringLiteral("durationMs"), event.durationMs);
        array.append(object);
    }
    const QJsonObject root {{QStringLiteral("host"), hostName}, {QStringLiteral("events"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Homing
