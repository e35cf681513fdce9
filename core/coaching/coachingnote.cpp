#include "coachingnote.h"

#include <common/localday.h>
#include <kpi/kpidefinition.h>
#include <kpi/period.h>

#include <QCoreApplication>

#include <algorithm>

namespace huddle::coaching {

QString statusName(NoteStatus status)
{
    switch (status) {
    case NoteStatus::Open:
        return QStringLiteral("open");
    case NoteStatus::Done:
        return QStringLiteral("done");
    case NoteStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<NoteStatus> statusFromName(const QString &name)
{
    for (NoteStatus status : { NoteStatus::Open, NoteStatus::Done, NoteStatus::Cancelled }) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString CoachingNote::anchorWeek(const QTimeZone &zone) const
{
    if (!week.isEmpty() || !createdAt.isValid())
        return week;
    const qint32 day = LocalDayConverter::fromDate(createdAt.toTimeZone(zone).date());
    return kpi::periodLabel(kpi::PeriodKind::Week, kpi::periodStart(kpi::PeriodKind::Week, day));
}

QList<std::pair<QString, QString>> fieldTexts(const CoachingNote &note)
{
    const auto instant
        = [](const QDateTime &at) { return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString(); };
    return {
        { QStringLiteral("agent"), note.agent },
        { QStringLiteral("week"), note.week },
        { QStringLiteral("kpi"), note.kpis.join(u',') },
        { QStringLiteral("conflict"), note.conflict },
        { QStringLiteral("text"), note.observed },
        { QStringLiteral("agreed"), note.agreed },
        { QStringLiteral("follow_up"), note.followUp ? note.followUp->toString(Qt::ISODate) : QString() },
        { QStringLiteral("status"), statusName(note.status) },
        { QStringLiteral("shared"), note.shared ? QStringLiteral("true") : QStringLiteral("false") },
        { QStringLiteral("acknowledged_at"), instant(note.acknowledgedAt) },
        { QStringLiteral("deleted_at"), instant(note.deletedAt) },
    };
}

QString problemWith(const CoachingNote &note)
{
    if (note.agent.trimmed().isEmpty())
        return QCoreApplication::translate("CoachingNote", "a coaching note needs an agent");
    if (!note.week.isEmpty()) {
        const auto week = kpi::periodFromLabel(note.week);
        if (!week || week->first != kpi::PeriodKind::Week)
            return QCoreApplication::translate("CoachingNote", "\"%1\" is not an ISO week such as 2026-W45")
                .arg(note.week);
    }
    for (const QString &id : note.kpis) {
        if (!kpi::findKpi(id))
            return QCoreApplication::translate("CoachingNote", "unknown KPI \"%1\"").arg(id);
    }
    if (note.followUp && !note.followUp->isValid())
        return QCoreApplication::translate("CoachingNote", "the follow-up date is not a valid date");
    return {};
}

QList<CoachingNote> followUpsDue(const QList<CoachingNote> &notes, const QString &week)
{
    const auto period = kpi::periodFromLabel(week);
    if (!period || period->first != kpi::PeriodKind::Week)
        return {};
    const QDate lastDay = LocalDayConverter::toDate(kpi::periodEnd(kpi::PeriodKind::Week, period->second));
    QList<CoachingNote> due;
    for (const CoachingNote &note : notes) {
        if (note.status == NoteStatus::Open && !note.isDeleted() && note.followUp && *note.followUp <= lastDay)
            due.append(note);
    }
    std::stable_sort(due.begin(), due.end(), [](const auto &a, const auto &b) { return *a.followUp < *b.followUp; });
    return due;
}

} // namespace huddle::coaching
