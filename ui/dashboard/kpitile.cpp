#include "kpitile.h"

#include "../models/figuretooltip.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace huddle::ui {

KpiTile::KpiTile(const kpi::KpiSpec &spec, QWidget *parent)
    : QFrame(parent)
    , m_spec(spec)
    , m_name(new QLabel(kpi::Definitions::name(spec), this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
    , m_status(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_trend(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("kpiTile"));
    setAccessibleName(kpi::Definitions::name(spec));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    m_name->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_trend);
    layout->addWidget(m_status);
    layout->addWidget(m_asOf);
    layout->addStretch(1);
    m_asOf->hide();
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

void KpiTile::setAsOf(const QString &week)
{
    m_asOf->setText(tr("as of %1: newer contacts are still within their repeat window").arg(week));
    m_asOf->setWordWrap(true);
    m_asOf->setVisible(!week.isEmpty());
}

void KpiTile::setFigures(const std::optional<kpi::Figure> &current, const std::optional<kpi::Figure> &previous,
                         const std::optional<trends::Trend> &trend, std::optional<double> target)
{
    if (!current || !current->value) {
        m_value->setText(QStringLiteral("—"));
        m_change->setText(tr("no data"));
        m_trend->clear();
        m_status->clear();
        setStyleSheet(QString());
        setToolTip(QString());
        return;
    }
    m_value->setText(kpi::formatValue(m_spec, *current->value));
    QString change;
    if (previous && previous->value)
        change = tr("%1 vs previous week").arg(kpi::formatChange(m_spec, *current->value - *previous->value));
    QString trendText;
    if (trend) {
        switch (trend->direction) {
        case trends::Direction::Rising: trendText = tr("↑ rising over %1 weeks").arg(trend->weeks); break;
        case trends::Direction::Falling: trendText = tr("↓ falling over %1 weeks").arg(trend->weeks); break;
        case trends::Direction::Flat: trendText = tr("→ flat over %1 weeks").arg(trend->weeks); break;
        }
    }
    m_trend->setText(trendText);
    m_change->setText(change);
    QString edge;
    if (target) {
        const bool met = m_spec.better == kpi::Better::Lower ? *current->value <= *target : *current->value >= *target;
        m_status->setText(met ? tr("✔ on target (%1)").arg(kpi::formatValue(m_spec, *target))
                              : tr("✘ off target (%1)").arg(kpi::formatValue(m_spec, *target)));
        // Blue and orange: told apart by colour-blind readers too.
        edge = met ? QStringLiteral("#1f77b4") : QStringLiteral("#ff7f0e");
    } else {
        m_status->clear();
    }
    const bool low = current->lowSample;
    setStyleSheet(QStringLiteral("QFrame#kpiTile { border-left: 6px solid %1; }%2")
                      .arg(edge.isEmpty() ? QStringLiteral("palette(mid)") : edge,
                           low ? QStringLiteral(" QLabel { color: palette(mid); }") : QString()));
    setToolTip(FigureToolTip::text(m_spec, *current));
}

void KpiTile::mouseDoubleClickEvent(QMouseEvent *event)
{
    QFrame::mouseDoubleClickEvent(event);
    emit activated();
}

} // namespace huddle::ui
