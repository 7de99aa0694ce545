#include "historyevent.h"

#include <array>
#include <utility>

namespace Homing {

namespace {
constexpr std::array<std::pair<HistoryEvent::Kind, const char *>, 10> kNames = {{
    {HistoryEvent::Kind::Detected, "detected"},
    {HistoryEvent::Kind::Sent, "sent"},
    {HistoryEvent::Kind::Result, "result"},
    {HistoryEvent::Kind::Verified, "verified"},
    {HistoryEvent::Kind::Mismatch, "mismatch"},
    {HistoryEvent::Kind::Error, "error"},
    {HistoryEvent::Kind::Paused, "paused"},
    {HistoryEvent::Kind::Resumed, "resumed"},
    {HistoryEvent::Kind::Disagreement, "disagreement"},
    {HistoryEvent::Kind::Parked, "parked"},
}};
} // namespace

QString historyKindName(HistoryEvent::Kind kind)
{
    for (const auto &[value, name] : kNames) {
        if (value == kind)
            return QLatin1String(name);
    }
    return {};
}

bool historyKindFromName(const QString &name, HistoryEvent::Kind *kind)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text)) {
            *kind = value;
            return true;
        }
    }
    return false;
}

} // namespace Homing
