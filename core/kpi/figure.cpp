#include "figure.h"

#include <cmath>

namespace huddle::kpi {

namespace {

void setInterval(Figure &figure, const std::optional<Interval> &interval)
{
    if (interval) {
        figure.ciLow = interval->low;
        figure.ciHigh = interval->high;
    }
}

Figure proportion(qint64 numerator, qint64 denominator)
{
    Figure f;
    f.numerator = double(numerator);
    f.denominator = double(denominator);
    f.n = denominator;
    if (denominator > 0) {
        f.value = double(numerator) / double(denominator);
        setInterval(f, wilsonInterval(numerator, denominator));
    }
    return f;
}

Figure mean(const MeanTally &tally, const WeightedMean &summaries = {})
{
    Figure f;
    const double sum = tally.sum + summaries.sum;
    const double count = double(tally.n) + summaries.weight;
    f.numerator = sum;
    f.denominator = count;
    f.n = qint64(count);
    if (count > 0) {
        f.value = sum / count;
        if (summaries.weight == 0)
            setInterval(f, meanInterval(tally));
    }
    return f;
}

// The KPI's id as a shared QString: hundreds of thousands of figures, one allocation.
const QString &kpiName(const KpiSpec &spec)
{
    static const QHash<const KpiSpec *, QString> names = [] {
        QHash<const KpiSpec *, QString> all;
        for (const KpiSpec &s : kpiSpecs())
            all.insert(&s, QString::fromLatin1(s.id));
        return all;
    }();
    return names.find(&spec).value();
}

int minimumSample(const KpiSpec &spec, const KpiSettings &settings)
{
    return spec.sample == SampleKind::Surveys ? settings.minSampleSurveys : settings.minSampleContacts;
}

} // namespace

void CellTally::add(const Classified &fact)
{
    for (quint32 parts = fact.parts; parts != 0; parts &= parts - 1)
        ++counts[size_t(__builtin_ctz(parts))];
    for (size_t m = 0; m < size_t(Measure::Count); ++m) {
        if (store::known(fact.measures[m]))
            means[m].add(fact.measures[m]);
    }
    if (store::known(fact.measure(Measure::FirstResponse)))
        firstResponses.push_back(fact.measure(Measure::FirstResponse));
}

void CellTally::add(const store::SummaryFact &row)
{
    const auto count = [&](Part part, qint64 n) { counts[size_t(part)] += n; };
    count(Part::Volume, row.offered);
    count(Part::AbandonDenominator, row.offered);
    count(Part::Abandoned, row.abandoned);
    // The platform's service level, weighted by the answered calls it was computed over.
    if (store::known(row.serviceLevel))
        summaryServiceLevel.add(row.serviceLevel, double(row.answered));
    if (store::known(row.asaSeconds))
        summaryMeans[size_t(Measure::Wait)].add(row.asaSeconds, double(row.answered));
    if (store::known(row.talkSeconds))
        summaryMeans[size_t(Measure::HandleTime)].add(row.talkSeconds, double(row.answered));
}

Figure computeFigure(const KpiSpec &spec, CellTally &tally, const KpiSettings &settings)
{
    Figure f;
    switch (spec.shape) {
    case Shape::Count:
        f.numerator = double(tally.count(spec.numerator));
        f.n = tally.count(spec.numerator);
        f.value = double(f.n);
        break;
    case Shape::Proportion:
        f = proportion(tally.count(spec.numerator), tally.count(spec.denominator));
        if (spec.numerator == Part::SlMet && tally.summaryServiceLevel.weight > 0) {
            // Rolled up from summaries: the met share is known only as the platform's rate.
            const WeightedMean &summaries = tally.summaryServiceLevel;
            f = {};
            f.numerator = double(tally.count(Part::SlMet)) + summaries.sum;
            f.denominator = double(tally.count(Part::SlDenominator)) + summaries.weight;
            f.n = qint64(*f.denominator);
            f.value = *f.numerator / *f.denominator;
        }
        break;
    case Shape::Mean: f = mean(tally.mean(spec.measure), tally.summaryMeans[size_t(spec.measure)]); break;
    case Shape::Percentile: {
        f.n = qint64(tally.firstResponses.size());
        f.denominator = double(f.n);
        if (f.n > 0) {
            f.value = percentile(tally.firstResponses, spec.percentile);
            setInterval(f, percentileInterval(tally.firstResponses, spec.percentile));
        }
        break;
    }
    case Shape::Nps: {
        const qint64 promoters = tally.count(Part::Promoter);
        const qint64 detractors = tally.count(Part::Detractor);
        const qint64 answers = tally.count(Part::NpsAnswered);
        f.numerator = double(promoters - detractors);
        f.denominator = double(answers);
        f.n = answers;
        if (answers > 0) {
            f.value = 100.0 * double(promoters - detractors) / double(answers);
            setInterval(f, npsInterval(promoters, detractors, answers));
        }
        break;
    }
    case Shape::Churn:
    case Shape::Retention:
    case Shape::ChurnValue: {
        if (!tally.churn)
            break;
        const auto [active, lost] = *tally.churn;
        if (spec.shape == Shape::ChurnValue) {
            f.numerator = double(lost);
            f.n = active;
            if (active > 0)
                f.value = double(lost) * settings.customerValue;
            break;
        }
        f = proportion(spec.shape == Shape::Churn ? lost : active - lost, active);
        break;
    }
    case Shape::RepeatCost: {
        const qint64 repeats = tally.count(Part::FcrRepeat);
        f.numerator = double(repeats);
        f.n = tally.count(Part::FcrDenominator);
        if (f.n > 0)
            f.value = double(repeats) * settings.costPerContact;
        break;
    }
    case Shape::FcrSavings: {
        // Repeats avoided if the same contacts had been resolved at the target rate.
        const qint64 denominator = tally.count(Part::FcrDenominator);
        const qint64 resolved = tally.count(Part::FcrResolved);
        f.n = denominator;
        f.denominator = double(denominator);
        if (denominator > 0) {
            const double avoided = std::max(0.0, settings.fcrTarget * double(denominator) - double(resolved));
            f.numerator = avoided;
            f.value = avoided * settings.costPerContact;
        }
        break;
    }
    case Shape::Unavailable: break;
    }
    f.kpi = kpiName(spec);
    f.lowSample = f.n < minimumSample(spec, settings);
    return f;
}

Figure criterionFigure(const QString &criterion, const MeanTally &tally, const KpiSettings &settings)
{
    Figure f = mean(tally);
    f.kpi = QStringLiteral("qa_score.") + criterion;
    f.lowSample = f.n < settings.minSampleSurveys;
    return f;
}

} // namespace huddle::kpi
