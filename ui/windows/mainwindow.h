#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace Homing {

class HostTableModel;

// The main window: the host table, or an empty state that offers to add the first host.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(HostTableModel *model, QWidget *parent = nullptr);

    QTableView *hostTable() const { return m_table; }
    void setStatusText(const QString &text);

signals:
    void addHostRequested();
    void updateNowRequested();
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refreshEmptyState();

    HostTableModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace Homing
