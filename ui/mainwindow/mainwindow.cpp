#include "mainwindow.h"

#include "../import/droppedfile.h"

#include "../import/importhistorydialog.h"
#include "../import/importwizard.h"
#include "../dashboard/dashboardwidget.h"
#include "../models/interactionsmodel.h"

#include <store/interactionrepository.h>
#include <store/store.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {
// Settings keys of this window, declared once.
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
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
    m_tabs->addTab(contacts, tr("&Contacts"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(kStateKey).toByteArray());
    setStore(std::move(store));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"), this, [this] { openImportWizard(); });
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    file->addAction(tr("Import &history…"), this, &MainWindow::showImportHistory);
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open store…"), this, &MainWindow::openStore);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Huddle"), this, [this] {
        QMessageBox::about(this, tr("About Huddle"),
                           tr("<b>Huddle %1</b><p>Contact-center KPIs for team leaders: fast, resolved and felt.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setStore(std::unique_ptr<store::Store> store)
{
    m_store = std::move(store);
    m_interactions->setStore(m_store.get());
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_store->path())));
    refresh();
    m_table->resizeColumnsToContents();
}

void MainWindow::refresh()
{
    m_interactions->reload();
    m_dashboard->load(m_store->path());
    const store::StoreCounts counts = store::InteractionRepository(*m_store).counts();
    const QLocale locale;
    m_countsLabel->setText(tr("Contacts: %1 · Surveys: %2 · Agents: %3 · Imports: %4")
                               .arg(locale.toString(counts.interactions), locale.toString(counts.surveys),
                                    locale.toString(counts.agents), locale.toString(counts.imports)));
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

void MainWindow::openStore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), QFileInfo(m_store->path()).absolutePath(),
                                                      tr("Huddle stores (*.huddle *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
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
