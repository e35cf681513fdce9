#include "agentview.h"

#include "../charts/kpichartview.h"
#include "../dashboard/focus.h"
#include "../models/reasonparetomodel.h"

#include <kpi/kpiengine.h>
#include <store/noterepository.h>
#include <store/store.h>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
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
    , m_notes(new QStandardItemModel(this))
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

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(box(tr("Conflicts in these weeks"), tableOf(m_conflicts, tr("Conflicts"), this), this));
    lower->addWidget(box(tr("Contact reasons"), reasonsBox, this));
    lower->addWidget(box(tr("Coaching notes"), tableOf(m_notes, tr("Coaching notes"), this), this));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(charts, 2);
    layout->addWidget(lower, 3);

    fillConflicts();
    fillNotes();
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
}

void AgentView::fillNotes()
{
    m_notes->setHorizontalHeaderLabels({tr("Written"), tr("Status"), tr("KPI"), tr("Observed"), tr("Follow-up")});
    store::NoteFilter filter;
    filter.agent = m_agent;
    const QLocale locale;
    for (const coaching::CoachingNote &note : store::NoteRepository(m_store).list(filter)) {
        m_notes->appendRow({
            new QStandardItem(locale.toString(note.createdAt.toTimeZone(m_store.timeZone()).date(), QLocale::ShortFormat)),
            new QStandardItem(coaching::statusName(note.status)),
            new QStandardItem(note.kpis.join(QStringLiteral(", "))),
            new QStandardItem(note.observed),
            new QStandardItem(note.followUp ? locale.toString(*note.followUp, QLocale::ShortFormat) : QString()),
        });
    }
    if (m_notes->rowCount() == 0)
        m_notes->appendRow(new QStandardItem(tr("No coaching notes for this agent yet.")));
}

} // namespace huddle::ui
