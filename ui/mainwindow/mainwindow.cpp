#include "mainwindow.h"

#include "../actions/actionswidget.h"
#include "../agents/agentview.h"
#include "../coaching/coachingwidget.h"
#include "../coaching/noteeditor.h"
#include "../dashboard/dashboardwidget.h"
#include "../drilldown/drilldowndialog.h"
#include "../import/droppedfile.h"
#include "../import/importhistorydialog.h"
#include "../import/importwizard.h"
#include "../insights/insightswidget.h"
#include "../models/interactionsmodel.h"
#include "../report/reportexport.h"
#include "../review/reviewwindow.h"
#include "../settings/settingsdialog.h"

#include <actions/actionfromconflict.h>
#include <coaching/coachingnote.h>
#include <coaching/notefromconflict.h>
#include <store/interactionrepository.h>
#include <store/noterepository.h>
#include <store/store.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace huddle::ui {

namespace {
// Settings keys of this window, declared once.
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kRecentKey = QStringLiteral("stores/recent");
const QString kFiltersStoreKey = QStringLiteral("dashboard/store");
const QString kChannelKey = QStringLiteral("dashboard/channel");
const QString kQueueKey = QStringLiteral("dashboard/queue");
constexpr int kRecentStores = 8;
constexpr int kFixedTabs = 5; // dashboard, insights, contacts, coaching, actions: the agent tabs come after them

// The last filters, if they were set on this store (another store has other queues).
DashboardFilters savedFilters(const QString &storePath)
{
    QSettings settings;
    DashboardFilters filters;
    if (settings.value(kFiltersStoreKey).toString() == storePath) {
        filters.channel = settings.value(kChannelKey).toString();
        filters.queue = settings.value(kQueueKey).toString();
    }
    return filters;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<store::Store> store, QWidget *parent)
    : QMainWindow(parent)
    , m_interactions(new InteractionsModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_storeLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new DashboardWidget(this))
    , m_insights(new InsightsWidget(this))
    , m_coaching(new CoachingWidget(this))
    , m_actions(new ActionsWidget(this))
{
    setWindowTitle(tr("Huddle"));
    setAcceptDrops(true);
    m_filter->setSourceModel(m_interactions);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_search->setPlaceholderText(tr("Search loaded contacts (agent, queue, reason, …)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(false); // rows arrive newest first, page by page
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Imported contacts"));

    auto *contacts = new QWidget(this);
    auto *layout = new QVBoxLayout(contacts);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_insights, tr("&Insights"));
    m_tabs->addTab(contacts, tr("&Contacts"));
    m_tabs->addTab(m_coaching, tr("C&oaching"));
    m_tabs->addTab(m_actions, tr("&Actions"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    for (int i = 0; i < kFixedTabs; ++i)
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index >= kFixedTabs)
            delete m_tabs->widget(index);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::loadInsightsIfShown);
    setCentralWidget(m_tabs);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_dashboard, &DashboardWidget::loaded, this, &MainWindow::loadInsightsIfShown);
    connect(m_dashboard, &DashboardWidget::agentActivated, this, &MainWindow::openAgentView);
    connect(m_dashboard, &DashboardWidget::drillDownRequested, this, &MainWindow::drillDown);
    connect(m_insights, &InsightsWidget::drillDownRequested, this,
            [this](const kpi::KpiQuery &query, const QString &kpi, const QString &group, const QString &period) {
                DrillRequest request;
                request.storePath = m_store->path();
                request.query = query;
                request.kpi = kpi;
                request.group = group;
                request.period = period;
                DrillDownDialog::openFor(this, request);
            });
    connect(m_dashboard, &DashboardWidget::noteRequested, this,
            [this](const conflicts::Conflict &conflict) { openNoteEditor(coaching::noteFromConflict(conflict)); });
    connect(m_dashboard, &DashboardWidget::loaded, this, [this] { m_coaching->setWeek(m_dashboard->data().week); });
    connect(m_dashboard, &DashboardWidget::actionRequested, this, [this](const conflicts::Conflict &conflict) {
        const DashboardData &data = m_dashboard->data();
        const QString agentTeam = conflict.groupKind == u"agent" && !data.groups.isEmpty()
            ? data.agents().teamOfAgent.value(conflict.group)
            : QString();
        m_tabs->setCurrentWidget(m_actions);
        m_actions->newAction(actions::actionFromConflict(conflict, agentTeam));
    });
    connect(m_coaching, &CoachingWidget::noteRequested, this, &MainWindow::openNoteEditor);
    connect(m_insights, &InsightsWidget::actionRequested, this, [this](const QString &reason, bool structural) {
        actions::ImprovementAction action;
        action.title = structural ? tr("Remove the cause of “%1” contacts").arg(reason)
                                  : tr("Fewer “%1” contacts").arg(reason);
        action.reason = reason;
        action.origin = QStringLiteral("reason");
        m_tabs->setCurrentWidget(m_actions);
        m_actions->newAction(action);
    });
    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(kStateKey).toByteArray());
    setStore(std::move(store));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New store…"), QKeySequence::New, this, &MainWindow::newStore);
    file->addAction(tr("&Open store…"), QKeySequence::Open, this, &MainWindow::openStore);
    m_recent = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    file->addAction(tr("&Import…"), QKeySequence(tr("Ctrl+I")), this, [this] { openImportWizard(); });
    file->addAction(tr("Import &history…"), this, &MainWindow::showImportHistory);
    file->addSeparator();
    file->addAction(tr("&Export report…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportReport);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    view->addAction(tr("Re&view mode"), QKeySequence(Qt::Key_F11), this, &MainWindow::openReview);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Huddle"), this, [this] {
        QMessageBox::about(this, tr("About Huddle"),
                           tr("<b>Huddle %1</b><p>Contact-center KPIs for team leaders: fast, resolved and felt.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent)
        m_recent->addAction(QDir::toNativeSeparators(path), this, [this, path] { openStoreAt(path); });
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::setStore(std::unique_ptr<store::Store> store)
{
    closeNoteEditors(); // they write to the store being replaced
    m_store = std::move(store);
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(m_store->path());
    recent.prepend(m_store->path());
    settings.setValue(kRecentKey, recent.mid(0, kRecentStores));
    fillRecentMenu();

    while (m_tabs->count() > kFixedTabs)
        delete m_tabs->widget(kFixedTabs); // the agent views of the previous store
    m_insightsLoadedFor.clear();
    m_interactions->setStore(m_store.get());
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_store->path())));
    m_dashboard->load(m_store->path(), savedFilters(m_store->path()));
    m_coaching->setStore(m_store.get());
    m_actions->setStore(m_store.get());
    m_dashboard->setNotes(store::NoteRepository(*m_store).list());
    m_table->resizeColumnsToContents();
    showCounts();
}

void MainWindow::notesChanged()
{
    // Read once for every view: an agent may have thousands of notes, and this runs at each
    // autosave of the note editor.
    store::NoteFilter everything;
    everything.deleted = store::NoteFilter::Deleted::Include;
    const QList<coaching::CoachingNote> notes = store::NoteRepository(*m_store).list(everything);
    QList<coaching::CoachingNote> current;
    std::copy_if(notes.cbegin(), notes.cend(), std::back_inserter(current),
                 [](const coaching::CoachingNote &note) { return !note.isDeleted(); });
    m_dashboard->setNotes(current);
    m_coaching->setNotes(notes);
    for (AgentView *view : m_tabs->findChildren<AgentView *>())
        view->setNotes(current);
}

void MainWindow::closeNoteEditors()
{
    for (NoteEditor *editor : findChildren<NoteEditor *>()) {
        editor->close(); // saves what is pending
        delete editor;
    }
}

NoteEditor *MainWindow::openNoteEditor(const coaching::CoachingNote &note)
{
    if (note.id != 0) {
        for (NoteEditor *editor : findChildren<NoteEditor *>()) {
            if (editor->note().id == note.id) {
                editor->raise();
                editor->activateWindow();
                return editor;
            }
        }
    }
    auto *editor = new NoteEditor(*m_store, note, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_dashboard->data().groups.isEmpty()) {
        QStringList agents = m_dashboard->data().agents().teamOfAgent.keys();
        agents.sort();
        editor->setAgents(agents);
    }
    connect(editor, &NoteEditor::noteSaved, this, &MainWindow::notesChanged);
    editor->show();
    return editor;
}

void MainWindow::refresh()
{
    m_interactions->reload();
    m_dashboard->reload();
    m_insightsLoadedFor.clear();
    m_coaching->setStore(m_store.get()); // the effects are measured on the new figures
    m_actions->setStore(m_store.get());
    while (m_tabs->count() > kFixedTabs)
        delete m_tabs->widget(kFixedTabs); // their figures are out of date
    showCounts();
}

void MainWindow::showCounts()
{
    const store::StoreCounts counts = store::InteractionRepository(*m_store).counts();
    const QLocale locale;
    m_countsLabel->setText(tr("Contacts: %1 · Surveys: %2 · Agents: %3 · Imports: %4")
                               .arg(locale.toString(counts.interactions), locale.toString(counts.surveys),
                                    locale.toString(counts.agents), locale.toString(counts.imports)));
}

void MainWindow::exportReport()
{
    const DashboardData &data = m_dashboard->data();
    if (data.weeks.isEmpty()) {
        QMessageBox::information(this, tr("Export report"), tr("There is nothing to report yet: import contacts first."));
        return;
    }
    QStringList teams;
    if (const conflicts::GroupWeekly *byTeam = data.group(QStringLiteral("team"))) {
        for (const kpi::Figure &f : byTeam->figures)
            teams.append(f.group);
        teams.removeDuplicates();
        teams.sort();
    }
    ReportExportDialog dialog(data.weeks, teams, data.week, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportRequest request = dialog.request();
    const QString period = request.quarter.isEmpty() ? request.week : request.quarter;
    const QString name = request.team.isEmpty() ? QStringLiteral("huddle-%1.pdf").arg(period)
                                                : QStringLiteral("huddle-%1-%2.pdf").arg(period, request.team);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    startReportExport(request, dialog.paper(), path);
}

ReportExportJob *MainWindow::startReportExport(const ReportRequest &request, PaperSize paper, const QString &path)
{
    auto *progress = new QProgressDialog(tr("Reading the figures…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Export report"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto *job = new ReportExportJob(progress);
    connect(job, &ReportExportJob::progressChanged, progress, [progress](int value, int maximum) {
        progress->setLabelText(tr("Writing page %1 of %2…").arg(value).arg(maximum));
        progress->setMaximum(maximum);
        progress->setValue(value);
    });
    connect(progress, &QProgressDialog::canceled, job, &ReportExportJob::cancel);
    connect(job, &ReportExportJob::finished, this, [this, progress, path](int pages, const QString &error) {
        const bool cancelled = progress->wasCanceled();
        progress->close();
        if (pages > 0)
            statusBar()->showMessage(tr("Report written to %1 (%2 pages).").arg(QDir::toNativeSeparators(path)).arg(pages),
                                     10000);
        else if (!cancelled)
            QMessageBox::warning(this, tr("Export report"), error);
    });
    job->start(m_store->path(), request, paper, path);
    return job;
}

void MainWindow::loadInsightsIfShown()
{
    if (m_tabs->currentWidget() != m_insights || m_dashboard->data().weeks.isEmpty())
        return;
    const DashboardData &data = m_dashboard->data();
    const QString key = m_store->path() + u'\n' + data.from.toString(Qt::ISODate) + u'\n'
        + data.to.toString(Qt::ISODate) + u'\n' + data.filters.channel + u'\n' + data.filters.queue;
    if (key == m_insightsLoadedFor)
        return;
    m_insightsLoadedFor = key;
    m_insights->load(m_store->path(), data.query());
}

AgentView *MainWindow::openAgentView(const QString &agent)
{
    for (int i = kFixedTabs; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<AgentView *>(m_tabs->widget(i));
        if (view && view->agent() == agent) {
            m_tabs->setCurrentIndex(i);
            return view;
        }
    }
    auto *view = new AgentView(*m_store, m_dashboard->data(), agent, m_tabs);
    connect(view, &AgentView::noteRequested, this, &MainWindow::openNoteEditor);
    m_tabs->setCurrentIndex(m_tabs->addTab(view, agent));
    m_tabs->setTabToolTip(m_tabs->currentIndex(), view->title());
    return view;
}

ReviewWindow *MainWindow::openReview()
{
    const DashboardData &data = m_dashboard->data();
    QList<FollowUp> followUps;
    for (const coaching::CoachingNote &note :
         coaching::followUpsDue(store::NoteRepository(*m_store).list(), data.week)) {
        followUps.append({note.agent, note.agreed.isEmpty() ? note.observed : note.agreed,
                          QLocale().toString(*note.followUp, QLocale::ShortFormat)});
    }
    return ReviewWindow::showFor(data, followUps, this);
}

void MainWindow::drillDown(const FigureRef &figure)
{
    DrillRequest request;
    request.storePath = m_store->path();
    request.query = m_dashboard->data().query();
    request.kpi = figure.kpi;
    request.period = figure.period;
    // The grouping is said, not guessed from the name: a team and an agent may share one.
    switch (figure.focus.kind) {
    case Focus::Kind::Operation: request.query.by = kpi::GroupBy::All; break;
    case Focus::Kind::Team: request.query.by = kpi::GroupBy::Team; break;
    case Focus::Kind::Agent: request.query.by = kpi::GroupBy::Agent; break;
    }
    if (figure.focus.kind != Focus::Kind::Operation)
        request.group = figure.focus.name;
    for (const kpi::Figure &f : FocusView(m_dashboard->data(), figure.focus).weekly(figure.kpi)) {
        if (f.period == figure.period)
            request.figure = f;
    }
    DrillDownDialog::openFor(this, request);
}

ImportWizard *MainWindow::openImportWizard(const QString &file)
{
    auto *wizard = new ImportWizard(m_store->path(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::refresh);
    if (!file.isEmpty())
        wizard->setFile(file);
    wizard->open();
    return wizard;
}

void MainWindow::showImportHistory()
{
    ImportHistoryDialog dialog(*m_store, this);
    connect(&dialog, &ImportHistoryDialog::undone, this, &MainWindow::refresh);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_store, this);
    connect(&dialog, &SettingsDialog::settingsChanged, this, &MainWindow::refresh);
    dialog.exec();
}

void MainWindow::newStore()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New store"), QFileInfo(m_store->path()).absolutePath(),
                                                      tr("Huddle stores (*.huddle)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New store"),
                             tr("%1 exists already: open it with File › Open store.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openStoreAt(path);
}

void MainWindow::openStore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), QFileInfo(m_store->path()).absolutePath(),
                                                      tr("Huddle stores (*.huddle *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openStoreAt(path);
}

void MainWindow::openStoreAt(const QString &path)
{
    QString error;
    auto store = store::Store::open(path, &error);
    if (!store) {
        QMessageBox::warning(this, tr("Open store"), error);
        return;
    }
    setStore(std::move(store));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kFiltersStoreKey, m_store->path());
    settings.setValue(kChannelKey, m_dashboard->filters().channel);
    settings.setValue(kQueueKey, m_dashboard->filters().queue);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = droppedLocalFile(event->mimeData());
    if (file.isEmpty())
        return;
    openImportWizard(file);
    event->acceptProposedAction();
}

} // namespace huddle::ui
