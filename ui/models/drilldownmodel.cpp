#include "drilldownmodel.h"

#include <QLocale>

namespace huddle::ui {

namespace {

// Comments longer than this are likely cut off in the column: the tooltip shows them whole.
constexpr qsizetype kLongComment = 40;

} // namespace

DrillDownModel::DrillDownModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DrillDownModel::setRows(QList<store::FactRow> rows, const QTimeZone &zone)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_zone = zone;
    endResetModel();
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::FactRow &row = m_rows[index.row()];
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole: return text(row, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case SortRole:
        if (column == When)
            return row.at.isValid() ? QVariant(row.at) : QVariant();
        return text(row, column);
    default: return {};
    }
}

QString DrillDownModel::text(const store::FactRow &row, Column column) const
{
    switch (column) {
    case When: return row.at.isValid() ? QLocale().toString(row.at.toTimeZone(m_zone), QLocale::ShortFormat) : QString();
    // A pulse has no contact: its id (agent and date) stands in.
    case Contact: return row.contactId.isEmpty() ? row.id : row.contactId;
    case Agent: return row.agentId;
    case Channel: return row.channel;
    case Queue: return row.queue;
    case Source: return row.source;
    case Survey: {
        if (!row.survey)
            return {};
        const QLocale locale;
        QStringList scores;
        if (row.survey->csat)
            scores << tr("CSAT %1/%2").arg(locale.toString(*row.survey->csat), locale.toString(row.survey->csatScale));
        if (row.survey->nps)
            scores << tr("NPS %1").arg(locale.toString(*row.survey->nps));
        if (row.survey->ces)
            scores << tr("CES %1/%2").arg(locale.toString(*row.survey->ces), locale.toString(row.survey->cesScale));
        return scores.join(QStringLiteral(" · "));
    }
    case Comment: return row.survey ? row.survey->comment : QString();
    case ColumnCount: break;
    }
    return {};
}

QString DrillDownModel::toolTip(const store::FactRow &row, Column column) const
{
    if (column == Contact && row.table == u"qa_evaluations")
        return tr("QA evaluation %1").arg(row.id);
    if (column == Comment && row.survey && row.survey->comment.size() > kLongComment)
        return QStringLiteral("<p>%1</p>").arg(row.survey->comment.toHtmlEscaped()); // rich text wraps
    return {};
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When: return tr("When");
    case Contact: return tr("Contact");
    case Agent: return tr("Agent");
    case Channel: return tr("Channel");
    case Queue: return tr("Queue");
    case Source: return tr("Source");
    case Survey: return tr("Survey");
    case Comment: return tr("Comment");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
