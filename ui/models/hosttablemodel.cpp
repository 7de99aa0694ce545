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

void HostTableModel::setVerification(const QUuid &hostId, const QList<FamilyVerification> &results)
{
    m_verification.insert(hostId, results);
    const int row = rowOf(hostId);
    if (row >= 0)
        emit dataChanged(index(row, VerifiedColumn), index(row, VerifiedColumn));
}

void HostTableModel::setVerificationEnabled(bool enabled)
{
    if (m_verificationEnabled == enabled)
        return;
    m_verificationEnabled = enabled;
    if (!m_hosts.isEmpty())
        emit dataChanged(index(0, VerifiedColumn), index(rowCount() - 1, VerifiedColumn));
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
        if (record.waitingAhead >= 0) // the engine's words: "Waiting for the provider's rate limit (n ahead)"
            return record.attentionReason;
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
    case HostState::Parked:
        return tr("Taken offline");
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
    case HostState::Parked:
        return QStringLiteral("offline");
    default:
        return QStringLiteral("updating");
    }
}

namespace {

// How bad a check's outcome is, for the combined column and its sort order.
int severity(FamilyVerification::Status status)
{
    switch (status) {
    case FamilyVerification::Status::Verified:
        return 0;
    case FamilyVerification::Status::Checking:
        return 1;
    case FamilyVerification::Status::Propagating:
        return 2;
    case FamilyVerification::Status::Unverifiable:
        return 3;
    case FamilyVerification::Status::Mismatch:
        return 4;
    }
    return 0;
}

} // namespace

const FamilyVerification *HostTableModel::worstOf(const QList<FamilyVerification> &results)
{
    const FamilyVerification *worst = nullptr;
    for (const FamilyVerification &result : results) {
        if (!worst || severity(result.status) > severity(worst->status)
            || (severity(result.status) == severity(worst->status)
                && static_cast<qint64>(result.matching) * worst->reachable
                    < static_cast<qint64>(worst->matching) * result.reachable))
            worst = &result;
    }
    return worst;
}

QString HostTableModel::verificationText(const FamilyVerification &result)
{
    switch (result.status) {
    case FamilyVerification::Status::Checking:
        return tr("Checking…");
    case FamilyVerification::Status::Verified:
        return tr("Verified");
    case FamilyVerification::Status::Propagating:
        //: n of m name servers answer the new address so far
        return tr("Propagating %1/%2").arg(result.matching).arg(result.reachable);
    case FamilyVerification::Status::Mismatch:
        return tr("Mismatch");
    case FamilyVerification::Status::Unverifiable:
        return tr("Unverifiable");
    }
    return {};
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
        case VerifiedColumn: {
            // Never checked first, then from Verified to Mismatch.
            const FamilyVerification *worst = worstOf(m_verification.value(host.id));
            return worst ? severity(worst->status) + 1 : 0;
        }
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
            if (const FamilyVerification *worst = worstOf(m_verification.value(host.id)))
                return verificationText(*worst);
            if (role == Qt::AccessibleTextRole)
                return m_verificationEnabled ? tr("not checked yet") : tr("not checked");
            return tr("—");
        case NextCheckColumn:
            if (record.paused || !host.enabled)
                return tr("paused");
            return timeText(m_nextCheck.value(host.id), tr("—"));
        default:
            return {};
        }
    }
    if (role == VerificationRole) {
        const FamilyVerification *worst = worstOf(m_verification.value(host.id));
        return worst ? verificationStatusName(worst->status) : QString();
    }
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !record.attentionReason.isEmpty())
        return record.attentionReason;
    if (role == Qt::ToolTipRole && index.column() == VerifiedColumn)
        return verificationToolTip(m_verification.value(host.id));
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const QString variant = dark ? QStringLiteral("-dark") : QString();
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return QIcon(QStringLiteral(":/icons/tray-%1%2.svg").arg(stateIconName(record), variant));
    if (role == Qt::DecorationRole && index.column() == VerifiedColumn) {
        if (const FamilyVerification *worst = worstOf(m_verification.value(host.id)))
            return QIcon(QStringLiteral(":/icons/verify-%1%2.svg").arg(verificationStatusName(worst->status), variant));
    }
    return {};
}

QString HostTableModel::verificationToolTip(const QList<FamilyVerification> &results) const
{
    if (results.isEmpty())
        return m_verificationEnabled
            ? tr("Not checked yet: Homing asks the zone's own name servers after each update the provider accepts.")
            : tr("Not checked: asking the zone's own name servers is switched off (\"verify\": false in the "
                 "configuration).");
    QStringList lines;
    for (const FamilyVerification &result : results) {
        lines << tr("%1: %2").arg(result.family == AddressFamily::IPv4 ? tr("IPv4") : tr("IPv6"), result.summary());
        for (const QString &server : result.serverLines())
            lines << QStringLiteral("    ") + server;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant HostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == VerifiedColumn)
        return tr("Whether the world sees the address: Homing asks the zone's own name servers, the ones "
                  "everyone else's lookups end at, and Verified means they all answer the address Homing "
                  "published. Propagating: some do not yet, which is normal for a short while after an "
                  "update. Mismatch: one still answers something else. Unverifiable: none could be asked. "
                  "Point at a cell for each server's answer.");
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
        return tr("Verified");
    case NextCheckColumn:
        return tr("Next check");
    default:
        return {};
    }
}

} // namespace Homing
