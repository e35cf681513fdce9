#pragma once

#include <store/importrepository.h>

#include <QAbstractTableModel>

namespace huddle::ui {

// Past imports of a store, oldest first: what came in, when, and what it added.
class ImportHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, When, Kind, File, Added, Present, Rejected, Status, ColumnCount };
    enum Role { ImportIdRole = Qt::UserRole + 1, UndoneRole };

    explicit ImportHistoryModel(QObject *parent = nullptr);

    void setImports(QList<store::ImportInfo> imports);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::ImportInfo> m_imports;
};

} // namespace huddle::ui
