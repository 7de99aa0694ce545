#pragma once

#include "model/host.h"
#include "model/hostrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
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
        VerifiedColumn,
        NextCheckColumn,
        ColumnCount
    };
    enum Role
    {
        HostIdRole = Qt::UserRole + 1,
        StateRole, // the HostState name
        SortRole // raw value for sorting: times as QDateTime, addresses as text
    };

    explicit HostTableModel(QObject *parent = nullptr);

    void setHosts(const QList<Host> &hosts, const QHash<QUuid, HostRecord> &records);
    void updateRecord(const HostRecord &record);
    void setNextCheck(const QUuid &hostId, const QDateTime &time);
    const Host *hostAt(int row) const;
    HostRecord recordOf(const QUuid &hostId) const { return m_records.value(hostId); }
    const QList<Host> &hosts() const { return m_hosts; }
    QUuid hostIdAt(int row) const;
    int rowOf(const QUuid &hostId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const HostRecord &record);
    // The state icon: one SVG per overall state, the dark variant for dark palettes.
    static QString stateIconName(const HostRecord &record);

private:
    QList<Host> m_hosts;
    QHash<QUuid, HostRecord> m_records;
    QHash<QUuid, QDateTime> m_nextCheck;
};

} // namespace Homing
