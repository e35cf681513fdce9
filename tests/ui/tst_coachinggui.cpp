// Coaching notes in the GUI, on the demo store under the offscreen platform: the notes
// model filters as the repository does, the editor's undo/redo and autosave reach the store
// (one burst of typing, one history entry), soft delete and restore, a note written from a
// dashboard conflict shows on the conflicts panel, in the agent view and on its charts, and
// the effects and topic summary shown are core's.
#include "screenshot.h"
#include "testsupport.h"

#include <agents/agentview.h>
#include <charts/kpichartview.h>
#include <coaching/coachingwidget.h>
#include <coaching/effectdata.h>
#include <coaching/noteeditor.h>
#include <coaching/noteeffects.h>
#include <coaching/notefilterproxy.h>
#include <coaching/notefromconflict.h>
#include <coaching/notehistorymodel.h>
#include <coaching/notemodel.h>
#include <coaching/topicsummarymodel.h>
#include <dashboard/dashboardwidget.h>
#include <demo/demodata.h>
#include <kpi/kpiengine.h>
#include <mainwindow/mainwindow.h>
#include <store/noterepository.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace huddle;
using coaching::CoachingNote;
using coaching::NoteStatus;

namespace {

// The ids of a proxy's notes, in its order.
QList<qint64> idsOf(const ui::NoteFilterProxy &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(ui::NoteModel::NoteIdRole).toLongLong());
    return ids;
}

QList<qint64> idsOf(const QList<CoachingNote> &notes)
{
    QList<qint64> ids;
    for (const CoachingNote &note : notes)
        ids.append(note.id);
    return ids;
}

int historyOf(const QList<store::NoteChange> &changes, const QString &field)
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [&](const auto &c) { return c.field == field; }));
}

} // namespace

class TestCoachingGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelShowsNotes();
    void filtersAsTheRepository_data();
    void filtersAsTheRepository();
    void undoRedoRestoreFieldsAndAutosave();
    void typingBurstIsOneHistoryEntry();
    void softDeleteAndRestore();
    void newNoteIsStoredOnceItHasAnAgent();
    void noteFromDashboardConflict();
    void effectsAreCores();

private:
    qint64 addNote(CoachingNote note);

    test::TempStore m_store;
    QList<qint64> m_fixture; // the notes the filter tests know: AG101 csat open, AG102 aht done, AG101 conflict
};

void TestCoachingGui::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTest"));
    QString error;
    QVERIFY2(demo::importFolder(m_store.store(), test::sourceDir() + QStringLiteral("/resources/demo"), {}, &error),
             qPrintable(error));
    CoachingNote a;
    a.agent = QStringLiteral("AG101");
    a.kpis = {QStringLiteral("csat")};
    a.observed = QStringLiteral("Closes chats before the customer confirms");
    a.followUp = QDate(2026, 11, 6);
    CoachingNote b;
    b.agent = QStringLiteral("AG102");
    b.kpis = {QStringLiteral("aht")};
    b.observed = QStringLiteral("Long holds while searching the knowledge base");
    b.agreed = QStringLiteral("Use the billing FAQ first");
    b.status = NoteStatus::Done;
    CoachingNote c;
    c.agent = QStringLiteral("AG101");
    c.conflict = QStringLiteral("rushing");
    c.observed = QStringLiteral("Short calls, repeat contacts");
    c.shared = true;
    for (const CoachingNote &note : {a, b, c})
        m_fixture.append(addNote(note));
    QVERIFY(!m_fixture.contains(0));
}

qint64 TestCoachingGui::addNote(CoachingNote note)
{
    QString error;
    const auto id = store::NoteRepository(m_store.store(), QStringLiteral("tl")).add(note, &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

void TestCoachingGui::modelShowsNotes()
{
    ui::NoteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<CoachingNote> notes = store::NoteRepository(m_store.store()).list();
    model.setNotes(notes, m_store.store().timeZone());
    const int b = model.rowOf(m_fixture[1]);
    QVERIFY(b >= 0);
    QCOMPARE(model.index(b, ui::NoteModel::Agent).data().toString(), QStringLiteral("AG102"));
    QCOMPARE(model.index(b, ui::NoteModel::Topic).data().toString(),
             kpi::Definitions::name(*kpi::findKpi(QStringLiteral("aht"))));
    QCOMPARE(model.index(b, ui::NoteModel::Agreed).data().toString(), QStringLiteral("Use the billing FAQ first"));
    QCOMPARE(model.index(b, ui::NoteModel::Status).data().toString(), QStringLiteral("done"));
    QCOMPARE(model.index(b, ui::NoteModel::Shared).data().toString(), QStringLiteral("private"));
    const int a = model.rowOf(m_fixture[0]);
    QCOMPARE(model.index(a, ui::NoteModel::FollowUp).data(ui::NoteModel::SortRole).toDate(), QDate(2026, 11, 6));
    const int c = model.rowOf(m_fixture[2]);
    QCOMPARE(model.index(c, ui::NoteModel::Topic).data().toString(), conflicts::ruleTitle(conflicts::Rule::Rushing));
    QCOMPARE(model.index(c, ui::NoteModel::Shared).data().toString(), QStringLiteral("shared"));
    // Written today, in the store's zone.
    QCOMPARE(model.index(c, ui::NoteModel::Written).data(ui::NoteModel::WrittenDateRole).toDate(),
             QDateTime::currentDateTime().toTimeZone(m_store.store().timeZone()).date());
}

void TestCoachingGui::filtersAsTheRepository_data()
{
    QTest::addColumn<store::NoteFilter>("filter");
    QTest::addColumn<int>("fixtureRows"); // how many of the three fixture notes pass
    const QDate today = QDateTime::currentDateTime().toTimeZone(m_store.store().timeZone()).date();
    store::NoteFilter f;
    QTest::newRow("all") << f << 3;
    f.agent = QStringLiteral("AG101");
    QTest::newRow("agent") << f << 2;
    f = {};
    f.topic = QStringLiteral("aht");
    QTest::newRow("topic kpi") << f << 1;
    f.topic = QStringLiteral("rushing");
    QTest::newRow("topic conflict") << f << 1;
    f = {};
    f.status = NoteStatus::Done;
    QTest::newRow("status") << f << 1;
    f = {};
    f.text = QStringLiteral("BILLING faq");
    QTest::newRow("text in agreed, any case") << f << 1;
    f = {};
    f.from = today.addDays(1);
    QTest::newRow("from tomorrow") << f << 0;
    f = {};
    f.from = today;
    f.to = today;
    QTest::newRow("written today") << f << 3;
    f = {};
    f.deleted = store::NoteFilter::Deleted::Only;
    QTest::newRow("bin") << f << 0;
}

void TestCoachingGui::filtersAsTheRepository()
{
    QFETCH(store::NoteFilter, filter);
    QFETCH(int, fixtureRows);
    const store::NoteRepository notes(m_store.store());
    ui::NoteModel model;
    store::NoteFilter everything;
    everything.deleted = store::NoteFilter::Deleted::Include;
    model.setNotes(notes.list(everything), m_store.store().timeZone());
    ui::NoteFilterProxy proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setNoteFilter(filter);
    QCOMPARE(idsOf(proxy), idsOf(notes.list(filter)));
    const QList<qint64> shown = idsOf(proxy);
    QCOMPARE(int(std::count_if(m_fixture.cbegin(), m_fixture.cend(), [&](qint64 id) { return shown.contains(id); })),
             fixtureRows);
}

void TestCoachingGui::undoRedoRestoreFieldsAndAutosave()
{
    CoachingNote note;
    note.agent = QStringLiteral("AG103");
    note.observed = QStringLiteral("Greets slowly");
    const qint64 id = addNote(note);
    store::NoteRepository notes(m_store.store());
    ui::NoteEditor editor(m_store.store(), *notes.get(id));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.observedEdit()->toPlainText(), QStringLiteral("Greets slowly"));

    // Typing is saved after a pause; a status is saved at once.
    editor.observedEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor.observedEdit(), QStringLiteral(" at peak times"));
    QTRY_COMPARE(notes.get(id)->observed, QStringLiteral("Greets slowly at peak times"));
    editor.statusBox()->setCurrentIndex(editor.statusBox()->findData(int(NoteStatus::Done)));
    QCOMPARE(notes.get(id)->status, NoteStatus::Done);
    editor.sharedBox()->setChecked(true);
    QCOMPARE(notes.get(id)->shared, true);
    QCOMPARE(editor.undoStack()->count(), 3);

    // Ctrl+Z in the text field goes to the editor's stack, not the field's own.
    QTest::keyClick(editor.observedEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor.sharedBox()->isChecked(), false);
    QCOMPARE(notes.get(id)->shared, false);
    editor.undoStack()->undo();
    QCOMPARE(editor.statusBox()->currentData().toInt(), int(NoteStatus::Open));
    QCOMPARE(notes.get(id)->status, NoteStatus::Open);
    editor.undoStack()->undo();
    QCOMPARE(editor.observedEdit()->toPlainText(), QStringLiteral("Greets slowly"));
    QCOMPARE(notes.get(id)->observed, QStringLiteral("Greets slowly"));
    QVERIFY(!editor.undoStack()->canUndo());

    // Redo, by Ctrl+Shift+Z too: the typing and the status come back, in the store as well.
    editor.undoStack()->redo();
    QCOMPARE(editor.observedEdit()->toPlainText(), QStringLiteral("Greets slowly at peak times"));
    QTest::keyClick(editor.observedEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor.statusBox()->currentData().toInt(), int(NoteStatus::Done));
    const CoachingNote stored = *notes.get(id);
    QCOMPARE(stored.observed, QStringLiteral("Greets slowly at peak times"));
    QCOMPARE(stored.status, NoteStatus::Done);
    QCOMPARE(stored.shared, false);
    test::saveScreenshot(editor, QStringLiteral("note-editor"));
}

void TestCoachingGui::typingBurstIsOneHistoryEntry()
{
    CoachingNote note;
    note.agent = QStringLiteral("AG104");
    note.observed = QStringLiteral("Hold");
    const qint64 id = addNote(note);
    store::NoteRepository notes(m_store.store());
    ui::NoteEditor editor(m_store.store(), *notes.get(id));
    editor.show();
    editor.observedEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor.observedEdit(), QStringLiteral("s are"));
    QTRY_VERIFY(!editor.hasPendingTyping());
    QCOMPARE(notes.get(id)->observed, QStringLiteral("Holds are"));
    QTest::keyClicks(editor.observedEdit(), QStringLiteral(" long"));
    QTRY_VERIFY(!editor.hasPendingTyping());
    QCOMPARE(notes.get(id)->observed, QStringLiteral("Holds are long"));
    // One more word, then the editor is closed before the pause: saved all the same.
    QTest::keyClicks(editor.observedEdit(), QStringLiteral("!"));
    QVERIFY(editor.hasPendingTyping());
    editor.close();
    QCOMPARE(notes.get(id)->observed, QStringLiteral("Holds are long!"));

    const QList<store::NoteChange> history = notes.history(id);
    QCOMPARE(historyOf(history, QStringLiteral("text")), 1);
    const auto text = std::find_if(history.cbegin(), history.cend(), [](const auto &c) { return c.field == u"text"; });
    QCOMPARE(text->oldValue, QStringLiteral("Hold"));
    QCOMPARE(text->newValue, QStringLiteral("Holds are long!"));
    // The History tab shows the same entries.
    QCOMPARE(editor.historyModel()->rowCount(), int(history.size()));
    const int last = editor.historyModel()->rowCount() - 1;
    QCOMPARE(editor.historyModel()->index(last, ui::NoteHistoryModel::Field).data().toString(), QStringLiteral("Observed"));
    QCOMPARE(editor.historyModel()->index(last, ui::NoteHistoryModel::Now).data().toString(), QStringLiteral("Holds are long!"));
}

void TestCoachingGui::softDeleteAndRestore()
{
    CoachingNote note;
    note.agent = QStringLiteral("AG105");
    note.observed = QStringLiteral("To be binned");
    const qint64 id = addNote(note);
    store::NoteRepository notes(m_store.store());
    ui::NoteEditor editor(m_store.store(), *notes.get(id));
    QSignalSpy saved(&editor, &ui::NoteEditor::noteSaved);
    editor.deleteAction()->trigger();
    QVERIFY(notes.get(id)->isDeleted());
    QVERIFY(!idsOf(notes.list()).contains(id));
    QVERIFY(!editor.observedEdit()->isEnabled());
    QVERIFY(editor.restoreAction()->isVisible());
    test::saveScreenshot(editor, QStringLiteral("note-editor-deleted"));
    editor.restoreAction()->trigger();
    QVERIFY(!notes.get(id)->isDeleted());
    QVERIFY(idsOf(notes.list()).contains(id));
    QVERIFY(editor.observedEdit()->isEnabled());
    QCOMPARE(saved.count(), 2);
    QCOMPARE(historyOf(notes.history(id), QStringLiteral("deleted_at")), 2);
}

void TestCoachingGui::newNoteIsStoredOnceItHasAnAgent()
{
    // A team's conflict leaves the agent to the team leader: nothing is stored until chosen.
    CoachingNote note;
    note.week = QStringLiteral("2026-W44");
    note.observed = QStringLiteral("Team-wide transfers");
    ui::NoteEditor editor(m_store.store(), note);
    editor.setAgents({QStringLiteral("AG101"), QStringLiteral("AG106")});
    QCOMPARE(editor.agentBox()->currentText(), QString());
    QVERIFY(!editor.saveNow());
    QVERIFY2(editor.statusText().contains(QStringLiteral("agent")), qPrintable(editor.statusText()));
    QCOMPARE(editor.note().id, 0);
    editor.agentBox()->setCurrentIndex(1);
    QTRY_VERIFY(editor.note().id != 0);
    const auto stored = store::NoteRepository(m_store.store()).get(editor.note().id);
    QCOMPARE(stored->agent, QStringLiteral("AG106"));
    QCOMPARE(stored->week, QStringLiteral("2026-W44"));
    QCOMPARE(stored->observed, QStringLiteral("Team-wide transfers"));
}

void TestCoachingGui::noteFromDashboardConflict()
{
    auto store = store::Store::open(m_store.path(), nullptr);
    QVERIFY(store);
    ui::MainWindow window(std::move(store));
    window.resize(1400, 900);
    window.show();
    QSignalSpy loaded(window.dashboard(), &ui::DashboardWidget::loaded);
    QVERIFY(loaded.wait(60000));
    // AG101's rushing story: an agent's conflict on a charted KPI.
    window.dashboard()->selectWeek(QStringLiteral("2026-W45"));
    const QList<conflicts::Conflict> week = window.dashboard()->data().weekConflicts();
    const auto found = std::find_if(week.cbegin(), week.cend(), [](const conflicts::Conflict &c) {
        return c.groupKind == u"agent" && c.evidence.contains(QStringLiteral("aht"));
    });
    QVERIFY(found != week.cend());
    const conflicts::Conflict conflict = *found;
    const int row = int(found - week.cbegin());
    QVERIFY(!window.dashboard()->conflictsModel()->item(row)->text().contains(QStringLiteral("note written")));

    window.dashboard()->writeNoteFor(row);
    auto *editor = window.findChild<ui::NoteEditor *>();
    QVERIFY(editor);
    const CoachingNote expected = coaching::noteFromConflict(conflict);
    QCOMPARE(editor->note().id, 0);
    QCOMPARE(editor->agentBox()->currentText(), conflict.group);
    QCOMPARE(editor->observedEdit()->toPlainText(), expected.observed);
    QCOMPARE(editor->note().week, QStringLiteral("2026-W45"));
    QCOMPARE(editor->note().kpis, expected.kpis);
    QCOMPARE(editor->note().conflict, QStringLiteral("rushing"));
    test::saveScreenshot(*editor, QStringLiteral("note-from-conflict"));
    QTest::keyClicks(editor->agreedEdit(), QStringLiteral("Confirm the customer's issue is solved before closing"));
    QVERIFY(editor->saveNow());
    const qint64 id = editor->note().id;
    QVERIFY(id != 0);
    const auto stored = store::NoteRepository(window.store()).get(id);
    QCOMPARE(stored->agent, conflict.group);
    QCOMPARE(stored->conflict, QStringLiteral("rushing"));
    QCOMPARE(stored->agreed, QStringLiteral("Confirm the customer's issue is solved before closing"));
    editor->close();

    // The panel says so; the agent view lists it and marks its week on the charts.
    const QString text = window.dashboard()->conflictsModel()->item(row)->text();
    QVERIFY2(text.endsWith(QStringLiteral("· note written")), qPrintable(text));
    test::saveScreenshot(window, QStringLiteral("dashboard-note-written"));
    ui::AgentView *view = window.openAgentView(conflict.group);
    QVERIFY(view->notesModel()->rowOf(id) >= 0);
    QCOMPARE(view->notesModel()->note(view->notesModel()->rowOf(id)).agreed, stored->agreed);
    ui::KpiChartView *aht = view->chart(QStringLiteral("aht"));
    const qsizetype weekIndex = aht->data().weeks.indexOf(QStringLiteral("2026-W45"));
    QVERIFY(weekIndex >= 0);
    bool marked = false;
    for (const QPointF &p : aht->noteSeries()->points())
        marked = marked || qRound(p.x()) == weekIndex;
    QVERIFY(marked);
    // The Coaching tab lists it too.
    QVERIFY(window.coaching()->notesModel()->rowOf(id) >= 0);
    view->selectNote(id);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && !view->isMeasuringEffects(), 60000);
    test::saveScreenshot(window, QStringLiteral("agent-view-notes"));
    QTabWidget *tabs = window.findChild<QTabWidget *>();
    tabs->setCurrentWidget(window.coaching());
    QTRY_VERIFY_WITH_TIMEOUT(!window.coaching()->isMeasuring(), 60000);
    test::saveScreenshot(window, QStringLiteral("coaching-tab"));
}

void TestCoachingGui::effectsAreCores()
{
    // AHT around W41: the four weeks before and after are in the demo data.
    CoachingNote note;
    note.agent = QStringLiteral("AG101");
    note.week = QStringLiteral("2026-W41");
    note.kpis = {QStringLiteral("aht"), QStringLiteral("fcr")};
    note.observed = QStringLiteral("Measured note");
    const qint64 id = addNote(note);
    const CoachingNote stored = *store::NoteRepository(m_store.store()).get(id);

    store::Store &s = m_store.store();
    kpi::KpiEngine engine(s, kpi::KpiSettings::load(s), s.timeZone());
    QString error;
    const auto data = coaching::loadEffectData(engine, {stored}, s.timeZone(), &error);
    QVERIFY2(data, qPrintable(error));
    const QList<coaching::CoachingEffect> expected = coaching::effectsOf(stored, *data, s.timeZone());
    QCOMPARE(expected.size(), 2);
    QVERIFY(expected[0].before.figure.value && expected[0].after.figure.value);
    QVERIFY(expected[0].verdict != coaching::Verdict::Pending);

    const ui::DashboardData dashboard = ui::loadDashboard(m_store.path(), {}, QStringLiteral("2026-W45"));
    ui::AgentView view(s, dashboard, QStringLiteral("AG101"));
    view.resize(1400, 900);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(!view.isMeasuringEffects(), 60000);
    QVERIFY2(view.effects().error.isEmpty(), qPrintable(view.effects().error));
    const QList<coaching::CoachingEffect> shown = view.effects().of(id);
    QCOMPARE(shown.size(), expected.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QCOMPARE(shown[i].kpi, expected[i].kpi);
        QCOMPARE(shown[i].verdict, expected[i].verdict);
        QCOMPARE(shown[i].before.figure.value, expected[i].before.figure.value);
        QCOMPARE(shown[i].after.figure.ciLow, expected[i].after.figure.ciLow);
        QCOMPARE(shown[i].teamAfter.figure.value, expected[i].teamAfter.figure.value);
        QCOMPARE(shown[i].unusuallyBad, expected[i].unusuallyBad);
    }
    // The details pane says it in words: the verdict, both spans, the team and the caveat.
    view.selectNote(id);
    const QString text = view.effectText(id);
    QCOMPARE(text, ui::EffectText::describe(expected[0]) + QStringLiteral("\n\n") + ui::EffectText::describe(expected[1]));
    QVERIFY(text.contains(coaching::verdictText(expected[0].verdict)));
    QVERIFY(text.contains(ui::EffectText::spanFigure(*kpi::findKpi(QStringLiteral("aht")), expected[0].before)));
    QVERIFY(text.contains(QStringLiteral("regression to the mean")));
    QVERIFY(text.contains(QStringLiteral("Team Billing")));
    test::saveScreenshot(view, QStringLiteral("agent-view-effect"));

    // The Coaching tab's topic summary is core's over every note with a KPI.
    QList<coaching::CoachingEffect> all;
    QList<CoachingNote> measured;
    for (const CoachingNote &n : store::NoteRepository(s).list()) {
        if (!n.kpis.isEmpty())
            measured.append(n);
    }
    const auto allData = coaching::loadEffectData(engine, measured, s.timeZone(), &error);
    QVERIFY2(allData, qPrintable(error));
    for (const CoachingNote &n : measured)
        all += coaching::effectsOf(n, *allData, s.timeZone());
    const QList<coaching::TopicSummary> topics = coaching::topicSummary(all);
    ui::CoachingWidget tab;
    QSignalSpy measuredSpy(&tab, &ui::CoachingWidget::effectsMeasured);
    tab.setStore(&s);
    QVERIFY(measuredSpy.wait(60000));
    QAbstractItemModelTester tester(tab.topicsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tab.topicsModel()->rowCount(), int(topics.size()));
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const coaching::TopicSummary &t = tab.topicsModel()->topics()[i];
        QCOMPARE(t.kpi, topics[i].kpi);
        QCOMPARE(t.judged, topics[i].judged);
        QCOMPARE(t.improved, topics[i].improved);
        QCOMPARE(t.pending, topics[i].pending);
    }
}

QTEST_MAIN(TestCoachingGui)
#include "tst_coachinggui.moc"
