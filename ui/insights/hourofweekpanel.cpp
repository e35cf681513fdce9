#include "hourofweekpanel.h"

#include "colourscalelegend.h"
#include "heatmapdelegate.h"

#include "../models/hourofweekmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

double targetOf(const kpi::KpiSpec &spec, const kpi::KpiSettings &settings)
{
    return QLatin1StringView(spec.id) == u"abandonment_rate" ? settings.abandonmentTarget : settings.slTarget;
}

} // namespace

HourOfWeekPanel::HourOfWeekPanel(const QString &kpi, QWidget *parent)
    : QWidget(parent)
    , m_model(new HourOfWeekModel(kpi, this))
    , m_view(new QTableView(this))
    , m_delegate(new HeatMapDelegate(this))
    , m_legend(new ColourScaleLegend(this))
{
    Q_ASSERT(kpi == u"service_level" || kpi == u"abandonment_rate"); // the KPIs with a target setting here
    const QString name = kpi::Definitions::name(m_model->spec());
    // The cells show whole percent without the sign: the title says so once.
    const QString titleText = m_model->spec().unit == kpi::Unit::Fraction ? tr("%1 (%)").arg(name) : name;
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(titleText.toHtmlEscaped()), this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setAccessibleName(tr("%1 by weekday and hour").arg(name));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("1000")));
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2);
    // Seven rows, all visible: the grid does not scroll vertically.
    m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height() + 7 * fontMetrics().height() * 2
                           + 2 * m_view->frameWidth());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view);
    layout->addWidget(m_legend);
}

void HourOfWeekPanel::setFigures(const QList<kpi::Figure> &hourly, const kpi::KpiSettings &settings)
{
    m_model->setFigures(hourly);
    const kpi::KpiSpec &spec = m_model->spec();
    const double target = targetOf(spec, settings);
    // The scale spans the hours with enough contacts: one thin hour at 0 % would wash out the rest.
    double lowest = target;
    double highest = target;
    for (const kpi::Figure &f : hourly) {
        if (f.kpi == QLatin1StringView(spec.id) && f.value && !f.lowSample) {
            lowest = std::min(lowest, *f.value);
            highest = std::max(highest, *f.value);
        }
    }
    const ColourScale scale(target, spec.better, lowest, highest);
    m_delegate->setScale(scale);
    m_legend->setScale(spec, scale, settings.minSampleContacts);
    m_view->viewport()->update();
}

} // namespace huddle::ui
