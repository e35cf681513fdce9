// huddle-bench-kpi: the KPI engine's benchmark (issue: KPI engine, "Performance"). On a store
// made by bench/run-kpi-bench it measures, each the best of --repeat runs, in this process:
//  1. every KPI for every agent for one week;
//  2. the weekly series of every KPI for one team over 52 weeks;
//  3. every KPI by agent by week for the whole year.
// Each run reads the store afresh (nothing is kept in memory between runs), as a CLI call
// would: the figures come from the store's KPI snapshot. First it times making that
// snapshot, which the first question after an import pays.
#include <kpi/factcache.h>
#include <kpi/kpiengine.h>
#include <store/store.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace huddle;

namespace {

struct Result
{
    double bestMs = 1e300;
    qsizetype figures = 0;
};

Result measure(store::Store &store, const kpi::KpiQuery &query, int repeat, const QTimeZone &zone)
{
    Result result;
    for (int i = 0; i < repeat; ++i) {
        kpi::KpiEngine engine(store, kpi::KpiSettings::load(store), zone);
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto figures = engine.compute(query, &error);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!figures) {
            std::fprintf(stderr, "huddle-bench-kpi: %s\n", qPrintable(error));
            std::exit(1);
        }
        result.bestMs = std::min(result.bestMs, ms);
        result.figures = figures->size();
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the KPI engine on a generated store."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The store."), QStringLiteral("PATH")},
        {QStringLiteral("tz"), QStringLiteral("Time zone of the periods."), QStringLiteral("ZONE"),
         QStringLiteral("Europe/Amsterdam")},
        {QStringLiteral("week"), QStringLiteral("Monday of the week of test 1."), QStringLiteral("YYYY-MM-DD"),
         QStringLiteral("2026-11-16")},
        {QStringLiteral("team"), QStringLiteral("The team of test 2."), QStringLiteral("T"), QStringLiteral("T01")},
        {QStringLiteral("repeat"), QStringLiteral("Runs per test; the best counts."), QStringLiteral("N"),
         QStringLiteral("3")},
    });
    parser.process(app);
    QString error;
    auto store = store::Store::open(parser.value(QStringLiteral("db")), &error);
    if (!store) {
        std::fprintf(stderr, "huddle-bench-kpi: %s\n", qPrintable(error));
        return 1;
    }
    const QTimeZone zone(parser.value(QStringLiteral("tz")).toUtf8());
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    kpi::KpiQuery week;
    week.from = QDate::fromString(parser.value(QStringLiteral("week")), Qt::ISODate);
    week.to = week.from->addDays(6);
    week.period = kpi::PeriodKind::Week;
    week.by = kpi::GroupBy::Agent;

    kpi::KpiQuery team;
    team.period = kpi::PeriodKind::Week;
    team.team = parser.value(QStringLiteral("team"));

    kpi::KpiQuery year;
    year.period = kpi::PeriodKind::Week;
    year.by = kpi::GroupBy::Agent;

    // Forget the snapshot, as an import does, and time making it again.
    store->setSetting(QStringLiteral("kpi_snapshot"), QStringLiteral("forgotten"));
    QElapsedTimer timer;
    timer.start();
    if (!kpi::FactCache(*store).refresh(&error)) {
        std::fprintf(stderr, "huddle-bench-kpi: %s\n", qPrintable(error));
        return 1;
    }
    const double snapshotMs = double(timer.nsecsElapsed()) / 1e6;

    const Result a = measure(*store, week, repeat, zone);
    const Result b = measure(*store, team, repeat, zone);
    const Result c = measure(*store, year, repeat, zone);
    std::printf("making the KPI snapshot (once per import) %8.1f ms\n", snapshotMs);
    std::printf("every KPI, every agent, one week       %8.1f ms  (%lld figures)\n", a.bestMs,
                static_cast<long long>(a.figures));
    std::printf("every KPI, one team, 52 weekly values  %8.1f ms  (%lld figures)\n", b.bestMs,
                static_cast<long long>(b.figures));
    std::printf("every KPI by agent by week, the year   %8.1f ms  (%lld figures)\n", c.bestMs,
                static_cast<long long>(c.figures));
    return 0;
}
