#include "reportstyle.h"

#include <QPaintDevice>

namespace huddle::ui {

ReportStyle::ReportStyle(QPaintDevice *device)
    : m_device(device)
    , m_dpi(device->logicalDpiY())
{
    title = font(26, true);
    heading = font(15, true);
    subheading = font(11.5, true);
    body = font(9.5);
    bold = font(9.5, true);
    small = font(8);
    table = font(8.5);
    tableBold = font(8.5, true);
    figure = font(17, true);
}

QFont ReportStyle::font(qreal points, bool isBold) const
{
    // DejaVu Sans has every sign the figures use (↑ ↓ → ✔ ✘ −, €) and is embedded whole
    // enough to print anywhere; Qt falls back to the system's sans where it is missing.
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    // No ligatures: "fl" drawn as one glyph reads back as "ﬂ", and a PDF viewer's search or
    // pdftotext would no longer find "conflict" or "flat".
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(points);
    f.setBold(isBold);
    return f;
}

qreal ReportStyle::wrappedHeight(const QFont &font, const QString &text, qreal width) const
{
    if (text.isEmpty())
        return 0;
    return metrics(font).boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

} // namespace huddle::ui
