#include "hostdetailpane.h"

#include "models/historyexport.h"
#include "models/historyfiltermodel.h"
#include "models/historymodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace Homing {

namespace {
using Kind = HistoryEvent::Kind;
}

HostDetailPane::HostDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
    , m_filter(new HistoryFilterModel(this))
{
    setObjectName(QStringLiteral("hostDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("timelineTitle"));
    layout->addWidget(m_title);
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("hostVerification"));
    m_verification->setAccessibleName(tr("Name servers"));
    m_verification->setWordWrap(true);
    m_verification->setTextFormat(Qt::PlainText);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_verification);

    auto *bar = new QHBoxLayout;
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("timelineKindFilter"));
    m_kindFilter->setAccessibleName(tr("Show events"));
    m_kindFilter->addItem(tr("All events"));
    m_kindFilter->addItem(tr("Address changes"));
    m_kindFilter->addItem(tr("Updates and replies"));
    m_kindFilter->addItem(tr("Problems"));
    m_kindFilter->addItem(tr("DNS checks"));
    auto *kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kindFilter);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setAccessibleName(tr("Search the timeline"));
    m_search->setPlaceholderText(tr("Search the timeline"));
    m_search->setClearButtonEnabled(true);
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportJson = new QPushButton(tr("Export &JSON…"), this);
    m_exportJson->setObjectName(QStringLiteral("exportJson"));
    bar->addWidget(kindLabel);
    bar->addWidget(m_kindFilter);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportJson);
    layout->addLayout(bar);

    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HistoryModel::DetailColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    m_eventDetail = new QLabel(this);
    m_eventDetail->setObjectName(QStringLiteral("timelineEventDetail"));
    m_eventDetail->setAccessibleName(tr("Event in full"));
    m_eventDetail->setWordWrap(true);
    m_eventDetail->setTextFormat(Qt::RichText);
    m_eventDetail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_eventDetail);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HostDetailPane::showEventDetail);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HostDetailPane::showEventDetail);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &HostDetailPane::showEventDetail);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HostDetailPane::showEventDetail);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &HostDetailPane::applyKindFilter);
    connect(m_search, &QLineEdit::textChanged, m_filter, &HistoryFilterModel::setText);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { askExport(Format::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { askExport(Format::Json); });
    setHost({}, {}, {});
}

void HostDetailPane::setHost(const QUuid &hostId, const QString &name, const QList<HistoryEvent> &events)
{
    m_hostId = hostId;
    m_hostName = name;
    m_title->setText(hostId.isNull() ? tr("Select a host to see its timeline.")
                                     : tr("<b>Timeline of %1</b>").arg(name.toHtmlEscaped()));
    m_model->setEvents(events);
    m_exportCsv->setEnabled(!hostId.isNull());
    m_exportJson->setEnabled(!hostId.isNull());
    setVerification({});
}

void HostDetailPane::setVerification(const QList<FamilyVerification> &results)
{
    QStringList lines, servers;
    for (const FamilyVerification &result : results) {
        lines << tr("%1: %2").arg(result.family == AddressFamily::IPv4 ? tr("IPv4") : tr("IPv6"), result.summary());
        servers << result.serverLines();
    }
    m_verification->setText(lines.join(QLatin1Char('\n')));
    m_verification->setToolTip(servers.join(QLatin1Char('\n')));
    m_verification->setVisible(!lines.isEmpty());
}

void HostDetailPane::appendEvents(const QList<HistoryEvent> &events)
{
    QList<HistoryEvent> mine;
    for (const HistoryEvent &event : events) {
        if (!m_hostId.isNull() && event.hostId == m_hostId)
            mine.append(event);
    }
    m_model->prependEvents(mine);
}

void HostDetailPane::showEventDetail()
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        index = m_filter->index(0, 0); // the newest, as the view sorts
    if (!index.isValid()) {
        m_eventDetail->clear();
        m_eventDetail->setVisible(false);
        return;
    }
    const auto column = [&index](int column) { return index.siblingAtColumn(column).data().toString(); };
    QString heading = column(HistoryModel::KindColumn);
    if (!column(HistoryModel::OutcomeColumn).isEmpty())
        heading = tr("%1: %2").arg(heading, column(HistoryModel::OutcomeColumn));
    const QString when = column(HistoryModel::TimeColumn);
    const QString detail
        = column(HistoryModel::DetailColumn).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    m_eventDetail->setText(QStringLiteral("<b>%1</b> (%2)<br/>%3").arg(heading.toHtmlEscaped(), when, detail));
    m_eventDetail->setVisible(true);
}

void HostDetailPane::applyKindFilter()
{
    switch (m_kindFilter->currentIndex()) {
    case 1:
        m_filter->setKinds({Kind::Detected, Kind::Disagreement});
        break;
    case 2:
        m_filter->setKinds({Kind::Sent, Kind::Result, Kind::Parked});
        break;
    case 3:
        m_filter->setKinds({Kind::Error, Kind::Mismatch, Kind::Disagreement});
        break;
    case 4:
        m_filter->setKinds({Kind::Verified, Kind::Mismatch});
        break;
    default:
        m_filter->setKinds({});
        break;
    }
}

bool HostDetailPane::exportTo(const QString &path, Format format, QString *error) const
{
    const QByteArray data = format == Format::Csv ? historyToCsv(m_model->events(), m_hostName)
                                                  : historyToJson(m_model->events(), m_hostName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void HostDetailPane::askExport(Format format)
{
    auto *dialog = new QFileDialog(this, tr("Export timeline"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QString suffix = format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json");
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilter(format == Format::Csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->selectFile(QStringLiteral("%1-timeline.%2").arg(m_hostName, suffix));
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        QString error;
        if (!exportTo(path, format, &error)) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

} // namespace Homing
