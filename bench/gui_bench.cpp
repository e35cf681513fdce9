// huddle-bench-gui: the dashboard's benchmark (issue: dashboard, "Performance"). In one
// process, with the real main window on a store made by bench/run-gui-bench:
//  1. start to first painted dashboard: from main() to the first paint after the
//     dashboard's figures arrived (QApplication, store, window, computation and paint);
//  2. filter changes: each channel, a few queues, and back to all, until the dashboard is
//     repainted with the new figures;
//  3. week changes with the previous/next buttons;
//  4. the GUI thread's longest stall during an import of --import FILE into a fresh
//     store shown in a second window, and the refresh after it: a timer-lag probe that
//     ticks every 5 ms and records how late each tick is.
// Prints the figures; copy them into BENCHMARKS.md with the machine and date.
#include <dashboard/dashboardwidget.h>
#include <import/importjob.h>
#include <mainwindow/mainwindow.h>
#include <store/store.h>

#include "guibenchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace huddle;
using namespace huddle::bench;

namespace {

QElapsedTimer g_sinceStart;

// Runs the event loop until the dashboard has new figures, then paints the window once
// more the way the event loop would (repaint() paints synchronously).
void waitForDashboard(ui::MainWindow &window, QSignalSpy &loaded)
{
    if (loaded.isEmpty() && !loaded.wait(600000))
        fail(QStringLiteral("the dashboard did not load"));
    loaded.clear();
    window.repaint();
    if (!window.dashboard()->data().error.isEmpty())
        fail(window.dashboard()->data().error);
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HuddleBench")); // not the user's settings
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the dashboard on a generated store."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The benchmark store."), QStringLiteral("PATH")},
        {QStringLiteral("import"), QStringLiteral("An interactions CSV to import for the stall probe."),
         QStringLiteral("FILE")},
    });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db")))
        fail(QStringLiteral("--db PATH is required"));

    // 1. Start to first painted dashboard.
    QString error;
    auto store = store::Store::open(parser.value(QStringLiteral("db")), &error);
    if (!store)
        fail(error);
    ui::MainWindow window(std::move(store));
    QSignalSpy loaded(window.dashboard(), &ui::DashboardWidget::loaded);
    window.resize(1600, 1000);
    window.show();
    waitForDashboard(window, loaded);
    std::printf("start to first painted dashboard (ms)          %8.0f\n", msSince(g_sinceStart));
    ui::DashboardWidget &dashboard = *window.dashboard();
    std::printf("  weeks shown %lld, agents %lld, conflicts %lld\n", qlonglong(dashboard.data().weeks.size()),
                qlonglong(dashboard.data().agents().teamOfAgent.size()), qlonglong(dashboard.data().conflicts.size()));

    // 2. Filter changes, each until repainted.
    QList<ui::DashboardFilters> changes;
    for (const QString &channel : dashboard.data().channels)
        changes.append(ui::DashboardFilters{std::nullopt, std::nullopt, channel, QString()});
    for (const QString &queue : dashboard.data().queues.mid(0, 3))
        changes.append(ui::DashboardFilters{std::nullopt, std::nullopt, QString(), queue});
    changes.append(ui::DashboardFilters());
    double worstFilter = 0, sumFilter = 0;
    for (const ui::DashboardFilters &filters : changes) {
        QElapsedTimer timer;
        timer.start();
        dashboard.setFilters(filters);
        waitForDashboard(window, loaded);
        const double ms = msSince(timer);
        worstFilter = std::max(worstFilter, ms);
        sumFilter += ms;
        std::printf("  %-40s %6.0f ms\n",
                    qPrintable(filters.channel.isEmpty() && filters.queue.isEmpty() ? QStringLiteral("all")
                                   : filters.channel.isEmpty() ? QStringLiteral("queue ") + filters.queue
                                                               : QStringLiteral("channel ") + filters.channel),
                    ms);
    }
    std::printf("filter change, repainted: mean / worst of %lld (ms) %6.0f / %.0f\n", qlonglong(changes.size()),
                sumFilter / double(changes.size()), worstFilter);

    // 3. Week changes (the figures of every week are loaded: nothing is computed).
    double worstWeek = 0;
    for (int i = 0; i < 6; ++i) {
        const QStringList &weeks = dashboard.data().weeks;
        QElapsedTimer timer;
        timer.start();
        dashboard.selectWeek(weeks.value(std::max<qsizetype>(0, weeks.indexOf(dashboard.data().week) - 1)));
        waitForDashboard(window, loaded);
        worstWeek = std::max(worstWeek, msSince(timer));
    }
    std::printf("week change, repainted: worst of 6 (ms)          %8.0f\n", worstWeek);

    // 4. The GUI thread during an import and the refresh after it.
    if (parser.isSet(QStringLiteral("import"))) {
        QTemporaryDir folder;
        auto fresh = store::Store::open(folder.filePath(QStringLiteral("import.huddle")), &error);
        if (!fresh)
            fail(error);
        const QString path = fresh->path();
        ui::MainWindow importing(std::move(fresh));
        QSignalSpy importingLoaded(importing.dashboard(), &ui::DashboardWidget::loaded);
        importing.show();
        waitForDashboard(importing, importingLoaded);
        LagProbe probe;
        ui::ImportJob job;
        import::ImportRequest request;
        request.file = parser.value(QStringLiteral("import"));
        request.kind = import::Kind::Interactions;
        request.mapping = import::Mapping::canonical(import::Kind::Interactions);
        QSignalSpy finished(&job, &ui::ImportJob::finished);
        QElapsedTimer timer;
        timer.start();
        probe.start();
        job.start(path, request);
        if (!finished.wait(1800000))
            fail(QStringLiteral("the import did not finish"));
        importing.refresh(); // what the wizard's "imported" signal does
        waitForDashboard(importing, importingLoaded);
        probe.stop();
        if (!job.result() || job.result()->status == import::ImportStatus::Failed)
            fail(job.result() ? job.result()->message : QStringLiteral("no import result"));
        std::printf("import and refresh (s)                           %8.1f\n", msSince(timer) / 1000);
        std::printf("GUI thread: longest stall (ms)                   %8.0f\n", probe.worstMs());
        std::printf("GUI thread: stalls over 100 ms                   %8d\n", probe.over100());
    }
    return 0;
}
