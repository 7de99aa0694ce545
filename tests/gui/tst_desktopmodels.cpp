// The host table and timeline models under QAbstractItemModelTester; the timeline's filter and
// its CSV/JSON export.
#include "guifixture.h"
#include "models/historyexport.h"
#include "models/historyfiltermodel.h"
#include "models/historymodel.h"
#include "models/hosttablemodel.h"
#include "windows/hostdetailpane.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Homing;

namespace {

Host makeHost(const char *name, bool ipv6 = false)
{
    Host host;
    host.id = QUuid::createUuid();
    host.name = QLatin1String(name);
    host.providerId = QStringLiteral("dyndns2");
    host.ipv6 = ipv6;
    return host;
}

HistoryEvent makeEvent(qint64 id, int minute, HistoryEvent::Kind kind, const QString &detail)
{
    HistoryEvent event;
    event.id = id;
    event.time = QDateTime(QDate(2026, 11, 23), QTime(1, minute), Qt::UTC);
    event.kind = kind;
    event.detail = detail;
    return event;
}

} // namespace

class TestDesktopModels : public QObject
{
    Q_OBJECT

private slots:
    void hostTable()
    {
        HostTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Host a = makeHost("b.example.org");
        const Host b = makeHost("a.example.org", true);
        HostRecord recordA;
        recordA.hostId = a.id;
        recordA.state = HostState::UpToDate;
        recordA.publishedIpv4 = QStringLiteral("81.2.69.160");
        recordA.lastChange = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setHosts({a, b}, {{a.id, recordA}});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(HostTableModel::ColumnCount));
        QCOMPARE(model.index(0, HostTableModel::Ipv4Column).data().toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(model.index(0, HostTableModel::StateColumn).data().toString(), QStringLiteral("Up to date"));
        QVERIFY(!model.index(0, HostTableModel::StateColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(1, HostTableModel::LastChangeColumn).data().toString(), QStringLiteral("never"));
        QCOMPARE(model.index(0, HostTableModel::Ipv6Column).data().toString(), QString()); // not used
        QCOMPARE(model.index(0, HostTableModel::Ipv6Column).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("not used"));
        QCOMPARE(model.index(1, HostTableModel::Ipv6Column).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, 0).data(HostTableModel::HostIdRole).toUuid(), b.id);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        HostRecord recordB;
        recordB.hostId = b.id;
        recordB.state = HostState::NeedsAttention;
        recordB.attentionReason = QStringLiteral("The provider rejected the user name or password.");
        model.updateRecord(recordB);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, HostTableModel::StateColumn).data(Qt::ToolTipRole).toString(), recordB.attentionReason);
        // A state that cannot be stored says so, with the reason where the state is shown.
        recordB.state = HostState::Error;
        recordB.attentionReason = QStringLiteral("Could not store the state: database or disk is full");
        model.updateRecord(recordB);
        QCOMPARE(model.index(1, HostTableModel::StateColumn).data().toString(),
                 QStringLiteral("Cannot store its state"));
        QCOMPARE(model.index(1, HostTableModel::StateColumn).data(Qt::ToolTipRole).toString(), recordB.attentionReason);
        QCOMPARE(HostTableModel::stateIconName(recordB), QStringLiteral("error"));
        QCOMPARE(model.index(1, 0).data(HostTableModel::StateRole).toString(), QStringLiteral("error"));
        changed.clear();
        const QDateTime next = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
        model.setNextCheck(a.id, next);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, HostTableModel::NextCheckColumn).data(HostTableModel::SortRole).toDateTime(), next);

        // Sorting by name through a proxy, as the window does.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(HostTableModel::SortRole);
        proxy.sort(HostTableModel::NameColumn);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("a.example.org"));
        model.setHosts({}, {});
        QCOMPARE(proxy.rowCount(), 0);
    }

    // The Verified column: each outcome in words with its icon, the tooltip with what each server
    // answers, a dual-stack host's worst family, and a sort by severity.
    void verifiedColumnInWords()
    {
        using Status = FamilyVerification::Status;
        HostTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Host host = makeHost("home.example.org", true);
        model.setHosts({host}, {});
        const QModelIndex cell = model.index(0, HostTableModel::VerifiedColumn);
        QCOMPARE(model.headerData(HostTableModel::VerifiedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Verified"));
        const QString headerTip
            = model.headerData(HostTableModel::VerifiedColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(headerTip.contains(QStringLiteral("zone's own name servers")), qPrintable(headerTip));
        QVERIFY2(!headerTip.contains(QStringLiteral("not built")), qPrintable(headerTip));

        // Never checked.
        QCOMPARE(cell.data().toString(), QStringLiteral("—"));
        QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), QStringLiteral("not checked yet"));
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Not checked yet")),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QVERIFY(cell.data(Qt::DecorationRole).isNull());
        QCOMPARE(cell.data(HostTableModel::SortRole).toInt(), 0);
        model.setVerificationEnabled(false);
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("switched off")),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
        model.setVerificationEnabled(true);

        const QString v4 = QStringLiteral("81.2.69.160");
        const QString v6 = QStringLiteral("2001:db8::1");
        struct Case
        {
            FamilyVerification check;
            QString text;
            QString icon;
        };
        FamilyVerification unverifiable = Test::makeVerification(AddressFamily::IPv4, Status::Unverifiable, v4, {});
        unverifiable.reason = QStringLiteral("no name server of example.org. answered");
        FamilyVerification mismatch
            = Test::makeVerification(AddressFamily::IPv4, Status::Mismatch, v4, {v4, QStringLiteral("203.0.113.9")});
        mismatch.reason = QStringLiteral("ns2.example.org. answers 203.0.113.9");
        const QList<Case> cases {
            {Test::makeVerification(AddressFamily::IPv4, Status::Checking, v4, {}), QStringLiteral("Checking…"),
             QStringLiteral("checking")},
            {Test::makeVerification(AddressFamily::IPv4, Status::Verified, v4, {v4, v4}), QStringLiteral("Verified"),
             QStringLiteral("verified")},
            {Test::makeVerification(AddressFamily::IPv4, Status::Propagating, v4, {v4, QStringLiteral("81.2.69.1")}),
             QStringLiteral("Propagating 1/2"), QStringLiteral("propagating")},
            {mismatch, QStringLiteral("Mismatch"), QStringLiteral("mismatch")},
            {unverifiable, QStringLiteral("Unverifiable"), QStringLiteral("unverifiable")},
        };
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (const Case &c : cases) {
            model.setVerification(host.id, {c.check});
            QCOMPARE(changed.takeLast().at(0).toModelIndex(), cell);
            QCOMPARE(cell.data().toString(), c.text);
            QCOMPARE(cell.data(HostTableModel::VerificationRole).toString(), c.icon);
            // The icon is the status's own, not the state column's.
            const QImage icon = cell.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
            const QString path = QStringLiteral(":/icons/verify-%1.svg").arg(c.icon);
            QVERIFY2(QFile::exists(path) && QFile::exists(QStringLiteral(":/icons/verify-%1-dark.svg").arg(c.icon)),
                     qPrintable(path));
            QCOMPARE(icon, QIcon(path).pixmap(16, 16).toImage());
            // The tooltip has the summary with the reason, and a line per server.
            const QString tip = cell.data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.startsWith(QStringLiteral("IPv4: ") + c.check.summary()), qPrintable(tip));
            for (const QString &line : c.check.serverLines())
                QVERIFY2(tip.contains(line), qPrintable(tip));
        }
        model.setVerification(host.id, {mismatch});
        const QString mismatchTip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(mismatchTip.contains(QStringLiteral("ns2.example.org. answers 203.0.113.9")), qPrintable(mismatchTip));
        QVERIFY2(mismatchTip.contains(QStringLiteral("ns2.example.org. (192.0.2.54): 203.0.113.9")),
                 qPrintable(mismatchTip));

        // Dual stack: the worse family wins; the tooltip names both.
        const FamilyVerification verified4
            = Test::makeVerification(AddressFamily::IPv4, Status::Verified, v4, {v4, v4});
        const FamilyVerification lagging6
            = Test::makeVerification(AddressFamily::IPv6, Status::Propagating, v6, {v6, QStringLiteral("2001:db8::9")});
        model.setVerification(host.id, {verified4, lagging6});
        QCOMPARE(cell.data().toString(), QStringLiteral("Propagating 1/2"));
        QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("IPv4: Verified: 2 of 2 name servers answer 81.2.69.160")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("IPv6: Propagating: 1 of 2 name servers answer 2001:db8::1")),
                 qPrintable(tip));
        FamilyVerification mismatch6 = lagging6;
        mismatch6.status = Status::Mismatch;
        model.setVerification(host.id, {mismatch6, verified4});
        QCOMPARE(cell.data().toString(), QStringLiteral("Mismatch"));
        model.setVerification(host.id,
                              {verified4, Test::makeVerification(AddressFamily::IPv6, Status::Verified, v6, {v6})});
        QCOMPARE(cell.data().toString(), QStringLiteral("Verified"));

        // The host's pane says it too, above its timeline.
        HostDetailPane pane;
        pane.setHost(host.id, host.name, {});
        auto *summary = pane.findChild<QLabel *>(QStringLiteral("hostVerification"));
        QVERIFY(summary);
        QVERIFY(summary->isHidden()); // never checked
        pane.setVerification({verified4, lagging6});
        QVERIFY(!summary->isHidden());
        QCOMPARE(summary->text(),
                 QStringLiteral("IPv4: ") + verified4.summary() + QStringLiteral("\nIPv6: ") + lagging6.summary());
        QVERIFY2(summary->toolTip().contains(lagging6.serverLines().last()), qPrintable(summary->toolTip()));
        pane.setHost({}, {}, {});
        QVERIFY(summary->isHidden());

        // Sorting by the column: never checked, Verified, Checking, Propagating, Unverifiable, Mismatch.
        QList<Host> hosts;
        QList<QPair<QString, QList<FamilyVerification>>> rows {
            {QStringLiteral("mismatch"), {mismatch}},
            {QStringLiteral("verified"), {verified4}},
            {QStringLiteral("never"), {}},
            {QStringLiteral("unverifiable"), {unverifiable}},
            {QStringLiteral("propagating"), {verified4, lagging6}},
            {QStringLiteral("checking"), {Test::makeVerification(AddressFamily::IPv4, Status::Checking, v4, {})}},
        };
        for (const auto &row : rows)
            hosts << makeHost(qPrintable(row.first));
        model.setHosts(hosts, {});
        for (int i = 0; i < rows.size(); ++i)
            model.setVerification(hosts.at(i).id, rows.at(i).second);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(HostTableModel::SortRole);
        proxy.sort(HostTableModel::VerifiedColumn);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, HostTableModel::NameColumn).data().toString();
        QCOMPARE(
            order,
            (QStringList {QStringLiteral("never"), QStringLiteral("verified"), QStringLiteral("checking"),
                          QStringLiteral("propagating"), QStringLiteral("unverifiable"), QStringLiteral("mismatch")}));
    }

    void timelineModelAndFilter()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents({makeEvent(2, 10, HistoryEvent::Kind::Result, QStringLiteral("good 81.2.69.160")),
                         makeEvent(1, 9, HistoryEvent::Kind::Detected, QStringLiteral("IPv4 address detected"))});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.prependEvents({makeEvent(3, 11, HistoryEvent::Kind::Error, QStringLiteral("timeout")),
                             makeEvent(4, 12, HistoryEvent::Kind::Sent, QStringLiteral("GET /nic/update"))});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.events().first().id, 4); // newest first
        QCOMPARE(model.index(0, HistoryModel::KindColumn).data().toString(), QStringLiteral("Update sent"));

        HistoryFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setKinds({HistoryEvent::Kind::Error});
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, HistoryModel::DetailColumn).data().toString(), QStringLiteral("timeout"));
        filter.setKinds({});
        filter.setText(QStringLiteral("81.2.69"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText({});
        QCOMPARE(filter.rowCount(), 4);
    }

    void exportFromThePane()
    {
        HostDetailPane pane;
        const QUuid id = QUuid::createUuid();
        HistoryEvent event = makeEvent(1, 1, HistoryEvent::Kind::Detected, QStringLiteral("ipv4 address detected"));
        event.hostId = id;
        event.newAddress = QStringLiteral("81.2.69.160");
        pane.setHost(id, QStringLiteral("home.example.org"), {event});
        HistoryEvent other = event;
        other.hostId = QUuid::createUuid();
        pane.appendEvents({other}); // another host's event is not shown here
        QCOMPARE(pane.model()->rowCount(), 1);
        QTemporaryDir dir;
        QString error;
        QVERIFY(pane.exportTo(dir.filePath(QStringLiteral("t.csv")), HostDetailPane::Format::Csv, &error));
        QFile csv(dir.filePath(QStringLiteral("t.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("\"81.2.69.160\""));
        QVERIFY(pane.exportTo(dir.filePath(QStringLiteral("t.json")), HostDetailPane::Format::Json, &error));
        QVERIFY(
            !pane.exportTo(dir.filePath(QStringLiteral("missing/dir/t.json")), HostDetailPane::Format::Json, &error));
        QVERIFY(!error.isEmpty());
    }

    // The Outcome column speaks in words, and the pane shows the newest event (or the one picked) in
    // full below the table: the reason and what to fix, not only in a tooltip.
    void thePaneShowsTheEventInFull()
    {
        HostDetailPane pane;
        const QUuid id = QUuid::createUuid();
        HistoryEvent sent = makeEvent(1, 1, HistoryEvent::Kind::Sent, QStringLiteral("update sent to DuckDNS"));
        HistoryEvent refused = makeEvent(2, 2, HistoryEvent::Kind::Error,
                                         QStringLiteral("DuckDNS refused the token. Enter the token shown on "
                                                        "duckdns.org.\nrequest: GET https://www.duckdns.org/update"));
        refused.outcome = QStringLiteral("needs-user");
        HistoryEvent missing = makeEvent(0, 0, HistoryEvent::Kind::Error, QStringLiteral("no IPv4 address"));
        missing.outcome = QStringLiteral("no-address");
        for (HistoryEvent *event : {&sent, &refused, &missing})
            event->hostId = id;
        pane.setHost(id, QStringLiteral("me.duckdns.org"), {refused, sent, missing});
        auto *view = pane.findChild<QTableView *>(QStringLiteral("timeline"));
        QVERIFY(view);
        QStringList outcomes;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            outcomes << view->model()->index(row, HistoryModel::OutcomeColumn).data().toString();
        QCOMPARE(outcomes, (QStringList {QStringLiteral("Needs you"), QString(), QStringLiteral("No address")}));

        auto *detail = pane.findChild<QLabel *>(QStringLiteral("timelineEventDetail"));
        QVERIFY(detail);
        QVERIFY(!detail->isHidden());
        QVERIFY2(detail->text().contains(QStringLiteral("Needs you")), qPrintable(detail->text()));
        QVERIFY(detail->text().contains(QStringLiteral("Enter the token shown on duckdns.org.")));
        QVERIFY(detail->text().contains(QStringLiteral("<br/>request: GET")));

        view->setCurrentIndex(view->model()->index(1, 0));
        QVERIFY2(detail->text().contains(QStringLiteral("update sent to DuckDNS")), qPrintable(detail->text()));
        QVERIFY(!detail->text().contains(QStringLiteral("Enter the token")));

        pane.setHost({}, {}, {});
        QVERIFY(detail->isHidden());
    }

    // The "DNS checks" filter shows the verification rows, each in words.
    void dnsChecksShowInWords()
    {
        HostDetailPane pane;
        const QUuid id = QUuid::createUuid();
        HistoryEvent sent = makeEvent(1, 1, HistoryEvent::Kind::Sent, QStringLiteral("update sent"));
        HistoryEvent propagating = makeEvent(2, 2, HistoryEvent::Kind::Verified, QStringLiteral("1 of 2 servers"));
        propagating.outcome = QStringLiteral("propagating");
        HistoryEvent verified = makeEvent(3, 3, HistoryEvent::Kind::Verified, QStringLiteral("2 of 2 servers"));
        verified.outcome = QStringLiteral("verified");
        HistoryEvent lame = makeEvent(4, 4, HistoryEvent::Kind::Mismatch, QStringLiteral("REFUSED"));
        lame.outcome = QStringLiteral("unverifiable");
        for (HistoryEvent *event : {&sent, &propagating, &verified, &lame})
            event->hostId = id;
        pane.setHost(id, QStringLiteral("home.example.org"), {sent, propagating, verified, lame});
        auto *filter = pane.findChild<QComboBox *>(QStringLiteral("timelineKindFilter"));
        QVERIFY(filter);
        filter->setCurrentIndex(filter->findText(QStringLiteral("DNS checks")));
        auto *view = pane.findChild<QTableView *>(QStringLiteral("timeline"));
        QVERIFY(view);
        QStringList rows;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            rows << view->model()->index(row, HistoryModel::KindColumn).data().toString() + QLatin1Char('/')
                    + view->model()->index(row, HistoryModel::OutcomeColumn).data().toString();
        rows.sort();
        QCOMPARE(rows,
                 (QStringList {QStringLiteral("DNS check failed/Unverifiable"), QStringLiteral("DNS check/Propagating"),
                               QStringLiteral("DNS check/Verified")}));
    }

    // "Will retry" says when: the time of day, or the day too when it is another one.
    void retryRowsSayWhen()
    {
        HistoryModel model;
        HistoryEvent soon = makeEvent(1, 1, HistoryEvent::Kind::Error, QStringLiteral("HTTP 503"));
        soon.outcome = QStringLiteral("retry-later");
        soon.retryAt = soon.time.addSecs(300);
        HistoryEvent tomorrow = makeEvent(2, 2, HistoryEvent::Kind::Error, QStringLiteral("HTTP 503"));
        tomorrow.outcome = QStringLiteral("retry-later");
        tomorrow.retryAt = tomorrow.time.addDays(1);
        HistoryEvent old = makeEvent(3, 3, HistoryEvent::Kind::Error, QStringLiteral("stored before 3"));
        old.outcome = QStringLiteral("retry-later");
        model.setEvents({soon, tomorrow, old});
        const auto outcomeOf = [&model](qint64 id) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.events().at(row).id == id)
                    return model.index(row, HistoryModel::OutcomeColumn).data().toString();
            }
            return QString();
        };
        const QLocale locale;
        QCOMPARE(outcomeOf(1),
                 QStringLiteral("Retrying at ")
                     + locale.toString(soon.retryAt.toLocalTime().time(), QLocale::ShortFormat));
        QCOMPARE(outcomeOf(2),
                 QStringLiteral("Retrying on ")
                     + locale.toString(tomorrow.retryAt.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(outcomeOf(3), QStringLiteral("Will retry"));
    }

    void export_()
    {
        HistoryEvent event = makeEvent(7, 5, HistoryEvent::Kind::Result, QStringLiteral("said \"good\", fine"));
        event.newAddress = QStringLiteral("81.2.69.160");
        event.outcome = QStringLiteral("updated");
        event.durationMs = 42;
        HistoryEvent formula = makeEvent(8, 6, HistoryEvent::Kind::Error, QStringLiteral("=HYPERLINK(\"x\")"));
        const QByteArray csv = historyToCsv({event, formula}, QStringLiteral("home.example.org"));
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.at(0).startsWith("time,host,event,"));
        QCOMPARE(lines.at(1).trimmed(),
                 QByteArray("\"2026-11-23T01:05:00.000Z\",\"home.example.org\",\"result\",\"\",\"81.2.69.160\",\"\","
                            "\"updated\",\"said \"\"good\"\", fine\",\"42\""));
        QVERIFY2(lines.at(2).contains("\"'=HYPERLINK(\"\"x\"\")\""), "formulas are defused for spreadsheets");

        const QJsonObject json
            = QJsonDocument::fromJson(historyToJson({event}, QStringLiteral("home.example.org"))).object();
        QCOMPARE(json.value(QStringLiteral("host")).toString(), QStringLiteral("home.example.org"));
        const QJsonObject first = json.value(QStringLiteral("events")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("event")).toString(), QStringLiteral("result"));
        QCOMPARE(first.value(QStringLiteral("newAddress")).toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(first.value(QStringLiteral("durationMs")).toInt(), 42);
        QVERIFY(!first.contains(QStringLiteral("oldAddress")));
    }
};

QTEST_MAIN(TestDesktopModels)
#include "tst_desktopmodels.moc"
