// Improvement actions (issue 9): kept with their history, and their before/after measured
// against the trend already there and an untouched comparison. Planted effects: an action
// that really cut a reason's volume is "improved"; one that did nothing while the volume fell
// anyway (everywhere, or by a trend already under way) is "no_clear_change".
#include "cli.h"
#include "testsupport.h"

#include <actions/actiondata.h>
#include <actions/actioneffect.h>
#include <actions/actionfromconflict.h>
#include <store/actionrepository.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace huddle;
using actions::ImprovementAction;
using actions::Verdict;

namespace {

// Weekly counts from 2026-W30 on, one figure per week.
coaching::WeeklyFigures weekly(const QList<double> &counts)
{
    coaching::WeeklyFigures figures;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        kpi::Figure f;
        f.kpi = QStringLiteral("volume");
        f.period = coaching::addWeeks(QStringLiteral("2026-W30"), int(i));
        f.value = f.numerator = counts[i];
        f.n = qint64(counts[i]);
        figures.insert(f.period, f);
    }
    return figures;
}

QList<double> repeated(double value, int weeks)
{
    return QList<double>(weeks, value);
}

// Starts in 2026-W38 (Monday 2026-09-14): W30–W37 before, W38 in neither, W39… after.
ImprovementAction startingInW38()
{
    ImprovementAction a;
    a.title = QStringLiteral("Self-service password reset");
    a.reason = QStringLiteral("password reset");
    a.start = QDate(2026, 9, 16);
    a.cost = 1000;
    return a;
}

const kpi::KpiSpec &volume()
{
    return *kpi::findKpi(QStringLiteral("volume"));
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private slots:
    void keptWithHistory();
    void refusesWhatCannotBeMeasured();
    void realCutIsImproved();
    void generalFallIsNoClearChange();
    void trendAlreadyThereIsNoClearChange();
    void riseIsWorse();
    void pendingUntilWeeksAfter();
    void matrixPutsQuickWinsFirst();
    void actionFromConflict_data();
    void actionFromConflict();
    void cliEffectOnPlantedStore();
};

void TestActions::keptWithHistory()
{
    test::TempStore t;
    store::ActionRepository repository(t.store(), QStringLiteral("sanne"));
    QString error;
    const auto id = repository.add(startingInW38(), &error);
    QVERIFY2(id, qPrintable(error));
    auto stored = repository.get(*id);
    QVERIFY(stored);
    QCOMPARE(stored->reason, QStringLiteral("password reset"));
    QCOMPARE(stored->start, QDate(2026, 9, 16));
    QCOMPARE(stored->cost, 1000.0);
    QCOMPARE(stored->status, actions::ActionStatus::Proposed);
    QCOMPARE(stored->author, QStringLiteral("sanne"));
    stored->status = actions::ActionStatus::InProgress;
    stored->effort = actions::Effort::Low;
    QVERIFY(repository.update(*stored, &error));
    QVERIFY(repository.softDelete(*id, &error));
    QVERIFY(repository.list().isEmpty());
    QCOMPARE(repository.list(true).size(), 1);
    const QList<store::FieldChange> history = repository.history(*id);
    QStringList fields;
    for (const store::FieldChange &c : history)
        fields << c.field + u':' + c.oldValue + u'>' + c.newValue;
    QCOMPARE(fields.mid(0, 3), (QStringList{QStringLiteral("created:>"), QStringLiteral("effort:medium>low"),
                                            QStringLiteral("status:proposed>in_progress")}));
    QCOMPARE(history.last().field, QStringLiteral("deleted_at"));
    // A fresh connection reads the same.
    t.reopen();
    QCOMPARE(store::ActionRepository(t.store(), {}).list(true).first().effort, actions::Effort::Low);
}

void TestActions::refusesWhatCannotBeMeasured()
{
    test::TempStore t;
    store::ActionRepository repository(t.store(), {});
    QString error;
    ImprovementAction both = startingInW38();
    both.kpi = QStringLiteral("fcr");
    QVERIFY(!repository.add(both, &error));
    QCOMPARE(error, QStringLiteral("an action targets either a contact reason or a KPI"));
    ImprovementAction unknown = startingInW38();
    unknown.reason.clear();
    unknown.kpi = QStringLiteral("happiness");
    QVERIFY(!repository.add(unknown, &error));
    QCOMPARE(error, QStringLiteral("there is no KPI \"happiness\""));
    ImprovementAction untitled = startingInW38();
    untitled.title = QStringLiteral("  ");
    QVERIFY(!repository.add(untitled, &error));
    QVERIFY(repository.list(true).isEmpty());
}

void TestActions::realCutIsImproved()
{
    // 100 a week before, 60 after; the other reasons steady at 500.
    const auto target = weekly(repeated(100, 9) + repeated(60, 8));
    const auto others = weekly(repeated(500, 17));
    const actions::ActionEffect e = actions::actionEffect(startingInW38(), volume(), target, others,
                                                          QStringLiteral("2026-W46"), kpi::KpiSettings());
    QCOMPARE(e.startWeek, QStringLiteral("2026-W38"));
    QCOMPARE(e.before.weeksWithData, 8);
    QCOMPARE(e.after.weeksWithData, 8);
    QCOMPARE(*e.before.figure.value, 100.0);
    QCOMPARE(*e.after.figure.value, 60.0);
    // Per week: 480 ± 1.96·√480 over 8 weeks.
    QVERIFY(qAbs(*e.after.figure.ciHigh - (480 + 1.959963984540054 * std::sqrt(480.0)) / 8) < 0.01);
    QCOMPARE(*e.comparisonExpected, 100.0);
    QVERIFY(!e.trendExpected); // flat before
    QCOMPARE(e.verdict, Verdict::Improved);
    QCOMPARE(*e.contactsSavedPerWeek, 40.0);
    QCOMPARE(*e.moneySaved, 40.0 * 8 * 6.0); // cost_per_contact 6
    QCOMPARE(*e.roi, (1920.0 - 1000) / 1000);
    QCOMPARE(*e.paybackWeeks, 1000.0 / 240);
}

void TestActions::generalFallIsNoClearChange()
{
    // The reason fell by 40 % — and so did every other reason: nothing the action did.
    const auto target = weekly(repeated(100, 9) + repeated(60, 8));
    const auto others = weekly(repeated(500, 9) + repeated(300, 8));
    const actions::ActionEffect e = actions::actionEffect(startingInW38(), volume(), target, others,
                                                          QStringLiteral("2026-W46"), kpi::KpiSettings());
    QCOMPARE(*e.comparisonExpected, 60.0);
    QCOMPARE(e.verdict, Verdict::NoClearChange);
    QCOMPARE(*e.contactsSavedPerWeek, 0.0);
}

void TestActions::trendAlreadyThereIsNoClearChange()
{
    // Falling by 5 a week since long before the start, and on after it: the trend explains it.
    QList<double> counts;
    for (int i = 0; i < 17; ++i)
        counts.append(200 - 5 * i);
    const actions::ActionEffect e = actions::actionEffect(startingInW38(), volume(), weekly(counts),
                                                          weekly(repeated(500, 17)), QStringLiteral("2026-W46"),
                                                          kpi::KpiSettings());
    QVERIFY(e.trendExpected);
    // Weeks 9…16 of the line: 155 … 120, mean 137.5.
    QVERIFY2(qAbs(*e.trendExpected - 137.5) < 0.5, qPrintable(QString::number(*e.trendExpected)));
    QVERIFY(*e.after.figure.ciHigh < *e.before.figure.ciLow); // clearly lower than before…
    QCOMPARE(e.verdict, Verdict::NoClearChange);               // …but as foretold
}

void TestActions::riseIsWorse()
{
    const auto target = weekly(repeated(100, 9) + repeated(150, 8));
    const actions::ActionEffect e = actions::actionEffect(startingInW38(), volume(), target, weekly(repeated(500, 17)),
                                                          QStringLiteral("2026-W46"), kpi::KpiSettings());
    QCOMPARE(e.verdict, Verdict::Worse);
    QCOMPARE(*e.contactsSavedPerWeek, -50.0);
}

void TestActions::pendingUntilWeeksAfter()
{
    const auto target = weekly(repeated(100, 9));
    const actions::ActionEffect e = actions::actionEffect(startingInW38(), volume(), target, target,
                                                          QStringLiteral("2026-W38"), kpi::KpiSettings());
    QCOMPARE(e.verdict, Verdict::Pending);
    QCOMPARE(actions::verdictName(e.verdict), QStringLiteral("pending"));
    // One week after is enough to judge, with what there is.
    const actions::ActionEffect one = actions::actionEffect(startingInW38(), volume(), weekly(repeated(100, 9) + repeated(60, 1)),
                                                            weekly(repeated(500, 10)), QStringLiteral("2026-W39"),
                                                            kpi::KpiSettings());
    QCOMPARE(one.after.weeksWithData, 1);
    QVERIFY(one.verdict != Verdict::Pending);
}

void TestActions::matrixPutsQuickWinsFirst()
{
    const auto entry = [](const char *title, std::optional<double> impact, actions::Effort effort) {
        actions::MatrixEntry e;
        e.action.title = QString::fromLatin1(title);
        e.action.effort = effort;
        e.contactsPerMonth = impact;
        return e;
    };
    const QList<actions::MatrixEntry> matrix = actions::impactEffortMatrix({
        entry("big hard", 400, actions::Effort::High),
        entry("small easy", 50, actions::Effort::Low),
        entry("unknown", std::nullopt, actions::Effort::Low),
        entry("big easy", 300, actions::Effort::Low),
        entry("small hard", 20, actions::Effort::High),
    });
    QStringList order, quadrants;
    for (const actions::MatrixEntry &e : matrix) {
        order << e.action.title;
        quadrants << actions::quadrantName(e.quadrant);
    }
    // Median impact 175: priorities 300/1, 400/4, 50/1, 20/4.
    QCOMPARE(order, (QStringList{QStringLiteral("big easy"), QStringLiteral("big hard"), QStringLiteral("small easy"),
                                 QStringLiteral("small hard"), QStringLiteral("unknown")}));
    QCOMPARE(quadrants, (QStringList{QStringLiteral("quick_win"), QStringLiteral("major_project"), QStringLiteral("fill_in"),
                                     QStringLiteral("thankless"), QStringLiteral("unknown")}));
    QCOMPARE(actions::highImpactThreshold(matrix), 175.0);
    QCOMPARE(actions::highImpactThreshold({entry("a", 10, actions::Effort::Low), entry("b", 30, actions::Effort::Low),
                                           entry("c", 20, actions::Effort::Low)}),
             20.0);
    QCOMPARE(actions::highImpactThreshold({}), 0.0);
}

void TestActions::actionFromConflict_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<QString>("groupKind");
    QTest::addColumn<QStringList>("evidence");
    QTest::addColumn<QString>("kpi");
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("queue");
    using R = conflicts::Rule;
    QTest::newRow("rushing of an agent, CSAT fell") << int(R::Rushing) << "agent" << QStringList{"aht", "csat"}
                                                    << "csat" << "Billing" << "";
    QTest::newRow("rushing of a team, FCR fell") << int(R::Rushing) << "team" << QStringList{"aht", "fcr"} << "fcr"
                                                 << "Sales" << "";
    QTest::newRow("capacity of a queue") << int(R::Capacity) << "queue"
                                         << QStringList{"service_level", "abandonment_rate"} << "service_level" << ""
                                         << "Sales";
    QTest::newRow("hidden dissatisfaction, sentiment fell") << int(R::HiddenDissatisfaction) << "team"
                                                            << QStringList{"csat", "sentiment"} << "sentiment"
                                                            << "Sales" << "";
    QTest::newRow("transfer gaming") << int(R::TransferGaming) << "agent" << QStringList{"aht", "transfer_rate"}
                                     << "transfer_rate" << "Billing" << "";
    QTest::newRow("callback churn") << int(R::CallbackChurn) << "team" << QStringList{"fcr", "volume"} << "fcr"
                                    << "Sales" << "";
    QTest::newRow("quality gap") << int(R::QualityGap) << "team" << QStringList{"qa_score", "aht"} << "qa_score"
                                 << "Sales" << "";
}

// A conflict becomes a proposed action on the KPI it puts at risk, of the conflict's team or
// queue (an agent's: of the agent's team), from the Monday of its week, titled as it is
// explained; core accepts it as it stands.
void TestActions::actionFromConflict()
{
    QFETCH(int, rule);
    QFETCH(QString, groupKind);
    QFETCH(QStringList, evidence);
    QFETCH(QString, kpi);
    QFETCH(QString, team);
    QFETCH(QString, queue);
    conflicts::Conflict c;
    c.rule = conflicts::Rule(rule);
    c.groupKind = groupKind;
    c.group = groupKind == u"agent" ? QStringLiteral("AG101") : QStringLiteral("Sales");
    c.week = QStringLiteral("2026-W45");
    for (const QString &k : evidence)
        c.evidence.insert(k, QJsonObject{{QStringLiteral("value"), 1.0}});
    c.explanation = QStringLiteral("Handle time is falling while satisfaction falls too.");
    c.coachingTopic = QStringLiteral("Take the time to solve");
    const ImprovementAction a = actions::actionFromConflict(c, QStringLiteral("Billing"));
    QCOMPARE(a.kpi, kpi);
    QCOMPARE(a.team, team);
    QCOMPARE(a.queue, queue);
    QCOMPARE(a.reason, QString());
    QCOMPARE(a.start, QDate(2026, 11, 2));
    QCOMPARE(a.title, c.explanation);
    QCOMPARE(a.status, actions::ActionStatus::Proposed);
    QCOMPARE(a.origin, QStringLiteral("conflict:") + conflicts::ruleName(c.rule));
    QVERIFY2(a.description.contains(u"AG101") || a.description.contains(u"Sales"), qPrintable(a.description));
    QVERIFY2(a.description.contains(c.coachingTopic), qPrintable(a.description));
    QCOMPARE(actions::problemWith(a), QString());
    // A week that cannot be read leaves the start to the dialog (today).
    c.week = QStringLiteral("garbage");
    QCOMPARE(actions::actionFromConflict(c).start, std::nullopt);
}

void TestActions::cliEffectOnPlantedStore()
{
    // Two teams, 17 weeks from Monday 2026-07-20 (W30). Team A's "password reset" halves from
    // W39 while its other reasons stay; team B's "invoice" halves from W39 and so does
    // everything else of team B.
    test::TempStore t;
    QByteArray csv = "contact_id,started_at,channel,direction,agent_id,team,reason\n";
    int id = 0;
    const auto add = [&](const char *team, const char *reason, int week, int count) {
        const QDateTime monday(QDate(2026, 7, 20).addDays(7 * week), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < count; ++i)
            csv += "c" + QByteArray::number(++id) + ',' + monday.addSecs(600LL * i).toString(Qt::ISODate).toLatin1()
                + ",voice,inbound,A" + team + ',' + team + ',' + reason + '\n';
    };
    for (int week = 0; week < 17; ++week) {
        const bool after = week >= 9;
        add("A", "password reset", week, after ? 50 : 100);
        add("A", "billing", week, 300);
        add("B", "invoice", week, after ? 50 : 100);
        add("B", "delivery", week, after ? 150 : 300);
    }
    QCOMPARE(test::importCanonical(t.store(), test::writeFile(t.dir(), QStringLiteral("contacts.csv"), csv)).status,
             import::ImportStatus::Imported);
    t.close();
    const QString db = t.path();
    const auto cli = [&](QStringList args) { return test::runCli(QStringList{QStringLiteral("--db"), db} + args); };
    for (const auto &[team, reason] : {std::pair{"A", "password reset"}, std::pair{"B", "invoice"}}) {
        const test::CliRun added = cli({QStringLiteral("actions"), QStringLiteral("add"), QStringLiteral("--title"),
                                        QStringLiteral("Fix %1").arg(QString::fromLatin1(reason)), QStringLiteral("--reason"),
                                        QString::fromLatin1(reason), QStringLiteral("--team"), QString::fromLatin1(team),
                                        QStringLiteral("--start"), QStringLiteral("2026-09-16"), QStringLiteral("--effort"),
                                        QStringLiteral("low")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }
    const auto effect = [&](int action) {
        const test::CliRun run = cli({QStringLiteral("actions"), QStringLiteral("effect"), QString::number(action),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    };
    const QJsonObject cut = effect(1);
    QCOMPARE(cut[QStringLiteral("verdict")].toString(), QStringLiteral("improved"));
    QCOMPARE(cut[QStringLiteral("weeks_before")].toInt(), 8);
    QCOMPARE(cut[QStringLiteral("weeks_after")].toInt(), 8);
    QCOMPARE(cut[QStringLiteral("before")][QStringLiteral("value")].toDouble(), 100.0);
    QCOMPARE(cut[QStringLiteral("after")][QStringLiteral("value")].toDouble(), 50.0);
    QVERIFY(cut[QStringLiteral("after")][QStringLiteral("ci_high")].toDouble() < 60);
    QCOMPARE(cut[QStringLiteral("contacts_saved_per_week")].toDouble(), 50.0);
    const QJsonObject anyway = effect(2);
    QCOMPARE(anyway[QStringLiteral("verdict")].toString(), QStringLiteral("no_clear_change"));
    QCOMPARE(anyway[QStringLiteral("comparison_expected")].toDouble(), 50.0);
    QCOMPARE(cli({QStringLiteral("actions"), QStringLiteral("effect"), QStringLiteral("9")}).code, 4);
    // The matrix: both reasons' last four weeks, 50 a week each, as a month.
    const QJsonArray matrix = QJsonDocument::fromJson(
        cli({QStringLiteral("actions"), QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8()).array();
    QCOMPARE(matrix.size(), 2);
    QVERIFY(qAbs(matrix[0][QStringLiteral("contacts_per_month")].toDouble() - 50 * 30.44 / 7) < 1e-6);
    QCOMPARE(matrix[0][QStringLiteral("quadrant")].toString(), QStringLiteral("quick_win"));
}

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
