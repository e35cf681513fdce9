#include "drilldowndialog.h"

#include "../models/drilldownmodel.h"

#include <kpi/kpidefinition.h>

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace huddle::ui {

namespace {

QString partName(kpi::DrillPart part)
{
    switch (part) {
    case kpi::DrillPart::Numerator: return DrillDownDialog::tr("Numerator");
    case kpi::DrillPart::Denominator: return DrillDownDialog::tr("Denominator");
    case kpi::DrillPart::Failed: return DrillDownDialog::tr("Failed");
    }
    return {};
}

// "First contact resolution", or "QA score · empathy" for a criterion's figure.
QString kpiName(const QString &kpi)
{
    const kpi::KpiSpec *spec = kpi::findKpi(kpi.section(u'.', 0, 0));
    if (!spec)
        return kpi;
    const QString criterion = kpi.section(u'.', 1);
    return criterion.isEmpty() ? kpi::Definitions::name(*spec)
                               : kpi::Definitions::name(*spec) + QStringLiteral(" · ") + criterion;
}

// Where the figure stands: its group and period, in words where the label is "all".
QString placeOf(const DrillRequest &request)
{
    const QString group = request.group == u"all" ? DrillDownDialog::tr("whole operation") : request.group;
    QString period = request.period;
    if (period == u"all") {
        const auto date = [](const std::optional<QDate> &d) { return d ? d->toString(Qt::ISODate) : QString(); };
        period = request.query.from || request.query.to
            ? QStringLiteral("%1 – %2").arg(date(request.query.from), date(request.query.to))
            : DrillDownDialog::tr("all dates");
    }
    return group + QStringLiteral(" · ") + period;
}

// The figure's value, with the counts it was made of where they are counts of rows.
QString figureText(const kpi::KpiSpec &spec, const kpi::Figure &figure, const QString &currency)
{
    if (!figure.value)
        return DrillDownDialog::tr("no data");
    const QLocale locale;
    const QString value = kpi::formatValue(spec, *figure.value, currency);
    if (spec.shape == kpi::Shape::Proportion && figure.numerator && figure.denominator)
        return DrillDownDialog::tr("%1 (%2 of %3)")
            .arg(value, locale.toString(*figure.numerator, 'f', 0), locale.toString(*figure.denominator, 'f', 0));
    return DrillDownDialog::tr("%1 (n = %2)").arg(value, locale.toString(figure.n));
}

// A cell as one field of a tab-separated line.
QString field(const QModelIndex &index)
{
    QString text = index.data().toString();
    text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return text;
}

} // namespace

DrillDownDialog *DrillDownDialog::openFor(QWidget *parent, const DrillRequest &request)
{
    auto *dialog = new DrillDownDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

DrillDownDialog::DrillDownDialog(DrillRequest request, QWidget *parent)
    : QDialog(parent)
    , m_request(std::move(request))
    , m_model(new DrillDownModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_heading(new QLabel(this))
    , m_part(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Contacts behind %1 — %2").arg(kpiName(m_request.kpi), placeOf(m_request)));
    resize(960, 520);

    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setAccessibleName(tr("Figure"));
    updateHeading({});

    // Only the parts that list rows of their own for this KPI; none for figures without
    // contacts behind them (the engine then says why).
    const kpi::KpiSpec *spec = kpi::findKpi(m_request.kpi.section(u'.', 0, 0));
    const QList<kpi::DrillPart> parts = spec ? kpi::drillParts(*spec) : QList<kpi::DrillPart>();
    for (kpi::DrillPart part : parts)
        m_part->addItem(partName(part), int(part));
    if (!parts.isEmpty()) {
        m_request.part = parts.contains(m_request.part) ? m_request.part : parts.first();
        m_part->setCurrentIndex(m_part->findData(int(m_request.part)));
    }
    m_part->setEnabled(parts.size() > 1);
    m_part->setAccessibleName(tr("Part of the figure"));
    m_part->setToolTip(tr("Numerator: the rows the figure counts; denominator: all rows it is taken over; "
                          "failed: the denominator's rows the numerator leaves out (for NPS, the detractors)."));
    connect(m_part, &QComboBox::currentIndexChanged, this, &DrillDownDialog::load);
    auto *partLabel = new QLabel(tr("&Part:"), this);
    partLabel->setBuddy(m_part);

    m_search->setPlaceholderText(tr("Search contacts, agents, queues, comments"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search rows"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(DrillDownModel::SortRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DrillDownDialog::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DrillDownDialog::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DrillDownDialog::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DrillDownDialog::updateCount);

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DrillDownModel::When, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Rows behind the figure"));
    auto *copyAction = new QAction(tr("Copy"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &DrillDownDialog::copySelection);
    m_table->addAction(copyAction);

    m_busy->setRange(0, 0); // busy: how long a listing takes is not known
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Listing rows"));
    // Its place stays when it hides, so that nothing moves when a listing ends.
    QSizePolicy keepPlace = m_busy->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keepPlace);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the selected rows as tab-separated text"));
    m_copy->setAccessibleName(tr("Copy the selected rows"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, &DrillDownDialog::copySelection);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_copy->setEnabled(m_table->selectionModel()->hasSelection()); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(partLabel);
    controls->addWidget(m_part);
    controls->addSpacing(12);
    controls->addWidget(searchLabel);
    controls->addWidget(m_search, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_busy);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setTabOrder(m_part, m_search);
    setTabOrder(m_search, m_table);
    m_search->setFocus();

    connect(&m_watcher, &QFutureWatcher<DrillResult>::finished, this, [this] { display(m_watcher.result()); });
    load();
}

bool DrillDownDialog::isLoading() const
{
    // Until display() ran: the future finishes before its finished() signal is delivered.
    return m_watcher.isRunning() || !m_busy->isHidden();
}

kpi::DrillPart DrillDownDialog::selectedPart() const
{
    return m_part->count() > 0 ? kpi::DrillPart(m_part->currentData().toInt()) : m_request.part;
}

void DrillDownDialog::load()
{
    // One listing at a time: display() starts the next if the part changed meanwhile. A
    // listing left running when the dialog closes needs nothing of it (its own copy of the
    // request, its own store connection), so closing does not wait for it.
    if (m_watcher.isRunning())
        return;
    m_request.part = selectedPart();
    m_busy->show();
    m_status->setText(tr("Listing the rows…"));
    m_watcher.setFuture(QtConcurrent::run(loadDrillDown, m_request));
}

void DrillDownDialog::display(DrillResult result)
{
    if (result.part != selectedPart()) {
        load();
        return;
    }
    m_busy->hide();
    m_error = result.error;
    m_model->setRows(std::move(result.rows), result.zone);
    m_table->resizeColumnsToContents();
    // Long comments are cut (and shown whole on hover), so that the columns after them stay
    // in sight.
    constexpr int kCommentWidth = 360;
    m_table->setColumnWidth(DrillDownModel::Comment,
                            std::min(kCommentWidth, m_table->columnWidth(DrillDownModel::Comment)));
    updateHeading(result.currency);
    updateCount();
    emit loaded();
}

void DrillDownDialog::updateHeading(const QString &currency)
{
    QString text = QStringLiteral("<b>%1</b><br>%2").arg(kpiName(m_request.kpi).toHtmlEscaped(),
                                                         placeOf(m_request).toHtmlEscaped());
    const kpi::KpiSpec *spec = kpi::findKpi(m_request.kpi.section(u'.', 0, 0));
    if (spec && m_request.figure)
        text += QStringLiteral(" · ") + figureText(*spec, *m_request.figure, currency).toHtmlEscaped();
    m_heading->setText(text);
}

void DrillDownDialog::updateCount()
{
    if (isLoading())
        return;
    if (!m_error.isEmpty()) {
        m_status->setText(tr("Cannot list the rows: %1").arg(m_error));
        return;
    }
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_status->setText(shown == all ? tr("Rows: %1").arg(locale.toString(all))
                                   : tr("Rows: %1 of %2").arg(locale.toString(shown), locale.toString(all)));
}

QString DrillDownDialog::selectedText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &row : rows) {
        QStringList fields;
        for (int column = 0; column < m_filter->columnCount(); ++column)
            fields << field(m_filter->index(row.row(), column));
        lines << fields.join(u'\t');
    }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

void DrillDownDialog::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

} // namespace huddle::ui
