#include "hosttablemodel.h"

#include "providers/providerregistry.h"

#include <QIcon>
#include <QLocale>

namespace Homing {

HostTableModel::HostTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HostTableModel::setHosts(const QList<Host> &hosts, const QHash<QUuid, HostRecord> &records)
{
    beginResetModel();
    m_hosts = hosts;
    m_records = records;
    endResetModel();
}

void HostTableModel::updateRecord(const HostRecord &record)
{
    m_records.insert(record.hostId, record);
    const int row = rowOf(record.hostId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QUuid HostTableModel::hostIdAt(int row) const
{
    return row >= 0 && row < m_hosts.size() ? m_hosts.at(row).id : QUuid();
}

int HostTableModel::rowOf(const QUuid &hostId) const
{
    for (int row = 0; row < m_hosts.size(); ++row) {
        if (m_hosts.at(row).id == hostId)
            return row;
    }
    return -1;
}

int HostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hosts.size());
}

int HostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HostTableModel::stateText(const HostRecord &record)
{
    if (record.paused)
        return tr("Paused");
    switch (record.state) {
    case HostState::Idle:
        return tr("Waiting for first check");
    case HostState::Checking:
        return tr("Checking");
    case HostState::Updating:
        return tr("Updating");
    case HostState::Verifying:
        return tr("Verifying");
    case HostState::UpToDate:
        return tr("Up to date");
    case HostState::Propagating:
        return tr("Propagating");
    case HostState::RetryScheduled:
        return tr("Will retry");
    case HostState::NeedsAttention:
        return tr("Needs attention");
    case HostState::Paused:
        return tr("Paused");
    case HostState::Offline:
        return tr("Offline");
    }
    return {};
}

QVariant HostTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hosts.size())
        return {};
    const Host &host = m_hosts.at(index.row());
    const HostRecord record = m_records.value(host.id);
    if (role == HostIdRole)
        return host.id;
    if (role == StateRole)
        return hostStateName(record.state);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return host.displayName();
        case ProviderColumn: {
            const auto info = ProviderRegistry::find(host.providerId);
            return info ? info->name : host.providerId;
        }
        case Ipv4Column:
            return host.ipv4 ? (record.publishedIpv4.isEmpty() ? tr("—") : record.publishedIpv4) : QString();
        case Ipv6Column:
            return host.ipv6 ? (record.publishedIpv6.isEmpty() ? tr("—") : record.publishedIpv6) : QString();
        case StateColumn:
            return stateText(record);
        case LastChangeColumn:
            return record.lastChange.isValid()
                ? QLocale().toString(record.lastChange.toLocalTime(), QLocale::ShortFormat)
                : tr("never");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !record.attentionReason.isEmpty())
        return record.attentionReason;
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        if (record.paused)
            return QIcon(QStringLiteral(":/icons/tray-paused.svg"));
        switch (record.state) {
        case HostState::UpToDate:
            return QIcon(QStringLiteral(":/icons/tray-ok.svg"));
        case HostState::NeedsAttention:
            return QIcon(QStringLiteral(":/icons/tray-attention.svg"));
        case HostState::RetryScheduled:
            return QIcon(QStringLiteral(":/icons/tray-error.svg"));
        case HostState::Offline:
            return QIcon(QStringLiteral(":/icons/tray-offline.svg"));
        default:
            return QIcon(QStringLiteral(":/icons/tray-updating.svg"));
        }
    }
    return {};
}

QVariant HostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Host");
    case ProviderColumn:
        return tr("Provider");
    case Ipv4Column:
        return tr("IPv4");
    case Ipv6Column:
        return tr("IPv6");
    case StateColumn:
        return tr("State");
    case LastChangeColumn:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace Homing
