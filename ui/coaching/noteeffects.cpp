#include "noteeffects.h"

#include <coaching/effectdata.h>
#include <kpi/kpiengine.h>
#include <store/store.h>

#include <QLocale>

namespace huddle::ui {

QList<coaching::CoachingEffect> NoteEffects::of(qint64 noteId) const
{
    QList<coaching::CoachingEffect> found;
    for (const coaching::CoachingEffect &e : effects) {
        if (e.noteId == noteId)
            found.append(e);
    }
    return found;
}

NoteEffects loadNoteEffects(const QString &storePath, const QList<coaching::CoachingNote> &notes)
{
    NoteEffects result;
    auto store = store::Store::open(storePath, &result.error);
    if (!store)
        return result;
    const QTimeZone zone = store->timeZone();
    kpi::KpiEngine engine(*store, kpi::KpiSettings::load(*store), zone);
    const auto data = coaching::loadEffectData(engine, notes, zone, &result.error);
    if (!data)
        return result;
    for (const coaching::CoachingNote &note : notes)
        result.effects += coaching::effectsOf(note, *data, zone);
    return result;
}

bool sameEffectInputs(const QList<coaching::CoachingNote> &a, const QList<coaching::CoachingNote> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const auto &x, const auto &y) {
        return x.id == y.id && x.agent == y.agent && x.week == y.week && x.kpis == y.kpis && x.createdAt == y.createdAt;
    });
}

QString EffectText::spanFigure(const kpi::KpiSpec &spec, const coaching::Span &span)
{
    const kpi::Figure &f = span.figure;
    if (!f.value)
        return tr("no data");
    QString text = kpi::formatValue(spec, *f.value);
    if (f.ciLow && f.ciHigh)
        text += QStringLiteral(" (%1 – %2)").arg(kpi::formatValue(spec, *f.ciLow), kpi::formatValue(spec, *f.ciHigh));
    return text + QStringLiteral(", n ") + QLocale().toString(f.n);
}

QString EffectText::describe(const coaching::CoachingEffect &e)
{
    const kpi::KpiSpec *spec = kpi::findKpi(e.kpi);
    if (!spec)
        return {};
    const auto change = [spec](const std::optional<trends::Change> &c) -> QString {
        if (!c)
            return tr("—");
        return (c->delta >= 0 ? QStringLiteral("+") : QString()) + kpi::formatValue(*spec, c->delta)
            + QStringLiteral(" (%1 … %2)").arg(kpi::formatValue(*spec, c->interval.low),
                                                 kpi::formatValue(*spec, c->interval.high));
    };
    QStringList lines;
    lines << tr("%1 around %2: %3").arg(kpi::Definitions::name(*spec), e.week, coaching::verdictText(e.verdict));
    lines << tr("Before, %1 – %2: %3")
                 .arg(e.before.firstWeek, e.before.lastWeek, spanFigure(*spec, e.before));
    lines << tr("After, %1 – %2: %3").arg(e.after.firstWeek, e.after.lastWeek, spanFigure(*spec, e.after));
    if (e.change)
        lines << tr("Change: %1").arg(change(e.change));
    if (!e.team.isEmpty())
        lines << tr("Team %1 over the same weeks: %2 → %3, change %4")
                     .arg(e.team, spanFigure(*spec, e.teamBefore), spanFigure(*spec, e.teamAfter), change(e.teamChange));
    lines << coaching::regressionCaveat(e.unusuallyBad);
    return lines.join(u'\n');
}

} // namespace huddle::ui
