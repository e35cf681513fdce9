#include "driversmodel.h"

#include <kpi/kpidefinition.h>

#include <QFont>
#include <QLocale>

namespace huddle::ui {

namespace {

QString kpiName(const QString &id)
{
    const kpi::KpiSpec *spec = kpi::findKpi(id);
    return spec ? kpi::Definitions::name(*spec) : id;
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

DriversModel::DriversModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DriversModel::setAnalyses(QList<drivers::DriverAnalysis> analyses)
{
    beginResetModel();
    m_analyses = std::move(analyses);
    m_rows.clear();
    for (qsizetype a = 0; a < m_analyses.size(); ++a) {
        for (qsizetype e = 0; e < m_analyses[a].effects.size(); ++e)
            m_rows.append({a, e});
    }
    endResetModel();
}

int DriversModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DriversModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DriversModel::effectText(const QString &outcome, double effect)
{
    const kpi::KpiSpec *spec = kpi::findKpi(outcome);
    return spec ? kpi::formatChange(*spec, effect) : QLocale().toString(effect, 'f', 2);
}

QString DriversModel::display(const drivers::DriverAnalysis &a, const drivers::DriverEffect &e, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case Outcome: return kpiName(a.outcome);
    case Driver: return kpiName(e.driver);
    case Spread: {
        const kpi::KpiSpec *spec = kpi::findKpi(e.driver);
        return e.spread && spec ? kpi::formatSpread(*spec, *e.spread) : QString();
    }
    case Effect: return e.coefficient ? effectText(a.outcome, *e.coefficient) : QString();
    case Interval:
        return e.interval ? tr("%1 … %2").arg(effectText(a.outcome, e.interval->low),
                                             effectText(a.outcome, e.interval->high))
                          : QString();
    case Correlation: return e.correlation ? locale.toString(*e.correlation, 'f', 2) : QString();
    case Verdict:
        return e.note.isEmpty() ? drivers::verdictText(e.verdict)
                                : tr("%1: %2").arg(drivers::verdictText(e.verdict), e.note);
    case AgentWeeks: return locale.toString(a.observations);
    case ColumnCount: break;
    }
    return {};
}

QVariant DriversModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto [analysis, effect] = m_rows[index.row()];
    const drivers::DriverAnalysis &a = m_analyses[analysis];
    const drivers::DriverEffect &e = a.effects[effect];
    switch (role) {
    case Qt::DisplayRole: return display(a, e, index.column());
    case OutcomeRole: return a.outcome;
    case DriverRole: return e.driver;
    case CoefficientRole: return optionalValue(e.coefficient);
    case IntervalLowRole: return e.interval ? QVariant(e.interval->low) : QVariant();
    case IntervalHighRole: return e.interval ? QVariant(e.interval->high) : QVariant();
    case VerdictRole: return drivers::verdictName(e.verdict);
    case Qt::TextAlignmentRole:
        switch (Column(index.column())) {
        case Spread:
        case Effect:
        case Interval:
        case Correlation:
        case AgentWeeks: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    case Qt::FontRole:
        if (e.verdict == drivers::Verdict::Strongest) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Spread)
            return tr("One standard deviation of the driver over the agent-weeks used");
        if (index.column() == Effect)
            return tr("How much more %1 goes with one standard deviation more of %2, the other drivers held equal")
                .arg(kpiName(a.outcome), kpiName(e.driver));
        if (index.column() == Correlation && e.correlationInterval)
            return tr("Correlation with %1 alone, 95 % interval %2 … %3")
                .arg(kpiName(a.outcome), QLocale().toString(e.correlationInterval->low, 'f', 2),
                     QLocale().toString(e.correlationInterval->high, 'f', 2));
        return {};
    default: return {};
    }
}

QVariant DriversModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Outcome: return tr("Outcome");
    case Driver: return tr("Driver");
    case Spread: return tr("1 SD of the driver");
    case Effect: return tr("With 1 SD more");
    case Interval: return tr("95 % interval");
    case Correlation: return tr("Correlation");
    case Verdict: return tr("Verdict");
    case AgentWeeks: return tr("Agent-weeks");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
