#include "actionswidget.h"

#include "actiondialog.h"
#include "actionmodel.h"
#include "impactmatrixview.h"

#include "../common/widgets.h"

#include <kpi/kpiengine.h>
#include <store/actionrepository.h>
#include <store/noterepository.h>
#include <store/store.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent>

namespace huddle::ui {

ActionsWidget::ActionsWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new ActionModel(this))
    , m_table(readOnlyTable(m_model, tr("Improvement actions"), this))
    , m_status(new QLabel(this))
    , m_details(new QLabel(this))
    , m_matrix(new ImpactMatrixView(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
{
    auto *add = new QPushButton(tr("&New action…"), this);
    connect(add, &QPushButton::clicked, this, [this] { newAction(); });
    connect(m_edit, &QPushButton::clicked, this, &ActionsWidget::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ActionsWidget::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ActionsWidget::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActionsWidget::describeSelected);
    connect(m_matrix, &ImpactMatrixView::actionClicked, this, &ActionsWidget::selectAction);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { display(m_watcher.result()); });
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, m_edit, m_delete})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_status);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_details);
    lower->addWidget(m_matrix);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    lower->setSizes({400, 600});
    m_details->setMinimumWidth(240);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    describeSelected();
}

ActionsWidget::~ActionsWidget()
{
    m_watcher.waitForFinished();
}

void ActionsWidget::setStore(store::Store *store)
{
    m_store = store;
    reload();
}

ActionsWidget::Loaded ActionsWidget::load(const QString &storePath)
{
    Loaded loaded;
    auto store = store::Store::open(storePath, &loaded.error);
    if (!store)
        return loaded;
    const kpi::KpiSettings settings = kpi::KpiSettings::load(*store);
    loaded.currency = settings.currency;
    kpi::KpiEngine engine(*store, settings, store->timeZone());
    kpi::KpiQuery reasons;
    reasons.by = kpi::GroupBy::Reason;
    reasons.kpis = {QStringLiteral("volume")};
    if (const auto figures = engine.compute(reasons, &loaded.error)) {
        for (const kpi::Figure &f : *figures)
            loaded.reasons.append(f.group);
    }
    if (auto standings = actions::actionStandings(*store, engine, {}, &loaded.error))
        loaded.standings = std::move(*standings);
    return loaded;
}

void ActionsWidget::reload()
{
    if (!m_store || m_watcher.isRunning())
        return;
    m_status->setText(tr("Measuring…"));
    m_watcher.setFuture(QtConcurrent::run(&ActionsWidget::load, m_store->path()));
}

void ActionsWidget::display(const Loaded &result)
{
    m_reasons = result.reasons;
    m_currency = result.currency;
    m_status->setText(result.error.isEmpty() ? tr("%n action(s)", nullptr, int(result.standings.size())) : result.error);
    QList<ActionRow> rows;
    QList<actions::MatrixEntry> open;
    for (const actions::ActionStanding &s : result.standings) {
        rows.append({s.action, s.effect, s.matrix});
        if (s.matrix)
            open.append(*s.matrix);
    }
    m_model->setRows(rows, result.currency);
    m_matrix->setEntries(open, result.currency); // placed by actionStandings()
    m_table->resizeColumnsToContents();
    describeSelected();
    emit loaded();
}

bool ActionsWidget::store(const actions::ImprovementAction &action)
{
    QString error;
    store::ActionRepository repository(*m_store, store::NoteRepository::currentUser());
    const bool ok = action.id ? repository.update(action, &error) : repository.add(action, &error).has_value();
    if (!ok)
        QMessageBox::warning(this, tr("Improvement action"), error);
    else
        reload();
    return ok;
}

void ActionsWidget::newAction(const actions::ImprovementAction &prefill)
{
    if (!m_store)
        return;
    ActionDialog dialog(prefill, m_reasons, this);
    if (dialog.exec() == QDialog::Accepted)
        store(dialog.action());
}

void ActionsWidget::selectAction(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row)->action.id == id) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void ActionsWidget::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ActionRow *row = rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
    if (!row || !m_store)
        return;
    ActionDialog dialog(row->action, m_reasons, this);
    if (dialog.exec() == QDialog::Accepted)
        store(dialog.action());
}

void ActionsWidget::deleteSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ActionRow *row = rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
    if (!row || !m_store)
        return;
    QString error;
    if (!store::ActionRepository(*m_store, store::NoteRepository::currentUser()).softDelete(row->action.id, &error))
        QMessageBox::warning(this, tr("Improvement action"), error);
    reload();
}

// The selected action's effect in words: the spans, what the trend and the comparison would
// have given, the verdict and the money, with the caveat every before/after carries.
void ActionsWidget::describeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ActionRow *row = rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
    m_edit->setEnabled(row);
    m_delete->setEnabled(row);
    m_matrix->setSelected(row ? row->action.id : 0);
    if (!row || !row->effect) {
        m_details->setText(row ? tr("No start date: nothing to measure yet.")
                               : tr("Select an action to see what it did."));
        return;
    }
    const actions::ActionEffect &e = *row->effect;
    const kpi::KpiSpec &spec = *kpi::findKpi(e.kpi);
    const QLocale locale;
    const auto level = [&](const coaching::Span &s) {
        return s.figure.value ? kpi::formatValue(spec, *s.figure.value) : tr("no data");
    };
    QStringList lines = {tr("%1: %2 in the %3 weeks before week %4, %5 in the %6 weeks after.")
                             .arg(kpi::Definitions::name(spec), level(e.before))
                             .arg(e.before.weeksWithData)
                             .arg(e.startWeek, level(e.after))
                             .arg(e.after.weeksWithData)};
    if (e.trendExpected)
        lines.append(tr("The trend already under way would have given %1.").arg(kpi::formatValue(spec, *e.trendExpected)));
    if (e.comparisonExpected)
        lines.append(tr("Moving as the untouched comparison moved would have given %1.")
                         .arg(kpi::formatValue(spec, *e.comparisonExpected)));
    lines.append(tr("Verdict: %1.").arg(ActionModel::verdictText(e.verdict)));
    if (e.moneySaved)
        lines.append(tr("Saved so far: %1 %2.").arg(locale.toString(*e.moneySaved, 'f', 0), m_currency));
    if (e.roi && e.paybackWeeks)
        lines.append(tr("ROI %1 %, payback in %2 weeks.")
                         .arg(locale.toString(*e.roi * 100, 'f', 0), locale.toString(*e.paybackWeeks, 'f', 1)));
    lines.append(tr("A before/after comparison shows what changed, not why."));
    m_details->setText(lines.join(u'\n'));
}

} // namespace huddle::ui
