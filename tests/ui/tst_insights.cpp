// The insights tab under the offscreen platform: its leading-vs-lagging lines, contact-reason
// Pareto and hour-of-week heat maps must show what huddle-cli answers for the same store and
// question, on the demo store and on a hand-worked store across a change to summer time.
#include "screenshot.h"
#include "cli.h"
#include "testsupport.h"

#include <demo/demodata.h>
#include <insights/colourscale.h>
#include <insights/heatmapdelegate.h>
#include <insights/hourofweekpanel.h>
#include <insights/insightswidget.h>
#include <insights/paretochartview.h>
#include <kpi/period.h>
#include <models/hourofweekmodel.h>
#include <models/leadingindicatorsmodel.h>
#include <models/reasonparetomodel.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace huddle;

namespace {

using test::cliJson;

std::optional<double> number(const QJsonValue &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toDouble());
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

// Every cell of a heat map against huddle-cli kpi --period hour_of_week (one KPI's figures):
// the same value in the same weekday and hour, low samples alike, no cell without a figure.
void compareHeatMap(const ui::HourOfWeekModel &model, const QJsonArray &cli, const QString &kpi)
{
    int cells = 0;
    for (const QJsonValue &v : cli) {
        const QJsonObject f = v.toObject();
        if (f["kpi"].toString() != kpi)
            continue;
        const auto hour = kpi::periodFromLabel(f["period"].toString());
        QVERIFY2(hour && hour->first == kpi::PeriodKind::HourOfWeek, qPrintable(f["period"].toString()));
        const QModelIndex index = model.index(hour->second / 24, hour->second % 24);
        const QVariant value = index.data(ui::HourOfWeekModel::ValueRole);
        const auto expected = number(f["value"]);
        QCOMPARE(value.isValid(), expected.has_value());
        if (expected)
            QVERIFY2(near(value.toDouble(), *expected), qPrintable(kpi + u' ' + f["period"].toString()));
        QCOMPARE(index.data(ui::HourOfWeekModel::LowSampleRole).toBool(), f["low_sample"].toBool());
        ++cells;
    }
    int shown = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int hour = 0; hour < model.columnCount(); ++hour)
            shown += model.figureAt(row, hour).has_value();
    }
    QCOMPARE(shown, cells);
    QVERIFY(cells > 0);
}

void saveScreenshots(ui::InsightsWidget &widget, const QString &name)
{
    if (test::screenshotDir().isEmpty())
        return;
    const char *pages[] = {"outlook", "reasons", "hours"};
    for (int page = 0; page < 3; ++page) {
        widget.pages()->setCurrentIndex(page);
        test::saveScreenshot(widget, QStringLiteral("insights-%1-%2").arg(name, QLatin1String(pages[page])));
    }
}

} // namespace

class TestInsights : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reasonsAgreeWithCli();
    void heatMapsAgreeWithCli();
    void outlookAgreesWithCli();
    void hourOfWeekAcrossSummerTime();
    void colourScale();
    void laterQuestionWins();

private:
    const QStringList kSpan = {"--from", "2026-08-31", "--to", "2026-11-22"};
    test::TempStore m_demo;
    std::unique_ptr<ui::InsightsWidget> m_widget;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestInsights::initTestCase()
{
    QString error;
    QVERIFY2(demo::importFolder(m_demo.store(), test::sourceDir() + QStringLiteral("/resources/demo"), {}, &error),
             qPrintable(error));
    // Local hours as a Dutch team leader sees them (the demo's exports carry +01:00/+02:00).
    QVERIFY(m_demo.store().setSetting(QStringLiteral("time_zone"), QStringLiteral("Europe/Amsterdam")));
    m_demo.close(); // huddle-cli and the widget's worker open their own connections

    m_widget = std::make_unique<ui::InsightsWidget>();
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_widget->outlookModel(), m_widget->reasonsModel(), m_widget->serviceLevelPanel()->model(),
             m_widget->abandonmentPanel()->model()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_widget->resize(1400, 900);
    m_widget->show();
    QSignalSpy loaded(m_widget.get(), &ui::InsightsWidget::loaded);
    kpi::KpiQuery question;
    question.from = QDate(2026, 8, 31);
    question.to = QDate(2026, 11, 22);
    m_widget->load(m_demo.path(), question);
    QVERIFY(m_widget->isLoading());
    QVERIFY(!m_widget->pages()->isEnabled()); // busy
    QVERIFY(loaded.wait(120000));
    QVERIFY2(m_widget->data().error.isEmpty(), qPrintable(m_widget->data().error));
    QVERIFY(m_widget->pages()->isEnabled());
    saveScreenshots(*m_widget, QStringLiteral("demo"));
}

void TestInsights::reasonsAgreeWithCli()
{
    const QJsonArray cli = cliJson(QStringList{"--db", m_demo.path(), "reasons", "--format", "json"} + kSpan);
    const ui::ReasonParetoModel &model = *m_widget->reasonsModel();
    QCOMPARE(model.rowCount(), int(cli.size()));
    QCOMPARE(model.rowCount(), 12); // the demo's reasons
    bool anyLabel = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject r = cli[row].toObject();
        using M = ui::ReasonParetoModel;
        QCOMPARE(model.index(row, M::Reason).data().toString(), r["reason"].toString());
        QCOMPARE(model.index(row, M::Contacts).data(M::SortRole).toLongLong(), qint64(r["contacts"].toDouble()));
        QVERIFY(near(model.index(row, M::Share).data(M::SortRole).toDouble(), r["share"].toDouble()));
        QVERIFY(near(model.index(row, M::CumulativeShare).data(M::SortRole).toDouble(), r["cumulative_share"].toDouble()));
        QCOMPARE(model.index(row, 0).data(M::StructuralRole).toBool(), r["structural"].toBool());
        QStringList days;
        for (const QJsonValue &d : r["incident_days"].toArray())
            days << d.toString();
        QCOMPARE(model.index(row, 0).data(M::IncidentDaysRole).toStringList(), days);
        const QString label = model.index(row, M::Label).data().toString();
        QCOMPARE(label.contains(QStringLiteral("structural")), r["structural"].toBool());
        QCOMPARE(label.contains(QStringLiteral("incident on")), !days.isEmpty());
        anyLabel = anyLabel || !label.isEmpty();
    }
    QVERIFY(anyLabel); // the demo has structural reasons
    // The chart draws the same reasons in the same order, biggest first.
    QStringList reasons;
    for (const QJsonValue &r : cli)
        reasons << r.toObject()["reason"].toString();
    QCOMPARE(m_widget->paretoChart()->categories(), reasons);
}

void TestInsights::heatMapsAgreeWithCli()
{
    const QJsonArray cli = cliJson(QStringList{"--db", m_demo.path(), "kpi", "--period", "hour_of_week", "--kpi",
                                               "service_level,abandonment_rate", "--format", "json"}
                                   + kSpan);
    compareHeatMap(*m_widget->serviceLevelPanel()->model(), cli, QStringLiteral("service_level"));
    compareHeatMap(*m_widget->abandonmentPanel()->model(), cli, QStringLiteral("abandonment_rate"));
    // Weekday rows start on Monday, in the locale's words.
    const auto *model = m_widget->serviceLevelPanel()->model();
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QLocale().dayName(1, QLocale::ShortFormat));
    QCOMPARE(model->headerData(6, Qt::Vertical).toString(), QLocale().dayName(7, QLocale::ShortFormat));
    // The tooltip names the hour, the value and n.
    for (int hour = 0; hour < 24; ++hour) {
        const auto figure = model->figureAt(0, hour);
        if (!figure || !figure->value)
            continue;
        const QString tip = model->index(0, hour).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(kpi::formatValue(model->spec(), *figure->value)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("n = %1").arg(QLocale().toString(figure->n))), qPrintable(tip));
        break;
    }
}

void TestInsights::outlookAgreesWithCli()
{
    using M = ui::LeadingIndicatorsModel;
    const ui::LeadingIndicatorsModel &model = *m_widget->outlookModel();
    QVERIFY(model.rowCount() > 0);
    // The operation's lines first, then the teams'.
    QCOMPARE(model.index(0, M::Group).data().toString(), QStringLiteral("All"));
    QStringList groups;
    for (const trends::LeadLag &line : m_widget->data().outlook)
        groups << line.group;
    QCOMPARE(groups.first(), QStringLiteral("all"));
    QVERIFY2(groups.contains(QStringLiteral("Billing")), qPrintable(groups.join(u',')));

    // FCR's outlook for the operation is huddle-cli trends' for its newest decided week.
    const trends::LeadLag &line = m_widget->data().outlook.first();
    QCOMPARE(line.leading.kpi, QStringLiteral("fcr"));
    QVERIFY(!line.leading.week.isEmpty());
    const QJsonArray cli = cliJson({"--db", m_demo.path(), "trends", "--week", line.leading.week, "--kpi", "fcr",
                                    "--format", "json"});
    QCOMPARE(cli.size(), 1);
    const QJsonObject fcr = cli[0].toObject();
    QCOMPARE(model.index(0, M::LeadingTrend).data(M::DirectionRole).toString(), fcr["direction"].toString());
    const QJsonArray projection = fcr["projection"].toArray();
    QCOMPARE(projection.size(), 4);
    QVERIFY(near(model.index(0, M::LeadingProjection).data(M::ProjectedValueRole).toDouble(),
                 projection[3].toObject()["value"].toDouble()));
    QVERIFY2(model.index(0, M::LeadingProjection).data().toString().endsWith(projection[3].toObject()["week"].toString()),
             qPrintable(model.index(0, M::LeadingProjection).data().toString()));
    QVERIFY(near(*line.leading.latest, fcr["value"].toDouble()));
}

void TestInsights::hourOfWeekAcrossSummerTime()
{
    // Europe/Amsterdam goes to summer time on Sunday 2026-03-29. Monday 09:xx local is 08:xxZ
    // the week before and 07:xxZ the week after: a (10 s) and g (20 s) answered within 20 s,
    // b after 40 s, c abandoned after 60 s, s a short abandon; d at 10:00 is the next hour.
    // 00:30Z on the Sunday is 01:30 local, 01:30Z is 03:30: the 02:00 hour never happens.
    test::TempStore t;
    QVERIFY(t.store().setSetting(QStringLiteral("time_zone"), QStringLiteral("Europe/Amsterdam")));
    import::ImportRequest request;
    request.file = test::fixture(QStringLiteral("kpi/hour-of-week-dst.csv")); // as tst_kpi reads it
    request.kind = import::Kind::Interactions;
    QCOMPARE(import::runImport(t.store(), request).rowsAdded, qint64(8));
    t.close();

    ui::InsightsWidget widget;
    QSignalSpy loaded(&widget, &ui::InsightsWidget::loaded);
    widget.load(t.path(), kpi::KpiQuery());
    QVERIFY(loaded.wait(60000));
    const ui::HourOfWeekModel &sl = *widget.serviceLevelPanel()->model();
    const ui::HourOfWeekModel &abandoned = *widget.abandonmentPanel()->model();
    constexpr int monday = 0, sunday = 6;
    QCOMPARE(*sl.figureAt(monday, 9)->numerator, 2.0);
    QCOMPARE(*sl.figureAt(monday, 9)->denominator, 4.0);
    QCOMPARE(abandoned.index(monday, 9).data(ui::HourOfWeekModel::ValueRole).toDouble(), 0.25);
    QCOMPARE(abandoned.index(monday, 9).data().toString(), kpi::formatValue(abandoned.spec(), 0.25));
    QVERIFY(abandoned.index(monday, 9).data(ui::HourOfWeekModel::LowSampleRole).toBool()); // 4 < 30
    QCOMPARE(sl.index(monday, 10).data(ui::HourOfWeekModel::ValueRole).toDouble(), 1.0);
    QVERIFY(sl.figureAt(sunday, 1));
    QVERIFY(!sl.figureAt(sunday, 2));
    QVERIFY(sl.figureAt(sunday, 3));
    QVERIFY(!sl.figureAt(monday, 8)); // where UTC would have put them
    const QJsonArray cli = cliJson({"--db", t.path(), "kpi", "--period", "hour_of_week", "--format", "json"});
    compareHeatMap(sl, cli, QStringLiteral("service_level"));
    compareHeatMap(abandoned, cli, QStringLiteral("abandonment_rate"));
    saveScreenshots(widget, QStringLiteral("dst"));
}

void TestInsights::colourScale()
{
    // Service level, target 80 %, shown from 50 % to 95 %: better is blue, worse orange,
    // the target itself the neutral grey, and the ends fully coloured.
    const ui::ColourScale sl(0.80, kpi::Better::Higher, 0.50, 0.95);
    QCOMPARE(sl.colourOf(0.80), ui::ColourScale::neutral());
    QCOMPARE(sl.colourOf(0.95), ui::ColourScale::better());
    QCOMPARE(sl.colourOf(0.50), ui::ColourScale::worse());
    QVERIFY(sl.colourOf(0.85) != ui::ColourScale::neutral());
    // Abandonment: lower is better, so above the target is orange.
    const ui::ColourScale abandonment(0.05, kpi::Better::Lower, 0.01, 0.20);
    QCOMPARE(abandonment.colourOf(0.20), ui::ColourScale::worse());
    QCOMPARE(abandonment.colourOf(0.01), ui::ColourScale::better());
    // The range always reaches the target.
    const ui::ColourScale allGood(0.80, kpi::Better::Higher, 0.85, 0.95);
    QCOMPARE(allGood.lowest(), 0.80);
    QCOMPARE(ui::ColourScale::textOn(ui::ColourScale::better()), QColor(Qt::white));
    QCOMPARE(ui::ColourScale::textOn(ui::ColourScale::neutral()), QColor(Qt::black));
}

void TestInsights::laterQuestionWins()
{
    // Two questions in a row: only the second one's answer is shown.
    ui::InsightsWidget widget;
    QSignalSpy loaded(&widget, &ui::InsightsWidget::loaded);
    widget.load(m_demo.path(), kpi::KpiQuery());
    kpi::KpiQuery billing;
    billing.team = QStringLiteral("Billing");
    billing.from = QDate(2026, 11, 16);
    billing.to = QDate(2026, 11, 22);
    widget.load(m_demo.path(), billing);
    QVERIFY(loaded.wait(120000));
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!widget.isLoading());
    const QJsonArray cli = cliJson({"--db", m_demo.path(), "reasons", "--team", "Billing", "--from", "2026-11-16",
                                    "--to", "2026-11-22", "--format", "json"});
    QCOMPARE(widget.reasonsModel()->rowCount(), int(cli.size()));
    QCOMPARE(widget.reasonsModel()->index(0, 0).data().toString(), cli[0].toObject()["reason"].toString());
    // With a team filter the outlook is that team's alone.
    for (const trends::LeadLag &line : widget.data().outlook)
        QCOMPARE(line.group, QStringLiteral("all"));
}

QTEST_MAIN(TestInsights)
#include "tst_insights.moc"
