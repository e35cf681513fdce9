// The insights tab under the offscreen platform: its leading-vs-lagging lines, contact-reason
// Pareto, hour-of-week heat maps and drivers of satisfaction must show what huddle-cli answers
// for the same store and question, on the demo store and on a hand-worked store across a
// change to summer time; the voice of the customer lists a planted week's comments, and never
// a customer's identifiers.
#include "screenshot.h"
#include "cli.h"
#include "testsupport.h"

#include <demo/demodata.h>
#include <drivers/drivers.h>
#include <insights/colourscale.h>
#include <insights/driverforestplot.h>
#include <insights/driverspanel.h>
#include <insights/heatmapdelegate.h>
#include <insights/hourofweekpanel.h>
#include <insights/insightswidget.h>
#include <insights/paretochartview.h>
#include <insights/voicepanel.h>
#include <kpi/period.h>
#include <models/hourofweekmodel.h>
#include <models/leadingindicatorsmodel.h>
#include <models/driversmodel.h>
#include <models/reasonparetomodel.h>
#include <models/risingwordsmodel.h>
#include <models/verbatimmodel.h>
#include <voice/verbatims.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>
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

// The pages up to `pages` (the store of summer time has no surveys: its drivers and voice
// pages would show nothing worth a picture).
void saveScreenshots(ui::InsightsWidget &widget, const QString &name, int pages = ui::InsightsWidget::VoicePage + 1)
{
    if (test::screenshotDir().isEmpty())
        return;
    const char *names[] = {"outlook", "reasons", "hours", "drivers", "voice"};
    for (int page = 0; page < pages; ++page) {
        widget.pages()->setCurrentIndex(page);
        test::saveScreenshot(widget, QStringLiteral("insights-%1-%2").arg(name, QLatin1String(names[page])));
    }
}

// Every text a model shows (display and tooltip, every cell and header).
QStringList shownTexts(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts << model.headerData(column, Qt::Horizontal).toString();
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                texts << model.index(row, column).data(role).toString();
        }
    }
    return texts;
}

const QString kPhone = QStringLiteral("+31 6 1234 5678");
const QString kEmail = QStringLiteral("jan.jansen@example.com");

// Agents A1 and A2 (Billing), every contact from the customer kPhone. Weeks 2026-W41 … W44:
// three complaints about the wait each, and in W41 one about a refund form. W45: five
// complaints about a missing refund (reason refund), a CSAT-2 comment with the customer's
// phone number, a CSAT-2 comment with their e-mail address, two thanks.
void writeVoiceOperation(const QString &dir)
{
    QByteArray interactions = "contact_id,started_at,channel,queue,agent_id,team,customer_id,reason,talk_s\n";
    QByteArray surveys = "contact_id,answered_at,agent_id,csat,nps,comment\n";
    int next = 0;
    const auto add = [&](const QDate &monday, const QByteArray &csat, const QString &comment) {
        const QByteArray id = "V" + QByteArray::number(++next);
        const QByteArray agent = next % 2 ? "A1" : "A2";
        const QByteArray at =
            QDateTime(monday.addDays(next % 5), QTime(8, next % 60), Qt::UTC).toString(Qt::ISODate).toUtf8();
        const QByteArray reason = comment.startsWith(u"Refund") ? "refund" : "invoice";
        interactions += id + ',' + at + ",voice,Billing," + agent + ",Billing,\"" + kPhone.toUtf8() + "\"," + reason
            + ",300\n";
        surveys += id + ',' + at + ',' + agent + ',' + csat + ",5,\"" + comment.toUtf8() + "\"\n";
    };
    for (int week = 0; week < 4; ++week) {
        const QDate monday = QDate(2026, 10, 5).addDays(7 * week);
        for (int i = 0; i < 3; ++i)
            add(monday, "1", QStringLiteral("Waited too long on hold."));
        if (week == 0)
            add(monday, "1", QStringLiteral("The refund form was wrong."));
    }
    const QDate w45(2026, 11, 2);
    for (int i = 0; i < 5; ++i)
        add(w45, "1", QStringLiteral("Refund still missing, very annoyed."));
    add(w45, "2", QStringLiteral("Call me on %1 about it.").arg(kPhone));
    add(w45, "2", QStringLiteral("Mail %1 please.").arg(kEmail));
    for (int i = 0; i < 2; ++i)
        add(w45, "5", QStringLiteral("Great help, thank you."));
    test::writeFile(dir, QStringLiteral("agents.csv"), "agent_id,name,team\nA1,Ann,Billing\nA2,Bob,Billing\n");
    test::writeFile(dir, QStringLiteral("interactions.csv"), interactions);
    test::writeFile(dir, QStringLiteral("surveys.csv"), surveys);
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
    void driversAgreeWithCli();
    void voiceOfTheCustomer();
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
             m_widget->abandonmentPanel()->model(), m_widget->driversPanel()->model(),
             m_widget->voicePanel()->commentsModel(), m_widget->voicePanel()->risingWordsModel(),
             m_widget->voicePanel()->mostNegativeModel()})
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

void TestInsights::driversAgreeWithCli()
{
    using M = ui::DriversModel;
    const QJsonArray cli = cliJson(QStringList{"--db", m_demo.path(), "drivers", "--format", "json"} + kSpan);
    const ui::DriversModel &model = *m_widget->driversPanel()->model();
    // Six drivers for CSAT, then six for NPS, as huddle-cli lists them.
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(int(cli.size()), 12);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject r = cli[row].toObject();
        const QString what = r["outcome"].toString() + u' ' + r["driver"].toString();
        QCOMPARE(model.index(row, 0).data(M::OutcomeRole).toString(), r["outcome"].toString());
        QCOMPARE(model.index(row, 0).data(M::DriverRole).toString(), r["driver"].toString());
        QCOMPARE(model.index(row, 0).data(M::VerdictRole).toString(), r["verdict"].toString());
        QCOMPARE(model.index(row, M::AgentWeeks).data().toString(), QLocale().toString(r["n"].toInteger()));
        const auto coefficient = number(r["coefficient"]);
        QCOMPARE(model.index(row, 0).data(M::CoefficientRole).isValid(), coefficient.has_value());
        if (coefficient) {
            QVERIFY2(near(model.index(row, 0).data(M::CoefficientRole).toDouble(), *coefficient), qPrintable(what));
            QVERIFY2(near(model.index(row, 0).data(M::IntervalLowRole).toDouble(), r["ci_low"].toDouble()),
                     qPrintable(what));
            QVERIFY2(near(model.index(row, 0).data(M::IntervalHighRole).toDouble(), r["ci_high"].toDouble()),
                     qPrintable(what));
            QCOMPARE(model.index(row, M::Effect).data().toString(), M::effectText(r["outcome"].toString(), *coefficient));
        }
    }
    // docs/kpis.md's reading of the demo operation: 353 agent-weeks for CSAT; the wait (ASA)
    // is its strongest driver, negative; FCR is clearly positive.
    QCOMPARE(model.index(0, M::Driver).data().toString(), QStringLiteral("First contact resolution"));
    QCOMPARE(model.index(0, M::AgentWeeks).data().toString(), QStringLiteral("353"));
    const int asa = int(drivers::driverKpis().indexOf(QStringLiteral("asa")));
    QCOMPARE(model.index(asa, 0).data(M::VerdictRole).toString(), QStringLiteral("strongest"));
    QCOMPARE(model.index(asa, M::Verdict).data().toString(), drivers::verdictText(drivers::Verdict::Strongest));
    QVERIFY(model.index(asa, 0).data(M::CoefficientRole).toDouble() < 0);
    QCOMPARE(model.index(0, 0).data(M::VerdictRole).toString(), QStringLiteral("clear"));
    QVERIFY(model.index(0, 0).data(M::CoefficientRole).toDouble() > 0);

    // The caveat is core's, word for word; the sample is said for both outcomes.
    const ui::DriversPanel &panel = *m_widget->driversPanel();
    QCOMPARE(panel.caveatText(), drivers::causationCaveat());
    QVERIFY2(panel.sampleText().contains(QStringLiteral(": 353 agent-week")), qPrintable(panel.sampleText()));
    QCOMPARE(panel.sampleText().count(u'\n'), 1);
    // The forest plot puts ASA's negative effect left of the no-effect line, FCR's right of it.
    const ui::DriverForestPlot &csat = *panel.plots().first();
    QVERIFY(csat.xOf(model.index(asa, 0).data(M::CoefficientRole).toDouble()) < csat.xOf(0));
    QVERIFY(csat.xOf(model.index(0, 0).data(M::CoefficientRole).toDouble()) > csat.xOf(0));
}

void TestInsights::voiceOfTheCustomer()
{
    test::TempStore t;
    writeVoiceOperation(t.dir());
    QString error;
    QVERIFY2(demo::importFolder(t.store(), t.dir(), {}, &error), qPrintable(error));
    kpi::KpiQuery question;
    question.from = QDate(2026, 11, 2);
    question.to = QDate(2026, 11, 8);
    kpi::KpiEngine engine(t.store(), kpi::KpiSettings::load(t.store()), t.store().timeZone());
    voice::VoiceQuery asked;
    asked.firstMonday = *question.from;
    asked.lastSunday = *question.to;
    const auto core = voice::listen(engine, asked, &error);
    QVERIFY2(core, qPrintable(error));
    t.close();

    ui::InsightsWidget widget;
    QSignalSpy loaded(&widget, &ui::InsightsWidget::loaded);
    widget.load(t.path(), question);
    QVERIFY(loaded.wait(60000));
    QVERIFY2(widget.data().error.isEmpty(), qPrintable(widget.data().error));
    const ui::VoicePanel &panel = *widget.voicePanel();
    using V = ui::VerbatimModel;
    const ui::VerbatimModel &comments = *panel.commentsModel();
    QCOMPARE(comments.rowCount(), 9); // W45's alone
    QStringList texts;
    for (int row = 0; row < comments.rowCount(); ++row) {
        QCOMPARE(comments.index(row, V::Week).data().toString(), QStringLiteral("2026-W45"));
        texts << comments.index(row, V::Comment).data().toString();
    }
    QCOMPARE(texts.count(QStringLiteral("Refund still missing, very annoyed.")), 5);
    QCOMPARE(texts.count(QStringLiteral("Great help, thank you.")), 2);
    QVERIFY2(texts.contains(QStringLiteral("Call me on […] about it.")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("Mail […] please.")), qPrintable(texts.join(u'|')));
    QVERIFY2(panel.summaryText().contains(QStringLiteral(": 9, 7 of them negative")), qPrintable(panel.summaryText()));

    // The search box filters on any column: the five refund complaints (and their reason).
    panel.searchBox()->setText(QStringLiteral("REFUND"));
    QCOMPARE(panel.commentsView()->rowCount(), 5);
    panel.searchBox()->clear();
    QCOMPARE(panel.commentsView()->rowCount(), 9);
    // Sorting by CSAT sorts the ratings as numbers, lowest first.
    panel.commentsView()->sort(V::Csat, Qt::AscendingOrder);
    QCOMPARE(panel.commentsView()->index(0, V::Csat).data().toString(), QStringLiteral("1/5"));
    QCOMPARE(panel.commentsView()->index(8, V::Csat).data().toString(), QStringLiteral("5/5"));

    // The week's highlights: three negative, the two thanks as positive.
    QCOMPARE(panel.weekBox()->currentText(), QStringLiteral("2026-W45"));
    QCOMPARE(panel.mostNegativeModel()->rowCount(), voice::kHighlightsEachWay);
    QCOMPARE(panel.mostPositiveModel()->rowCount(), 2);
    QCOMPARE(panel.mostPositiveModel()->index(0, V::Comment).data().toString(), QStringLiteral("Great help, thank you."));
    for (int row = 0; row < panel.mostNegativeModel()->rowCount(); ++row)
        QVERIFY(panel.mostNegativeModel()->index(row, 0).data(V::NegativeRole).toBool());

    // Rising words are core's: "refund" in 5 of W45's 7 negative comments, 1 of the 13 before.
    const ui::RisingWordsModel &rising = *panel.risingWordsModel();
    QCOMPARE(rising.rowCount(), int(core->risingWords.size()));
    int refund = -1;
    for (int row = 0; row < rising.rowCount(); ++row) {
        QCOMPARE(rising.index(row, ui::RisingWordsModel::Word).data().toString(), core->risingWords[row].word);
        if (core->risingWords[row].word == u"refund")
            refund = row;
    }
    QVERIFY(refund >= 0);
    QCOMPARE(rising.index(refund, ui::RisingWordsModel::Comments).data().toString(), QStringLiteral("5"));
    QCOMPARE(rising.index(refund, ui::RisingWordsModel::Before).data().toString(), QStringLiteral("1"));
    QCOMPARE(core->risingWords[refund].ratio, (5.5 / 8) / (1.5 / 14));

    // Never the customer: not their number, not their address, in no cell of any table.
    QStringList shown = shownTexts(comments) + shownTexts(*panel.mostNegativeModel())
        + shownTexts(*panel.mostPositiveModel()) + shownTexts(rising);
    shown << panel.summaryText();
    for (const QString &identifier : {kPhone, kEmail, QStringLiteral("1234"), QStringLiteral("5678"),
                                      QStringLiteral("jansen"), QStringLiteral("example")}) {
        for (const QString &text : std::as_const(shown))
            QVERIFY2(!text.contains(identifier), qPrintable(identifier + u" in " + text));
    }
    if (!test::screenshotDir().isEmpty()) {
        widget.resize(1400, 900);
        widget.show();
        widget.pages()->setCurrentIndex(ui::InsightsWidget::VoicePage);
        test::saveScreenshot(widget, QStringLiteral("insights-voice-planted"));
    }
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
    saveScreenshots(widget, QStringLiteral("dst"), ui::InsightsWidget::HourOfWeekPage + 1);
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
