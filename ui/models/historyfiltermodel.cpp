#include "historyfiltermodel.h"

#include "historymodel.h"

namespace Homing {

HistoryFilterModel::HistoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::SortRole);
}

void HistoryFilterModel::setKinds(const QSet<HistoryEvent::Kind> &kinds)
{
    QSet<int> values;
    for (const HistoryEvent::Kind kind : kinds)
        values.insert(static_cast<int>(kind));
    if (values == m_kinds)
        return;
    m_kinds = values;
    invalidateFilter();
}

void HistoryFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_kinds.isEmpty()) {
        const int kind = source->index(sourceRow, 0, sourceParent).data(HistoryModel::KindRole).toInt();
        if (!m_kinds.contains(kind))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Homing
