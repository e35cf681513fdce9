#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace huddle::store {
class Store;
}

namespace huddle::ui {

class DashboardWidget;
class InteractionsModel;
class ImportWizard;

// The application window: the dashboard, the contacts the store holds, File › Import… and
// the import history.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<store::Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    store::Store &store() const { return *m_store; }
    InteractionsModel *interactionsModel() const { return m_interactions; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    // Opens the import wizard, optionally on a file (drops, command line).
    ImportWizard *openImportWizard(const QString &file = {});
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void showImportHistory();
    void openStore();
    void setStore(std::unique_ptr<store::Store> store);

    std::unique_ptr<store::Store> m_store;
    InteractionsModel *m_interactions = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardWidget *m_dashboard = nullptr;
};

} // namespace huddle::ui
