#include "importhistorydialog.h"

#include "../models/importhistorymodel.h"

#include <store/importrepository.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

ImportHistoryDialog::ImportHistoryDialog(store::Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new ImportHistoryModel(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Import history"));
    resize(820, 420);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Imports"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo import…"), QDialogButtonBox::ActionRole);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    refresh();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    updateButtons();
}

void ImportHistoryDialog::refresh()
{
    m_model->setImports(store::ImportRepository(m_store).list());
    m_table->resizeColumnsToContents();
}

void ImportHistoryDialog::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_undo->setEnabled(!rows.isEmpty() && !rows.first().data(ImportHistoryModel::UndoneRole).toBool());
}

void ImportHistoryDialog::undoSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        undoImport(rows.first().data(ImportHistoryModel::ImportIdRole).toLongLong());
}

bool ImportHistoryDialog::undoImport(qint64 importId, bool confirm)
{
    if (confirm
        && QMessageBox::question(this, tr("Undo import"),
                                 tr("Remove every row that import %1 added? Rows that other imports also "
                                    "brought stay.")
                                     .arg(importId))
            != QMessageBox::Yes)
        return false;
    qint64 removed = 0;
    QString error;
    if (!store::ImportRepository(m_store).undo(importId, &removed, &error)) {
        QMessageBox::warning(this, tr("Undo import"), error);
        return false;
    }
    refresh();
    updateButtons();
    emit undone();
    return true;
}

} // namespace huddle::ui
