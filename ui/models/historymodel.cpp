#include "historymodel.h"

#include <QLocale>

#include <algorithm>

namespace Homing {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setEvents(const QList<HistoryEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

void HistoryModel::prependEvents(const QList<HistoryEvent> &events)
{
    if (events.isEmpty())
        return;
    QList<HistoryEvent> sorted = events;
    std::stable_sort(sorted.begin(), sorted.end(), [](const HistoryEvent &a, const HistoryEvent &b) {
        return a.time != b.time ? a.time > b.time : a.id > b.id;
    });
    beginInsertRows({}, 0, static_cast<int>(sorted.size()) - 1);
    m_events = sorted + m_events;
    endInsertRows();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::outcomeText(const QString &outcome)
{
    // The words outcomeKindName() stores; the exports keep them as they are.
    if (outcome == QLatin1String("updated"))
        return tr("Updated");
    if (outcome == QLatin1String("unchanged"))
        return tr("Unchanged");
    if (outcome == QLatin1String("retry-later"))
        return tr("Will retry");
    if (outcome == QLatin1String("needs-user"))
        return tr("Needs you");
    if (outcome == QLatin1String("no-address"))
        return tr("No address");
    if (outcome == QLatin1String("not-stored"))
        return tr("Not stored yet");
    // The words verificationStatusName() stores for the DNS checks.
    if (outcome == QLatin1String("verified"))
        return tr("Verified");
    if (outcome == QLatin1String("propagating"))
        return tr("Propagating");
    if (outcome == QLatin1String("mismatch"))
        return tr("Mismatch");
    if (outcome == QLatin1String("unverifiable"))
        return tr("Unverifiable");
    if (outcome == QLatin1String("drift"))
        return tr("Changed behind your back");
    return outcome;
}

QString HistoryModel::outcomeText(const HistoryEvent &event)
{
    if (event.outcome != QLatin1String("retry-later") || !event.retryAt.isValid())
        return outcomeText(event.outcome);
    const QDateTime at = event.retryAt.toLocalTime();
    const QLocale locale;
    // The day only when it is not the day of the row: "Retrying at 14:05", "Retrying on 3 Dec 09:00".
    if (at.date() == event.time.toLocalTime().date())
        return tr("Retrying at %1").arg(locale.toString(at.time(), QLocale::ShortFormat));
    return tr("Retrying on %1").arg(locale.toString(at, QLocale::ShortFormat));
}

QString HistoryModel::kindText(HistoryEvent::Kind kind)
{
    switch (kind) {
    case HistoryEvent::Kind::Detected:
        return tr("Address detected");
    case HistoryEvent::Kind::Sent:
        return tr("Update sent");
    case HistoryEvent::Kind::Result:
        return tr("Provider replied");
    case HistoryEvent::Kind::Verified:
        return tr("DNS check");
    case HistoryEvent::Kind::Mismatch:
        return tr("DNS check failed");
    case HistoryEvent::Kind::Error:
        return tr("Error");
    case HistoryEvent::Kind::Paused:
        return tr("Paused");
    case HistoryEvent::Kind::Resumed:
        return tr("Resumed");
    case HistoryEvent::Kind::Disagreement:
        return tr("Sources disagree");
    case HistoryEvent::Kind::Parked:
        return tr("Taken offline");
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEvent &event = m_events.at(index.row());
    if (role == KindRole)
        return static_cast<int>(event.kind);
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn:
            return event.time;
        case DurationColumn:
            return event.durationMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return event.detail;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(event.time.toLocalTime(), QLocale::ShortFormat);
    case KindColumn:
        return kindText(event.kind);
    case OldAddressColumn:
        return event.oldAddress;
    case NewAddressColumn:
        return event.newAddress;
    case SourceColumn:
        return event.source;
    case OutcomeColumn:
        return outcomeText(event);
    case DetailColumn:
        return event.detail;
    case DurationColumn:
        return event.durationMs >= 0 ? tr("%1 ms").arg(event.durationMs) : QString();
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Event");
    case OldAddressColumn:
        return tr("Old address");
    case NewAddressColumn:
        return tr("New address");
    case SourceColumn:
        return tr("Source");
    case OutcomeColumn:
        return tr("Outcome");
    case DetailColumn:
        return tr("Detail");
    case DurationColumn:
        return tr("Took");
    default:
        return {};
    }
}

} // namespace Homing
