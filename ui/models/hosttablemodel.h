#pragma once

#include "model/host.h"
#include "model/hostrecord.h"
#include "verify/verification.h"

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
        SortRole, // raw value for sorting: times as QDateTime, addresses as text, checks by severity
        VerificationRole // the combined check's verificationStatusName(); empty when never checked
    };

    explicit HostTableModel(QObject *parent = nullptr);

    void setHosts(const QList<Host> &hosts, const QHash<QUuid, HostRecord> &records);
    void updateRecord(const HostRecord &record);
    void setNextCheck(const QUuid &hostId, const QDateTime &time);
    // What the zone's own name servers answer, per family (Scheduler::verification()).
    void setVerification(const QUuid &hostId, const QList<FamilyVerification> &results);
    QList<FamilyVerification> verificationOf(const QUuid &hostId) const { return m_verification.value(hostId); }
    // Off ("verify": false): the column says so instead of "not checked yet".
    void setVerificationEnabled(bool enabled);
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
    // A dual-stack host's families in one: the worst outcome wins (Mismatch, Unverifiable,
    // Propagating, Checking, Verified); the family that lags most among equals. Null when none.
    static const FamilyVerification *worstOf(const QList<FamilyVerification> &results);
    // The Verified column in words: "Verified", "Propagating 1/2", "Mismatch", ...
    static QString verificationText(const FamilyVerification &result);
    // Its icon is :/icons/verify-<verificationStatusName()>[-dark].svg.

private:
    QString verificationToolTip(const QList<FamilyVerification> &results) const;

    QList<Host> m_hosts;
    QHash<QUuid, HostRecord> m_records;
    QHash<QUuid, QDateTime> m_nextCheck;
    QHash<QUuid, QList<FamilyVerification>> m_verification;
    bool m_verificationEnabled = true;
};

} // namespace Homing
