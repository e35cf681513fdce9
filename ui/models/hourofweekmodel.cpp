#include "hourofweekmodel.h"

#include "figuretooltip.h"

#include <kpi/period.h>

#include <QLocale>

namespace huddle::ui {

namespace {

constexpr int kDays = 7;
constexpr int kHours = 24;

} // namespace

HourOfWeekModel::HourOfWeekModel(const QString &kpi, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(kpi::findKpi(kpi))
{
    Q_ASSERT(m_spec);
}

void HourOfWeekModel::setFigures(const QList<kpi::Figure> &figures)
{
    beginResetModel();
    m_cells.fill(std::nullopt);
    for (const kpi::Figure &f : figures) {
        const auto hour = kpi::periodFromLabel(f.period);
        if (f.kpi == QLatin1StringView(m_spec->id) && hour && hour->first == kpi::PeriodKind::HourOfWeek)
            m_cells[size_t(hour->second)] = f;
    }
    endResetModel();
}

std::optional<kpi::Figure> HourOfWeekModel::figureAt(int weekdayRow, int hour) const
{
    if (weekdayRow < 0 || weekdayRow >= kDays || hour < 0 || hour >= kHours)
        return std::nullopt;
    return m_cells[size_t(weekdayRow * kHours + hour)];
}

int HourOfWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kDays;
}

int HourOfWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kHours;
}

QVariant HourOfWeekModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const std::optional<kpi::Figure> figure = figureAt(index.row(), index.column());
    const bool hasValue = figure && figure->value;
    switch (role) {
    case Qt::DisplayRole: return hasValue ? kpi::formatValue(*m_spec, *figure->value) : QString();
    case CompactTextRole:
        if (!hasValue)
            return {};
        // Whole percent: 24 columns of "82.3 %" would not fit beside each other.
        return m_spec->unit == kpi::Unit::Fraction ? QLocale().toString(qRound(*figure->value * 100))
                                                   : kpi::formatValue(*m_spec, *figure->value);
    case ValueRole: return hasValue ? QVariant(*figure->value) : QVariant();
    case LowSampleRole: return figure && figure->lowSample;
    case Qt::ToolTipRole: {
        if (!figure)
            return tr("%1 %2:00–%2:59: no contacts")
                .arg(QLocale().dayName(index.row() + 1))
                .arg(index.column(), 2, 10, QLatin1Char('0'));
        const QString value = hasValue ? kpi::formatValue(*m_spec, *figure->value) : tr("no data");
        return QString(tr("%1 %2:00–%2:59: %3")
                           .arg(QLocale().dayName(index.row() + 1))
                           .arg(index.column(), 2, 10, QLatin1Char('0'))
                           .arg(value)
                       + u'\n' + FigureToolTip::text(*m_spec, *figure));
    }
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    default: return {};
    }
}

QVariant HourOfWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return QLocale().dayName(section + 1, QLocale::ShortFormat); // Qt: 1 = Monday
    return QStringLiteral("%1").arg(section, 2, 10, QLatin1Char('0'));
}

} // namespace huddle::ui
