// The Actions tab (issue 9): the actions of a store with their measured effect, from core's
// figures; a new action from the dialog is stored and measured; the dialog refuses what core
// refuses; the impact–effort matrix places open actions in core's quadrants and a click on one
// selects it; a conflict of the dashboard opens the dialog pre-filled from it. Real widgets on
// a real store file.
#include "screenshot.h"
#include "testsupport.h"

#include <actions/actionmodel.h>
#include <actions/actionswidget.h>
#include <actions/actiondialog.h>
#include <actions/actionfromconflict.h>
#include <actions/impactmatrixview.h>
#include <dashboard/dashboardwidget.h>
#include <mainwindow/mainwindow.h>
#include <demo/demodata.h>
#include <insights/insightswidget.h>
#include <models/reasonparetomodel.h>
#include <store/actionrepository.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace huddle;

class TestActionsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsActionsWithTheirEffect();
    void dialogStoresOnlyWhatCoreAccepts();
    void actionFromAContactReason();
    void matrixPlacesAndSelects();
    void actionFromAConflict();

private:
    test::TempStore m_store;
};

void TestActionsGui::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QString error;
    QVERIFY2(demo::importFolder(m_store.store(), test::sourceDir() + QStringLiteral("/resources/demo"), {}, &error),
             qPrintable(error));
    store::ActionRepository repository(m_store.store(), QStringLiteral("lead"));
    actions::ImprovementAction reset;
    reset.title = QStringLiteral("Self-service password reset");
    reset.reason = QStringLiteral("password reset");
    reset.start = QDate(2026, 10, 19);
    reset.effort = actions::Effort::Low;
    reset.status = actions::ActionStatus::InProgress;
    QVERIFY(repository.add(reset, &error));
    actions::ImprovementAction huddles;
    huddles.title = QStringLiteral("FCR huddles");
    huddles.kpi = QStringLiteral("fcr");
    huddles.team = QStringLiteral("Billing");
    huddles.start = QDate(2026, 10, 26);
    QVERIFY(repository.add(huddles, &error));
}

void TestActionsGui::listsActionsWithTheirEffect()
{
    ui::ActionsWidget widget;
    QSignalSpy loaded(&widget, &ui::ActionsWidget::loaded);
    widget.setStore(&m_store.store());
    QVERIFY(loaded.wait(60000));
    widget.resize(1300, 500);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    ui::ActionModel *model = widget.model();
    QCOMPARE(model->rowCount(), 2);
    // Newest first; each verdict is core's for the same action.
    QCOMPARE(model->index(0, ui::ActionModel::Title).data().toString(), QStringLiteral("FCR huddles"));
    QCOMPARE(model->index(1, ui::ActionModel::Targets).data().toString(), QStringLiteral("password reset"));
    kpi::KpiEngine engine(m_store.store(), kpi::KpiSettings::load(m_store.store()), m_store.store().timeZone());
    QString error;
    for (int row = 0; row < 2; ++row) {
        const auto action = store::ActionRepository(m_store.store(), {}).get(model->index(row, 0).data(ui::ActionModel::IdRole).toLongLong());
        const auto effect = actions::measureAction(m_store.store(), engine, *action, &error);
        QVERIFY(effect);
        QCOMPARE(model->index(row, 0).data(ui::ActionModel::VerdictRole).toString(), actions::verdictName(effect->verdict));
        QCOMPARE(model->index(row, ui::ActionModel::Verdict).data().toString(), ui::ActionModel::verdictText(effect->verdict));
    }
    // The reason's action is open: it has a place in the matrix.
    QVERIFY(!model->index(1, ui::ActionModel::Quadrant).data().toString().isEmpty());
    auto *table = widget.findChild<QTableView *>();
    table->selectRow(1);
    const auto labels = widget.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](const QLabel *l) { return l->text().contains(QStringLiteral("Verdict: ")); }));
    test::saveScreenshot(widget, QStringLiteral("actions"));
}

void TestActionsGui::dialogStoresOnlyWhatCoreAccepts()
{
    ui::ActionDialog dialog({}, {QStringLiteral("password reset"), QStringLiteral("refund")});
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no title, no target
    dialog.titleEdit()->setText(QStringLiteral("Refund form online"));
    QVERIFY(!ok->isEnabled());
    dialog.reasonBox()->setCurrentText(QStringLiteral("refund"));
    QVERIFY(ok->isEnabled());
    // Choosing a KPI clears the reason: an action targets one of them.
    dialog.kpiBox()->setCurrentIndex(dialog.kpiBox()->findData(QStringLiteral("csat")));
    QCOMPARE(dialog.action().reason, QString());
    QCOMPARE(dialog.action().kpi, QStringLiteral("csat"));
    dialog.reasonBox()->setCurrentText(QStringLiteral("refund"));
    QCOMPARE(dialog.action().kpi, QString());
    dialog.startEdit()->setDate(QDate(2026, 11, 2));
    const actions::ImprovementAction action = dialog.action();
    QCOMPARE(action.title, QStringLiteral("Refund form online"));
    QCOMPARE(action.start, QDate(2026, 11, 2));
    QCOMPARE(action.origin, QStringLiteral("reason"));
    QVERIFY(actions::problemWith(action).isEmpty());

    // Through the widget: the dialog's OK stores it and the list is measured again.
    ui::ActionsWidget widget;
    QSignalSpy loaded(&widget, &ui::ActionsWidget::loaded);
    widget.setStore(&m_store.store());
    QVERIFY(loaded.wait(60000));
    QTimer::singleShot(0, this, [&] {
        auto *open = qobject_cast<ui::ActionDialog *>(QApplication::activeModalWidget());
        QVERIFY(open);
        open->titleEdit()->setText(QStringLiteral("Refund form online"));
        open->reasonBox()->setCurrentText(QStringLiteral("refund"));
        open->accept();
    });
    widget.newAction();
    QVERIFY(loaded.wait(60000));
    QCOMPARE(widget.model()->rowCount(), 3);
    QCOMPARE(store::ActionRepository(m_store.store(), {}).list().last().title, QStringLiteral("Refund form online"));
}

void TestActionsGui::actionFromAContactReason()
{
    ui::InsightsWidget insights;
    QSignalSpy loaded(&insights, &ui::InsightsWidget::loaded);
    insights.load(m_store.path(), {});
    QVERIFY(loaded.wait(60000));
    QPushButton *button = nullptr;
    for (QPushButton *b : insights.findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("for this rea")))
            button = b;
    }
    QVERIFY(button);
    QVERIFY(!button->isEnabled()); // nothing selected
    QTableView *table = nullptr;
    for (QTableView *t : insights.findChildren<QTableView *>()) {
        if (t->accessibleName() == u"Contact reasons")
            table = t;
    }
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount() > 0, true);
    table->selectRow(0);
    QVERIFY(button->isEnabled());
    QSignalSpy requested(&insights, &ui::InsightsWidget::actionRequested);
    button->click();
    QCOMPARE(requested.size(), 1);
    const QString reason = requested.first().at(0).toString();
    QCOMPARE(reason, table->model()->index(0, ui::ReasonParetoModel::Reason).data().toString());
    QCOMPARE(requested.first().at(1).toBool(),
             table->model()->index(0, ui::ReasonParetoModel::Reason).data(ui::ReasonParetoModel::StructuralRole).toBool());
}

void TestActionsGui::matrixPlacesAndSelects()
{
    // Two planted open actions beside the demo's password reset (about 500 contacts a month)
    // and refund form (about 800): 2,000 contacts a month for low effort, above the median of
    // the four (a quick win); 40 for high effort, below it (thankless).
    store::ActionRepository repository(m_store.store(), QStringLiteral("lead"));
    QString error;
    actions::ImprovementAction quick;
    quick.title = QStringLiteral("Planted quick win");
    quick.kpi = QStringLiteral("csat");
    quick.team = QStringLiteral("Billing");
    quick.expectedImpact = 2000;
    quick.effort = actions::Effort::Low;
    const auto quickId = repository.add(quick, &error);
    QVERIFY2(quickId, qPrintable(error));
    actions::ImprovementAction thankless = quick;
    thankless.title = QStringLiteral("Planted thankless");
    thankless.expectedImpact = 40;
    thankless.effort = actions::Effort::High;
    const auto thanklessId = repository.add(thankless, &error);
    QVERIFY2(thanklessId, qPrintable(error));

    ui::ActionsWidget widget;
    QSignalSpy loaded(&widget, &ui::ActionsWidget::loaded);
    widget.setStore(&m_store.store());
    QVERIFY(loaded.wait(60000));
    widget.resize(1300, 800);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    using Q = actions::MatrixEntry::Quadrant;
    ui::ImpactMatrixView *matrix = widget.matrix();
    const auto quickPoint = matrix->pointOf(*quickId);
    const auto thanklessPoint = matrix->pointOf(*thanklessId);
    QVERIFY(quickPoint && thanklessPoint);
    QVERIFY(matrix->quadrantRect(Q::QuickWin).contains(*quickPoint));
    QVERIFY(matrix->quadrantRect(Q::Thankless).contains(*thanklessPoint));
    QVERIFY(!matrix->quadrantRect(Q::MajorProject).contains(*quickPoint));
    // Low effort is the left third, high effort the right third; the higher impact is higher up.
    QVERIFY(quickPoint->x() < matrix->quadrantRect(Q::QuickWin).left() + matrix->quadrantRect(Q::QuickWin).width() / 2);
    QVERIFY(thanklessPoint->x() > matrix->quadrantRect(Q::Thankless).left());
    QVERIFY(quickPoint->y() < thanklessPoint->y());
    // The table says the same quadrants in words; FCR huddles, without an expected impact, is not placed.
    const auto rowOf = [&](qint64 id) {
        for (int row = 0; row < widget.model()->rowCount(); ++row) {
            if (widget.model()->index(row, 0).data(ui::ActionModel::IdRole).toLongLong() == id)
                return row;
        }
        return -1;
    };
    QCOMPARE(widget.model()->index(rowOf(*quickId), ui::ActionModel::Quadrant).data().toString(),
             ui::ActionModel::quadrantText(Q::QuickWin));
    QCOMPARE(widget.model()->index(rowOf(*thanklessId), ui::ActionModel::Quadrant).data().toString(),
             ui::ActionModel::quadrantText(Q::Thankless));
    const auto huddles = store::ActionRepository(m_store.store(), {}).list().at(1);
    QCOMPARE(huddles.title, QStringLiteral("FCR huddles"));
    QVERIFY(!matrix->pointOf(huddles.id));

    // A click on the dot selects its action in the table; selecting a row rings its dot.
    QTest::mouseClick(matrix, Qt::LeftButton, {}, quickPoint->toPoint());
    QCOMPARE(matrix->selected(), *quickId);
    QModelIndexList selected = widget.table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ui::ActionModel::IdRole).toLongLong(), *quickId);
    widget.table()->selectRow(rowOf(*thanklessId));
    QCOMPARE(matrix->selected(), *thanklessId);
    // A click beside every dot selects nothing new.
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->quadrantRect(Q::MajorProject).center().toPoint());
    QCOMPARE(matrix->selected(), *thanklessId);
    test::saveScreenshot(widget, QStringLiteral("actions-matrix"));
}

void TestActionsGui::actionFromAConflict()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTest"));
    auto store = store::Store::open(m_store.path(), nullptr);
    QVERIFY(store);
    ui::MainWindow window(std::move(store));
    window.resize(1400, 900);
    window.show();
    QSignalSpy loaded(window.dashboard(), &ui::DashboardWidget::loaded);
    QVERIFY(loaded.wait(60000));
    window.dashboard()->selectWeek(QStringLiteral("2026-W45"));
    auto *list = window.dashboard()->findChild<QListView *>();
    QVERIFY(list && list->accessibleName() == u"Conflicts this week");
    QPushButton *propose = nullptr;
    for (QPushButton *b : window.dashboard()->findChildren<QPushButton *>()) {
        if (b->text() == u"Im&provement action…")
            propose = b;
    }
    QVERIFY(propose);
    QVERIFY(!propose->isEnabled()); // no conflict chosen yet

    // The demo's W45: AG101 rushing (Billing), Tech Support short of capacity.
    const QList<conflicts::Conflict> week = window.dashboard()->data().weekConflicts();
    const auto find = [&](conflicts::Rule rule, const QString &group) {
        for (qsizetype i = 0; i < week.size(); ++i) {
            if (week[i].rule == rule && week[i].group == group)
                return int(i);
        }
        return -1;
    };
    struct Expected
    {
        int row;
        QString kpi;
        QString team;
    };
    const int rushing = find(conflicts::Rule::Rushing, QStringLiteral("AG101"));
    const int capacity = find(conflicts::Rule::Capacity, QStringLiteral("Tech Support"));
    QVERIFY(rushing >= 0 && capacity >= 0);
    const QString rushingKpi = week[rushing].evidence.contains(QStringLiteral("csat")) ? QStringLiteral("csat")
                                                                                         : QStringLiteral("fcr");
    for (const Expected &expected : {Expected{rushing, rushingKpi, QStringLiteral("Billing")},
                                     Expected{capacity, QStringLiteral("service_level"), QStringLiteral("Tech Support")}}) {
        list->setCurrentIndex(window.dashboard()->conflictsModel()->index(expected.row, 0));
        QVERIFY(propose->isEnabled());
        std::optional<actions::ImprovementAction> shown;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::ActionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->titleEdit()->text(), week[expected.row].explanation);
            QCOMPARE(dialog->kpiBox()->currentData().toString(), expected.kpi);
            QCOMPARE(dialog->reasonBox()->currentText(), QString());
            QCOMPARE(dialog->startEdit()->date(), QDate(2026, 11, 2)); // Monday of W45
            shown = dialog->action();
            dialog->reject();
        });
        propose->click();
        QVERIFY(shown);
        QCOMPARE(shown->team, expected.team);
        QCOMPARE(shown->kpi, expected.kpi);
        QCOMPARE(shown->origin, QStringLiteral("conflict:") + conflicts::ruleName(week[expected.row].rule));
        QVERIFY(actions::problemWith(*shown).isEmpty()); // OK would store it as it stands
        // The window went to the Actions tab to show it.
        QCOMPARE(window.findChild<QTabWidget *>()->currentWidget(), window.actions());
    }
    // Cancelled: nothing stored.
    for (const actions::ImprovementAction &a : store::ActionRepository(m_store.store(), {}).list())
        QVERIFY(!a.origin.startsWith(u"conflict:"));
}

QTEST_MAIN(TestActionsGui)
#include "tst_actionsgui.moc"
