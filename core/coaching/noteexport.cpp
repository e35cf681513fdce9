#include "noteexport.h"

#include <kpi/kpidefinition.h>

#include <QLocale>

namespace huddle::coaching {

namespace {

QString csvField(QString text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString instant(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

// A Markdown table cell: one line, no column breaks.
QString cell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

} // namespace

QString NoteExport::csv(const QList<CoachingNote> &notes)
{
    QStringList header = { QStringLiteral("id") };
    for (const auto &field : fieldTexts(CoachingNote {}))
        header.append(field.first);
    header << QStringLiteral("author") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    QString text = header.join(u',') + QStringLiteral("\r\n");
    for (const CoachingNote &note : notes) {
        QStringList row = { QString::number(note.id) };
        for (const auto &field : fieldTexts(note))
            row.append(csvField(field.second));
        row << csvField(note.author) << instant(note.createdAt) << instant(note.updatedAt);
        text += row.join(u',') + QStringLiteral("\r\n");
    }
    return text;
}

QString NoteExport::markdown(const CoachingNote &note, const QTimeZone &zone)
{
    const QLocale locale;
    const auto date = [&](const QDateTime &at) {
        return locale.toString(at.toTimeZone(zone).date(), QLocale::ShortFormat);
    };
    QStringList kpis;
    for (const QString &id : note.kpis) {
        const kpi::KpiSpec *spec = kpi::findKpi(id);
        kpis.append(spec ? kpi::Definitions::name(*spec) : id);
    }
    QString status;
    switch (note.status) {
    case NoteStatus::Open:
        status = tr("open");
        break;
    case NoteStatus::Done:
        status = tr("done");
        break;
    case NoteStatus::Cancelled:
        status = tr("cancelled");
        break;
    }
    QString sharing = note.shared ? tr("shared with the agent") : tr("private to the team leader");
    if (note.acknowledgedAt.isValid())
        sharing += QStringLiteral("; ") + tr("acknowledged on %1").arg(date(note.acknowledgedAt));

    QStringList rows;
    const auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows.append(QStringLiteral("| %1 | %2 |").arg(label, cell(value)));
    };
    row(tr("Agent"), note.agent);
    row(tr("Week"), note.week);
    row(tr("KPIs"), kpis.join(QStringLiteral(", ")));
    row(tr("Conflict"), note.conflict);
    if (note.createdAt.isValid())
        row(tr("Written"),
            note.author.isEmpty() ? date(note.createdAt)
                                  : tr("%1 by %2").arg(date(note.createdAt), note.author));
    row(tr("Follow-up"), note.followUp ? locale.toString(*note.followUp, QLocale::ShortFormat) : QString());
    row(tr("Status"), status);
    row(tr("Visibility"), sharing);

    QString text = QStringLiteral("# ") + tr("Coaching note %1: %2").arg(note.id).arg(note.agent)
        + QStringLiteral("\n\n");
    text += QStringLiteral("| | |\n|---|---|\n") + rows.join(u'\n') + QStringLiteral("\n\n");
    text += QStringLiteral("## ") + tr("What was observed") + QStringLiteral("\n\n") + note.observed.trimmed()
        + QStringLiteral("\n\n");
    if (!note.agreed.trimmed().isEmpty())
        text += QStringLiteral("## ") + tr("What was agreed") + QStringLiteral("\n\n") + note.agreed.trimmed()
            + QStringLiteral("\n\n");
    if (note.shared && !note.acknowledgedAt.isValid())
        text += tr("Read and discussed (agent): ______________________   Date: __________") + u'\n';
    return text;
}

} // namespace huddle::coaching
