#include "hosttablemodel.h"

#include "providers/providerregistry.h"

#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>

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

void HostTableModel::setNextCheck(const QUuid &hostId, const QDateTime &time)
{
    if (m_nextCheck.value(hostId) == time)
        return;
    m_nextCheck.insert(hostId, time);
    const int row = rowOf(hostId);
    if (row >= 0)
        emit dataChanged(index(row, NextCheckColumn), index(row, NextCheckColumn));
}

const Host *HostTableModel::hostAt(int row) const
{
    return row >= 0 && row < m_hosts.size() ? &m_hosts.at(row) : nullptr;
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
    case HostState::Error:
        return tr("Cannot store its state");
    }
    return {};
}

QString HostTableModel::stateIconName(const HostRecord &record)
{
    if (record.paused || record.state == HostState::Paused)
        return QStringLiteral("paused");
    switch (record.state) {
    case HostState::UpToDate:
    case HostState::Propagating:
        return QStringLiteral("ok");
    case HostState::NeedsAttention:
        return QStringLiteral("attention");
    case HostState::RetryScheduled:
    case HostState::Error:
        return QStringLiteral("error");
    case HostState::Offline:
        return QStringLiteral("offline");
    default:
        return QStringLiteral("updating");
    }
}

namespace {

QString timeText(const QDateTime &time, const QString &none)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : none;
}

} // namespace

QVariant HostTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Host &host = m_hosts.at(index.row());
    const HostRecord record = m_records.value(host.id);
    if (role == HostIdRole)
        return host.id;
    if (role == StateRole)
        return hostStateName(record.state);
    if (role == SortRole) {
        switch (index.column()) {
        case LastChangeColumn:
            return record.lastChange;
        case VerifiedColumn:
            return record.lastSuccess;
        case NextCheckColumn:
            return m_nextCheck.value(host.id);
        case StateColumn:
            return static_cast<int>(record.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return host.displayName();
        case ProviderColumn: {
            const auto info = ProviderRegistry::find(host.providerId);
            return info ? info->name : host.providerId;
        }
        case Ipv4Column:
            if (!host.ipv4)
                return role == Qt::AccessibleTextRole ? tr("not used") : QString();
            return record.publishedIpv4.isEmpty() ? tr("—") : record.publishedIpv4;
        case Ipv6Column:
            if (!host.ipv6)
                return role == Qt::AccessibleTextRole ? tr("not used") : QString();
            return record.publishedIpv6.isEmpty() ? tr("—") : record.publishedIpv6;
        case StateColumn:
            return stateText(record);
        case LastChangeColumn:
            return timeText(record.lastChange, tr("never"));
        case VerifiedColumn:
            return timeText(record.lastSuccess, tr("not yet"));
        case NextCheckColumn:
            if (record.paused || !host.enabled)
                return tr("paused");
            return timeText(m_nextCheck.value(host.id), tr("—"));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !record.attentionReason.isEmpty())
        return record.attentionReason;
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        return QIcon(QStringLiteral(":/icons/tray-%1%2.svg")
                         .arg(stateIconName(record), dark ? QStringLiteral("-dark") : QString()));
    }
    return {};
}

QVariant HostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == VerifiedColumn)
        return tr("When the provider last accepted or confirmed the address. Asking the zone's own name "
                  "servers is not built yet.");
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
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
    case VerifiedColumn:
        return tr("Confirmed");
    case NextCheckColumn:
        return tr("Next check");
    default:
        return {};
    }
}

} // namespace Homing
