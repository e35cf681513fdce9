// The Actions tab (issue 9): the actions of a store with their measured effect, from core's
// figures; a new action from the dialog is stored and measured; the dialog refuses what core
// refuses. Real widgets on a real store file.
#include "screenshot.h"
#include "testsupport.h"

#include <actions/actionmodel.h>
#include <actions/actionswidget.h>
#include <actions/actiondialog.h>
#include <demo/demodata.h>
#include <insights/insightswidget.h>
#include <models/reasonparetomodel.h>
#include <store/actionrepository.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
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

QTEST_MAIN(TestActionsGui)
#include "tst_actionsgui.moc"
