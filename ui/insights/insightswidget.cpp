#include "insightswidget.h"

#include "driverspanel.h"
#include "hourofweekpanel.h"
#include "paretochartview.h"
#include "voicepanel.h"

#include "../common/widgets.h"
#include "../models/hourofweekmodel.h"
#include "../models/leadingindicatorsmodel.h"
#include "../models/reasonparetomodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace huddle::ui {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

InsightsWidget::InsightsWidget(QWidget *parent)
    : QWidget(parent)
    , m_question(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_pages(new QTabWidget(this))
    , m_outlook(new LeadingIndicatorsModel(this))
    , m_outlookTable(readOnlyTable(m_outlook, tr("Leading and lagging indicators"), this))
    , m_reasons(new ReasonParetoModel(this))
    , m_reasonsSorted(new QSortFilterProxyModel(this))
    , m_reasonsTable(readOnlyTable(m_reasonsSorted, tr("Contact reasons"), this))
    , m_actionForReason(new QPushButton(tr("Improvement action for this rea&son…"), this))
    , m_paretoChart(new ParetoChartView(this))
    , m_hoursNote(new QLabel(this))
    , m_serviceLevel(new HourOfWeekPanel(QStringLiteral("service_level"), this))
    , m_abandonment(new HourOfWeekPanel(QStringLiteral("abandonment_rate"), this))
    , m_drivers(new DriversPanel(this))
    , m_voice(new VoicePanel(this))
{
    m_busy->setRange(0, 0); // busy, no measure of how far
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Computing"));
    m_busy->hide();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_question);
    bar->addWidget(m_busy);
    bar->addWidget(m_status, 1);

    // Not sortable: the lines stay grouped (operation first, then each team; each leading KPI
    // once beside its lagging ones).
    m_outlookTable->setWordWrap(false);
    auto *outlookPage = new QWidget(this);
    auto *outlookLayout = new QVBoxLayout(outlookPage);
    outlookLayout->addWidget(note(tr("Leading indicators move first: steer on them day to day. Lagging indicators "
                                     "report the outcome weeks later. Each line puts a leading KPI beside a lagging "
                                     "KPI it tends to precede: the newest week's value, the trend (rising or falling "
                                     "only when its 95 % interval excludes no change) and where that trend leads in "
                                     "four weeks (hover for each week and its interval)."),
                                  outlookPage));
    outlookLayout->addWidget(m_outlookTable, 1);

    m_reasonsSorted->setSourceModel(m_reasons);
    m_reasonsSorted->setSortRole(ReasonParetoModel::SortRole);
    m_reasonsTable->setSortingEnabled(true);
    m_reasonsTable->sortByColumn(ReasonParetoModel::Reason, Qt::AscendingOrder); // the Pareto order
    // From a figure to an action: a reason (above all a structural one) is where one starts.
    m_actionForReason->setEnabled(false);
    connect(m_reasonsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_actionForReason->setEnabled(m_reasonsTable->selectionModel()->hasSelection()); });
    connect(m_actionForReason, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_reasonsTable->selectionModel()->selectedRows(ReasonParetoModel::Reason);
        if (!rows.isEmpty())
            emit actionRequested(rows.first().data().toString(),
                                 rows.first().data(ReasonParetoModel::StructuralRole).toBool());
    });
    auto *reasonsBottom = new QWidget(this);
    auto *reasonsBottomLayout = new QVBoxLayout(reasonsBottom);
    reasonsBottomLayout->setContentsMargins(0, 0, 0, 0);
    reasonsBottomLayout->addWidget(m_reasonsTable, 1);
    reasonsBottomLayout->addWidget(m_actionForReason, 0, Qt::AlignLeft);
    auto *reasonsPage = new QSplitter(Qt::Vertical, this);
    reasonsPage->addWidget(m_paretoChart);
    reasonsPage->addWidget(reasonsBottom);
    reasonsPage->setStretchFactor(0, 3);
    reasonsPage->setStretchFactor(1, 2);

    auto *hoursContent = new QWidget(this);
    auto *hoursLayout = new QVBoxLayout(hoursContent);
    m_hoursNote->setWordWrap(true);
    hoursLayout->addWidget(m_hoursNote);
    hoursLayout->addWidget(m_serviceLevel);
    hoursLayout->addSpacing(12);
    hoursLayout->addWidget(m_abandonment);
    hoursLayout->addStretch(1);
    auto *hoursPage = new QScrollArea(this);
    hoursPage->setWidgetResizable(true);
    hoursPage->setFrameShape(QFrame::NoFrame);
    hoursPage->setWidget(hoursContent);

    m_pages->addTab(outlookPage, tr("Leading vs lagging"));
    m_pages->addTab(reasonsPage, tr("Contact reasons"));
    m_pages->addTab(hoursPage, tr("By hour of week"));
    m_pages->addTab(m_drivers, tr("What drives satisfaction"));
    m_pages->addTab(m_voice, tr("Voice of the customer"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    connect(&m_watcher, &QFutureWatcher<InsightsData>::finished, this, [this] {
        if (m_waiting) {
            // A newer question came in meanwhile: this answer is stale.
            const auto [path, question] = *std::exchange(m_waiting, std::nullopt);
            start(path, question);
            return;
        }
        m_shown = m_computing;
        display(m_watcher.result());
    });
    for (const HourOfWeekPanel *panel : {m_serviceLevel, m_abandonment}) {
        connect(panel->view(), &QTableView::doubleClicked, this,
                [this, panel](const QModelIndex &index) { drillHour(panel, index); });
    }
    connect(m_reasonsTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        kpi::KpiQuery query = m_shown;
        query.by = kpi::GroupBy::Reason;
        query.period = kpi::PeriodKind::All;
        emit drillDownRequested(query, QStringLiteral("volume"),
                                index.siblingAtColumn(ReasonParetoModel::Reason).data().toString(),
                                QStringLiteral("all"));
    });
}

void InsightsWidget::drillHour(const HourOfWeekPanel *panel, const QModelIndex &index)
{
    const auto figure = panel->model()->figureAt(index.row(), index.column());
    if (!figure)
        return;
    kpi::KpiQuery query = m_shown;
    query.by = kpi::GroupBy::All;
    query.period = kpi::PeriodKind::HourOfWeek;
    emit drillDownRequested(query, figure->kpi, QStringLiteral("all"), figure->period);
}

InsightsWidget::~InsightsWidget()
{
    m_watcher.waitForFinished();
}

bool InsightsWidget::isLoading() const
{
    return m_watcher.isRunning() || m_waiting;
}

void InsightsWidget::load(const QString &storePath, const kpi::KpiQuery &question)
{
    if (m_watcher.isRunning()) {
        m_waiting = std::pair{storePath, question};
        return;
    }
    start(storePath, question);
}

void InsightsWidget::start(const QString &storePath, const kpi::KpiQuery &question)
{
    m_question->setText(describe(question));
    m_status->setText(tr("Computing…"));
    m_busy->show();
    m_pages->setEnabled(false);
    m_computing = question;
    m_watcher.setFuture(QtConcurrent::run(loadInsights, storePath, question));
}

QString InsightsWidget::describe(const kpi::KpiQuery &question)
{
    const QLocale locale;
    QStringList parts;
    if (question.from && question.to)
        parts.append(tr("%1 – %2").arg(locale.toString(*question.from, QLocale::ShortFormat),
                                       locale.toString(*question.to, QLocale::ShortFormat)));
    else
        parts.append(tr("all dates"));
    if (!question.team.isEmpty())
        parts.append(tr("team %1").arg(question.team));
    if (!question.queue.isEmpty())
        parts.append(tr("queue %1").arg(question.queue));
    if (!question.channel.isEmpty())
        parts.append(tr("channel %1").arg(question.channel));
    if (!question.agent.isEmpty())
        parts.append(tr("agent %1").arg(question.agent));
    return parts.join(QStringLiteral(" · "));
}

void InsightsWidget::spanRepeats()
{
    // A group's name, and a leading KPI's cells, once across the lines they share.
    m_outlookTable->clearSpans();
    const QList<trends::LeadLag> &lines = m_data.outlook;
    const auto span = [&](qsizetype first, qsizetype end, std::initializer_list<int> columns) {
        if (end - first < 2)
            return;
        for (int column : columns)
            m_outlookTable->setSpan(int(first), column, int(end - first), 1);
    };
    qsizetype groupStart = 0;
    qsizetype leadingStart = 0;
    for (qsizetype i = 1; i <= lines.size(); ++i) {
        const bool newGroup = i == lines.size() || lines[i].group != lines[i - 1].group;
        if (newGroup || lines[i].leading.kpi != lines[i - 1].leading.kpi) {
            span(leadingStart, i, {LeadingIndicatorsModel::Leading, LeadingIndicatorsModel::LeadingTrend,
                                   LeadingIndicatorsModel::LeadingProjection});
            leadingStart = i;
        }
        if (newGroup) {
            span(groupStart, i, {LeadingIndicatorsModel::Group});
            groupStart = i;
        }
    }
}

void InsightsWidget::display(InsightsData data)
{
    m_data = std::move(data);
    m_busy->hide();
    m_pages->setEnabled(true);
    const bool empty = m_data.reasons.isEmpty() && m_data.hourOfWeek.isEmpty() && m_data.outlook.isEmpty();
    m_status->setText(!m_data.error.isEmpty() ? m_data.error : empty ? tr("No contacts for this question.") : QString());

    m_outlook->setRows(m_data.outlook);
    spanRepeats();
    m_outlookTable->resizeColumnsToContents();

    m_reasons->setReasons(m_data.reasons);
    m_paretoChart->setReasons(m_data.reasons);
    m_reasonsTable->resizeColumnsToContents();

    m_hoursNote->setText(tr("Local hours in the store's time zone (%1), the question's dates folded onto one week. "
                            "Summary reports have no hour and are left out.")
                             .arg(m_data.timeZone));
    m_serviceLevel->setFigures(m_data.hourOfWeek, m_data.settings);
    m_abandonment->setFigures(m_data.hourOfWeek, m_data.settings);

    m_drivers->setAnalyses(m_data.drivers);
    m_voice->setVoice(m_data.voice, m_data.voiceQuery);
    emit loaded();
}

} // namespace huddle::ui
