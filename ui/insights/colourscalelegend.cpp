#include "colourscalelegend.h"

#include "heatmapdelegate.h"

#include <QPainter>

#include <algorithm>

namespace huddle::ui {

namespace {

constexpr int kBarWidth = 260;
constexpr int kSwatch = 14;

} // namespace

ColourScaleLegend::ColourScaleLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ColourScaleLegend::setScale(const kpi::KpiSpec &spec, const ColourScale &scale, int minSample)
{
    m_spec = &spec;
    m_scale = scale;
    m_minSample = minSample;
    setAccessibleDescription(tr("Colour scale from %1 to %2, target %3")
                                 .arg(kpi::formatValue(spec, scale.lowest()), kpi::formatValue(spec, scale.highest()),
                                      kpi::formatValue(spec, scale.target())));
    updateGeometry();
    update();
}

QSize ColourScaleLegend::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {kBarWidth + 2 * metrics.horizontalAdvance(QStringLiteral("100.0 %")) + 420, 3 * metrics.height() + 10};
}

void ColourScaleLegend::paintEvent(QPaintEvent *)
{
    if (!m_spec)
        return;
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QColor textColour = palette().color(QPalette::WindowText);
    // The target's label above the bar, the ends' below it: they never overlap.
    const int left = metrics.horizontalAdvance(QStringLiteral("100.0 %")) / 2 + 2;
    const QRect bar(left, line + 4, kBarWidth, line);
    const double worst = m_scale.higherIsBetter() ? m_scale.lowest() : m_scale.highest();
    const double best = m_scale.higherIsBetter() ? m_scale.highest() : m_scale.lowest();
    for (int x = 0; x < bar.width(); ++x) {
        const double value = worst + (best - worst) * x / double(bar.width() - 1);
        painter.fillRect(QRect(bar.left() + x, bar.top(), 1, bar.height()), m_scale.colourOf(value));
    }
    painter.setPen(textColour);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    const auto xOf = [&](double value) {
        return best == worst ? bar.left() : bar.left() + int((value - worst) / (best - worst) * (bar.width() - 1));
    };
    const auto label = [&](int x, int top, const QString &text) {
        const int width = metrics.horizontalAdvance(text);
        const int from = std::clamp(x - width / 2, 0, std::max(0, bar.right() + left - width));
        painter.drawText(QRect(from, top, width, line), Qt::AlignCenter, text);
    };
    for (const double end : {worst, best}) {
        if (end == m_scale.target())
            continue; // said above the bar
        const int x = xOf(end);
        painter.drawLine(x, bar.bottom(), x, bar.bottom() + 3);
        label(x, bar.bottom() + 3, kpi::formatValue(*m_spec, end));
    }
    const int targetX = xOf(m_scale.target());
    painter.drawLine(targetX, bar.top() - 3, targetX, bar.bottom());
    label(targetX, bar.top() - 3 - line, tr("target %1").arg(kpi::formatValue(*m_spec, m_scale.target())));
    // Beside the bar: what the colours say, then the two kinds of cell without a colour.
    const int x = bar.right() + left + 12;
    painter.drawText(QPoint(x, bar.top() + metrics.ascent()), tr("orange: worse than target · blue: better"));
    const int swatchTop = bar.bottom() + 4 + (line - kSwatch) / 2;
    QRect swatch(x, swatchTop, kSwatch, kSwatch);
    painter.fillRect(swatch, ColourScale::neutral());
    painter.fillRect(swatch, HeatMapDelegate::lowSampleBrush());
    painter.drawRect(swatch);
    const QString low = tr("fewer than %1 contacts").arg(m_minSample);
    painter.drawText(QPoint(swatch.right() + 6, swatchTop + kSwatch - 3), low);
    swatch.moveLeft(swatch.right() + 18 + metrics.horizontalAdvance(low));
    painter.drawRect(swatch);
    painter.drawText(QPoint(swatch.right() + 6, swatchTop + kSwatch - 3), tr("no contacts"));
}

} // namespace huddle::ui
