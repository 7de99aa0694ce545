#include "inputcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Homing {

namespace {
struct InputCheckText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::InputCheck)
};
} // namespace

bool wholeNumber(const QJsonValue &value, qint64 low, qint64 high, qint64 *number)
{
    if (!value.isDouble())
        return false;
    const double v = value.toDouble();
    // Compared as doubles first: a cast of a value out of the target's range is undefined behaviour.
    if (!std::isfinite(v) || v < static_cast<double>(low) || v > static_cast<double>(high) || std::floor(v) != v)
        return false;
    *number = static_cast<qint64>(v);
    return *number >= low && *number <= high;
}

QString findNul(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return value.toString().contains(QChar(0)) ? path : QString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString found = findNul(array.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!found.isEmpty())
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child
                = path.isEmpty() ? shownInput(it.key()) : path + QLatin1Char('.') + shownInput(it.key());
            if (it.key().contains(QChar(0)))
                return child;
            const QString found = findNul(it.value(), child);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

QString shownInput(const QString &text)
{
    QString shown = text.left(kShownInputLength);
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    if (text.size() > kShownInputLength)
        shown += InputCheckText::tr("… (%n characters)", nullptr,
                                    static_cast<int>(std::min<qsizetype>(text.size(), INT_MAX)));
    return shown;
}

} // namespace Homing
