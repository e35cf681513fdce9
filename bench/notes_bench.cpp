// huddle-bench-notes: one agent with 10,000 coaching notes (issue: hardening, "Scale
// edges"). With the real main window on a store made by bench/run-notes-bench, times what a
// team leader waits for: the notes read from the store, the Coaching tab listing them and
// measuring their effects, typing a search, sorting, the agent's view with its notes and
// chart marks, and saving an edit in the note editor (every view of notes is updated).
// Each step runs until the window is repainted. Prints the figures; copy them into
// BENCHMARKS.md with the machine and date.
#include <agents/agentview.h>
#include <coaching/coachingwidget.h>
#include <coaching/noteeditor.h>
#include <coaching/notemodel.h>
#include <dashboard/dashboardwidget.h>
#include <mainwindow/mainwindow.h>
#include <store/noterepository.h>
#include <store/store.h>

#include "guibenchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace huddle;
using namespace huddle::bench;

namespace {

// Between keys and between saves: the pause a user makes, and the events it lets through
// (the stall probe measures each step on its own).
constexpr int kPauseMs = 100;

const char *const kTopics[] = { "fcr", "aht", "csat", "transfer_rate", "service_level" };
const char *const kObserved[] = { "Long holds while looking up the contract", "Rushes the wrap-up",
    "Transfers billing calls it could solve", "Good rapport, slow on the system",
    "Misses the callback promise" };

// Notes spread over the year: a topic or two, a follow-up, some done, some shared.
void addNotes(store::Store &store, const QString &agent, int count)
{
    store::NoteRepository notes(store, QStringLiteral("bench"));
    const QDate start(2026, 1, 5);
    for (int i = 0; i < count; ++i) {
        coaching::CoachingNote note;
        note.agent = agent;
        const QDate day = start.addDays(i % 350);
        int year = 0;
        const int week = day.weekNumber(&year);
        note.week = QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        note.kpis = { QString::fromLatin1(kTopics[i % 5]) };
        if (i % 3 == 0)
            note.kpis.append(QString::fromLatin1(kTopics[(i + 2) % 5]));
        note.observed = QStringLiteral("%1 (note %2)").arg(QLatin1String(kObserved[i % 5])).arg(i);
        note.agreed = QStringLiteral("Try the checklist for two weeks, then look again together.");
        note.followUp = day.addDays(14);
        note.status = i % 4 == 0 ? coaching::NoteStatus::Done : coaching::NoteStatus::Open;
        note.shared = i % 2 == 0;
        QString error;
        if (!notes.add(note, &error))
            fail(error);
    }
}

// Runs the event loop until the spy has fired, then paints the window once more.
void waitFor(QSignalSpy &spy, QWidget &window, const char *what)
{
    if (spy.isEmpty() && !spy.wait(600000))
        fail(QStringLiteral("no %1").arg(QLatin1String(what)));
    spy.clear();
    window.repaint();
}

void print(const char *what, double ms)
{
    std::printf("%-58s %8.0f\n", what, ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HuddleBench")); // not the user's settings
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the coaching screens with one agent's many notes."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("db"), QStringLiteral("The benchmark store."), QStringLiteral("PATH") },
        { QStringLiteral("notes"), QStringLiteral("Notes the agent has (added when missing)."),
            QStringLiteral("N"), QStringLiteral("10000") },
    });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db")))
        fail(QStringLiteral("--db PATH is required"));

    QString error;
    auto store = store::Store::open(parser.value(QStringLiteral("db")), &error);
    if (!store)
        fail(error);
    LagProbe probe;
    ui::MainWindow window(std::move(store));
    QSignalSpy dashboardLoaded(window.dashboard(), &ui::DashboardWidget::loaded);
    QSignalSpy coachingMeasured(window.coaching(), &ui::CoachingWidget::effectsMeasured);
    window.resize(1600, 1000);
    window.show();
    waitFor(dashboardLoaded, window, "dashboard");
    while (window.coaching()->isMeasuring()) // the notes there were at the start
        QTest::qWait(10);
    coachingMeasured.clear();
    QStringList agents = window.dashboard()->data().agents().teamOfAgent.keys();
    if (agents.isEmpty())
        fail(QStringLiteral("the store has no agents"));
    std::sort(agents.begin(), agents.end());
    const QString agent = agents.first();
    const int wanted = parser.value(QStringLiteral("notes")).toInt();
    store::NoteFilter ofAgent;
    ofAgent.agent = agent;
    const qsizetype present = store::NoteRepository(window.store()).list(ofAgent).size();
    QElapsedTimer timer;
    if (present < wanted) {
        timer.start();
        addNotes(window.store(), agent, int(wanted - present));
        std::printf("added %lld notes for %s in %.1f s\n", qlonglong(wanted - present), qPrintable(agent),
            msSince(timer) / 1000);
    }
    timer.start();
    const qsizetype all = store::NoteRepository(window.store()).list().size();
    print(qPrintable(QStringLiteral("NoteRepository::list(), %1 notes (ms)").arg(all)), msSince(timer));
    probe.start();

    // The Coaching tab: every note listed, then their effects measured on a worker thread.
    auto *tabs = window.findChild<QTabWidget *>();
    ui::CoachingWidget &coaching = *window.coaching();
    tabs->setCurrentWidget(&coaching);
    timer.start();
    coaching.reload();
    window.repaint();
    print("Coaching tab: notes read and listed, repainted (ms)", msSince(timer));
    if (coaching.isMeasuring()) // the notes were added just now
        waitFor(coachingMeasured, window, "effects on the Coaching tab");
    timer.start();
    coaching.setStore(&window.store()); // as after an import: the effects are measured again
    waitFor(coachingMeasured, window, "effects on the Coaching tab");
    print("Coaching tab: effects of every note measured (ms)", msSince(timer));

    // Typing a search, one key at a time, each until repainted.
    auto *search = coaching.findChild<QLineEdit *>();
    double worstKey = 0;
    for (const QChar key : QStringLiteral("holds")) {
        timer.start();
        QTest::keyClick(search, key.toLatin1());
        window.repaint();
        worstKey = std::max(worstKey, msSince(timer));
        QTest::qWait(kPauseMs);
    }
    print("Coaching tab: search, a key typed, repainted: worst (ms)", worstKey);
    search->clear();
    auto *table = coaching.findChild<QTableView *>();
    timer.start();
    table->sortByColumn(ui::NoteModel::Topic, Qt::AscendingOrder);
    window.repaint();
    print("Coaching tab: sorted by topic, repainted (ms)", msSince(timer));

    // The agent's view: charts with a mark per note, the notes, their effects.
    timer.start();
    ui::AgentView *view = window.openAgentView(agent);
    QSignalSpy viewLoaded(view, &ui::AgentView::loaded);
    QSignalSpy viewMeasured(view, &ui::AgentView::effectsMeasured);
    tabs->setCurrentWidget(view);
    window.repaint();
    print("agent view: opened with its notes, repainted (ms)", msSince(timer));
    waitFor(viewLoaded, window, "agent view");
    waitFor(viewMeasured, window, "effects in the agent view");
    print("agent view: reasons and effects shown (ms)", msSince(timer));

    // The note editor: an edit saved, as autosave does after a pause in typing; every view
    // of notes (dashboard, Coaching tab, agent view) reads them again.
    store::NoteFilter filter;
    filter.agent = agent;
    const coaching::CoachingNote note = store::NoteRepository(window.store()).list(filter).last();
    timer.start();
    ui::NoteEditor *editor = window.openNoteEditor(note);
    editor->repaint();
    print("note editor: opened on one of the notes, repainted (ms)", msSince(timer));
    double worstSave = 0;
    for (int i = 0; i < 5; ++i) {
        editor->observedEdit()->appendPlainText(QStringLiteral("More."));
        timer.start();
        if (!editor->saveNow())
            fail(editor->statusText());
        window.repaint();
        worstSave = std::max(worstSave, msSince(timer));
        QTest::qWait(kPauseMs);
    }
    print("note editor: an edit saved, every view updated: worst (ms)", worstSave);
    editor->close();
    QTest::qWait(200); // effects measured again, if any were
    probe.stop();
    print("GUI thread: longest stall over all of the above (ms)", probe.worstMs());
    return 0;
}
