#pragma once

#include <QJsonValue>
#include <QString>

namespace Homing {

// Checks shared by every reader of outside JSON and text (config files, source configs, the control
// socket): numbers are range-checked as doubles before any conversion to an integer type, strings
// carry no NUL, and input quoted back in a message is cut to a readable length.

// Whether value is a whole number in [low, high]; if so, *number holds it.
bool wholeNumber(const QJsonValue &value, qint64 low, qint64 high, qint64 *number);
// The path (e.g. "hosts[2].name") of the first string or object key below value holding a NUL
// character, or an empty string if there is none. path names value itself.
QString findNul(const QJsonValue &value, const QString &path = {});
// Text from outside, as quoted in a message: at most kShownInputLength characters (then "…" and the
// full length), control characters shown as U+FFFD.
QString shownInput(const QString &text);
constexpr int kShownInputLength = 120;

} // namespace Homing
