#include "notefromconflict.h"

#include <kpi/kpidefinition.h>

#include <QJsonObject>

namespace huddle::coaching {

namespace {

// "Handle time 245 s (previous week 300 s)" for one KPI of the evidence.
QString evidenceLine(const kpi::KpiSpec &spec, const QJsonObject &evidence)
{
    const QJsonValue value = evidence.value(QStringLiteral("value"));
    if (!value.isDouble())
        return {};
    QString line = kpi::Definitions::name(spec) + u' ' + kpi::formatValue(spec, value.toDouble());
    if (const QJsonValue previous = evidence.value(QStringLiteral("previous")); previous.isDouble())
        line += u' '
            + QCoreApplication::translate("NoteFromConflict", "(previous week %1)")
                  .arg(kpi::formatValue(spec, previous.toDouble()));
    else if (const QJsonValue median = evidence.value(QStringLiteral("team_median")); median.isDouble())
        line += u' '
            + QCoreApplication::translate("NoteFromConflict", "(team median %1)")
                  .arg(kpi::formatValue(spec, median.toDouble()));
    else if (const QJsonValue target = evidence.value(QStringLiteral("target")); target.isDouble())
        line += u' '
            + QCoreApplication::translate("NoteFromConflict", "(target %1)")
                  .arg(kpi::formatValue(spec, target.toDouble()));
    return line;
}

} // namespace

CoachingNote noteFromConflict(const conflicts::Conflict &conflict)
{
    CoachingNote note;
    if (conflict.groupKind == u"agent")
        note.agent = conflict.group;
    note.week = conflict.week;
    note.conflict = conflicts::ruleName(conflict.rule);
    QStringList figures;
    for (auto it = conflict.evidence.constBegin(); it != conflict.evidence.constEnd(); ++it) {
        const kpi::KpiSpec *spec = kpi::findKpi(it.key());
        if (!spec)
            continue; // e.g. the team transfer gaming compares with
        note.kpis.append(it.key());
        if (const QString line = evidenceLine(*spec, it.value().toObject()); !line.isEmpty())
            figures.append(line);
    }
    QStringList observed { conflict.explanation };
    if (!figures.isEmpty())
        observed.append(figures.join(QStringLiteral("; ")) + u'.');
    if (!conflict.coachingTopic.isEmpty())
        observed.append(QCoreApplication::translate("NoteFromConflict", "Coaching topic: %1.")
                            .arg(conflict.coachingTopic));
    note.observed = observed.join(u'\n');
    return note;
}

} // namespace huddle::coaching
