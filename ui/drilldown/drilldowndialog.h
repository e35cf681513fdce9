#pragma once

#include "drilldowndata.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace huddle::ui {

class DrillDownModel;

// The rows behind one figure of the dashboard: which figure (KPI, group, period and, when
// given, its value), a choice of the parts that make sense for the KPI (numerator,
// denominator, failed), a search over the rows, a sortable table with each contact's survey
// comment, Copy and Close. The rows are read on a worker thread with its own store
// connection; errors are shown in the dialog.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT

public:
    // Opens a non-modal dialog for the request and starts listing; it deletes itself when
    // closed. The dialog reads the store itself, so the caller keeps nothing.
    static DrillDownDialog *openFor(QWidget *parent, const DrillRequest &request);

    explicit DrillDownDialog(DrillRequest request, QWidget *parent = nullptr);

    bool isLoading() const;
    DrillDownModel *model() const { return m_model; }
    // The selected rows in the table's order, tab-separated, one per line (what Copy puts on
    // the clipboard).
    QString selectedText() const;

signals:
    // A listing ended, with rows or with an error.
    void loaded();

private:
    kpi::DrillPart selectedPart() const;
    void load();
    void display(DrillResult result);
    void updateHeading(const QString &currency);
    void updateCount();
    void copySelection();

    DrillRequest m_request;
    QString m_error;
    QFutureWatcher<DrillResult> m_watcher;
    DrillDownModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLabel *m_heading;
    QComboBox *m_part;
    QLineEdit *m_search;
    QTableView *m_table;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_copy = nullptr;
};

} // namespace huddle::ui
