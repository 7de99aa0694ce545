#pragma once

#include "model/historyevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace Homing {

// One host's timeline, newest first: every detection, request, reply and outcome, as redacted
// by the HistoryStore.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        OldAddressColumn,
        NewAddressColumn,
        SourceColumn,
        OutcomeColumn,
        DetailColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // HistoryEvent::Kind as int
        SortRole
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEvents(const QList<HistoryEvent> &events); // newest first
    // Adds events that just happened (any order) at the top.
    void prependEvents(const QList<HistoryEvent> &events);
    const QList<HistoryEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(HistoryEvent::Kind kind);
    static QString outcomeText(const QString &outcome); // the stored outcome word, as a person reads it
    // The Outcome column of one row: outcomeText(), with the time of the next try where there is one.
    static QString outcomeText(const HistoryEvent &event);

private:
    QList<HistoryEvent> m_events;
};

} // namespace Homing
