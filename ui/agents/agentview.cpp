#include "agentview.h"

#include "../common/widgets.h"

#include "../charts/kpichartview.h"
#include "../coaching/notefilterproxy.h"
#include "../coaching/notemodel.h"
#include "../dashboard/focus.h"
#include "../models/reasonparetomodel.h"

#include <coaching/notefromconflict.h>
#include <kpi/kpiengine.h>
#include <store/noterepository.h>
#include <store/store.h>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <iterator>

namespace huddle::ui {

namespace {

// The agent's contact reasons over the span (own connection: runs on a worker thread).
std::pair<QString, QList<reasons::ReasonShare>> loadReasons(const QString &storePath, kpi::KpiQuery query)
{
    QString error;
    auto store = store::Store::open(storePath, &error);
    if (!store)
        return {error, {}};
    kpi::KpiEngine engine(*store, kpi::KpiSettings::load(*store), store->timeZone());
    const auto shares = reasons::analyse(engine, query, &error);
    return {error, shares.value_or(QList<reasons::ReasonShare>())};
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

QTableView *tableOf(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    QTableView *view = readOnlyTable(model, name, parent);
    view->setWordWrap(true);
    return view;
}

} // namespace

AgentView::AgentView(store::Store &store, const DashboardData &data, const QString &agent, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_data(data)
    , m_agent(agent)
    , m_title(new QLabel(this))
    , m_conflicts(new QStandardItemModel(this))
    , m_reasons(new ReasonParetoModel(this))
    , m_notes(new NoteModel(this))
    , m_noteFilter(new NoteFilterProxy(m_notes, this))
    , m_noteTable(tableOf(m_noteFilter, tr("Coaching notes"), this))
    , m_effect(new QPlainTextEdit(this))
    , m_reasonsStatus(new QLabel(tr("Reading contact reasons…"), this))
{
    setAccessibleName(tr("Agent %1").arg(agent));
    const FocusView focus(m_data, Focus::agent(agent));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(focus.title());

    auto *charts = new QHBoxLayout;
    for (const char *id : {"fcr", "aht", "csat"}) {
        auto *view = new KpiChartView(*kpi::findKpi(QLatin1StringView(id)), this);
        view->setData(focus.chart(QLatin1StringView(id)));
        m_charts.append(view);
        charts->addWidget(view);
    }

    auto *reasonsBox = new QWidget(this);
    auto *reasonsLayout = new QVBoxLayout(reasonsBox);
    reasonsLayout->setContentsMargins(0, 0, 0, 0);
    reasonsLayout->addWidget(m_reasonsStatus);
    reasonsLayout->addWidget(tableOf(m_reasons, tr("Contact reasons"), this), 1);

    QTableView *conflictTable = tableOf(m_conflicts, tr("Conflicts"), this);
    conflictTable->setToolTip(tr("Double-click a conflict to write a coaching note about it."));
    connect(conflictTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.row() < m_conflictRows.size())
            emit noteRequested(coaching::noteFromConflict(m_conflictRows[index.row()]));
    });

    // The notes, newest first, each with its effect on its KPIs below the list.
    store::NoteFilter mine;
    mine.agent = agent;
    m_noteFilter->setNoteFilter(mine);
    m_noteFilter->sort(NoteModel::Written, Qt::DescendingOrder);
    m_noteTable->setSortingEnabled(true);
    m_noteTable->sortByColumn(NoteModel::Written, Qt::DescendingOrder);
    m_noteTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_noteTable->horizontalHeader()->setMaximumSectionSize(280); // long texts: their tooltips say the rest
    m_noteTable->setToolTip(tr("Double-click a note to edit it."));
    for (int column : {int(NoteModel::Agent), int(NoteModel::Agreed), int(NoteModel::Shared)})
        m_noteTable->hideColumn(column); // the agent is this one; the editor shows the rest
    connect(m_noteTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit noteRequested(m_noteFilter->note(index.row()));
    });
    connect(m_noteTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgentView::showEffect);
    m_effect->setReadOnly(true);
    m_effect->setAccessibleName(tr("Effect of the coaching note"));
    m_effect->setPlaceholderText(tr("Select a note with a KPI to see that KPI before and after it."));
    auto *newNote = new QPushButton(tr("&New note…"), this);
    connect(newNote, &QPushButton::clicked, this, [this] {
        coaching::CoachingNote note;
        note.agent = m_agent;
        note.week = m_data.week;
        emit noteRequested(note);
    });
    auto *notesSplit = new QSplitter(Qt::Vertical, this);
    notesSplit->addWidget(m_noteTable);
    notesSplit->addWidget(m_effect);
    notesSplit->setStretchFactor(0, 3);
    notesSplit->setStretchFactor(1, 2);
    auto *notesBox = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(newNote, 0, Qt::AlignLeft);
    notesLayout->addWidget(notesSplit, 1);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(box(tr("Conflicts in these weeks"), conflictTable, this));
    lower->addWidget(box(tr("Contact reasons"), reasonsBox, this));
    lower->addWidget(box(tr("Coaching notes"), notesBox, this));
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 2);
    lower->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(charts, 2);
    layout->addWidget(lower, 3);

    fillConflicts();
    connect(&m_effectsWatcher, &QFutureWatcher<NoteEffects>::finished, this, [this] {
        m_effects = m_effectsWatcher.result();
        m_measuring = false;
        showEffect();
        emit effectsMeasured();
    });
    reloadNotes();
    kpi::KpiQuery query = m_data.query();
    query.agent = agent;
    connect(&m_watcher, &QFutureWatcher<std::pair<QString, QList<reasons::ReasonShare>>>::finished, this, [this] {
        const auto [error, shares] = m_watcher.result();
        m_reasonsStatus->setText(error.isEmpty() ? tr("%n reason(s), biggest first", nullptr, int(shares.size()))
                                                 : error);
        m_reasons->setReasons(shares);
        m_loading = false;
        emit loaded();
    });
    m_watcher.setFuture(QtConcurrent::run(loadReasons, store.path(), query));
}

AgentView::~AgentView()
{
    m_watcher.waitForFinished();
    m_effectsWatcher.waitForFinished();
}

QString AgentView::title() const
{
    return m_title->text();
}

KpiChartView *AgentView::chart(const QString &kpi) const
{
    for (KpiChartView *view : m_charts) {
        if (QLatin1StringView(view->spec().id) == kpi)
            return view;
    }
    return nullptr;
}

void AgentView::fillConflicts()
{
    m_conflicts->setHorizontalHeaderLabels({tr("Week"), tr("Conflict"), tr("What it means")});
    QList<conflicts::Conflict> found = FocusView(m_data, Focus::agent(m_agent)).conflicts();
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.week > b.week; });
    for (const conflicts::Conflict &c : found) {
        auto *explanation = new QStandardItem(c.explanation);
        explanation->setToolTip(tr("Coaching topic: %1").arg(c.coachingTopic));
        m_conflicts->appendRow({new QStandardItem(c.week), new QStandardItem(conflicts::ruleTitle(c.rule)), explanation});
    }
    m_conflictRows = found;
}

void AgentView::reloadNotes()
{
    store::NoteFilter filter;
    filter.agent = m_agent;
    setNotes(store::NoteRepository(m_store).list(filter));
}

void AgentView::setNotes(const QList<coaching::CoachingNote> &allNotes)
{
    QList<coaching::CoachingNote> notes;
    std::copy_if(allNotes.cbegin(), allNotes.cend(), std::back_inserter(notes),
                 [this](const coaching::CoachingNote &note) { return note.agent == m_agent && !note.isDeleted(); });
    const QTimeZone zone = m_store.timeZone();
    const qint64 selected = m_noteTable->currentIndex().isValid()
        ? m_noteFilter->note(m_noteTable->currentIndex().row()).id
        : 0;
    const bool first = m_notes->rowCount() == 0;
    m_notes->setNotes(notes, zone);
    if (first) // later refreshes keep the widths (see CoachingWidget)
        m_noteTable->resizeColumnsToContents();
    if (selected)
        selectNote(selected);

    // Every chart marks every note: the timeline of coaching against each KPI.
    QList<KpiChartData::Mark> marks;
    for (const coaching::CoachingNote &note : notes) {
        const QString topic = NoteModel::topicOf(note);
        marks.append({note.anchorWeek(zone),
                      topic.isEmpty() ? note.observed.simplified() : topic + QStringLiteral(": ") + note.observed.simplified()});
    }
    for (KpiChartView *view : m_charts) {
        KpiChartData data = view->data();
        data.notes = marks;
        view->setData(data);
    }

    if (notes.isEmpty()) {
        m_effect->setPlainText(tr("No coaching notes for this agent yet."));
    } else if (!sameEffectInputs(notes, std::exchange(m_measured, notes)) || m_effects.effects.isEmpty()) {
        m_effect->setPlainText(tr("Measuring the effects…"));
        m_measuring = true;
        m_effectsWatcher.setFuture(QtConcurrent::run(loadNoteEffects, m_store.path(), notes));
    } else {
        showEffect();
    }
}

void AgentView::selectNote(qint64 noteId)
{
    const int row = m_noteFilter->rowOf(noteId);
    if (row >= 0)
        m_noteTable->setCurrentIndex(m_noteFilter->index(row, NoteModel::Written));
}

QString AgentView::effectText(qint64 noteId) const
{
    QStringList parts;
    for (const coaching::CoachingEffect &effect : m_effects.of(noteId))
        parts.append(EffectText::describe(effect));
    return parts.join(QStringLiteral("\n\n"));
}

void AgentView::showEffect()
{
    if (m_measuring)
        return; // said when measured
    const QModelIndex current = m_noteTable->currentIndex();
    if (!m_effects.error.isEmpty())
        m_effect->setPlainText(m_effects.error);
    else if (!current.isValid())
        m_effect->clear(); // the placeholder says what to do
    else if (const coaching::CoachingNote &note = m_noteFilter->note(current.row()); note.kpis.isEmpty())
        m_effect->setPlainText(tr("This note names no KPI, so its effect cannot be measured: add one in the editor."));
    else
        m_effect->setPlainText(effectText(note.id));
}

} // namespace huddle::ui
