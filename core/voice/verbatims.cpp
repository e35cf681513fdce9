#include "verbatims.h"

#include <common/localday.h>
#include <common/redact.h>
#include <kpi/period.h>
#include <kpi/sentiment.h>

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace huddle::voice {

namespace {

// Where a comment's rating sits on its scale, 0 (worst) … 1 (best); CSAT first, else NPS,
// else the middle.
double ratingPosition(const Verbatim &v)
{
    if (v.csat)
        return double(*v.csat - 1) / std::max(1, v.csatScale - 1);
    if (v.nps)
        return *v.nps / 10.0;
    return 0.5;
}

} // namespace

bool isNegative(std::optional<int> csat, int csatScale, double sentiment)
{
    const int lowBoxes = csatScale >= 10 ? 3 : 2;
    return sentiment < kNegativeSentiment || (csat && *csat >= 1 && *csat <= lowBoxes);
}

std::optional<Verbatim> verbatimOf(const store::FactRow &row, const QTimeZone &zone)
{
    if (!row.survey || row.survey->comment.trimmed().isEmpty())
        return std::nullopt;
    Verbatim v;
    if (row.at.isValid()) {
        v.at = row.at.toTimeZone(zone);
        const qint32 day = LocalDayConverter::fromDate(v.at.date());
        v.week = kpi::periodLabel(kpi::PeriodKind::Week, kpi::periodStart(kpi::PeriodKind::Week, day));
    }
    v.agent = row.agentId;
    v.channel = row.channel;
    v.reason = row.reason;
    v.csat = row.survey->csat;
    v.csatScale = row.survey->csatScale;
    v.nps = row.survey->nps;
    const QString text = row.survey->comment.simplified();
    v.sentiment = kpi::SentimentAnalyzer::instance().score(text);
    v.comment = redactIdentifiers(text);
    v.negative = isNegative(v.csat, v.csatScale, v.sentiment);
    return v;
}

QList<WeekHighlights> highlights(const QList<Verbatim> &comments, int each)
{
    QMap<QString, QList<Verbatim>> byWeek;
    for (const Verbatim &v : comments)
        byWeek[v.week].append(v);
    // The strongest words first, then the rating that agrees with them, then the earliest.
    const auto mostNegativeFirst = [](const Verbatim &a, const Verbatim &b) {
        if (a.sentiment != b.sentiment)
            return a.sentiment < b.sentiment;
        if (ratingPosition(a) != ratingPosition(b))
            return ratingPosition(a) < ratingPosition(b);
        return a.at < b.at;
    };
    const auto mostPositiveFirst = [](const Verbatim &a, const Verbatim &b) {
        if (a.sentiment != b.sentiment)
            return a.sentiment > b.sentiment;
        if (ratingPosition(a) != ratingPosition(b))
            return ratingPosition(a) > ratingPosition(b);
        return a.at < b.at;
    };
    QList<WeekHighlights> weeks;
    for (auto it = byWeek.cbegin(); it != byWeek.cend(); ++it) {
        WeekHighlights week;
        week.week = it.key();
        for (const Verbatim &v : it.value()) {
            if (v.negative)
                week.mostNegative.append(v);
            // Praise in words; a kind word beside a low rating is not praise.
            else if (v.sentiment > -kNegativeSentiment)
                week.mostPositive.append(v);
        }
        std::stable_sort(week.mostNegative.begin(), week.mostNegative.end(), mostNegativeFirst);
        std::stable_sort(week.mostPositive.begin(), week.mostPositive.end(), mostPositiveFirst);
        week.mostNegative.resize(std::min<qsizetype>(each, week.mostNegative.size()));
        week.mostPositive.resize(std::min<qsizetype>(each, week.mostPositive.size()));
        weeks.append(week);
    }
    return weeks;
}

std::optional<VoiceOfCustomer> listen(kpi::KpiEngine &engine, const VoiceQuery &query, QString *error)
{
    kpi::KpiQuery span;
    span.from = query.firstMonday.addDays(-7 * qint64(query.baselineWeeks));
    span.to = query.lastSunday;
    span.period = kpi::PeriodKind::All;
    span.team = query.team;
    span.agent = query.agent;
    span.queue = query.queue;
    span.channel = query.channel;
    QList<Verbatim> asked;
    QList<QStringList> askedWords;
    QList<QStringList> baselineWords;
    // Every survey with a rating: CSAT's answers, then NPS's (a survey with both once).
    QSet<QString> seen;
    for (const QString &kpi : {QStringLiteral("csat"), QStringLiteral("nps")}) {
        const auto rows = engine.drillDown(span, kpi, QStringLiteral("all"), QStringLiteral("all"),
                                           kpi::DrillPart::Denominator, error);
        if (!rows)
            return std::nullopt;
        for (const store::FactRow &row : *rows) {
            const QString key = row.source + u'\x1f' + row.id;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            auto v = verbatimOf(row, engine.zone());
            if (!v)
                continue;
            const bool inWeeksAsked = v->at.date() >= query.firstMonday;
            if (v->negative)
                (inWeeksAsked ? askedWords : baselineWords).append(commentWords(v->comment));
            if (inWeeksAsked)
                asked.append(std::move(*v));
        }
    }
    std::sort(asked.begin(), asked.end(), [](const Verbatim &a, const Verbatim &b) {
        return std::tie(a.week, a.agent, a.reason, a.at) < std::tie(b.week, b.agent, b.reason, b.at);
    });
    VoiceOfCustomer voice;
    voice.highlights = highlights(asked);
    voice.comments = std::move(asked);
    voice.negativeComments = askedWords.size();
    voice.baselineNegativeComments = baselineWords.size();
    voice.risingWords = risingWords(askedWords, baselineWords);
    return voice;
}

} // namespace huddle::voice
