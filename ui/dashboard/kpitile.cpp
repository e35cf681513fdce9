#include "kpitile.h"

#include "kpiwording.h"

#include "../models/figuretooltip.h"

#include <QLabel>
#include <QPainter>
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
    m_asOf->setWordWrap(true);
    m_asOf->hide();
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

void KpiTile::setHeadline(const trends::Headline &headline)
{
    m_asOf->setText(KpiWording::asOf(headline));
    m_asOf->setVisible(!m_asOf->text().isEmpty());
    const std::optional<kpi::Figure> &current = headline.current;
    if (!current || !current->value) {
        m_value->setText(QStringLiteral("—"));
        m_change->setText(tr("no data"));
        m_trend->clear();
        m_status->clear();
        setEdge({}, false);
        setToolTip(QString());
        return;
    }
    m_value->setText(kpi::formatValue(m_spec, *current->value));
    m_change->setText(KpiWording::change(m_spec, headline));
    m_trend->setText(KpiWording::trend(headline));
    m_status->setText(KpiWording::targetStatus(m_spec, headline));
    QColor edge;
    if (headline.target) {
        // Blue and orange: told apart by colour-blind readers too.
        edge = KpiWording::onTarget(m_spec, headline) ? QColor(0x1f, 0x77, 0xb4) : QColor(0xff, 0x7f, 0x0e);
    }
    setEdge(edge, current->lowSample);
    setToolTip(FigureToolTip::text(m_spec, *current));
}

// Palette roles rather than a style sheet, so that light and dark palettes apply as the
// system switches between them.
void KpiTile::setEdge(const QColor &edge, bool lowSample)
{
    m_edge = edge;
    for (QLabel *label : findChildren<QLabel *>())
        label->setForegroundRole(lowSample ? QPalette::PlaceholderText : QPalette::WindowText);
    update();
}

void KpiTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    constexpr int kEdgeWidth = 6;
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, kEdgeWidth, height()), m_edge.isValid() ? m_edge : palette().color(QPalette::Mid));
}

void KpiTile::mouseDoubleClickEvent(QMouseEvent *event)
{
    QFrame::mouseDoubleClickEvent(event);
    emit activated();
}

} // namespace huddle::ui
