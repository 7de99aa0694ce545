#include "mainwindow.h"

#include "attentionfix.h"
#include "hostdetailpane.h"
#include "models/hosttablemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Homing {

namespace {

QAction *makeAction(QObject *parent, const char *objectName, const QString &icon, const QString &text)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, parent);
    action->setObjectName(QLatin1String(objectName));
    return action;
}

} // namespace

MainWindow::MainWindow(HostTableModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Homing"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/homing.svg")));
    resize(980, 620);
    createActions();

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createEmptyState());

    auto *hostsPage = new QWidget(m_stack);
    auto *hostsLayout = new QVBoxLayout(hostsPage);
    m_addresses = new QLabel(hostsPage);
    m_addresses->setObjectName(QStringLiteral("publicAddresses"));
    m_addresses->setAccessibleName(tr("Public addresses"));
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_addresses->setWordWrap(true);
    hostsLayout->addWidget(m_addresses);

    // The selected host needs the user: what happened, and the way to the fix, above its timeline.
    m_attention = new QFrame(hostsPage);
    m_attention->setObjectName(QStringLiteral("attentionBar"));
    m_attention->setFrameShape(QFrame::StyledPanel);
    m_attention->setStyleSheet(
        QStringLiteral("#attentionBar { background: palette(alternate-base); border: 1px solid #d1242f; }"));
    auto *attentionLayout = new QHBoxLayout(m_attention);
    m_attentionText = new QLabel(m_attention);
    m_attentionText->setObjectName(QStringLiteral("attentionText"));
    m_attentionText->setWordWrap(true);
    m_attentionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attentionFix = new QPushButton(m_attention);
    m_attentionFix->setObjectName(QStringLiteral("attentionFix"));
    attentionLayout->addWidget(m_attentionText, 1);
    attentionLayout->addWidget(m_attentionFix);
    m_attention->setVisible(false);
    hostsLayout->addWidget(m_attention);
    connect(m_attentionFix, &QPushButton::clicked, this, [this] {
        if (!selectedHostId().isNull())
            emit fixRequested(selectedHostId());
    });

    auto *splitter = new QSplitter(Qt::Vertical, hostsPage);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("hostTable"));
    m_table->setAccessibleName(tr("Hosts"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HostTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HostTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    // Columns follow their contents (addresses, times) as records change; the last one takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_edit, m_update, m_pause, m_remove});
    m_detail = new HostDetailPane(splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    hostsLayout->addWidget(splitter, 1);
    m_stack->addWidget(hostsPage);
    setCentralWidget(m_stack);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_status, 1);

    connect(m_table, &QTableView::doubleClicked, m_edit, &QAction::trigger);
    connect(m_table, &QTableView::activated, m_edit, &QAction::trigger);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        refreshActions();
        emit selectedHostChanged(selectedHostId());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::refreshEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::refreshEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::refreshEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshActions);
    refreshEmptyState();
}

void MainWindow::createActions()
{
    m_add = makeAction(this, "actionAddHost", QStringLiteral("list-add"), tr("&Add host…"));
    m_add->setShortcut(QKeySequence::New);
    connect(m_add, &QAction::triggered, this, &MainWindow::addHostRequested);
    m_edit = makeAction(this, "actionEditHost", QStringLiteral("document-edit"), tr("&Edit host…"));
    m_edit->setShortcut(Qt::CTRL | Qt::Key_E);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (!selectedHostId().isNull())
            emit editHostRequested(selectedHostId());
    });
    m_remove = makeAction(this, "actionRemoveHost", QStringLiteral("list-remove"), tr("&Remove host…"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_remove, &QAction::triggered, this, [this] {
        if (!selectedHostId().isNull())
            emit removeHostRequested(selectedHostId());
    });
    m_update = makeAction(this, "actionUpdateNow", QStringLiteral("view-refresh"), tr("&Update now"));
    m_update->setShortcut(QKeySequence::Refresh);
    connect(m_update, &QAction::triggered, this, [this] { emit updateNowRequested(selectedHostId()); });
    m_pause = makeAction(this, "actionPauseHost", QStringLiteral("media-playback-pause"), tr("&Pause"));
    m_pause->setShortcut(Qt::CTRL | Qt::Key_P);
    connect(m_pause, &QAction::triggered, this, [this] {
        if (!selectedHostId().isNull())
            emit pauseToggleRequested(selectedHostId());
    });
    m_import = makeAction(this, "actionImport", QStringLiteral("document-import"), tr("&Import configuration…"));
    connect(m_import, &QAction::triggered, this, &MainWindow::importRequested);
    m_settings = makeAction(this, "actionSettings", QStringLiteral("configure"), tr("&Settings…"));
    m_settings->setShortcut(QKeySequence::Preferences);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    auto *closeAction = makeAction(this, "actionCloseWindow", QStringLiteral("window-close"), tr("&Close window"));
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    auto *quitAction = makeAction(this, "actionQuit", QStringLiteral("application-exit"), tr("&Quit Homing"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu *fileMenu = menuBar()->addMenu(tr("&Homing"));
    fileMenu->addAction(m_import);
    fileMenu->addAction(m_settings);
    fileMenu->addSeparator();
    fileMenu->addAction(closeAction);
    fileMenu->addAction(quitAction);
    QMenu *hostMenu = menuBar()->addMenu(tr("H&osts"));
    hostMenu->addActions({m_add, m_edit, m_remove});
    hostMenu->addSeparator();
    hostMenu->addActions({m_update, m_pause});

    QToolBar *toolbar = addToolBar(tr("Hosts"));
    toolbar->setObjectName(QStringLiteral("hostToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addActions({m_add, m_edit, m_remove});
    toolbar->addSeparator();
    toolbar->addActions({m_update, m_pause});
    toolbar->addSeparator();
    toolbar->addActions({m_import, m_settings});
}

QWidget *MainWindow::createEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    auto *title = new QLabel(tr("<h2>No hosts yet</h2>"), empty);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Add the host name you want to keep pointing at this machine.\n"
                               "Homing will update it whenever your public address changes."),
                            empty);
    text->setAlignment(Qt::AlignCenter);
    auto *addButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add your first host…"), empty);
    addButton->setObjectName(QStringLiteral("addFirstHost"));
    addButton->setDefault(true);
    connect(addButton, &QPushButton::clicked, this, &MainWindow::addHostRequested);
    auto *importButton = new QPushButton(tr("Import from ddclient, inadyn, ddns-updater or ddns-go…"), empty);
    importButton->setObjectName(QStringLiteral("importFirst"));
    connect(importButton, &QPushButton::clicked, this, &MainWindow::importRequested);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(addButton, 0, Qt::AlignCenter);
    layout->addWidget(importButton, 0, Qt::AlignCenter);
    layout->addStretch();
    return empty;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

QUuid MainWindow::selectedHostId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_proxy->mapToSource(rows.first()).data(HostTableModel::HostIdRole).toUuid();
}

void MainWindow::selectHost(const QUuid &hostId)
{
    const int row = m_model->rowOf(hostId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void MainWindow::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void MainWindow::setAddressText(const QString &text)
{
    m_addresses->setText(text);
}

void MainWindow::refreshEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 0 : 1);
    if (!empty) {
        if (!m_table->selectionModel()->hasSelection())
            selectHost(m_proxy->mapToSource(m_proxy->index(0, 0)).data(HostTableModel::HostIdRole).toUuid());
    }
    refreshActions();
}

void MainWindow::refreshActions()
{
    const QUuid id = selectedHostId();
    const bool selected = !id.isNull();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_pause->setEnabled(selected);
    m_update->setText(selected ? tr("&Update now") : tr("&Update all now"));
    const bool paused = selected && m_model->recordOf(id).paused;
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setIcon(
        QIcon::fromTheme(paused ? QStringLiteral("media-playback-start") : QStringLiteral("media-playback-pause")));

    const int row = selected ? m_model->rowOf(id) : -1;
    const Host *host = row >= 0 ? m_model->hostAt(row) : nullptr;
    const HostRecord record = m_model->recordOf(id);
    const std::optional<AttentionFix> fix = host ? attentionFix(*host, record) : std::nullopt;
    m_attention->setVisible(fix.has_value());
    if (fix) {
        m_attentionText->setText(tr("<b>%1 needs you.</b> %2")
                                     .arg(host->displayName().toHtmlEscaped(), record.attentionReason.toHtmlEscaped()));
        m_attentionFix->setText(fix->label);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window keeps Homing running in the tray; Quit is in the menu and the tray.
    hide();
    event->ignore();
}

} // namespace Homing
