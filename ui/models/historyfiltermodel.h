#pragma once

#include "model/historyevent.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace Homing {

// Filters a HistoryModel by event kind and by text found in any column.
class HistoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit HistoryFilterModel(QObject *parent = nullptr);

    // Empty: every kind.
    void setKinds(const QSet<HistoryEvent::Kind> &kinds);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_kinds;
    QString m_text;
};

} // namespace Homing
