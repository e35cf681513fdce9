#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace huddle::store {
class Store;
}

namespace huddle::ui {

class InteractionsModel;
class ImportWizard;

// The application window: what the store holds, File › Import… and the import history.
// (The dashboard replaces the central table in a later step.)
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<store::Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    store::Store &store() const { return *m_store; }
    InteractionsModel *interactionsModel() const { return m_interactions; }
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
};

} // namespace huddle::ui
