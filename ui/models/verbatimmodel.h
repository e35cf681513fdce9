#pragma once

#include <voice/verbatims.h>

#include <QAbstractTableModel>

namespace huddle::ui {

// Survey comments as a table: week, agent, reason, the ratings, the comment's sentiment and
// the comment itself — as voice::listen() gives them, already without customers' identifiers
// (no column for a customer exists). Sort through a QSortFilterProxyModel on SortRole.
class VerbatimModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Week, Agent, Reason, Csat, Nps, Sentiment, Comment, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: numbers sort as numbers, no rating last
        NegativeRole,                // bool: voice::Verbatim::negative
    };

    explicit VerbatimModel(QObject *parent = nullptr);

    void setComments(QList<voice::Verbatim> comments);
    const QList<voice::Verbatim> &comments() const { return m_comments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<voice::Verbatim> m_comments;
};

} // namespace huddle::ui
