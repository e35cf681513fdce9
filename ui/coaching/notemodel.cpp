#include "notemodel.h"

#include <conflicts/conflict.h>
#include <kpi/kpidefinition.h>

#include <QLocale>

namespace huddle::ui {

NoteModel::NoteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NoteModel::setNotes(QList<coaching::CoachingNote> notes, const QTimeZone &zone)
{
    beginResetModel();
    m_notes = std::move(notes);
    m_zone = zone;
    endResetModel();
}

int NoteModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_notes.size(); ++i) {
        if (m_notes[i].id == id)
            return int(i);
    }
    return -1;
}

int NoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NoteModel::topicOf(const coaching::CoachingNote &note)
{
    QStringList names;
    for (const QString &id : note.kpis) {
        const kpi::KpiSpec *spec = kpi::findKpi(id);
        names.append(spec ? kpi::Definitions::name(*spec) : id);
    }
    if (names.isEmpty() && !note.conflict.isEmpty())
        return conflictTitle(note.conflict);
    return names.join(QStringLiteral(", "));
}

QString NoteModel::conflictTitle(const QString &rule)
{
    using conflicts::Rule;
    for (Rule r : {Rule::Rushing, Rule::TransferGaming, Rule::CallbackChurn, Rule::Capacity,
                   Rule::HiddenDissatisfaction, Rule::QualityGap}) {
        if (conflicts::ruleName(r) == rule)
            return conflicts::ruleTitle(r);
    }
    return rule;
}

QString NoteModel::statusText(coaching::NoteStatus status)
{
    switch (status) {
    case coaching::NoteStatus::Open: return tr("open");
    case coaching::NoteStatus::Done: return tr("done");
    case coaching::NoteStatus::Cancelled: return tr("cancelled");
    }
    return {};
}

QVariant NoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_notes.size())
        return {};
    const coaching::CoachingNote &n = m_notes[index.row()];
    const auto written = [&] { return n.createdAt.toTimeZone(m_zone).date(); };
    const QLocale locale;
    switch (role) {
    case NoteIdRole: return n.id;
    case WrittenDateRole: return written();
    case SortRole:
        switch (Column(index.column())) {
        case Written: return n.createdAt;
        case FollowUp: return n.followUp ? QVariant(*n.followUp) : QVariant();
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == Observed || index.column() == Agreed)
            return data(index, Qt::DisplayRole);
        if (index.column() == Written)
            return tr("Written by %1 on %2").arg(n.author, locale.toString(n.createdAt.toTimeZone(m_zone)));
        if (index.column() == Topic && !n.conflict.isEmpty())
            return tr("Written from the conflict \"%1\"").arg(conflictTitle(n.conflict));
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (Column(index.column())) {
    case Written: return locale.toString(written(), QLocale::ShortFormat);
    case Agent: return n.agent;
    case Week: return n.anchorWeek(m_zone);
    case Topic: return topicOf(n);
    case Observed: return n.observed.simplified();
    case Agreed: return n.agreed.simplified();
    case FollowUp: return n.followUp ? locale.toString(*n.followUp, QLocale::ShortFormat) : QString();
    case Status: return n.isDeleted() ? tr("deleted") : statusText(n.status);
    case Shared: return n.shared ? n.acknowledgedAt.isValid() ? tr("shared, acknowledged") : tr("shared") : tr("private");
    case ColumnCount: break;
    }
    return {};
}

QVariant NoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Written: return tr("Written");
    case Agent: return tr("Agent");
    case Week: return tr("Week");
    case Topic: return tr("Topic");
    case Observed: return tr("Observed");
    case Agreed: return tr("Agreed");
    case FollowUp: return tr("Follow-up");
    case Status: return tr("Status");
    case Shared: return tr("Shared");
    case ColumnCount: break;
    }
    return {};
}

} // namespace huddle::ui
