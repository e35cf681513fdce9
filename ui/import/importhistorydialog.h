#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace huddle::store {
class Store;
}

namespace huddle::ui {

class ImportHistoryModel;

// File › Import history: every import with what it added, and Undo for the selected one.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportHistoryDialog(store::Store &store, QWidget *parent = nullptr);

    ImportHistoryModel *model() const { return m_model; }
    // Undoes the import after asking; confirm = false skips the question (tests, scripts).
    bool undoImport(qint64 importId, bool confirm = true);

signals:
    void undone();

private:
    void refresh();
    void undoSelected();
    void updateButtons();

    store::Store &m_store;
    ImportHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace huddle::ui
