#pragma once

#include "model/host.h"
#include "storage/hostrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Homing {

// The host table of the main window: one row per configured host, with what the engine knows.
class HostTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ProviderColumn,
        Ipv4Column,
        Ipv6Column,
        StateColumn,
        LastChangeColumn,
        ColumnCount
    };
    enum Role
    {
        HostIdRole = Qt::UserRole + 1,
        StateRole // the HostState name
    };

    explicit HostTableModel(QObject *parent = nullptr);

    void setHosts(const QList<Host> &hosts, const QHash<QUuid, HostRecord> &records);
    void updateRecord(const HostRecord &record);
    QUuid hostIdAt(int row) const;
    int rowOf(const QUuid &hostId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const HostRecord &record);

private:
    QList<Host> m_hosts;
    QHash<QUuid, HostRecord> m_records;
};

} // namespace Homing
