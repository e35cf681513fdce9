#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace huddle::coaching {
struct CoachingNote;
}

namespace huddle::store {
class Store;
}

namespace huddle::ui {

class ActionsWidget;
class AgentView;
class CoachingWidget;
class DashboardWidget;
class InsightsWidget;
class InteractionsModel;
class ImportWizard;
class NoteEditor;
class ReviewWindow;
class ReportExportJob;
struct ReportRequest;
enum class PaperSize;
struct FigureRef;

// The application window: the dashboard, the insights, the contacts the store holds, the
// coaching notes, an agent view per agent opened; File (new, open, recent stores, import, history), View
// (refresh, review mode) and Tools (settings).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<store::Store> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    store::Store &store() const { return *m_store; }
    InteractionsModel *interactionsModel() const { return m_interactions; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    InsightsWidget *insights() const { return m_insights; }
    CoachingWidget *coaching() const { return m_coaching; }
    ActionsWidget *actions() const { return m_actions; }
    // Opens the import wizard, optionally on a file (drops, command line).
    ImportWizard *openImportWizard(const QString &file = {});
    // Opens (or shows again) the agent's view as a tab.
    AgentView *openAgentView(const QString &agent);
    ReviewWindow *openReview();
    // File > Export report…: asks what and where, then writes it off the GUI thread.
    void exportReport();
    // Writes the report with a progress dialog (cancel leaves no file); the job belongs to
    // the dialog.
    ReportExportJob *startReportExport(const ReportRequest &request, PaperSize paper, const QString &path);
    // Opens the editor on a coaching note: a new one (id 0, e.g. from a conflict) or a stored
    // one (shown again if its editor is open).
    NoteEditor *openNoteEditor(const coaching::CoachingNote &note);
    // Reads the store again after its data changed (import, undo, settings).
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void fillRecentMenu();
    void showImportHistory();
    void showSettings();
    void newStore();
    void openStore();
    void openStoreAt(const QString &path);
    void setStore(std::unique_ptr<store::Store> store);
    void drillDown(const FigureRef &figure);
    void loadInsightsIfShown();
    void showCounts();
    // A note was written, edited or deleted: every view of notes reads them again.
    void notesChanged();
    void closeNoteEditors();

    std::unique_ptr<store::Store> m_store;
    InteractionsModel *m_interactions = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    InsightsWidget *m_insights = nullptr;
    CoachingWidget *m_coaching = nullptr;
    ActionsWidget *m_actions = nullptr;
    QMenu *m_recent = nullptr;
    QString m_insightsLoadedFor; // the store and filters the insights show
};

} // namespace huddle::ui
