// The dashboard on the demo store, under the offscreen platform: what its tiles, charts,
// agents table and conflicts panel show must be what core computes.
#include "screenshot.h"
#include "cli.h"
#include "testsupport.h"

#include <dashboard/dashboardwidget.h>
#include <charts/kpichartview.h>
#include <dashboard/kpitile.h>
#include <import/importer.h>
#include <trends/headline.h>
#include <demo/demodata.h>
#include <kpi/kpiengine.h>
#include <models/agentkpimodel.h>

#include <QChart>
#include <QApplication>
#include <QChartView>
#include <QJsonObject>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>

using namespace huddle;

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheWeekAsCoreComputesIt();
    void weekChangeReloads();
    void agentFocusAgainstTeamMedian();
    void filtersRecomputeAndKeepTheirChoices();
    void reloadReadsWhatWasImported();
    void chartsFollowADarkPalette();

private:
    test::TempStore m_store;
};

void TestDashboard::initTestCase()
{
    QString error;
    QVERIFY2(demo::importFolder(m_store.store(), test::sourceDir() + QStringLiteral("/resources/demo"), {}, &error),
             qPrintable(error));
}

void TestDashboard::showsTheWeekAsCoreComputesIt()
{
    ui::DashboardWidget dashboard;
    dashboard.resize(1400, 900);
    dashboard.show();
    QSignalSpy loaded(&dashboard, &ui::DashboardWidget::loaded);
    dashboard.load(m_store.path(), {}, QStringLiteral("2026-W45"));
    QVERIFY(loaded.wait(60000));
    QCOMPARE(dashboard.data().week, QStringLiteral("2026-W45"));
    QCOMPARE(dashboard.data().weeks.size(), 12);

    // The AHT tile shows the operation's AHT of the week, as the engine gives it.
    kpi::KpiEngine engine(m_store.store(), kpi::KpiSettings::load(m_store.store()), m_store.store().timeZone());
    kpi::KpiQuery week;
    week.from = QDate(2026, 11, 2);
    week.to = QDate(2026, 11, 8);
    QString error;
    const auto figures = engine.compute(week, &error);
    QVERIFY2(figures, qPrintable(error));
    double aht = 0;
    for (const kpi::Figure &f : *figures) {
        if (f.kpi == u"aht")
            aht = *f.value;
    }
    QCOMPARE(dashboard.tile("aht")->valueText(), QLocale().toString(aht, 'f', 0) + QStringLiteral(" s"));

    // Three charts on one axis of 12 weeks; CSAT and FCR carry their target lines.
    for (const char *kpi : {"fcr", "aht", "csat"}) {
        ui::KpiChartView *view = dashboard.chart(QLatin1String(kpi));
        QVERIFY(view && view->focusSeries());
        QVERIFY(view->focusSeries()->count() >= 11); // FCR's newest week is pending
    }
    QVERIFY(dashboard.chart("csat")->data().target);
    QVERIFY(!dashboard.chart("aht")->data().target);

    // The agents table has every agent who worked that week: 33 less the three Tech Support
    // agents off in W44–W45 (the demo's under-staffing story); the conflicts panel the week's stories.
    QCOMPARE(dashboard.agentsModel()->rowCount(), 30);
    QStringList conflicts;
    for (int r = 0; r < dashboard.conflictsModel()->rowCount(); ++r)
        conflicts << dashboard.conflictsModel()->item(r)->text();
    const QString all = conflicts.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("Rushing · AG101 (agent)")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Capacity · Tech Support (team)")), qPrintable(all));

    // Clicking a conflict selects its agent in the agents table.
    const int rushing = int(conflicts.indexOf(conflicts.filter(QStringLiteral("Rushing · AG101 (agent)")).first()));
    dashboard.selectConflict(rushing);
    QCOMPARE(dashboard.selectedAgent(), QStringLiteral("AG101"));

    test::saveScreenshot(dashboard, QStringLiteral("dashboard"));
}

void TestDashboard::weekChangeReloads()
{
    ui::DashboardWidget dashboard;
    QSignalSpy loaded(&dashboard, &ui::DashboardWidget::loaded);
    dashboard.load(m_store.path());
    QVERIFY(loaded.wait(60000));
    QCOMPARE(dashboard.data().week, QStringLiteral("2026-W47")); // the newest by default
    // FCR of the newest week is pending: the tile shows the newest decided week instead.
    QVERIFY(!dashboard.tile("fcr")->valueText().startsWith(QStringLiteral("—")));
    dashboard.load(m_store.path(), {}, QStringLiteral("2026-W40"));
    QVERIFY(loaded.wait(60000));
    QCOMPARE(dashboard.data().week, QStringLiteral("2026-W40"));
    QVERIFY(dashboard.data().weekConflicts().size() < 10);
    // Another week of the same store: the same conflicts as a fresh load finds for it.
    const QList<conflicts::Conflict> loadedW40 = dashboard.data().weekConflicts();
    // Every week of the span is loaded: another week shows at once, nothing is computed.
    loaded.clear();
    dashboard.selectWeek(QStringLiteral("2026-W44"));
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!dashboard.isLoading());
    QCOMPARE(dashboard.data().week, QStringLiteral("2026-W44"));
    bool capacity = false;
    for (const auto &c : dashboard.data().weekConflicts())
        capacity = capacity || (c.rule == conflicts::Rule::Capacity && c.group == u"Tech Support");
    QVERIFY(capacity);
    dashboard.selectWeek(QStringLiteral("2026-W40"));
    QCOMPARE(dashboard.data().weekConflicts().size(), loadedW40.size());
}

namespace {

// The median of the values, as a team leader would work it out.
double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

void TestDashboard::agentFocusAgainstTeamMedian()
{
    ui::DashboardWidget dashboard;
    QSignalSpy loaded(&dashboard, &ui::DashboardWidget::loaded);
    dashboard.load(m_store.path(), {}, QStringLiteral("2026-W45"));
    QVERIFY(loaded.wait(60000));

    // The tree: the operation, its three teams, every agent under their team.
    QStandardItemModel *tree = dashboard.navigationModel();
    QCOMPARE(tree->rowCount(), 1);
    QStandardItem *operation = tree->item(0);
    QCOMPARE(operation->rowCount(), 3);
    int agents = 0;
    for (int t = 0; t < operation->rowCount(); ++t)
        agents += operation->child(t)->rowCount();
    QCOMPARE(agents, 33);
    QCOMPARE(operation->child(0)->child(0)->text(), QStringLiteral("AG101 · Sanne de Vries"));

    dashboard.focusOn(ui::Focus::agent(QStringLiteral("AG101")));
    QCOMPARE(dashboard.selectedAgent(), QStringLiteral("AG101"));
    // The AHT tile and chart show the agent's own weekly figure ...
    const ui::DashboardData &data = dashboard.data();
    double agentAht = -1;
    QList<double> billingAht;
    for (const kpi::Figure &f : data.agents().figures) {
        if (f.kpi != u"aht" || f.period != u"2026-W45" || !f.value)
            continue;
        if (f.group == u"AG101")
            agentAht = *f.value;
        if (data.agents().teamOfAgent.value(f.group) == u"Billing")
            billingAht.append(*f.value);
    }
    QVERIFY(agentAht > 0);
    QCOMPARE(billingAht.size(), 11);
    QCOMPARE(dashboard.tile("aht")->valueText(), QLocale().toString(agentAht, 'f', 0) + QStringLiteral(" s"));
    ui::KpiChartView *aht = dashboard.chart("aht");
    const int w45 = int(data.weeks.indexOf(QStringLiteral("2026-W45")));
    bool found = false;
    for (const QPointF &p : aht->focusSeries()->points())
        found = found || (int(p.x()) == w45 && std::abs(p.y() - agentAht) < 1e-9);
    QVERIFY(found);
    // ... against the median of the Billing agents that week,
    QVERIFY(aht->comparisonSeries());
    bool median = false;
    for (const QPointF &p : aht->comparisonSeries()->points())
        median = median || (int(p.x()) == w45 && std::abs(p.y() - medianOf(billingAht)) < 0.01);
    QVERIFY2(median, "the team median of W45");
    // ... and the rushing story of W44-W47 marked on AHT and CSAT, not on FCR.
    QVERIFY(aht->conflictSeries()->count() >= 2);
    bool w45Marked = false;
    for (const QPointF &p : aht->conflictSeries()->points())
        w45Marked = w45Marked || int(p.x()) == w45;
    QVERIFY(w45Marked);
    for (const auto &mark : dashboard.chart("fcr")->data().conflicts)
        QVERIFY2(!mark.text.startsWith(QStringLiteral("Rushing")) || mark.text.contains(QStringLiteral("first contact")),
                 qPrintable(mark.text));

    // A team: its figures against the median of the teams; the table lists its agents only.
    dashboard.focusOn(ui::Focus::team(QStringLiteral("Tech Support")));
    QCOMPARE(dashboard.chart("fcr")->data().comparisonName, QStringLiteral("Median of teams"));
    const int rows = dashboard.agentsView()->rowCount();
    QVERIFY(rows > 0 && rows < 15);
    for (int r = 0; r < rows; ++r)
        QCOMPARE(dashboard.agentsView()->index(r, 1).data().toString(), QStringLiteral("Tech Support"));

    // Clicking a conflict of another week selects its week and its agent.
    dashboard.selectWeek(QStringLiteral("2026-W46"));
    int rushing = -1;
    for (int r = 0; r < dashboard.conflictsModel()->rowCount(); ++r) {
        if (dashboard.conflictsModel()->item(r)->text().startsWith(QStringLiteral("Rushing · AG101 (agent)")))
            rushing = r;
    }
    QVERIFY(rushing >= 0);
    dashboard.selectConflict(rushing);
    QCOMPARE(dashboard.focused(), ui::Focus::agent(QStringLiteral("AG101")));
    QCOMPARE(dashboard.data().week, QStringLiteral("2026-W46"));
}

void TestDashboard::filtersRecomputeAndKeepTheirChoices()
{
    ui::DashboardWidget dashboard;
    QSignalSpy loaded(&dashboard, &ui::DashboardWidget::loaded);
    dashboard.load(m_store.path());
    QVERIFY(loaded.wait(60000));
    const QStringList channels = dashboard.data().channels;
    QCOMPARE(channels, QStringList({"chat", "email", "voice"}));
    QVERIFY(dashboard.data().queues.size() >= 3);

    // Chat only, from October: the tiles show what the engine computes for that question.
    ui::DashboardFilters chat;
    chat.channel = QStringLiteral("chat");
    chat.from = QDate(2026, 10, 5);
    dashboard.setFilters(chat);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(dashboard.data().filters, chat);
    QCOMPARE(dashboard.data().channels, channels); // the other channels stay offered
    QCOMPARE(dashboard.data().weeks.first(), QStringLiteral("2026-W41"));
    QCOMPARE(dashboard.data().week, QStringLiteral("2026-W47"));

    kpi::KpiEngine engine(m_store.store(), kpi::KpiSettings::load(m_store.store()), m_store.store().timeZone());
    kpi::KpiQuery week;
    week.from = QDate(2026, 11, 16);
    week.to = QDate(2026, 11, 22);
    week.channel = QStringLiteral("chat");
    QString error;
    const auto figures = engine.compute(week, &error);
    QVERIFY2(figures, qPrintable(error));
    for (const kpi::Figure &f : *figures) {
        if (f.kpi == u"csat")
            QCOMPARE(dashboard.tile("csat")->valueText(), kpi::formatValue(*kpi::findKpi("csat"), *f.value));
    }

    // The CSAT chart's points are the weekly figures huddle-cli gives for the same filters.
    m_store.close();
    const QJsonArray weekly = test::cliJson({"--db", m_store.path(), "kpi", "--from", "2026-10-05", "--to",
                                             dashboard.data().to.toString(Qt::ISODate), "--period", "week", "--channel",
                                             "chat", "--kpi", "csat", "--format", "json"});
    QCOMPARE(weekly.size(), dashboard.data().weeks.size());
    const QList<QPointF> points = dashboard.chart("csat")->focusSeries()->points();
    QCOMPARE(points.size(), weekly.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonObject figure = weekly[i].toObject();
        QCOMPARE(dashboard.data().weeks[int(points[i].x())], figure["period"].toString());
        QVERIFY(std::abs(points[i].y() - figure["value"].toDouble() * 100) < 1e-9);
    }

    // Requests made while one runs: the newest wins.
    dashboard.setFilters({});
    ui::DashboardFilters voice;
    voice.channel = QStringLiteral("voice");
    dashboard.setFilters(voice);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isLoading() && dashboard.data().filters == voice, 60000);
}

// Filter changes compute from the facts the dashboard keeps; after an import, reload()
// must read the store again.
void TestDashboard::reloadReadsWhatWasImported()
{
    test::TempStore t;
    QString error;
    QVERIFY2(demo::importFolder(t.store(), test::sourceDir() + QStringLiteral("/resources/demo"), {}, &error),
             qPrintable(error));
    ui::DashboardWidget dashboard;
    QSignalSpy loaded(&dashboard, &ui::DashboardWidget::loaded);
    dashboard.load(t.path());
    QVERIFY(loaded.wait(60000));
    const auto volume = [&] {
        const auto series = trends::seriesOf(dashboard.data().operationWeekly, QStringLiteral("volume"));
        return series.last().period == u"2026-W47" ? *series.last().value : -1.0;
    };
    const double before = volume();
    QVERIFY(before > 0);

    const QString file = test::writeFile(t.dir(), QStringLiteral("late.csv"),
        "contact_id,started_at,channel,direction,queue,agent_id,team,wait_s,answered,talk_s\n"
        "LATE1,2026-11-18T10:00:00+01:00,voice,inbound,Billing,AG101,Billing,10,1,200\n"
        "LATE2,2026-11-18T10:05:00+01:00,voice,inbound,Billing,AG101,Billing,12,1,260\n");
    import::ImportRequest request;
    request.file = file;
    request.kind = import::Kind::Interactions;
    QCOMPARE(import::runImport(t.store(), request).rowsAdded, qint64(2));

    dashboard.setFilters({}); // the same question: answered from the facts in memory
    QVERIFY(loaded.wait(60000));
    QCOMPARE(volume(), before);
    dashboard.reload();
    QVERIFY(loaded.wait(60000));
    QCOMPARE(volume(), before + 2);
}

// Light and dark palettes follow the system: a dark palette gives dark charts too.
void TestDashboard::chartsFollowADarkPalette()
{
    ui::DashboardWidget dashboard;
    dashboard.resize(1400, 900);
    dashboard.show();
    QSignalSpy loaded(&dashboard, &ui::DashboardWidget::loaded);
    dashboard.load(m_store.path());
    QVERIFY(loaded.wait(60000));
    QCOMPARE(dashboard.chart("fcr")->chart()->theme(), QChart::ChartThemeLight);

    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QTRY_COMPARE(dashboard.chart("fcr")->chart()->theme(), QChart::ChartThemeDark);
    test::saveScreenshot(dashboard, QStringLiteral("dashboard-dark"));
    QApplication::setPalette(light);
    QTRY_COMPARE(dashboard.chart("fcr")->chart()->theme(), QChart::ChartThemeLight);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
