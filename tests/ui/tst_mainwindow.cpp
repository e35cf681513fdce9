// The main window on the demo store, under the offscreen platform: the dashboard's
// double-clicks reach the agent view and the drill-down, the insights tab follows the
// dashboard's filters, the review mode opens on the dashboard's week with the follow-ups due.
#include "screenshot.h"
#include "testsupport.h"

#include <agents/agentview.h>
#include <charts/kpichartview.h>
#include <coaching/notefilterproxy.h>
#include <dashboard/dashboardwidget.h>
#include <demo/demodata.h>
#include <drilldown/drilldowndialog.h>
#include <insights/hourofweekpanel.h>
#include <insights/insightswidget.h>
#include <models/hourofweekmodel.h>
#include <mainwindow/mainwindow.h>
#include <models/drilldownmodel.h>
#include <models/reasonparetomodel.h>
#include <review/reviewslide.h>
#include <review/reviewwindow.h>
#include <store/noterepository.h>

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace huddle;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agentViewDrillDownInsightsAndReview();

private:
    test::TempStore m_store;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTest"));
    QString error;
    QVERIFY2(demo::importFolder(m_store.store(), test::sourceDir() + QStringLiteral("/resources/demo"), {}, &error),
             qPrintable(error));
    // A follow-up due in W45 and one due later.
    store::NoteRepository notes(m_store.store(), QStringLiteral("tl"));
    for (const auto &[observed, due] : {std::pair{"Closes chats before the customer confirms", QDate(2026, 11, 6)},
                                        std::pair{"Later topic", QDate(2026, 12, 20)}}) {
        coaching::CoachingNote note;
        note.agent = QStringLiteral("AG101");
        note.observed = QString::fromUtf8(observed);
        note.kpis = {QStringLiteral("csat")};
        note.followUp = due;
        QVERIFY2(notes.add(note, &error), qPrintable(error));
    }
}

void TestMainWindow::agentViewDrillDownInsightsAndReview()
{
    auto store = store::Store::open(m_store.path(), nullptr);
    QVERIFY(store);
    ui::MainWindow window(std::move(store));
    window.resize(1400, 900);
    window.show();
    QSignalSpy loaded(window.dashboard(), &ui::DashboardWidget::loaded);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(window.dashboard()->data().week, QStringLiteral("2026-W47"));
    test::saveScreenshot(window, QStringLiteral("main-window"));
    window.dashboard()->selectWeek(QStringLiteral("2026-W45"));
    window.dashboard()->focusOn(ui::Focus::agent(QStringLiteral("AG101")));
    test::saveScreenshot(window, QStringLiteral("dashboard-agent"));

    // Double-click on an agent: their view, against the team median, with reasons and notes.
    emit window.dashboard()->agentActivated(QStringLiteral("AG101"));
    auto *agent = window.findChild<ui::AgentView *>();
    QVERIFY(agent);
    QVERIFY(agent->title().startsWith(QStringLiteral("AG101 · Sanne de Vries")));
    QVERIFY(agent->chart("aht")->comparisonSeries());
    QVERIFY(agent->chart("aht")->conflictSeries()->count() > 0); // the rushing story
    QVERIFY(agent->conflictsModel()->rowCount() > 0);
    QCOMPARE(agent->notesModel()->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!agent->isLoading(), 60000);
    QVERIFY(agent->reasonsModel()->rowCount() > 1);
    test::saveScreenshot(window, QStringLiteral("agent-view"));
    emit window.dashboard()->agentActivated(QStringLiteral("AG101")); // shown again, not twice
    QCOMPARE(window.findChildren<ui::AgentView *>().size(), 1);

    // Double-click on the agent's AHT of W46: the contacts behind it, as many as its n.
    kpi::Figure aht;
    for (const kpi::Figure &f : window.dashboard()->data().agents().figures) {
        if (f.group == u"AG101" && f.kpi == u"aht" && f.period == u"2026-W46")
            aht = f;
    }
    QVERIFY(aht.n > 0);
    emit window.dashboard()->drillDownRequested({QStringLiteral("aht"), ui::Focus::agent(QStringLiteral("AG101")),
                                                 QStringLiteral("2026-W46")});
    auto *drill = window.findChild<ui::DrillDownDialog *>();
    QVERIFY(drill);
    QTRY_VERIFY_WITH_TIMEOUT(!drill->isLoading(), 60000);
    QCOMPARE(drill->model()->rowCount(), int(aht.n));
    test::saveScreenshot(*drill, QStringLiteral("drill-down"));

    // The insights tab reads the dashboard's span and filters when shown.
    window.findChild<QTabWidget *>()->setCurrentWidget(window.insights());
    QTRY_VERIFY_WITH_TIMEOUT(!window.insights()->isLoading() && window.insights()->reasonsModel()->rowCount() > 0,
                             60000);
    test::saveScreenshot(window, QStringLiteral("insights"));
    // A heat-map cell and a contact reason drill down too.
    ui::HourOfWeekPanel *hours = window.insights()->serviceLevelPanel();
    QModelIndex busiest;
    double most = 0;
    for (int row = 0; row < hours->model()->rowCount(); ++row) {
        for (int column = 0; column < hours->model()->columnCount(); ++column) {
            const auto f = hours->model()->figureAt(row, column);
            if (f && f->denominator && *f->denominator > most) {
                most = *f->denominator;
                busiest = hours->model()->index(row, column);
            }
        }
    }
    QVERIFY(busiest.isValid());
    emit hours->view()->doubleClicked(busiest);
    auto *hourDrill = window.findChildren<ui::DrillDownDialog *>().last();
    QVERIFY(hourDrill != drill);
    QTRY_VERIFY_WITH_TIMEOUT(!hourDrill->isLoading(), 60000);
    QCOMPARE(double(hourDrill->model()->rowCount()), most);

    // Review mode: on the dashboard's week, with the follow-up due by its Sunday.
    ui::ReviewWindow *review = window.openReview();
    QVERIFY(review);
    const QString last = review->slide(review->pageCount() - 1)->text();
    QVERIFY2(last.contains(QStringLiteral("Closes chats before the customer confirms")), qPrintable(last));
    QVERIFY(!last.contains(QStringLiteral("Later topic")));
    review->goToPage(0);
    review->resize(1920, 1080); // a projector's screen, whatever the test's display is
    test::saveScreenshot(*review, QStringLiteral("review-summary"));
    review->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
