// huddle-cli's commands on what customers say and what moves their satisfaction: drivers and
// verbatims. Parsing and printing only; the methods live in core/drivers and core/voice.
#include "cliapp.h"
#include "tableprinter.h"

#include <common/localday.h>
#include <drivers/drivers.h>
#include <kpi/kpidefinition.h>
#include <kpi/kpiengine.h>
#include <kpi/period.h>
#include <store/interactionrepository.h>
#include <store/store.h>
#include <voice/verbatims.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace huddle::cli {

using namespace huddle::kpi;

namespace {

// Drivers look at a quarter of agent-weeks unless told otherwise.
constexpr int kDriverWeeks = 13;
// The table shows the words that rose most; JSON has them all.
constexpr qsizetype kRisingWordsShown = 15;

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString kpiName(const QString &id)
{
    const KpiSpec *spec = findKpi(id);
    return spec ? Definitions::name(*spec) : id;
}

// A change in the KPI's own terms, signed ("+2.3 pts"); a spread the same, unsigned.
QString change(const QString &kpi, double delta)
{
    const KpiSpec *spec = findKpi(kpi);
    return spec ? formatChange(*spec, delta) : QLocale().toString(delta, 'f', 2);
}

QString spreadText(const QString &kpi, double spread)
{
    const KpiSpec *spec = findKpi(kpi);
    return spec ? formatSpread(*spec, spread) : QLocale().toString(spread, 'f', 2);
}

QJsonObject verbatimJson(const voice::Verbatim &v)
{
    return QJsonObject{
        {QStringLiteral("at"), v.at.isValid() ? QJsonValue(v.at.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("week"), v.week},
        {QStringLiteral("agent"), v.agent},
        {QStringLiteral("channel"), v.channel},
        {QStringLiteral("reason"), v.reason},
        {QStringLiteral("csat"), jsonInt(v.csat)},
        {QStringLiteral("csat_scale"), v.csatScale},
        {QStringLiteral("nps"), jsonInt(v.nps)},
        {QStringLiteral("sentiment"), v.sentiment},
        {QStringLiteral("negative"), v.negative},
        {QStringLiteral("comment"), v.comment},
    };
}

} // namespace

bool CliApp::weeksOrNewest(KpiEngine &engine, store::Store &store, int newest, qint32 *first, qint32 *last)
{
    if (m_parser.isSet(QStringLiteral("week")) || m_parser.isSet(QStringLiteral("from"))
        || m_parser.isSet(QStringLiteral("to"))) {
        QStringList weeks;
        return weeksFromOptions(engine, &weeks, first, last);
    }
    // The newest contact names the newest week: cheaper than reading every figure to find it.
    const auto span = store::InteractionRepository(store).startedSpan();
    if (!span) {
        fail(ExitNotFound, tr("the store has no contacts yet"));
        return false;
    }
    LocalDayConverter days(engine.zone());
    *last = periodStart(PeriodKind::Week, days.dayOf(span->second));
    *first = *last - 7 * (newest - 1);
    return true;
}

int CliApp::runDrivers(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("drivers takes options only: [--from D --to D | --week W] [--team T]"));
    std::unique_ptr<store::Store> store;
    std::unique_ptr<KpiEngine> engine;
    if (const int code = openEngine(store, engine); code != ExitOk)
        return code;
    qint32 first = 0;
    qint32 last = 0;
    if (!weeksOrNewest(*engine, *store, kDriverWeeks, &first, &last))
        return m_exitCode;
    KpiQuery span;
    span.from = LocalDayConverter::toDate(first);
    span.to = LocalDayConverter::toDate(last + 6);
    span.team = m_parser.value(QStringLiteral("team"));
    QString error;
    const auto analyses = drivers::analyse(*engine, span, &error);
    if (!analyses)
        return fail(ExitStore, error);

    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonArray array;
        for (const drivers::DriverAnalysis &a : *analyses) {
            for (const drivers::DriverEffect &e : a.effects) {
                array.append(QJsonObject{
                    {QStringLiteral("outcome"), a.outcome},
                    {QStringLiteral("driver"), e.driver},
                    {QStringLiteral("coefficient"), jsonNumber(e.coefficient)},
                    {QStringLiteral("ci_low"), jsonNumber(e.interval ? std::optional(e.interval->low) : std::nullopt)},
                    {QStringLiteral("ci_high"), jsonNumber(e.interval ? std::optional(e.interval->high) : std::nullopt)},
                    {QStringLiteral("correlation"), jsonNumber(e.correlation)},
                    {QStringLiteral("correlation_ci_low"),
                     jsonNumber(e.correlationInterval ? std::optional(e.correlationInterval->low) : std::nullopt)},
                    {QStringLiteral("correlation_ci_high"),
                     jsonNumber(e.correlationInterval ? std::optional(e.correlationInterval->high) : std::nullopt)},
                    {QStringLiteral("driver_sd"), jsonNumber(e.spread)},
                    {QStringLiteral("n"), a.observations},
                    {QStringLiteral("rows_dropped"), a.rowsDropped},
                    {QStringLiteral("r_squared"), jsonNumber(a.rSquared)},
                    {QStringLiteral("small_sample"), a.smallSample},
                    {QStringLiteral("verdict"), drivers::verdictName(e.verdict)},
                    {QStringLiteral("note"), e.note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.note)},
                });
            }
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    const QLocale locale;
    m_out << tr("Agent-weeks %1 to %2%3")
                 .arg(periodLabel(PeriodKind::Week, first), periodLabel(PeriodKind::Week, last),
                      span.team.isEmpty() ? QString() : tr(", team %1").arg(span.team))
          << "\n\n";
    for (const drivers::DriverAnalysis &a : *analyses) {
        m_out << tr("%1: %2 agent-weeks").arg(kpiName(a.outcome)).arg(a.observations);
        if (a.rowsDropped > 0)
            m_out << tr(" (%1 more left out: a driver had no data)").arg(a.rowsDropped);
        if (a.rSquared)
            m_out << tr(", R² %1").arg(locale.toString(*a.rSquared, 'f', 2));
        m_out << '\n';
        TablePrinter table({tr("Driver"), tr("1 SD"), tr("With 1 SD more"), tr("95 % interval"), tr("Correlation"),
                            tr("95 % interval"), tr("Verdict")});
        for (const drivers::DriverEffect &e : a.effects) {
            const auto range = [](const QString &low, const QString &high) -> QString { return low + QStringLiteral(" … ") + high; };
            const auto correlationText = [&](double r) { return locale.toString(r, 'f', 2); };
            table.addRow({kpiName(e.driver), e.spread ? spreadText(e.driver, *e.spread) : QString(),
                          e.coefficient ? change(a.outcome, *e.coefficient) : QString(),
                          e.interval ? range(change(a.outcome, e.interval->low), change(a.outcome, e.interval->high))
                                     : QString(),
                          e.correlation ? correlationText(*e.correlation) : QString(),
                          e.correlationInterval ? range(correlationText(e.correlationInterval->low),
                                                        correlationText(e.correlationInterval->high))
                                                : QString(),
                          e.note.isEmpty() ? drivers::verdictText(e.verdict)
                                           : drivers::verdictText(e.verdict) + QStringLiteral(": ") + e.note});
        }
        table.print(m_out);
        if (a.smallSample)
            m_out << drivers::smallSampleWarning(a.observations) << '\n';
        m_out << '\n';
    }
    m_out << drivers::causationCaveat() << '\n';
    return ExitOk;
}

int CliApp::runVerbatims(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("verbatims takes options only: [--week W | --from D --to D] [--team T] [--agent A]"));
    std::unique_ptr<store::Store> store;
    std::unique_ptr<KpiEngine> engine;
    if (const int code = openEngine(store, engine); code != ExitOk)
        return code;
    qint32 first = 0;
    qint32 last = 0;
    if (!weeksOrNewest(*engine, *store, 1, &first, &last))
        return m_exitCode;
    voice::VoiceQuery query;
    query.firstMonday = LocalDayConverter::toDate(first);
    query.lastSunday = LocalDayConverter::toDate(last + 6);
    query.team = m_parser.value(QStringLiteral("team"));
    query.agent = m_parser.value(QStringLiteral("agent"));
    QString error;
    const auto voice = voice::listen(*engine, query, &error);
    if (!voice)
        return fail(ExitStore, error);
    const auto weekLabels = [](qint32 from, qint32 to) {
        QStringList labels;
        for (qint32 monday = from; monday <= to; monday += 7)
            labels.append(periodLabel(PeriodKind::Week, monday));
        return labels;
    };
    const QStringList weeks = weekLabels(first, last);
    const QStringList baseline = weekLabels(first - 7 * query.baselineWeeks, first - 7);

    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonArray comments;
        for (const voice::Verbatim &v : voice->comments)
            comments.append(verbatimJson(v));
        QJsonArray mostNegative;
        QJsonArray mostPositive;
        for (const voice::WeekHighlights &h : voice->highlights) {
            for (const voice::Verbatim &v : h.mostNegative)
                mostNegative.append(verbatimJson(v));
            for (const voice::Verbatim &v : h.mostPositive)
                mostPositive.append(verbatimJson(v));
        }
        QJsonArray rising;
        for (const voice::RisingWord &w : voice->risingWords) {
            rising.append(QJsonObject{{QStringLiteral("word"), w.word},
                                      {QStringLiteral("count"), w.count},
                                      {QStringLiteral("previous_count"), w.previousCount},
                                      {QStringLiteral("ratio"), w.ratio},
                                      {QStringLiteral("clear"), w.clear}});
        }
        m_out << QJsonDocument(QJsonObject{
                                   {QStringLiteral("weeks"), QJsonArray::fromStringList(weeks)},
                                   {QStringLiteral("baseline_weeks"), QJsonArray::fromStringList(baseline)},
                                   {QStringLiteral("comments"), comments},
                                   {QStringLiteral("most_negative"), mostNegative},
                                   {QStringLiteral("most_positive"), mostPositive},
                                   {QStringLiteral("negative_comments"), voice->negativeComments},
                                   {QStringLiteral("baseline_negative_comments"), voice->baselineNegativeComments},
                                   {QStringLiteral("rising_words"), rising},
                               })
                     .toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    const QLocale locale;
    const auto addComment = [&](TablePrinter &table, const voice::Verbatim &v) {
        table.addRow({v.week, v.at.toString(QStringLiteral("ddd HH:mm")), v.agent, v.channel, v.reason,
                      v.csat ? QStringLiteral("%1/%2").arg(*v.csat).arg(v.csatScale) : QString(),
                      v.nps ? QString::number(*v.nps) : QString(), locale.toString(v.sentiment, 'f', 2), v.comment});
    };
    const QStringList header = {tr("Week"), tr("When"), tr("Agent"), tr("Channel"), tr("Reason"), tr("CSAT"),
                                tr("NPS"), tr("Sentiment"), tr("Comment")};
    m_out << tr("Survey comments, %1: %2, %3 of them negative")
                 .arg(weeks.size() == 1 ? weeks.first() : weeks.first() + QStringLiteral(" … ") + weeks.last())
                 .arg(voice->comments.size())
                 .arg(voice->negativeComments)
          << '\n';
    TablePrinter all(header);
    for (const voice::Verbatim &v : voice->comments)
        addComment(all, v);
    all.print(m_out);
    for (const voice::WeekHighlights &h : voice->highlights) {
        for (const auto &[title, list] : {std::pair{tr("Most negative, %1"), &h.mostNegative},
                                          std::pair{tr("Most positive, %1"), &h.mostPositive}}) {
            m_out << '\n' << title.arg(h.week) << '\n';
            TablePrinter table(header);
            for (const voice::Verbatim &v : *list)
                addComment(table, v);
            table.print(m_out);
        }
    }
    m_out << '\n'
          << tr("Words rising in negative comments (%1 negative comments against %2 in %3 … %4):")
                 .arg(voice->negativeComments)
                 .arg(voice->baselineNegativeComments)
                 .arg(baseline.first(), baseline.last())
          << '\n';
    TablePrinter words({tr("Word"), tr("Comments"), tr("Before"), tr("Ratio"), tr("Clear rise")});
    for (const voice::RisingWord &w : voice->risingWords.first(std::min(kRisingWordsShown, voice->risingWords.size())))
        words.addRow({w.word, QString::number(w.count), QString::number(w.previousCount), locale.toString(w.ratio, 'f', 1),
                       w.clear ? tr("yes") : QString()});
    words.print(m_out);
    return ExitOk;
}

} // namespace huddle::cli
