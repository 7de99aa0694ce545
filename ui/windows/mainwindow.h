#pragma once

#include <QMainWindow>
#include <QUuid>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Homing {

class HostDetailPane;
class HostTableModel;

// The main window: the public addresses, the host table and the selected host's timeline; or,
// with no host yet, an empty state that offers to add the first host or import a configuration.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(HostTableModel *model, QWidget *parent = nullptr);

    QTableView *hostTable() const { return m_table; }
    HostDetailPane *detailPane() const { return m_detail; }
    QUuid selectedHostId() const;
    void selectHost(const QUuid &hostId);
    void setStatusText(const QString &text);
    void setAddressText(const QString &text);
    QAction *action(const QString &objectName) const;

signals:
    void addHostRequested();
    void editHostRequested(const QUuid &hostId);
    void removeHostRequested(const QUuid &hostId);
    void updateNowRequested(const QUuid &hostId); // null: all hosts
    void pauseToggleRequested(const QUuid &hostId);
    void importRequested();
    void settingsRequested();
    void quitRequested();
    void selectedHostChanged(const QUuid &hostId);
    void fixRequested(const QUuid &hostId); // the "needs you" bar's button

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createEmptyState();
    void refreshEmptyState();
    void refreshActions();

    HostTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QTableView *m_table;
    HostDetailPane *m_detail;
    QLabel *m_addresses;
    QLabel *m_status;
    QFrame *m_attention;
    QLabel *m_attentionText;
    QPushButton *m_attentionFix;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_update = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_import = nullptr;
    QAction *m_settings = nullptr;
};

} // namespace Homing
