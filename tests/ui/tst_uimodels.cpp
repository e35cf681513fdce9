#include <import/importer.h>
#include <models/importhistorymodel.h>
#include <models/agentkpimodel.h>
#include <models/interactionsmodel.h>
#include <models/leadingindicatorsmodel.h>
#include <store/importrepository.h>
#include <demo/demodata.h>
#include <kpi/kpiengine.h>
#include <trends/outlook.h>

#include "cli.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace huddle;

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void interactionsModelPagesThroughTheStore();
    void importHistoryModel();
    void leadingIndicatorsModel();
    void agentKpiModelAgreesWithCli();
};

namespace {
QString canonicalFile(const QString &dir, int rows)
{
    QByteArray bytes = "contact_id,started_at,channel,agent_id,wait_s,answered,talk_s,resolved\n";
    for (int i = 0; i < rows; ++i)
        bytes += "c" + QByteArray::number(i) + ",2026-03-02T09:" + QByteArray::number(10 + i % 50) + ":00Z,voice,a"
            + QByteArray::number(i % 7) + ",65,1,245,1\n";
    return test::writeFile(dir, "w.csv", bytes);
}
} // namespace

void TestUiModels::interactionsModelPagesThroughTheStore()
{
    test::TempStore t;
    import::ImportRequest request;
    request.file = canonicalFile(t.dir(), 1200);
    QCOMPARE(int(import::runImport(t.store(), request).status), int(import::ImportStatus::Imported));

    ui::InteractionsModel model;
    model.setStore(&t.store());
    QCOMPARE(model.rowCount(), ui::InteractionsModel::kPageSize); // the first page only
    QVERIFY(model.canFetchMore({}));
    // The tester is attached after the reset: it calls fetchMore() from inside its own
    // modelReset handler, which trips its bookkeeping for models that insert synchronously.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1200);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.columnCount(), int(ui::InteractionsModel::ColumnCount));
    // Newest first; durations as m:ss.
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(0, ui::InteractionsModel::Wait).data().toString(), QStringLiteral("1:05"));
    QCOMPARE(model.index(0, ui::InteractionsModel::Talk).data().toString(), QStringLiteral("4:05"));
    QCOMPARE(model.index(0, ui::InteractionsModel::Answered).data().toString(), QStringLiteral("yes"));
    QVERIFY(model.index(0, ui::InteractionsModel::Contact).data().toString().startsWith(u'c'));
    QVERIFY(model.index(last, ui::InteractionsModel::Started).data().isValid());
    QCOMPARE(model.headerData(ui::InteractionsModel::Agent, Qt::Horizontal).toString(), QStringLiteral("Agent"));
    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestUiModels::importHistoryModel()
{
    test::TempStore t;
    import::ImportRequest request;
    request.file = canonicalFile(t.dir(), 10);
    import::runImport(t.store(), request);
    import::runImport(t.store(), request);
    qint64 removed = 0;
    QString error;
    QVERIFY(store::ImportRepository(t.store()).undo(1, &removed, &error));

    ui::ImportHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setImports(store::ImportRepository(t.store()).list());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ui::ImportHistoryModel::Added).data().toString(), QStringLiteral("10"));
    QCOMPARE(model.index(0, ui::ImportHistoryModel::Status).data().toString(), QStringLiteral("undone"));
    QCOMPARE(model.index(0, 0).data(ui::ImportHistoryModel::UndoneRole).toBool(), true);
    QCOMPARE(model.index(1, ui::ImportHistoryModel::Present).data().toString(), QStringLiteral("10"));
    QCOMPARE(model.index(1, ui::ImportHistoryModel::File).data().toString(), QStringLiteral("w.csv"));
    QCOMPARE(model.index(1, 0).data(ui::ImportHistoryModel::ImportIdRole).toLongLong(), qint64(2));
}

void TestUiModels::leadingIndicatorsModel()
{
    // Team T's FCR falls 2 points a week for 8 weeks while its CSAT stays flat.
    QList<kpi::Figure> weekly;
    for (int w = 0; w < 8; ++w) {
        const auto add = [&](const char *kpi, double value) {
            kpi::Figure f;
            f.kpi = QLatin1String(kpi);
            f.group = QStringLiteral("T");
            f.period = QStringLiteral("2026-W%1").arg(10 + w);
            f.value = value;
            f.n = 500;
            weekly.append(f);
        };
        add("fcr", 0.80 - 0.02 * w);
        add("csat", w % 2 ? 0.80 : 0.81);
    }
    ui::LeadingIndicatorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(trends::leadingView(weekly, 8));
    QCOMPARE(model.rowCount(), 1); // FCR precedes CSAT, NPS and churn: only CSAT is there
    using M = ui::LeadingIndicatorsModel;
    QCOMPARE(model.index(0, M::Leading).data(M::KpiIdRole).toString(), QStringLiteral("fcr"));
    QCOMPARE(model.index(0, M::LeadingTrend).data(M::DirectionRole).toString(), QStringLiteral("falling"));
    QCOMPARE(model.index(0, M::Lagging).data(M::KpiIdRole).toString(), QStringLiteral("csat"));
    QCOMPARE(model.index(0, M::LaggingTrend).data(M::DirectionRole).toString(), QStringLiteral("flat"));
    QCOMPARE(model.index(0, M::Leading).data().toString(), QStringLiteral("First contact resolution: 66.0 % (2026-W17)"));
    QCOMPARE(model.index(0, M::LeadingTrend).data().toString(), QStringLiteral("↓ falling (-2.0 pts a week)"));
    // A straight line carried on: 66 % − 4 × 2 points by W21.
    QVERIFY(std::abs(model.index(0, M::LeadingProjection).data(M::ProjectedValueRole).toDouble() - 0.58) < 1e-9);
    QCOMPARE(model.index(0, M::LeadingProjection).data().toString(), QStringLiteral("58.0 % by 2026-W21"));
    QVERIFY(model.index(0, M::LeadingProjection).data(Qt::ToolTipRole).toString().contains("2026-W18: 64.0 %"));
}

void TestUiModels::agentKpiModelAgreesWithCli()
{
    test::TempStore t;
    QString error;
    QVERIFY2(demo::importFolder(t.store(), test::sourceDir() + QStringLiteral("/resources/demo"), {}, &error),
             qPrintable(error));
    const QString week = QStringLiteral("2026-W46");
    kpi::KpiEngine engine(t.store(), kpi::KpiSettings::load(t.store()), QTimeZone("Europe/Amsterdam"));
    kpi::KpiQuery q;
    q.period = kpi::PeriodKind::Week;
    q.by = kpi::GroupBy::Agent;
    const auto series = engine.compute(q, &error);
    QVERIFY2(series, qPrintable(error));
    const auto found = conflicts::ConflictFinder(*series, engine.settings()).find("agent", {week}, engine.agentTeams());

    ui::AgentKpiModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWeek(week, *series, engine.agentTeams(), found, engine.settings().trendWeeks);
    QCOMPARE(model.rowCount(), 33);
    const int aht = 2 + int(ui::AgentKpiModel::kpiColumns().indexOf("aht"));
    const int conflictsColumn = model.columnCount() - 1;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ui::AgentKpiModel::SortRole);
    sorted.sort(aht, Qt::AscendingOrder);
    // The rushing agent has the week's shortest handle time, falling; the transferring one carries his badge.
    QCOMPARE(sorted.index(0, 0).data().toString(), QStringLiteral("AG101"));
    QCOMPARE(sorted.index(0, aht).data(ui::AgentKpiModel::DirectionRole).toString(), QStringLiteral("falling"));
    QVERIFY(sorted.index(0, aht).data().toString().endsWith(QStringLiteral("↓")));
    QCOMPARE(sorted.index(0, 1).data().toString(), QStringLiteral("Billing"));
    bool badge = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data().toString() == u"AG112")
            badge = model.index(r, conflictsColumn).data(ui::AgentKpiModel::ConflictsRole).toStringList().contains(
                "transfer_gaming");
    }
    QVERIFY(badge);

    // The same figure as huddle-cli kpi prints.
    t.close();
    const QJsonArray figures = test::cliJson({"--db", t.path(), "--tz", "Europe/Amsterdam", "kpi", "--from",
                                              "2026-11-09", "--to", "2026-11-15", "--period", "week", "--by", "agent",
                                              "--agent", "AG101", "--kpi", "aht", "--format", "json"});
    QCOMPARE(figures.size(), 1);
    QCOMPARE(sorted.index(0, aht).data(ui::AgentKpiModel::SortRole).toDouble(),
             figures[0].toObject()["value"].toDouble());
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
