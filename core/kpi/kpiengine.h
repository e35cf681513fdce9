#pragma once

#include "classify.h"
#include "figure.h"
#include "kpisettings.h"
#include "period.h"

#include <store/kpifactreader.h>

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <utility>
#include <vector>

namespace huddle::store {
class Store;
}

namespace huddle::kpi {

enum class GroupBy { All, Team, Agent, Queue, Channel, Reason };
std::optional<GroupBy> groupByFromName(const QString &name);

// Which figures: the dates (local, inclusive), the period and grouping, and filters.
struct KpiQuery
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    PeriodKind period = PeriodKind::All;
    GroupBy by = GroupBy::All;
    QString team;
    QString agent;
    QString queue;
    QString channel;
    std::optional<store::Direction> direction;
    // Which KPIs to give (ids of kpiSpecs()); empty: every one. Asking only for what is
    // shown saves computing the figures nobody reads (percentiles above all).
    QStringList kpis;
};

// One grouping of KpiEngine::computeGroupings(): how its figures are grouped and which KPIs
// they give (ids of kpiSpecs(); empty: every one).
struct Grouping
{
    GroupBy by = GroupBy::All;
    QStringList kpis;
};

enum class DrillPart { Numerator, Denominator, Failed };

// The parts of a KPI's figures that each list rows of their own, for a drill-down to offer:
// a proportion's numerator, denominator and failed rows (NPS: promoters, answers,
// detractors); a count's rows (its numerator); a mean's or percentile's measured rows (its
// denominator). Empty where no rows stand behind the figure (churn, occupancy).
QList<DrillPart> drillParts(const KpiSpec &spec);

// Computes every KPI of KPI-DEFINITIONS.md for a query: reads the facts once, classifies
// each under the settings, adds them up per group and period, and turns each tally into
// figures. The GUI, the CLI and the report all come here, so they show the same numbers.
// The facts of a span are kept for the next question about the same span: an engine is
// one look at the store, to be made again after an import.
class KpiEngine
{
    Q_DECLARE_TR_FUNCTIONS(KpiEngine)

public:
    KpiEngine(store::Store &store, KpiSettings settings, QTimeZone zone);

    // Figures ordered by period, group and the KPI order of kpiSpecs(); groups with no
    // data in a period are left out.
    std::optional<QList<Figure>> compute(const KpiQuery &query, QString *error);
    // The figures of several groupings of one question, a list per grouping in their order:
    // each is what compute() gives for the query with that grouping and those KPIs (the
    // query's own `by` and `kpis` are not read). One pass over the facts classifies each fact
    // once and adds it to its cell of every grouping, in the order compute() adds them, so
    // the figures are the same to the last bit.
    std::optional<QList<QList<Figure>>> computeGroupings(const KpiQuery &query, const QList<Grouping> &groupings,
                                                         QString *error);

    // The rows behind one figure (kpi, group label, period label as compute() gives them).
    // Without a grouping in the query, the group label's dimension is looked up.
    std::optional<QList<store::FactRow>> drillDown(const KpiQuery &query, const QString &kpi, const QString &group,
                                                   const QString &period, DrillPart part, QString *error);

    const KpiSettings &settings() const { return m_settings; }
    // The zone whose local days the periods are made of.
    const QTimeZone &zone() const { return m_zone; }
    // Each agent's team in the last computation's contacts: the team most of them were in (a
    // tie: the team first by name).
    QHash<QString, QString> agentTeams() const;

private:
    struct Periods;
    struct Tallies;
    using PeriodRange = std::pair<size_t, size_t>; // indexes of periods, end excluded
    bool load(const KpiQuery &query, QString *error);
    Periods layout(const KpiQuery &query) const;
    // Calls visit(table, index, period, dims, classified) for each fact of the periods in
    // range that the query's filters keep, in table and row order.
    template <typename Visit>
    void visitFacts(const KpiQuery &query, const Periods &periods, PeriodRange range, Visit &&visit) const;
    void addFacts(const KpiQuery &query, const Periods &periods, PeriodRange range, std::vector<Tallies> &tallies) const;
    void addSummaries(const KpiQuery &query, const Periods &periods, Tallies &tallies) const;
    void addChurn(const KpiQuery &query, const Periods &periods, Tallies &tallies) const;
    QList<Figure> figures(const Periods &periods, PeriodRange range, Tallies &tallies, const QStringList &kpis) const;

    store::Store &m_store;
    KpiSettings m_settings;
    QTimeZone m_zone;
    std::optional<store::KpiFacts> m_facts;
    store::FactRange m_factsRange; // the span m_facts holds
    std::optional<FactClassifier> m_classifier; // of m_facts
};

} // namespace huddle::kpi
