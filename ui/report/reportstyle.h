#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>

class QPaintDevice;

namespace huddle::ui {

// The report's type and colours, in the paint device's units: everything on a page is
// measured and painted through one style, so a block measures exactly what it paints.
class ReportStyle
{
public:
    explicit ReportStyle(QPaintDevice *device);

    // Points (1/72 inch) in device units.
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, m_device); }
    // Height of `text` wrapped at `width` in `font`.
    qreal wrappedHeight(const QFont &font, const QString &text, qreal width) const;

    QFont title;   // the cover's
    QFont heading; // a section's
    QFont subheading;
    QFont body;
    QFont bold;
    QFont small;
    QFont table; // tables carry many columns: a size smaller than the body
    QFont tableBold;
    QFont figure; // a tile's value

    // Printed on white, read on projectors too: dark text, Okabe–Ito marks (told apart by
    // colour-blind readers, and never by colour alone).
    QColor text {0x1A, 0x1A, 0x1A};
    QColor muted {0x5F, 0x5F, 0x5F};
    QColor rule {0xBD, 0xBD, 0xBD};
    QColor shade {0xF2, 0xF2, 0xF2};
    QColor good {0x00, 0x72, 0xB2};     // blue
    QColor bad {0xD5, 0x5E, 0x00};      // vermilion
    QColor focus {0x00, 0x72, 0xB2};    // blue
    QColor target {0x00, 0x9E, 0x73};   // bluish green
    QColor conflict {0xD5, 0x5E, 0x00}; // vermilion
    QColor note {0xCC, 0x79, 0xA7};     // reddish purple

private:
    QFont font(qreal points, bool bold = false) const;

    QPaintDevice *m_device;
    int m_dpi;
};

} // namespace huddle::ui
