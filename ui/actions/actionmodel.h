#pragma once

#include <actions/actiondata.h>

#include <QAbstractTableModel>

namespace huddle::ui {

// One improvement action as the Actions tab lists it: the action, its measured effect
// (none for an action without a start) and its place in the impact–effort matrix (open
// actions only).
struct ActionRow
{
    actions::ImprovementAction action;
    std::optional<actions::ActionEffect> effect;
    std::optional<actions::MatrixEntry> matrix;
};

// The improvement actions, newest first: what each targets, its status, and what it did
// (verdict, before → after, money saved), in the words of the quarterly report.
class ActionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Targets, Team, Start, Effort, Status, Verdict, BeforeAfter, Saved, Quadrant, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, VerdictRole }; // the action's id; the verdict's name

    explicit ActionModel(QObject *parent = nullptr);
    void setRows(QList<ActionRow> rows, const QString &currency);
    const ActionRow *row(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString verdictText(actions::Verdict verdict);
    static QString statusText(actions::ActionStatus status);
    static QString effortText(actions::Effort effort);
    static QString quadrantText(actions::MatrixEntry::Quadrant quadrant);

private:
    QString display(const ActionRow &row, int column) const;

    QList<ActionRow> m_rows;
    QString m_currency;
};

} // namespace huddle::ui
