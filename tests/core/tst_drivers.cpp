// What drives satisfaction: the regression worked by hand on tiny fixtures, planted data
// where CSAT is built from FCR and AHT does nothing, the rules for dropping drivers and
// agent-weeks, and the demo operation through core and huddle-cli.
#include "cli.h"
#include "testsupport.h"

#include <demo/demodata.h>
#include <drivers/drivers.h>
#include <kpi/kpiengine.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace huddle;
using namespace huddle::drivers;
using kpi::Figure;

namespace {

constexpr double kTolerance = 1e-9;

Observation row(double outcome, std::vector<std::optional<double>> values, double weight = 1)
{
    Observation o;
    o.outcome = outcome;
    o.weight = weight;
    o.drivers = std::move(values);
    return o;
}

Figure figure(const QString &kpi, const QString &agent, const QString &week, std::optional<double> value, qint64 n,
              bool lowSample = false)
{
    Figure f;
    f.kpi = kpi;
    f.group = agent;
    f.period = week;
    f.value = value;
    f.n = n;
    f.lowSample = lowSample;
    return f;
}

const DriverEffect &effectOf(const DriverAnalysis &a, const QString &driver)
{
    for (const DriverEffect &e : a.effects) {
        if (e.driver == driver)
            return e;
    }
    qFatal("no driver %s", qPrintable(driver));
}

} // namespace

class TestDrivers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onePredictorByHand();
    void twoPredictorsByHand();
    void weightIsReplication();
    void plantedFcrDrivesCsat();
    void dropsDriversAndAgentWeeks();
    void tooFewAndCollinear();
    void nothingToAnalyse();
    void demoOperation();
    void cliOnDemo();

private:
    test::TempStore m_demo;
};

void TestDrivers::initTestCase()
{
    QString error;
    QVERIFY2(demo::importFolder(m_demo.store(), test::sourceDir() + QStringLiteral("/resources/demo"), {}, &error),
             qPrintable(error));
}

// x = 1, 2, 3, 4; y = 2, 3, 5, 6. Raw slope Sxy/Sxx = 7/5 = 1.4; x's spread √(5/4); residuals
// 0.1, −0.3, 0.3, −0.1, so σ̂² = 0.2/2 and the raw slope's variance 0.1/5; R² = 1 − 0.2/10.
void TestDrivers::onePredictorByHand()
{
    const QList<Observation> rows = {row(2, {1.0}), row(3, {2.0}), row(5, {3.0}), row(6, {4.0})};
    const DriverAnalysis a = analyse(QStringLiteral("csat"), {QStringLiteral("fcr")}, rows);
    QCOMPARE(a.observations, 4);
    QCOMPARE(a.rowsDropped, 0);
    QVERIFY(a.smallSample);
    QVERIFY(a.rSquared);
    QVERIFY(std::abs(*a.rSquared - 0.98) < kTolerance);
    const DriverEffect &e = a.effects.first();
    QVERIFY(std::abs(*e.spread - std::sqrt(1.25)) < kTolerance);
    const double b = 1.4 * std::sqrt(1.25);
    const double se = std::sqrt(0.02) * std::sqrt(1.25);
    QVERIFY(std::abs(*e.coefficient - b) < kTolerance);
    QVERIFY(std::abs(e.interval->low - (b - kpi::tQuantile975(2) * se)) < kTolerance);
    QVERIFY(std::abs(e.interval->high - (b + kpi::tQuantile975(2) * se)) < kTolerance);
    // r = Sxy/√(Sxx·Syy) = 7/√50; Fisher z with n − 3 = 1.
    const double r = 7 / std::sqrt(50.0);
    QVERIFY(std::abs(*e.correlation - r) < kTolerance);
    QVERIFY(std::abs(e.correlationInterval->low - std::tanh(std::atanh(r) - 1.959963984540054)) < kTolerance);
    QVERIFY(std::abs(e.correlationInterval->high - std::tanh(std::atanh(r) + 1.959963984540054)) < kTolerance);
    // 4.30 × 0.158 = 0.68 below 1.57: clear, and the only one, so the strongest.
    QCOMPARE(e.verdict, Verdict::Strongest);
}

// An orthogonal design: x1 = −1, 1, −1, 1, 0; x2 = −1, −1, 1, 1, 0; y = 1, 5, 2, 8, 4. Raw slopes
// Σx·y/Σx² = 10/4 and 4/4; residuals 0.5, −0.5, −0.5, 0.5, 0 so σ̂² = 1/(5 − 3); each raw slope's
// variance 0.5/4; both spreads √(4/5); R² = 1 − 1/30.
void TestDrivers::twoPredictorsByHand()
{
    const QList<Observation> rows = {row(1, {-1.0, -1.0}), row(5, {1.0, -1.0}), row(2, {-1.0, 1.0}),
                                     row(8, {1.0, 1.0}), row(4, {0.0, 0.0})};
    const DriverAnalysis a = analyse(QStringLiteral("nps"), {QStringLiteral("fcr"), QStringLiteral("aht")}, rows);
    QCOMPARE(a.observations, 5);
    QVERIFY(std::abs(*a.rSquared - 29.0 / 30.0) < kTolerance);
    const double spread = std::sqrt(0.8);
    const double se = std::sqrt(0.125) * spread;
    const double t = kpi::tQuantile975(2);
    const DriverEffect &fcr = a.effects[0];
    const DriverEffect &aht = a.effects[1];
    QVERIFY(std::abs(*fcr.coefficient - 2.5 * spread) < kTolerance);
    QVERIFY(std::abs(*aht.coefficient - 1.0 * spread) < kTolerance);
    QVERIFY(std::abs(fcr.interval->low - (2.5 * spread - t * se)) < kTolerance);
    QVERIFY(std::abs(aht.interval->high - (spread + t * se)) < kTolerance);
    QVERIFY(std::abs(*fcr.correlation - 10 / std::sqrt(120.0)) < kTolerance);
    QVERIFY(std::abs(*aht.correlation - 4 / std::sqrt(120.0)) < kTolerance);
    // Half-width 4.30 × 0.316 = 1.36: FCR's 2.24 clears 0, AHT's 0.89 does not.
    QCOMPARE(fcr.verdict, Verdict::Strongest);
    QCOMPARE(aht.verdict, Verdict::Unclear);
    QCOMPARE(verdictText(aht.verdict), QStringLiteral("unclear (interval crosses 0)"));
}

// Weighted least squares with a weight of 2 is ordinary least squares with the row twice:
// the same coefficients and R².
void TestDrivers::weightIsReplication()
{
    const std::vector<std::vector<double>> x = {{1, 0.5}, {2, -1}, {3, 2}, {4, 0}, {6, 1}};
    const std::vector<double> y = {1, 4, 2, 7, 9};
    const auto weighted = weightedLeastSquares(x, y, {1, 2, 1, 1, 3});
    auto xs = x;
    auto ys = y;
    for (const auto &[index, times] : {std::pair{1, 1}, std::pair{4, 2}}) {
        for (int i = 0; i < times; ++i) {
            xs.push_back(x[size_t(index)]);
            ys.push_back(y[size_t(index)]);
        }
    }
    const auto replicated = weightedLeastSquares(xs, ys, std::vector<double>(ys.size(), 1.0));
    QVERIFY(weighted && replicated);
    QCOMPARE(weighted->degreesOfFreedom, 2);
    QCOMPARE(replicated->degreesOfFreedom, 5);
    for (size_t i = 0; i < 3; ++i)
        QVERIFY(std::abs(weighted->coefficients[i] - replicated->coefficients[i]) < kTolerance);
    QVERIFY(std::abs(*weighted->rSquared - *replicated->rSquared) < kTolerance);
}

// 40 agents × 8 weeks. CSAT = 0.35 + 0.5 × FCR + noise; AHT is drawn apart from both; QA has no
// data; some agent-weeks have too few answers, some no AHT.
void TestDrivers::plantedFcrDrivesCsat()
{
    QRandomGenerator random(20261123);
    QList<Figure> figures;
    int expected = 0;
    int withoutAht = 0;
    for (int week = 0; week < 8; ++week) {
        const QString label = QStringLiteral("2026-W%1").arg(40 + week);
        for (int agent = 0; agent < 40; ++agent) {
            const QString id = QStringLiteral("A%1").arg(agent, 2, 10, QLatin1Char('0'));
            const double fcr = 0.55 + 0.35 * random.generateDouble();
            const double aht = 250 + 400 * random.generateDouble();
            const double noise = (random.generateDouble() + random.generateDouble() - 1) * 0.08;
            const qint64 n = 10 + random.bounded(30);
            const bool lowSample = agent % 10 == 9;
            const bool ahtMissing = agent % 10 == 3 && week % 2 == 0;
            figures.append(figure(QStringLiteral("csat"), id, label, 0.35 + 0.5 * fcr + noise, n, lowSample));
            figures.append(figure(QStringLiteral("fcr"), id, label, fcr, 100));
            figures.append(figure(QStringLiteral("aht"), id, label, ahtMissing ? std::nullopt : std::optional(aht), 100));
            figures.append(figure(QStringLiteral("qa_score"), id, label, std::nullopt, 0));
            if (!lowSample) {
                ++expected;
                withoutAht += ahtMissing;
            }
        }
    }
    const QStringList drivers = {QStringLiteral("fcr"), QStringLiteral("aht"), QStringLiteral("qa_score")};
    const QList<Observation> rows = observations(figures, QStringLiteral("csat"), drivers);
    QCOMPARE(rows.size(), expected);
    const DriverAnalysis a = analyse(QStringLiteral("csat"), drivers, rows);
    QCOMPARE(a.observations, expected - withoutAht);
    QCOMPARE(a.rowsDropped, withoutAht);
    QVERIFY(!a.smallSample);
    const DriverEffect &fcr = effectOf(a, QStringLiteral("fcr"));
    const DriverEffect &aht = effectOf(a, QStringLiteral("aht"));
    QCOMPARE(fcr.verdict, Verdict::Strongest);
    QVERIFY2(fcr.interval->low > 0, qPrintable(QString::number(fcr.interval->low)));
    // One SD of FCR (0.35/√12 ≈ 0.10) is worth about 0.05 of CSAT.
    QVERIFY(std::abs(*fcr.coefficient - 0.5 * *fcr.spread) < 0.01);
    QVERIFY2(aht.interval->low < 0 && aht.interval->high > 0,
             qPrintable(QStringLiteral("%1 … %2").arg(aht.interval->low).arg(aht.interval->high)));
    QCOMPARE(aht.verdict, Verdict::Unclear);
    QCOMPARE(effectOf(a, QStringLiteral("qa_score")).verdict, Verdict::Dropped);
    QVERIFY(*fcr.correlation > 0.8);
}

// A driver missing in most agent-weeks and one that never changes are left out; an agent-week
// missing a kept driver is left out and counted.
void TestDrivers::dropsDriversAndAgentWeeks()
{
    QList<Observation> rows;
    for (int i = 0; i < 12; ++i) {
        const std::optional<double> mostlyMissing = i < 5 ? std::optional(double(i)) : std::nullopt;
        const std::optional<double> sometimesMissing = i == 2 || i == 7 ? std::nullopt : std::optional(double(i % 4));
        rows.append(row(i * 0.5 + (i % 3) * 0.1, {double(i), mostlyMissing, 3.0, sometimesMissing}));
    }
    const QStringList drivers = {QStringLiteral("fcr"), QStringLiteral("aht"), QStringLiteral("asa"),
                                 QStringLiteral("qa_score")};
    const DriverAnalysis a = analyse(QStringLiteral("csat"), drivers, rows);
    QCOMPARE(a.rowsDropped, 2);
    QCOMPARE(a.observations, 10);
    QCOMPARE(a.effects[1].verdict, Verdict::Dropped);
    QCOMPARE(a.effects[1].note, QStringLiteral("no data in 7 of 12 agent-weeks"));
    QCOMPARE(a.effects[2].verdict, Verdict::Dropped);
    QCOMPARE(a.effects[2].note, QStringLiteral("the same in every agent-week"));
    QVERIFY(a.effects[0].coefficient);
    QVERIFY(a.effects[3].coefficient);
}

void TestDrivers::tooFewAndCollinear()
{
    const QStringList two = {QStringLiteral("fcr"), QStringLiteral("aht")};
    const DriverAnalysis few = analyse(QStringLiteral("csat"), two, {row(1, {1.0, 2.0}), row(2, {2.0, 1.0}), row(4, {3.0, 5.0})});
    QCOMPARE(few.observations, 3);
    QVERIFY(few.smallSample);
    QVERIFY(!few.rSquared);
    QCOMPARE(few.effects[0].verdict, Verdict::NotFitted);
    QCOMPARE(few.effects[0].note, QStringLiteral("too few agent-weeks (3) for 2 drivers"));
    QVERIFY(few.effects[0].correlation); // the simple correlation is still there

    QList<Observation> rows;
    for (int i = 0; i < 8; ++i)
        rows.append(row(i % 3, {double(i), 2.0 * i + 1}));
    const DriverAnalysis collinear = analyse(QStringLiteral("csat"), two, rows);
    QCOMPARE(collinear.effects[1].verdict, Verdict::NotFitted);
    QCOMPARE(collinear.effects[1].note, QStringLiteral("moves with the other drivers too closely to tell them apart"));
}

void TestDrivers::nothingToAnalyse()
{
    const DriverAnalysis a = analyse(QStringLiteral("nps"), driverKpis(), {});
    QCOMPARE(a.observations, 0);
    QCOMPARE(a.effects.size(), driverKpis().size());
    for (const DriverEffect &e : a.effects) {
        QCOMPARE(e.verdict, Verdict::NotFitted);
        QVERIFY(!e.coefficient);
    }
    QCOMPARE(smallSampleWarning(1), QStringLiteral("Small sample: only 1 agent-week(s) with enough answers; the "
                                                   "intervals are wide and a single agent can move them."));
}

// The demo operation (resources/demo): satisfaction there is made from resolution and the
// wait (bench/generate_demo.cpp), and the analysis must see both.
void TestDrivers::demoOperation()
{
    kpi::KpiEngine engine(m_demo.store(), kpi::KpiSettings::load(m_demo.store()), QTimeZone("Europe/Amsterdam"));
    kpi::KpiQuery span;
    span.from = QDate(2026, 8, 31);
    span.to = QDate(2026, 11, 22);
    QString error;
    const auto analyses = analyse(engine, span, &error);
    QVERIFY2(analyses, qPrintable(error));
    QCOMPARE(analyses->size(), 2);
    const DriverAnalysis &csat = analyses->at(0);
    QCOMPARE(csat.outcome, QStringLiteral("csat"));
    // 33 agents × 12 weeks = 396 agent-weeks, all with 10+ answers except a few; the newest
    // week's FCR is still pending, so that week's agent-weeks are left out.
    QCOMPARE(csat.observations + csat.rowsDropped, 390);
    QCOMPARE(csat.rowsDropped, 37);
    QVERIFY(!csat.smallSample);
    QVERIFY(*csat.rSquared > 0.25 && *csat.rSquared < 0.35);
    const DriverEffect &fcr = effectOf(csat, QStringLiteral("fcr"));
    QVERIFY(fcr.interval->low > 0);
    QVERIFY(fcr.verdict == Verdict::Clear || fcr.verdict == Verdict::Strongest);
    QVERIFY(effectOf(csat, QStringLiteral("asa")).interval->high < 0);
    QVERIFY(effectOf(csat, QStringLiteral("transfer_rate")).correlation < 0);
    const DriverAnalysis &nps = analyses->at(1);
    QCOMPARE(nps.outcome, QStringLiteral("nps"));
    QVERIFY(effectOf(nps, QStringLiteral("asa")).interval->high < 0);
    int strongest = 0;
    for (const DriverEffect &e : csat.effects)
        strongest += e.verdict == Verdict::Strongest;
    QCOMPARE(strongest, 1);
}

void TestDrivers::cliOnDemo()
{
    m_demo.close();
    const QStringList base = {"--db", m_demo.path(), "--tz", "Europe/Amsterdam", "drivers", "--from", "2026-08-31",
                              "--to", "2026-11-22"};
    const QJsonArray rows = test::cliJson(base + QStringList{"--format", "json"});
    QCOMPARE(rows.size(), 2 * driverKpis().size());
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"outcome", "driver", "coefficient", "ci_low", "ci_high", "correlation", "n",
                                "r_squared", "verdict", "rows_dropped", "driver_sd", "small_sample"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        if (o["outcome"].toString() == u"csat" && o["driver"].toString() == u"fcr") {
            QCOMPARE(o["n"].toInt(), 353);
            QVERIFY(o["ci_low"].toDouble() > 0);
        }
    }
    const test::CliRun table = test::runCli(base + QStringList{"--team", "Billing"});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains(causationCaveat()));
    QVERIFY(table.out.contains(QStringLiteral("First contact resolution")));
    QVERIFY(table.out.contains(QStringLiteral("team Billing")));
    m_demo.reopen();
}

QTEST_GUILESS_MAIN(TestDrivers)
#include "tst_drivers.moc"
