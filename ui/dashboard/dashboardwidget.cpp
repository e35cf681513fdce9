#include "dashboardwidget.h"

#include "../common/widgets.h"

#include "kpitile.h"
#include "kpiwording.h"

#include "../charts/kpichartview.h"
#include "../models/agentkpimodel.h"

#include <trends/headline.h>

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSemaphore>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace huddle::ui {

namespace {

const QStringList kChartKpis = {QStringLiteral("fcr"), QStringLiteral("aht"), QStringLiteral("csat")};

// Roles of the navigation tree's items and the conflicts panel's rows.
enum Role { KindRole = Qt::UserRole + 1, NameRole, WeekRole };

QStandardItem *navigationItem(const QString &text, const Focus &focus)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(focus.kind), KindRole);
    item->setData(focus.name, NameRole);
    return item;
}

Focus focusOf(const QModelIndex &index)
{
    return {Focus::Kind(index.data(KindRole).toInt()), index.data(NameRole).toString()};
}

void fillCombo(QComboBox *combo, const QString &all, const QStringList &values, const QString &current)
{
    combo->clear();
    combo->addItem(all, QString());
    for (const QString &v : values)
        combo->addItem(v, v);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

// A conflict's group as people read it: "AG101 (agent)".
QString groupText(const conflicts::Conflict &c)
{
    if (c.groupKind == u"agent")
        return DashboardWidget::tr("%1 (agent)").arg(c.group);
    if (c.groupKind == u"team")
        return DashboardWidget::tr("%1 (team)").arg(c.group);
    return DashboardWidget::tr("%1 (queue)").arg(c.group);
}

} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
    , m_week(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_channel(new QComboBox(this))
    , m_queue(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_navigation(new QStandardItemModel(this))
    , m_tree(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_agents(new AgentKpiModel(this))
    , m_agentTeam(new QSortFilterProxyModel(this))
    , m_agentSearch(new QSortFilterProxyModel(this))
    , m_agentTable(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_conflicts(new QStandardItemModel(this))
    , m_conflictList(new QListView(this))
    , m_writeNote(new QPushButton(tr("&Write a coaching note…"), this))
    , m_proposeAction(new QPushButton(tr("Im&provement action…"), this))
{
    qRegisterMetaType<FigureRef>();
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the same thread for every load: the connection is its own

    m_tree->setModel(m_navigation);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Operation, teams and agents"));
    m_tree->setMinimumWidth(160);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) { focusOn(focusOf(index)); });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const Focus focus = focusOf(index);
        focusOn(focus);
        if (focus.kind == Focus::Kind::Agent)
            emit agentActivated(focus.name);
    });

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Shown for"));

    auto *tiles = new QHBoxLayout;
    for (const QString &id : headlineKpis()) {
        auto *tile = new KpiTile(*kpi::findKpi(id), this);
        tile->setProperty("kpi", id);
        connect(tile, &KpiTile::activated, this, [this, id] {
            if (!m_data.week.isEmpty())
                emit drillDownRequested({id, m_focus, m_data.week});
        });
        m_tiles.append(tile);
        tiles->addWidget(tile);
    }

    auto *charts = new QHBoxLayout;
    for (const QString &id : kChartKpis) {
        auto *view = new KpiChartView(*kpi::findKpi(id), this);
        connect(view, &KpiChartView::figureActivated, this,
                [this, id](const kpi::Figure &f) { emit drillDownRequested({id, m_focus, f.period}); });
        m_charts.append(view);
        charts->addWidget(view);
    }

    m_agentTeam->setSourceModel(m_agents);
    m_agentTeam->setFilterKeyColumn(1);
    m_agentSearch->setSourceModel(m_agentTeam);
    m_agentSearch->setSortRole(AgentKpiModel::SortRole);
    m_agentSearch->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_agentSearch->setFilterKeyColumn(-1);
    m_agentTable->setModel(m_agentSearch);
    m_agentTable->setSortingEnabled(true);
    m_agentTable->sortByColumn(0, Qt::AscendingOrder);
    m_agentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agentTable->setAlternatingRowColors(true);
    m_agentTable->verticalHeader()->hide();
    m_agentTable->horizontalHeader()->setStretchLastSection(true);
    m_agentTable->horizontalHeader()->setResizeContentsPrecision(100); // rows measured for a width
    m_agentTable->setAccessibleName(tr("Agents"));
    m_agentTable->setToolTip(tr("Double-click an agent to open their view, a figure to list its contacts."));
    connect(m_agentTable, &QTableView::activated, this, &DashboardWidget::activateAgentCell);
    // Picking an agent in the table shows their figures above it.
    connect(m_agentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    focusOn(Focus::agent(current.siblingAtColumn(0).data().toString()));
            });
    m_search->setPlaceholderText(tr("Search agents or teams"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search agents"));
    connect(m_search, &QLineEdit::textChanged, m_agentSearch, &QSortFilterProxyModel::setFilterFixedString);

    m_conflictList->setModel(m_conflicts);
    m_conflictList->setWordWrap(true);
    m_conflictList->setAlternatingRowColors(true);
    m_conflictList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictList->setAccessibleName(tr("Conflicts this week"));
    connect(m_conflictList, &QListView::activated, this, [this](const QModelIndex &index) { selectConflict(index.row()); });
    connect(m_conflictList, &QListView::clicked, this, [this](const QModelIndex &index) { selectConflict(index.row()); });
    m_conflictList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_conflictList, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_conflictList->indexAt(pos);
        if (!index.isValid() || index.data(KindRole).isNull())
            return;
        QMenu menu;
        menu.addAction(m_writeNote->text(), this, [this, row = index.row()] { writeNoteFor(row); });
        menu.addAction(m_proposeAction->text(), this, [this, row = index.row()] { proposeActionFor(row); });
        menu.exec(m_conflictList->viewport()->mapToGlobal(pos));
    });
    m_writeNote->setToolTip(tr("A coaching note about the selected conflict, pre-filled from it"));
    m_writeNote->setEnabled(false);
    // A conflict that is the team's way of working, not one agent's, asks for a change.
    m_proposeAction->setToolTip(tr("An improvement action on the KPI the selected conflict puts at risk, pre-filled "
                                   "from it"));
    m_proposeAction->setEnabled(false);
    connect(m_conflictList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const bool isConflict = !current.data(KindRole).isNull();
                m_writeNote->setEnabled(isConflict);
                m_proposeAction->setEnabled(isConflict);
            });
    connect(m_writeNote, &QPushButton::clicked, this,
            [this] { writeNoteFor(m_conflictList->currentIndex().row()); });
    connect(m_proposeAction, &QPushButton::clicked, this,
            [this] { proposeActionFor(m_conflictList->currentIndex().row()); });

    auto *agentsBox = new QWidget(this);
    auto *agentsLayout = new QVBoxLayout(agentsBox);
    agentsLayout->setContentsMargins(0, 0, 0, 0);
    agentsLayout->addWidget(m_search);
    agentsLayout->addWidget(m_agentTable, 1);
    auto *conflictsBox = new QWidget(this);
    auto *conflictsLayout = new QVBoxLayout(conflictsBox);
    conflictsLayout->setContentsMargins(0, 0, 0, 0);
    conflictsLayout->addWidget(new QLabel(tr("<b>Conflicts this week</b>"), this));
    conflictsLayout->addWidget(m_conflictList, 1);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_writeNote);
    conflictButtons->addWidget(m_proposeAction);
    conflictButtons->addStretch(1);
    conflictsLayout->addLayout(conflictButtons);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(agentsBox);
    lower->addWidget(conflictsBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);

    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(m_title);
    mainLayout->addLayout(tiles);
    mainLayout->addLayout(charts, 2);
    mainLayout->addWidget(lower, 3);
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(m_tree);
    body->addWidget(main);
    body->setStretchFactor(0, 0);
    body->setStretchFactor(1, 1);
    body->setSizes({230, 1200});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    layout->addWidget(body, 1);

    connect(&m_watcher, &QFutureWatcher<DashboardData>::finished, this, [this] {
        display(m_watcher.result());
        if (m_pending) {
            const Request next = *std::exchange(m_pending, std::nullopt);
            start(next.filters, next.week);
        }
    });
}

DashboardWidget::~DashboardWidget()
{
    // The connection is closed on the thread that opened it, after the load under way. A
    // semaphore, not a future: waiting on a future may run its task on this thread instead.
    QSemaphore closed;
    m_pool.start([loader = std::exchange(m_loader, nullptr), &closed]() mutable {
        loader.reset();
        closed.release();
    });
    closed.acquire();
}

QWidget *DashboardWidget::createFilterBar()
{
    m_previous->setText(QStringLiteral("◀"));
    m_previous->setToolTip(tr("Previous week (Alt+Left)"));
    m_previous->setAccessibleName(tr("Previous week"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setText(QStringLiteral("▶"));
    m_next->setToolTip(tr("Next week (Alt+Right)"));
    m_next->setAccessibleName(tr("Next week"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_week->setAccessibleName(tr("Week"));
    m_week->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_week->setMinimumContentsLength(9); // "2026-W47"
    connect(m_previous, &QToolButton::clicked, this, [this] { stepWeek(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { stepWeek(1); });
    connect(m_week, &QComboBox::activated, this, [this] { selectWeek(m_week->currentText()); });

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::editingFinished, this, &DashboardWidget::applyFilterBar);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_channel->setAccessibleName(tr("Channel"));
    m_queue->setAccessibleName(tr("Queue"));
    for (QComboBox *combo : {m_channel, m_queue}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, &DashboardWidget::applyFilterBar);
    }
    auto *reset = new QToolButton(this);
    reset->setText(tr("Reset filters"));
    reset->setAccessibleName(tr("Reset filters"));
    connect(reset, &QToolButton::clicked, this, [this] { setFilters({}); });

    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto labelled = [&](const QString &text, QWidget *field) { addFieldLabel(layout, text, field); };
    labelled(tr("&Week:"), m_week);
    layout->addWidget(m_previous);
    layout->addWidget(m_week);
    layout->addWidget(m_next);
    layout->addSpacing(16);
    labelled(tr("Fro&m:"), m_from);
    layout->addWidget(m_from);
    labelled(tr("T&o:"), m_to);
    layout->addWidget(m_to);
    layout->addSpacing(16);
    labelled(tr("Cha&nnel:"), m_channel);
    layout->addWidget(m_channel);
    labelled(tr("&Queue:"), m_queue);
    layout->addWidget(m_queue);
    layout->addWidget(reset);
    layout->addWidget(m_status, 1);
    return bar;
}

bool DashboardWidget::isLoading() const
{
    return m_watcher.isRunning();
}

void DashboardWidget::load(const QString &storePath, const DashboardFilters &filters, const QString &week)
{
    if (storePath != m_storePath)
        m_focus = Focus::operation();
    m_storePath = storePath;
    start(filters, week);
}

void DashboardWidget::reload()
{
    m_dataChanged = true;
    start(m_data.filters, m_data.week);
}

void DashboardWidget::setFilters(const DashboardFilters &filters)
{
    start(filters, m_data.week);
}

void DashboardWidget::start(const DashboardFilters &filters, const QString &week)
{
    if (m_watcher.isRunning()) {
        m_pending = Request{filters, week};
        return;
    }
    m_status->setText(tr("Computing…"));
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [loader = m_loader, path = m_storePath, filters, week,
                                                    fresh = std::exchange(m_dataChanged, false)] {
        if (fresh)
            loader->invalidate();
        return loader->load(path, filters, week);
    }));
}

void DashboardWidget::applyFilterBar()
{
    if (m_filling || m_storePath.isEmpty())
        return;
    DashboardFilters filters;
    // Dates left as loaded keep following the store's newest weeks.
    if (m_from->date() != m_data.from)
        filters.from = m_from->date();
    else
        filters.from = m_data.filters.from;
    if (m_to->date() != m_data.to)
        filters.to = m_to->date();
    else
        filters.to = m_data.filters.to;
    filters.channel = m_channel->currentData().toString();
    filters.queue = m_queue->currentData().toString();
    if (!(filters == m_data.filters))
        setFilters(filters);
}

void DashboardWidget::selectWeek(const QString &week)
{
    if (m_watcher.isRunning() || m_data.groups.isEmpty()) {
        start(m_data.filters, week);
        return;
    }
    display(withWeek(m_data, week)); // every week's figures are loaded: nothing to compute
}

void DashboardWidget::stepWeek(int step)
{
    const int index = m_week->currentIndex() + step;
    if (index >= 0 && index < m_week->count())
        selectWeek(m_week->itemText(index));
}

void DashboardWidget::focusOn(const Focus &focus)
{
    if (focus == m_focus)
        return;
    m_focus = focus;
    fillFocus();
}

KpiTile *DashboardWidget::tile(const QString &kpi) const
{
    for (KpiTile *t : m_tiles) {
        if (t->property("kpi").toString() == kpi)
            return t;
    }
    return nullptr;
}

KpiChartView *DashboardWidget::chart(const QString &kpi) const
{
    for (KpiChartView *c : m_charts) {
        if (QLatin1StringView(c->spec().id) == kpi)
            return c;
    }
    return nullptr;
}

void DashboardWidget::selectConflict(int row)
{
    const QStandardItem *item = m_conflicts->item(row);
    if (!item || item->data(KindRole).isNull())
        return;
    const QString kind = item->data(KindRole).toString();
    const QString group = item->data(NameRole).toString();
    if (item->data(WeekRole).toString() != m_data.week)
        selectWeek(item->data(WeekRole).toString());
    if (kind == u"agent")
        focusOn(Focus::agent(group));
    else if (kind == u"team")
        focusOn(Focus::team(group));
}

void DashboardWidget::setNotes(const QList<coaching::CoachingNote> &notes)
{
    m_notes = notes;
    fillConflicts();
}

void DashboardWidget::writeNoteFor(int row)
{
    const QList<conflicts::Conflict> week = m_data.weekConflicts();
    if (row >= 0 && row < week.size())
        emit noteRequested(week[row]);
}

void DashboardWidget::proposeActionFor(int row)
{
    const QList<conflicts::Conflict> week = m_data.weekConflicts();
    if (row >= 0 && row < week.size())
        emit actionRequested(week[row]);
}

bool DashboardWidget::hasNote(const conflicts::Conflict &c) const
{
    const QString rule = conflicts::ruleName(c.rule);
    return std::any_of(m_notes.cbegin(), m_notes.cend(), [&](const coaching::CoachingNote &note) {
        // A team's conflict is noted by a note about one of its agents.
        const bool about = c.groupKind == u"agent" ? note.agent == c.group
            : c.groupKind == u"team" && !m_data.groups.isEmpty()
                && m_data.agents().teamOfAgent.value(note.agent) == c.group;
        return about && note.week == c.week && note.conflict == rule && !note.isDeleted();
    });
}

QString DashboardWidget::selectedAgent() const
{
    const QModelIndexList rows = m_agentTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void DashboardWidget::activateAgentCell(const QModelIndex &index)
{
    const QString agent = index.siblingAtColumn(0).data().toString();
    const QString kpi = index.data(AgentKpiModel::KpiIdRole).toString();
    if (kpi.isEmpty() || !kpi::findKpi(kpi))
        emit agentActivated(agent); // the name, team or conflicts column
    else
        emit drillDownRequested({kpi, Focus::agent(agent), m_data.week});
}

void DashboardWidget::display(DashboardData data)
{
    const bool newSpan = !(data.filters == m_data.filters) || data.weeks != m_data.weeks
        || data.groups.size() != m_data.groups.size();
    m_data = std::move(data);
    m_status->setText(m_data.error.isEmpty() ? (m_data.weeks.isEmpty() ? tr("No contacts for these filters.") : QString())
                                             : m_data.error);
    fillFilterBar();
    if (newSpan)
        fillNavigation();
    fillAgents();
    fillFocus();
    fillConflicts();
    emit loaded();
}

void DashboardWidget::fillFilterBar()
{
    m_filling = true;
    m_week->clear();
    m_week->addItems(m_data.weeks);
    m_week->setCurrentText(m_data.week);
    m_previous->setEnabled(m_week->currentIndex() > 0);
    m_next->setEnabled(m_week->currentIndex() + 1 < m_week->count());
    m_from->setDate(m_data.from);
    m_to->setDate(m_data.to);
    fillCombo(m_channel, tr("All channels"), m_data.channels, m_data.filters.channel);
    fillCombo(m_queue, tr("All queues"), m_data.queues, m_data.filters.queue);
    m_filling = false;
}

void DashboardWidget::fillNavigation()
{
    m_navigation->clear();
    auto *operation = navigationItem(tr("Operation"), Focus::operation());
    QMap<QString, QStringList> agentsByTeam; // sorted teams, then agents
    if (!m_data.groups.isEmpty()) {
        for (auto it = m_data.agents().teamOfAgent.cbegin(); it != m_data.agents().teamOfAgent.cend(); ++it)
            agentsByTeam[it.value()].append(it.key());
    }
    for (auto team = agentsByTeam.begin(); team != agentsByTeam.end(); ++team) {
        auto *teamItem = navigationItem(team.key().isEmpty() ? tr("(no team)") : team.key(), Focus::team(team.key()));
        team->sort();
        for (const QString &agent : *team) {
            const QString name = m_data.agentNames.value(agent);
            teamItem->appendRow(navigationItem(name.isEmpty() ? agent : agent + QStringLiteral(" · ") + name,
                                               Focus::agent(agent)));
        }
        operation->appendRow(teamItem);
    }
    m_navigation->appendRow(operation);
    m_tree->expand(operation->index());
}

void DashboardWidget::fillAgents()
{
    if (m_data.groups.isEmpty()) {
        m_agents->setWeek(m_data.week, {}, {}, {}, m_data.settings.trendWeeks);
        return;
    }
    const bool firstRows = m_agents->rowCount() == 0;
    m_agents->setWeek(m_data.week, m_data.agents().figures, m_data.agents().teamOfAgent, m_data.conflicts,
                      m_data.settings.trendWeeks);
    // Measuring every cell of hundreds of rows costs more than the rest of a repaint: the
    // widths are fitted to the first rows shown, and the user's own widths kept after that.
    if (firstRows)
        m_agentTable->resizeColumnsToContents();
}

void DashboardWidget::fillFocus()
{
    const FocusView focusView(m_data, m_focus);
    m_title->setText(focusView.title());
    for (KpiTile *tile : m_tiles) {
        const QString id = tile->property("kpi").toString();
        tile->setHeadline(trends::headline(focusView.weekly(id), m_data.week, m_data.settings));
    }
    for (KpiChartView *view : m_charts)
        view->setData(focusView.chart(QLatin1StringView(view->spec().id)));

    // The tree and the agents table follow the focus.
    for (const QModelIndex &index : m_navigation->match(m_navigation->index(0, 0), KindRole, int(m_focus.kind), -1,
                                                        Qt::MatchExactly | Qt::MatchRecursive)) {
        if (index.data(NameRole).toString() == m_focus.name) {
            m_tree->setCurrentIndex(index);
            break;
        }
    }
    const QString team = m_focus.kind == Focus::Kind::Agent ? m_data.groups.isEmpty() ? QString()
                                                                : m_data.agents().teamOfAgent.value(m_focus.name)
        : m_focus.name;
    m_agentTeam->setFilterRegularExpression(
        m_focus.kind == Focus::Kind::Operation ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(team)));
    if (m_focus.kind == Focus::Kind::Agent) {
        for (int r = 0; r < m_agentSearch->rowCount(); ++r) {
            const QModelIndex index = m_agentSearch->index(r, 0);
            if (index.data().toString() == m_focus.name) {
                m_agentTable->selectRow(r);
                m_agentTable->scrollTo(index);
                break;
            }
        }
    }
}

void DashboardWidget::fillConflicts()
{
    m_conflicts->clear();
    const QList<conflicts::Conflict> week = m_data.weekConflicts();
    for (const conflicts::Conflict &c : week) {
        QString text = tr("%1 · %2: %3").arg(conflicts::ruleTitle(c.rule), groupText(c), c.explanation);
        if (hasNote(c))
            text += QStringLiteral(" · ") + tr("note written");
        auto *item = new QStandardItem(text);
        item->setData(c.groupKind, KindRole);
        item->setData(c.group, NameRole);
        item->setData(c.week, WeekRole);
        item->setToolTip(tr("Coaching topic: %1").arg(c.coachingTopic));
        m_conflicts->appendRow(item);
    }
    if (week.isEmpty() && !m_data.weeks.isEmpty())
        m_conflicts->appendRow(new QStandardItem(tr("No conflicts this week.")));
    m_writeNote->setEnabled(false);
    m_proposeAction->setEnabled(false);
}

} // namespace huddle::ui
