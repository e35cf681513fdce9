// The dashboard on the demo store, under the offscreen platform: what its tiles, charts,
// agents table and conflicts panel show must be what core computes.
#include "testsupport.h"

#include <dashboard/dashboardwidget.h>
#include <dashboard/kpitile.h>
#include <demo/demodata.h>
#include <kpi/kpiengine.h>
#include <models/agentkpimodel.h>

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace huddle;

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheWeekAsCoreComputesIt();
    void weekChangeReloads();

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
    dashboard.load(m_store.path(), QStringLiteral("2026-W45"));
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
        QChartView *view = dashboard.chart(QLatin1String(kpi));
        QVERIFY(view && view->chart());
        const auto series = view->chart()->series();
        QVERIFY(!series.isEmpty());
        auto *values = qobject_cast<QLineSeries *>(series[1]);
        QVERIFY(values);
        QVERIFY(values->count() >= 11); // FCR's newest week is pending
    }
    QCOMPARE(dashboard.chart("csat")->chart()->series().size(), 3);

    // The agents table has every agent who worked that week: 33 less the three Tech Support
    // agents off in W44–W45 (the demo's under-staffing story); the conflicts panel the week's stories.
    QCOMPARE(dashboard.agentsModel()->rowCount(), 30);
    QStringList conflicts;
    for (int r = 0; r < dashboard.conflictsModel()->rowCount(); ++r)
        conflicts << dashboard.conflictsModel()->item(r)->text();
    const QString all = conflicts.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("rushing · AG101")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("capacity · Tech Support")), qPrintable(all));

    // Clicking a conflict selects its agent in the agents table.
    const int rushing = int(conflicts.indexOf(conflicts.filter(QStringLiteral("rushing · AG101")).first()));
    dashboard.selectConflict(rushing);
    QCOMPARE(dashboard.selectedAgent(), QStringLiteral("AG101"));

    if (const QString dir = qEnvironmentVariable("HUDDLE_SCREENSHOT_DIR"); !dir.isEmpty())
        dashboard.grab().save(dir + QStringLiteral("/dashboard.png"));
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
    dashboard.load(m_store.path(), QStringLiteral("2026-W40"));
    QVERIFY(loaded.wait(60000));
    QCOMPARE(dashboard.data().week, QStringLiteral("2026-W40"));
    QVERIFY(dashboard.data().conflicts.size() < 10);
    // Another week of the same store: the same conflicts as a fresh load finds for it.
    const QList<conflicts::Conflict> loadedW40 = dashboard.data().conflicts;
    dashboard.selectWeek(QStringLiteral("2026-W44"));
    QVERIFY(loaded.wait(60000));
    QCOMPARE(dashboard.data().week, QStringLiteral("2026-W44"));
    bool capacity = false;
    for (const auto &c : dashboard.data().conflicts)
        capacity = capacity || (c.rule == conflicts::Rule::Capacity && c.group == u"Tech Support");
    QVERIFY(capacity);
    dashboard.selectWeek(QStringLiteral("2026-W40"));
    QVERIFY(loaded.wait(60000));
    QCOMPARE(dashboard.data().conflicts.size(), loadedW40.size());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
