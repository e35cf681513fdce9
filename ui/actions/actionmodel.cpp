#include "actionmodel.h"

#include <kpi/kpidefinition.h>

#include <QLocale>

namespace huddle::ui {

ActionModel::ActionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActionModel::setRows(QList<ActionRow> rows, const QString &currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    std::sort(m_rows.begin(), m_rows.end(), [](const ActionRow &a, const ActionRow &b) { return a.action.id > b.action.id; });
    m_currency = currency;
    endResetModel();
}

const ActionRow *ActionModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionModel::verdictText(actions::Verdict verdict)
{
    switch (verdict) {
    case actions::Verdict::Improved: return tr("improved");
    case actions::Verdict::NoClearChange: return tr("no clear change");
    case actions::Verdict::Worse: return tr("worse");
    case actions::Verdict::Pending: return tr("pending");
    case actions::Verdict::NoData: return tr("no data");
    }
    return {};
}

QString ActionModel::statusText(actions::ActionStatus status)
{
    switch (status) {
    case actions::ActionStatus::Proposed: return tr("proposed");
    case actions::ActionStatus::InProgress: return tr("in progress");
    case actions::ActionStatus::Done: return tr("done");
    case actions::ActionStatus::Dropped: return tr("dropped");
    }
    return {};
}

QString ActionModel::effortText(actions::Effort effort)
{
    switch (effort) {
    case actions::Effort::Low: return tr("low");
    case actions::Effort::Medium: return tr("medium");
    case actions::Effort::High: return tr("high");
    }
    return {};
}

QString ActionModel::quadrantText(actions::MatrixEntry::Quadrant quadrant)
{
    switch (quadrant) {
    case actions::MatrixEntry::Quadrant::QuickWin: return tr("quick win");
    case actions::MatrixEntry::Quadrant::MajorProject: return tr("major project");
    case actions::MatrixEntry::Quadrant::FillIn: return tr("fill-in");
    case actions::MatrixEntry::Quadrant::Thankless: return tr("thankless");
    case actions::MatrixEntry::Quadrant::Unknown: break;
    }
    return tr("impact unknown");
}

QString ActionModel::display(const ActionRow &r, int column) const
{
    const actions::ImprovementAction &a = r.action;
    const QLocale locale;
    switch (Column(column)) {
    case Title: return a.title;
    case Targets: {
        const kpi::KpiSpec *spec = kpi::findKpi(a.kpi);
        return a.reason.isEmpty() ? (spec ? kpi::Definitions::name(*spec) : a.kpi) : a.reason;
    }
    case Team: return a.team.isEmpty() ? a.queue : a.team;
    case Start: return a.start ? locale.toString(*a.start, QLocale::ShortFormat) : QString();
    case Effort: return effortText(a.effort);
    case Status: return statusText(a.status);
    case Verdict: return r.effect ? verdictText(r.effect->verdict) : QString();
    case BeforeAfter: {
        if (!r.effect || !r.effect->before.figure.value || !r.effect->after.figure.value)
            return {};
        const kpi::KpiSpec &spec = *kpi::findKpi(r.effect->kpi);
        return kpi::formatValue(spec, *r.effect->before.figure.value) + QStringLiteral(" → ")
            + kpi::formatValue(spec, *r.effect->after.figure.value);
    }
    case Saved:
        return r.effect && r.effect->moneySaved ? locale.toString(*r.effect->moneySaved, 'f', 0) + u' ' + m_currency
                                                : QString();
    case Quadrant: return r.matrix ? quadrantText(r.matrix->quadrant) : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    const ActionRow *r = row(index.row());
    if (!r || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*r, index.column());
    case IdRole: return r->action.id;
    case VerdictRole: return r->effect ? actions::verdictName(r->effect->verdict) : QString();
    case Qt::TextAlignmentRole:
        return index.column() == Saved ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole: return r->action.description.isEmpty() ? QVariant() : QVariant(r->action.description);
    default: return {};
    }
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title: return tr("Action");
    case Targets: return tr("Targets");
    case Team: return tr("Team or queue");
    case Start: return tr("Start");
    case Effort: return tr("Effort");
    case Status: return tr("Status");
    case Verdict: return tr("Verdict");
    case BeforeAfter: return tr("Before → after");
    case Saved: return tr("Saved so far");
    case Quadrant: return tr("Impact and effort");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
