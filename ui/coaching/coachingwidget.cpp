#include "coachingwidget.h"

#include "../common/widgets.h"

#include "notefilterproxy.h"
#include "notemodel.h"
#include "topicsummarymodel.h"

#include <coaching/effect.h>
#include <kpi/kpidefinition.h>
#include <common/localday.h>
#include <kpi/period.h>
#include <store/store.h>

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

namespace huddle::ui {

namespace {

// The date filters' "any day": their minimum, shown as their special value text.
const QDate kAnyDay(2000, 1, 1);

QTableView *noteTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    QTableView *view = readOnlyTable(model, name, parent);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setMaximumSectionSize(360); // long texts: their tooltips say the rest
    // Fitted when the first notes arrive; later refreshes (each autosave of the editor) keep
    // the widths, so the columns do not jump and thousands of notes refresh at once.
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, fitted = false]() mutable {
        if (fitted || view->model()->rowCount() == 0)
            return;
        view->resizeColumnsToContents();
        fitted = true;
    });
    return view;
}

} // namespace

CoachingWidget::CoachingWidget(QWidget *parent)
    : QWidget(parent)
    , m_notes(new NoteModel(this))
    , m_filter(new NoteFilterProxy(m_notes, this))
    , m_followUps(new NoteModel(this))
    , m_topics(new TopicSummaryModel(this))
    , m_table(noteTable(m_filter, tr("Coaching notes"), this))
    , m_agent(new QComboBox(this))
    , m_topic(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_deleted(new QComboBox(this))
    , m_followUpsTitle(new QLabel(this))
    , m_topicsStatus(new QLabel(this))
{
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NoteModel::Written, Qt::DescendingOrder);
    m_table->setToolTip(tr("Double-click a note to edit it."));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit noteRequested(m_filter->note(index.row())); });
    auto *newNote = new QPushButton(tr("&New note…"), this);
    connect(newNote, &QPushButton::clicked, this, [this] {
        coaching::CoachingNote note;
        note.agent = m_agent->currentData().toString();
        note.week = m_week;
        emit noteRequested(note);
    });

    QTableView *followUps = noteTable(m_followUps, tr("Follow-ups due"), this);
    for (int column : {int(NoteModel::Written), int(NoteModel::Observed), int(NoteModel::Status), int(NoteModel::Shared)})
        followUps->hideColumn(column);
    followUps->horizontalHeader()->moveSection(NoteModel::FollowUp, 0);
    connect(followUps, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit noteRequested(m_followUps->note(index.row())); });
    m_followUpsTitle->setWordWrap(true);
    auto *followUpsBox = new QGroupBox(tr("Follow-ups due"), this);
    auto *followUpsLayout = new QVBoxLayout(followUpsBox);
    followUpsLayout->addWidget(m_followUpsTitle);
    followUpsLayout->addWidget(followUps, 1);

    QTableView *topics = noteTable(m_topics, tr("Effect of coaching by KPI"), this);
    m_topicsStatus->setWordWrap(true);
    auto *topicsBox = new QGroupBox(tr("How often coaching was followed by improvement"), this);
    auto *topicsLayout = new QVBoxLayout(topicsBox);
    topicsLayout->addWidget(topics, 1);
    topicsLayout->addWidget(m_topicsStatus);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(followUpsBox);
    lower->addWidget(topicsBox);
    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(createFilterBar());
    upperLayout->addWidget(m_table, 1);
    upperLayout->addWidget(newNote, 0, Qt::AlignLeft);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(&m_watcher, &QFutureWatcher<NoteEffects>::finished, this, [this] {
        const NoteEffects result = m_watcher.result();
        m_measuring = false;
        m_topics->setTopics(coaching::topicSummary(result.effects));
        m_topicsStatus->setText(result.error.isEmpty() ? coaching::regressionCaveat(false) : result.error);
        emit effectsMeasured();
    });
}

CoachingWidget::~CoachingWidget()
{
    m_watcher.waitForFinished();
}

QWidget *CoachingWidget::createFilterBar()
{
    m_agent->setAccessibleName(tr("Agent"));
    m_topic->setAccessibleName(tr("Topic"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"));
    for (coaching::NoteStatus status : {coaching::NoteStatus::Open, coaching::NoteStatus::Done, coaching::NoteStatus::Cancelled})
        m_status->addItem(NoteModel::statusText(status), int(status));
    m_deleted->setAccessibleName(tr("Deleted notes"));
    m_deleted->addItem(tr("Not deleted"), int(store::NoteFilter::Deleted::Exclude));
    m_deleted->addItem(tr("With deleted"), int(store::NoteFilter::Deleted::Include));
    m_deleted->addItem(tr("In the bin only"), int(store::NoteFilter::Deleted::Only));
    for (QComboBox *combo : {m_agent, m_topic, m_status, m_deleted}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &CoachingWidget::applyFilterBar);
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDay);
        edit->setSpecialValueText(tr("any day"));
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setDate(kAnyDay);
        connect(edit, &QDateEdit::dateChanged, this, &CoachingWidget::applyFilterBar);
    }
    m_from->setAccessibleName(tr("Written from"));
    m_to->setAccessibleName(tr("Written until"));
    m_search->setPlaceholderText(tr("Search what was observed or agreed"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search notes"));
    connect(m_search, &QLineEdit::textChanged, this, &CoachingWidget::applyFilterBar);

    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [&](const QString &text, QWidget *field) {
        addFieldLabel(layout, text, field);
        layout->addWidget(field);
    };
    labelled(tr("A&gent:"), m_agent);
    labelled(tr("To&pic:"), m_topic);
    labelled(tr("S&tatus:"), m_status);
    labelled(tr("Written &from:"), m_from);
    labelled(tr("u&ntil:"), m_to);
    layout->addWidget(m_deleted);
    layout->addWidget(m_search, 1);
    return bar;
}

void CoachingWidget::setStore(store::Store *store)
{
    m_store = store;
    m_measuredOnce = false; // another store: other figures
    reload();
}

void CoachingWidget::reload()
{
    if (!m_store)
        return;
    store::NoteFilter all;
    all.deleted = store::NoteFilter::Deleted::Include; // the filter bar can show the bin
    setNotes(store::NoteRepository(*m_store).list(all));
}

void CoachingWidget::setNotes(const QList<coaching::CoachingNote> &notes)
{
    if (!m_store)
        return;
    m_notes->setNotes(notes, m_store->timeZone());
    fillFilterChoices();
    fillFollowUps();

    QList<coaching::CoachingNote> measured;
    for (const coaching::CoachingNote &note : notes) {
        if (!note.isDeleted() && !note.kpis.isEmpty())
            measured.append(note);
    }
    if (sameEffectInputs(measured, std::exchange(m_measured, measured)) && m_measuredOnce)
        return;
    m_measuredOnce = true;
    m_topicsStatus->setText(tr("Measuring the effects…"));
    m_measuring = true;
    m_watcher.setFuture(QtConcurrent::run(loadNoteEffects, m_store->path(), measured));
}

void CoachingWidget::setWeek(const QString &week)
{
    m_week = week;
    fillFollowUps();
}

void CoachingWidget::fillFollowUps()
{
    const QList<coaching::CoachingNote> due = coaching::followUpsDue(m_notes->notes(), m_week);
    m_followUps->setNotes(due, m_notes->timeZone());
    const auto week = kpi::periodFromLabel(m_week);
    m_followUpsTitle->setText(
        week ? tr("Open notes to follow up by the end of %1 (%2), overdue ones too: %n note(s).", nullptr, int(due.size()))
                   .arg(m_week, QLocale().toString(LocalDayConverter::toDate(kpi::periodEnd(kpi::PeriodKind::Week, week->second)),
                                                   QLocale::ShortFormat))
             : tr("Choose a week on the dashboard to see the follow-ups due."));
}

void CoachingWidget::fillFilterChoices()
{
    m_filling = true;
    const QString agent = m_agent->currentData().toString();
    const QString topic = m_topic->currentData().toString();
    std::set<QString> agents;
    std::set<QString> kpis;
    std::set<QString> rules;
    for (const coaching::CoachingNote &note : m_notes->notes()) {
        agents.insert(note.agent);
        kpis.insert(note.kpis.cbegin(), note.kpis.cend());
        if (!note.conflict.isEmpty())
            rules.insert(note.conflict);
    }
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    for (const QString &a : agents)
        m_agent->addItem(a, a);
    m_topic->clear();
    m_topic->addItem(tr("All topics"), QString());
    for (const kpi::KpiSpec &spec : kpi::kpiSpecs()) {
        if (kpis.count(QString::fromLatin1(spec.id)))
            m_topic->addItem(kpi::Definitions::name(spec), QString::fromLatin1(spec.id));
    }
    for (const QString &rule : rules)
        m_topic->addItem(tr("Conflict: %1").arg(NoteModel::conflictTitle(rule)), rule);
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(agent)));
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(topic)));
    m_filling = false;
    applyFilterBar();
}

void CoachingWidget::applyFilterBar()
{
    if (m_filling)
        return;
    store::NoteFilter filter;
    filter.agent = m_agent->currentData().toString();
    filter.topic = m_topic->currentData().toString();
    if (const QVariant status = m_status->currentData(); status.isValid())
        filter.status = coaching::NoteStatus(status.toInt());
    if (m_from->date() != kAnyDay)
        filter.from = m_from->date();
    if (m_to->date() != kAnyDay)
        filter.to = m_to->date();
    filter.text = m_search->text();
    filter.deleted = store::NoteFilter::Deleted(m_deleted->currentData().toInt());
    m_filter->setNoteFilter(filter);
}

void CoachingWidget::setNoteFilter(const store::NoteFilter &filter)
{
    m_filling = true;
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(filter.agent)));
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(filter.topic)));
    m_status->setCurrentIndex(filter.status ? m_status->findData(int(*filter.status)) : 0);
    m_from->setDate(filter.from.value_or(kAnyDay));
    m_to->setDate(filter.to.value_or(kAnyDay));
    m_search->setText(filter.text);
    m_deleted->setCurrentIndex(m_deleted->findData(int(filter.deleted)));
    m_filling = false;
    applyFilterBar();
}

} // namespace huddle::ui
