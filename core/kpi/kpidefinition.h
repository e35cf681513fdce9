#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace huddle::kpi {

struct KpiSettings;

// What each fact (a contact, survey, QA evaluation or pulse) can count towards: the
// numerators and denominators of KPI-DEFINITIONS.md. A figure's drill-down lists the facts
// with its parts, so the figure and its list never disagree.
enum class Part {
    Volume,
    Proactive,
    AbandonDenominator, // offered − short abandons
    Abandoned,          // abandoned − short abandons
    SlDenominator,      // per sl_variant
    SlMet,
    TransferDenominator,
    Transferred,
    SlaDenominator,
    SlaMet,
    FcrDenominator, // handled inbound contacts of a known customer, window passed
    FcrResolved,
    FcrRepeat,
    FcrPending,
    FlagDenominator,
    FlagResolved,
    CsatAnswered,
    CsatTop,
    NpsAnswered,
    Promoter,
    Detractor,
    CesAnswered,
    LowEffort,
    SurveyResolvedAnswered,
    SurveyResolved,
    Count
};

// Measured values, averaged (or, for first response, ranked).
enum class Measure { HandleTime, Wait, FirstResponse, Sentiment, CsatScore, Effort, QaScore, Engagement, Count };

enum class Shape { Count, Proportion, Mean, Percentile, Nps, Churn, Retention, Unavailable, RepeatCost, FcrSavings, ChurnValue };
enum class Unit { Contacts, Fraction, Seconds, Score, NpsPoints, Money };
enum class Better { Higher, Lower, Neither };
enum class SampleKind { Contacts, Surveys };

struct KpiSpec
{
    const char *id;
    Shape shape;
    Part numerator = Part::Count;
    Part denominator = Part::Count;
    Measure measure = Measure::Count;
    double percentile = 0;
    Unit unit = Unit::Fraction;
    Better better = Better::Higher;
    SampleKind sample = SampleKind::Contacts;
    const char *source; // the import kind the figure reads
};

// Every KPI of `huddle-cli kpi`, in the order figures are listed.
const QList<KpiSpec> &kpiSpecs();
const KpiSpec *findKpi(const QString &id);

// The definition card of KPI-DEFINITIONS.md: what a figure means and what it was computed
// under. n and the interval come from the figure itself.
struct DefinitionCard
{
    QString id;
    QString name;
    QString formula;
    QString settingsInForce;
    QString direction;
    QString dataSource;
    QString unit;
};

// A figure's value for people, the same in the GUI, the CLI's tables and the report:
// localized, with its unit (rates in percent with one decimal, seconds whole, NPS signed).
QString formatValue(const KpiSpec &spec, double value, const QString &currency = {});
// A change of a figure in the KPI's own terms, signed: points for rates ("+2.0 pts"),
// seconds for times.
QString formatChange(const KpiSpec &spec, double delta);
// A spread (a standard deviation) in the KPI's own terms, unsigned: as formatChange(), but
// scores (QA, sentiment −1 … +1) with two decimals, or their spread would read 0.1.
QString formatSpread(const KpiSpec &spec, double spread);

class Definitions
{
    Q_DECLARE_TR_FUNCTIONS(Definitions)

public:
    static DefinitionCard card(const KpiSpec &spec, const KpiSettings &settings);
    static QString name(const KpiSpec &spec);
};

} // namespace huddle::kpi
