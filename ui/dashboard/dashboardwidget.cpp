#include "dashboardwidget.h"

#include "kpitile.h"
#include "kpiwording.h"

#include "../models/agentkpimodel.h"

#include <trends/headline.h>

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace huddle::ui {

namespace {

const QStringList kChartKpis = {QStringLiteral("fcr"), QStringLiteral("aht"), QStringLiteral("csat")};

// Rates are shown in percent on the charts.
double scaled(const kpi::KpiSpec &spec, double value)
{
    return spec.unit == kpi::Unit::Fraction ? value * 100 : value;
}

} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
    , m_week(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_agents(new AgentKpiModel(this))
    , m_agentFilter(new QSortFilterProxyModel(this))
    , m_agentTable(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_conflicts(new QStandardItemModel(this))
    , m_conflictList(new QListView(this))
{
    m_previous->setText(QStringLiteral("◀"));
    m_previous->setToolTip(tr("Previous week"));
    m_previous->setAccessibleName(tr("Previous week"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setText(QStringLiteral("▶"));
    m_next->setToolTip(tr("Next week"));
    m_next->setAccessibleName(tr("Next week"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_week->setAccessibleName(tr("Week"));
    m_week->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_week->setMinimumContentsLength(9); // "2026-W47"
    connect(m_previous, &QToolButton::clicked, this, [this] { stepWeek(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { stepWeek(1); });
    connect(m_week, &QComboBox::activated, this, [this] { selectWeek(m_week->currentText()); });

    auto *bar = new QHBoxLayout;
    auto *weekLabel = new QLabel(tr("&Week:"), this);
    weekLabel->setBuddy(m_week);
    bar->addWidget(weekLabel);
    bar->addWidget(m_previous);
    bar->addWidget(m_week);
    bar->addWidget(m_next);
    bar->addWidget(m_status, 1);

    auto *tiles = new QHBoxLayout;
    for (const QString &id : headlineKpis()) {
        auto *tile = new KpiTile(*kpi::findKpi(id), this);
        tile->setProperty("kpi", id);
        m_tiles.append(tile);
        tiles->addWidget(tile);
    }

    auto *charts = new QHBoxLayout;
    for (const QString &id : kChartKpis) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        view->setProperty("kpi", id);
        view->setAccessibleName(tr("%1 by week").arg(kpi::Definitions::name(*kpi::findKpi(id))));
        m_charts.append(view);
        charts->addWidget(view);
    }

    m_agentFilter->setSourceModel(m_agents);
    m_agentFilter->setSortRole(AgentKpiModel::SortRole);
    m_agentFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_agentFilter->setFilterKeyColumn(-1);
    m_agentTable->setModel(m_agentFilter);
    m_agentTable->setSortingEnabled(true);
    m_agentTable->sortByColumn(0, Qt::AscendingOrder);
    m_agentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentTable->setAlternatingRowColors(true);
    m_agentTable->verticalHeader()->hide();
    m_agentTable->horizontalHeader()->setStretchLastSection(true);
    m_agentTable->setAccessibleName(tr("Agents"));
    m_search->setPlaceholderText(tr("Search agents or teams"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search agents"));
    connect(m_search, &QLineEdit::textChanged, m_agentFilter, &QSortFilterProxyModel::setFilterFixedString);

    m_conflictList->setModel(m_conflicts);
    m_conflictList->setWordWrap(true);
    m_conflictList->setAlternatingRowColors(true);
    m_conflictList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictList->setAccessibleName(tr("Conflicts this week"));
    connect(m_conflictList, &QListView::activated, this, [this](const QModelIndex &index) { selectConflict(index.row()); });
    connect(m_conflictList, &QListView::clicked, this, [this](const QModelIndex &index) { selectConflict(index.row()); });

    auto *agentsBox = new QWidget(this);
    auto *agentsLayout = new QVBoxLayout(agentsBox);
    agentsLayout->setContentsMargins(0, 0, 0, 0);
    agentsLayout->addWidget(m_search);
    agentsLayout->addWidget(m_agentTable, 1);
    auto *conflictsBox = new QWidget(this);
    auto *conflictsLayout = new QVBoxLayout(conflictsBox);
    conflictsLayout->setContentsMargins(0, 0, 0, 0);
    auto *conflictsTitle = new QLabel(tr("<b>Conflicts this week</b>"), this);
    conflictsLayout->addWidget(conflictsTitle);
    conflictsLayout->addWidget(m_conflictList, 1);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(agentsBox);
    lower->addWidget(conflictsBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(tiles);
    layout->addLayout(charts, 2);
    layout->addWidget(lower, 3);

    connect(&m_watcher, &QFutureWatcher<DashboardData>::finished, this, [this] { display(m_watcher.result()); });
}

DashboardWidget::~DashboardWidget()
{
    m_watcher.waitForFinished();
}

bool DashboardWidget::isLoading() const
{
    return m_watcher.isRunning();
}

void DashboardWidget::load(const QString &storePath, const QString &week)
{
    if (m_watcher.isRunning())
        return;
    m_storePath = storePath;
    m_status->setText(tr("Computing…"));
    m_watcher.setFuture(QtConcurrent::run(loadDashboard, storePath, week));
}

void DashboardWidget::selectWeek(const QString &week)
{
    if (m_watcher.isRunning())
        return;
    if (m_data.groups.isEmpty()) {
        load(m_storePath, week);
        return;
    }
    // The figures of every week are there already: only the week's conflicts are new.
    m_status->setText(tr("Computing…"));
    m_watcher.setFuture(QtConcurrent::run(withWeek, m_data, week));
}

void DashboardWidget::stepWeek(int step)
{
    const int index = m_week->currentIndex() + step;
    if (index >= 0 && index < m_week->count())
        selectWeek(m_week->itemText(index));
}

KpiTile *DashboardWidget::tile(const QString &kpi) const
{
    for (KpiTile *t : m_tiles) {
        if (t->property("kpi").toString() == kpi)
            return t;
    }
    return nullptr;
}

QChartView *DashboardWidget::chart(const QString &kpi) const
{
    for (QChartView *c : m_charts) {
        if (c->property("kpi").toString() == kpi)
            return c;
    }
    return nullptr;
}

void DashboardWidget::selectConflict(int row)
{
    const QStandardItem *item = m_conflicts->item(row);
    if (!item || item->data(Qt::UserRole + 3).toString() != u"agent")
        return;
    const QString agent = item->data(Qt::UserRole + 1).toString();
    m_search->clear();
    for (int r = 0; r < m_agentFilter->rowCount(); ++r) {
        const QModelIndex index = m_agentFilter->index(r, 0);
        if (index.data().toString() == agent) {
            m_agentTable->selectRow(r);
            m_agentTable->scrollTo(index);
            return;
        }
    }
}

QString DashboardWidget::selectedAgent() const
{
    const QModelIndexList rows = m_agentTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void DashboardWidget::display(DashboardData data)
{
    m_data = std::move(data);
    m_status->setText(m_data.error.isEmpty() ? (m_data.weeks.isEmpty() ? tr("No contacts in this store yet.") : QString())
                                             : m_data.error);
    m_week->clear();
    m_week->addItems(m_data.weeks);
    m_week->setCurrentText(m_data.week);
    m_previous->setEnabled(m_week->currentIndex() > 0);
    m_next->setEnabled(m_week->currentIndex() + 1 < m_week->count());
    fillTiles();
    fillCharts();
    m_agents->setWeek(m_data.week, m_data.agents().figures, m_data.agents().teamOfAgent, m_data.conflicts,
                      m_data.settings.trendWeeks);
    m_agentTable->resizeColumnsToContents();
    fillConflicts();
    emit loaded();
}

void DashboardWidget::fillTiles()
{
    for (KpiTile *tile : m_tiles) {
        const QString id = tile->property("kpi").toString();
        tile->setHeadline(trends::headline(trends::seriesOf(m_data.operationWeekly, id), m_data.week, m_data.settings));
    }
}

void DashboardWidget::fillCharts()
{
    // One shared weekly axis: the same weeks, in the same places, on all three charts.
    for (QChartView *view : m_charts) {
        const QString id = view->property("kpi").toString();
        const kpi::KpiSpec &spec = *kpi::findKpi(id);
        auto *chart = new QChart;
        chart->setTitle(kpi::Definitions::name(spec));
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *values = new QLineSeries(chart);
        values->setName(tr("Operation"));
        auto *low = new QLineSeries(chart);
        auto *high = new QLineSeries(chart);
        const QList<kpi::Figure> series = trends::seriesOf(m_data.operationWeekly, id);
        for (qsizetype i = 0; i < m_data.weeks.size(); ++i) {
            for (const kpi::Figure &f : series) {
                if (f.period != m_data.weeks[i] || !f.value)
                    continue;
                values->append(double(i), scaled(spec, *f.value));
                if (f.ciLow) {
                    low->append(double(i), scaled(spec, *f.ciLow));
                    high->append(double(i), scaled(spec, *f.ciHigh));
                }
            }
        }
        auto *band = new QAreaSeries(high, low);
        band->setName(tr("95 % interval"));
        QColor bandColour = palette().color(QPalette::Highlight);
        bandColour.setAlpha(50);
        band->setBrush(bandColour);
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        chart->addSeries(values);
        if (const auto target = m_data.settings.targetFor(id)) {
            auto *line = new QLineSeries(chart);
            line->setName(tr("Target"));
            line->append(0, scaled(spec, *target));
            line->append(double(std::max<qsizetype>(1, m_data.weeks.size() - 1)), scaled(spec, *target));
            QPen pen(QColor(QStringLiteral("#ff7f0e")));
            pen.setStyle(Qt::DashLine);
            pen.setWidth(2);
            line->setPen(pen);
            chart->addSeries(line);
        }
        auto *weeks = new QCategoryAxis;
        weeks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (qsizetype i = 0; i < m_data.weeks.size(); i += std::max<qsizetype>(1, m_data.weeks.size() / 6))
            weeks->append(m_data.weeks[i].mid(5), double(i));
        weeks->setRange(0, double(std::max<qsizetype>(1, m_data.weeks.size() - 1)));
        auto *axisY = new QValueAxis;
        axisY->setLabelFormat(spec.unit == kpi::Unit::Fraction ? QStringLiteral("%.0f %%") : QStringLiteral("%.0f"));
        chart->addAxis(weeks, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        for (QAbstractSeries *s : chart->series()) {
            s->attachAxis(weeks);
            s->attachAxis(axisY);
        }
        axisY->applyNiceNumbers();
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    }
}

void DashboardWidget::fillConflicts()
{
    m_conflicts->clear();
    for (const conflicts::Conflict &c : m_data.conflicts) {
        auto *item = new QStandardItem(QStringLiteral("%1 · %2 (%3): %4")
                                           .arg(conflicts::ruleName(c.rule).replace(u'_', u' '), c.group, c.groupKind,
                                                c.explanation));
        item->setData(c.group, Qt::UserRole + 1);
        item->setData(c.week, Qt::UserRole + 2);
        item->setData(c.groupKind, Qt::UserRole + 3);
        item->setToolTip(tr("Coaching topic: %1").arg(c.coachingTopic));
        m_conflicts->appendRow(item);
    }
    if (m_data.conflicts.isEmpty() && !m_data.weeks.isEmpty())
        m_conflicts->appendRow(new QStandardItem(tr("No conflicts this week.")));
}

} // namespace huddle::ui
