#pragma once

#include "model/historyevent.h"
#include "verify/verification.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Homing {

class HistoryFilterModel;
class HistoryModel;

// The selected host's timeline with filters and export to CSV and JSON. Below it, the chosen event
// (the newest until the user picks one) in full: what happened, the reason and what to fix.
class HostDetailPane : public QWidget
{
    Q_OBJECT
public:
    enum class Format
    {
        Csv,
        Json
    };

    explicit HostDetailPane(QWidget *parent = nullptr);

    void setHost(const QUuid &hostId, const QString &name, const QList<HistoryEvent> &events);
    void appendEvents(const QList<HistoryEvent> &events); // only those of the shown host are taken
    // What the zone's name servers answer now, one line per family; hidden when never checked.
    void setVerification(const QList<FamilyVerification> &results);
    QUuid hostId() const { return m_hostId; }
    HistoryModel *model() const { return m_model; }
    HistoryFilterModel *filter() const { return m_filter; }

    // Writes the whole timeline (not just the filtered rows) to path; false with error on failure.
    bool exportTo(const QString &path, Format format, QString *error) const;

private:
    void applyKindFilter();
    void askExport(Format format);
    void showEventDetail();

    QUuid m_hostId;
    QString m_hostName;
    QLabel *m_title;
    QLabel *m_verification;
    QComboBox *m_kindFilter;
    QLineEdit *m_search;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QTableView *m_view;
    QLabel *m_eventDetail;
    HistoryModel *m_model;
    HistoryFilterModel *m_filter;
};

} // namespace Homing
