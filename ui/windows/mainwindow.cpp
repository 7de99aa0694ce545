#include "mainwindow.h"

#include "models/hosttablemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Homing {

MainWindow::MainWindow(HostTableModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Homing"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/homing.svg")));
    resize(860, 420);

    auto *addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add host…"), this);
    addAction->setObjectName(QStringLiteral("actionAddHost"));
    addAction->setShortcut(QKeySequence::New);
    connect(addAction, &QAction::triggered, this, &MainWindow::addHostRequested);
    auto *updateAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Update now"), this);
    updateAction->setObjectName(QStringLiteral("actionUpdateNow"));
    updateAction->setShortcut(QKeySequence::Refresh);
    connect(updateAction, &QAction::triggered, this, &MainWindow::updateNowRequested);
    auto *closeAction = new QAction(tr("&Close window"), this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    QMenu *hostMenu = menuBar()->addMenu(tr("&Hosts"));
    hostMenu->addAction(addAction);
    hostMenu->addAction(updateAction);
    hostMenu->addSeparator();
    hostMenu->addAction(closeAction);

    QToolBar *toolbar = addToolBar(tr("Hosts"));
    toolbar->setObjectName(QStringLiteral("hostToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(addAction);
    toolbar->addAction(updateAction);

    m_stack = new QStackedWidget(this);

    auto *empty = new QWidget(m_stack);
    empty->setObjectName(QStringLiteral("emptyState"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto *emptyTitle = new QLabel(tr("<h2>No hosts yet</h2>"), empty);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyText = new QLabel(tr("Add the host name you want to keep pointing at this machine.\n"
                                    "Homing will update it whenever your public address changes."),
                                 empty);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyButton = new QPushButton(tr("Add your first host…"), empty);
    emptyButton->setObjectName(QStringLiteral("addFirstHost"));
    connect(emptyButton, &QPushButton::clicked, this, &MainWindow::addHostRequested);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);

    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("hostTable"));
    m_table->setAccessibleName(tr("Hosts"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HostTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(HostTableModel::NameColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_stack->addWidget(m_table);
    setCentralWidget(m_stack);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::refreshEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::refreshEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::refreshEmptyState);
    refreshEmptyState();
}

void MainWindow::setStatusText(const QString &text)
{
    m_status->setText(text);
}

void MainWindow::refreshEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    if (m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window keeps Homing running in the tray; Quit is in the tray menu.
    hide();
    event->ignore();
}

} // namespace Homing
