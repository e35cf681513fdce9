#pragma once

#include <kpi/figure.h>
#include <kpi/kpiengine.h>
#include <kpi/kpisettings.h>
#include <trends/trend.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace huddle::conflicts {

// The conflict rules of KPI-DEFINITIONS.md: two KPIs telling different stories about the
// same agent, team or queue in the same week.
enum class Rule { Rushing, TransferGaming, CallbackChurn, Capacity, HiddenDissatisfaction, QualityGap };
QString ruleName(Rule rule);
// The KPIs the rules read.
const QSet<QString> &ruleKpis();
// The rule's name for people ("Transfer gaming"), in the user's language.
QString ruleTitle(Rule rule);

struct Conflict
{
    Rule rule = Rule::Rushing;
    QString groupKind; // agent, team or queue
    QString group;
    QString week;      // 2026-W45
    QString severity;  // high (both moves week over week) or medium (by trend)
    QJsonObject evidence;
    QString explanation;
    QString coachingTopic;
};

// Evaluates every rule for every group of one kind in the given weeks. `weekly` holds the
// groups' weekly figures (period week) from at least trend_weeks before the first week;
// `teamOfAgent` places agents in their team for the transfer-gaming rule.
class ConflictFinder
{
    Q_DECLARE_TR_FUNCTIONS(ConflictFinder)

public:
    ConflictFinder(const QList<kpi::Figure> &weekly, const kpi::KpiSettings &settings);

    QList<Conflict> find(const QString &groupKind, const QStringList &weeks,
                         const QHash<QString, QString> &teamOfAgent = {}) const;

private:
    enum class Move { Up, Down };
    // What a KPI did in a week. The evidence is written out only for the conflicts found:
    // most movements looked at are not part of one.
    struct Movement
    {
        bool found = false;
        bool weekOverWeek = false;
        const kpi::Figure *current = nullptr;
        const kpi::Figure *previous = nullptr;
        std::optional<trends::Change> change;
        std::optional<trends::Trend> trend;
        QJsonObject level; // a level instead of a movement (the evidence as it is)

        QJsonObject evidence() const;
    };
    // The KPIs the rules read (ruleKpis()), as indexes into a group's series.
    enum class Kpi { Aht, Csat, Fcr, Volume, ServiceLevel, AbandonmentRate, Nps, Sentiment, QaScore, TransferRate, Count };
    // A group's weekly figures of each KPI the rules read, in week order: their weeks and
    // numbers (no group or KPI names).
    using Series = std::array<QList<kpi::Figure>, size_t(Kpi::Count)>;
    static std::optional<Kpi> ruleKpi(const QString &id);

    // strict: a 99 % test, for rules where this is the only movement (the other condition
    // is a level), so that they are not twice as easy to trip as the two-movement rules.
    Movement moved(const Series &series, Kpi kpi, const QString &week, Move move, bool strict = false) const;
    static const kpi::Figure *figure(const Series &series, Kpi kpi, const QString &week);
    // The index of the week among a group's weekly figures of one KPI (-1: none).
    static qsizetype weekIn(const QList<kpi::Figure> &series, const QString &week);
    QList<Conflict> transferGaming(const QString &week, const QHash<QString, QString> &teamOfAgent) const;

    const kpi::KpiSettings &m_settings;
    QHash<QString, Series> m_series; // by group
};

// The weekly figures of one grouping the rules are evaluated on.
struct GroupWeekly
{
    QString kind; // agent, team or queue
    kpi::GroupBy by = kpi::GroupBy::Agent;
    QList<kpi::Figure> figures;
    QHash<QString, QString> teamOfAgent; // agents only: for transfer gaming
};

// Weekly figures by agent, team and queue, with the dates, filters and KPIs of `base` (its
// period and grouping are set here), in one pass over the facts. A team filter leaves queues
// out: a team's contacts say little about whole queues. Given `operation`, the same pass
// also gives the whole operation's weekly figures of every KPI there.
std::optional<QList<GroupWeekly>> weeklyByGroup(kpi::KpiEngine &engine, const kpi::KpiQuery &base, QString *error,
                                                QList<kpi::Figure> *operation = nullptr);

// Every rule for every agent, team and queue in the given weeks.
QList<Conflict> findConflicts(const QList<GroupWeekly> &groups, const kpi::KpiSettings &settings,
                              const QStringList &weeks);

} // namespace huddle::conflicts
