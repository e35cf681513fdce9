#include "reportblocks.h"

#include "reportchart.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace huddle::ui {

namespace {

constexpr qreal kCellPadding = 3;   // pt, each side of a table cell
constexpr qreal kTilePadding = 6;   // pt
constexpr qreal kGap = 8;           // pt between tiles and charts
constexpr qreal kChartHeight = 150; // pt: three charts side by side keep their labels legible

} // namespace

TextBlock::TextBlock(const ReportStyle &style, QString text, QFont font, QColor colour)
    : m_style(style)
    , m_text(std::move(text))
    , m_font(std::move(font))
    , m_colour(colour)
{
}

qreal TextBlock::unitHeight(int, qreal width) const
{
    return m_style.wrappedHeight(m_font, m_text, width);
}

void TextBlock::paintUnit(QPainter &painter, int, const QRectF &rect) const
{
    painter.setFont(m_font);
    painter.setPen(m_colour);
    painter.drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_text);
}

TileGridBlock::TileGridBlock(const ReportStyle &style, QList<ReportTile> tiles, int columns)
    : m_style(style)
    , m_tiles(std::move(tiles))
    , m_columns(std::max(1, columns))
{
}

int TileGridBlock::unitCount() const
{
    return int((m_tiles.size() + m_columns - 1) / m_columns);
}

qreal TileGridBlock::tileWidth(qreal width) const
{
    return (width - m_style.pt(kGap) * (m_columns - 1)) / m_columns;
}

qreal TileGridBlock::tileHeight(const ReportTile &tile, qreal width) const
{
    const qreal inner = width - 2 * m_style.pt(kTilePadding) - m_style.pt(3);
    qreal h = 2 * m_style.pt(kTilePadding) + m_style.metrics(m_style.small).height()
        + m_style.metrics(m_style.figure).height();
    for (const QString &line : {tile.change, tile.trend, tile.status})
        h += m_style.wrappedHeight(m_style.body, line, inner);
    h += m_style.wrappedHeight(m_style.small, tile.detail, inner);
    return h;
}

qreal TileGridBlock::unitHeight(int unit, qreal width) const
{
    qreal height = 0;
    for (qsizetype i = qsizetype(unit) * m_columns; i < std::min(m_tiles.size(), qsizetype(unit + 1) * m_columns); ++i)
        height = std::max(height, tileHeight(m_tiles[i], tileWidth(width)));
    return height + m_style.pt(kGap);
}

void TileGridBlock::paintUnit(QPainter &painter, int unit, const QRectF &rect) const
{
    const qreal w = tileWidth(rect.width());
    const qreal h = rect.height() - m_style.pt(kGap);
    for (int c = 0; c < m_columns; ++c) {
        const qsizetype i = qsizetype(unit) * m_columns + c;
        if (i >= m_tiles.size())
            break;
        paintTile(painter, m_tiles[i], QRectF(rect.left() + c * (w + m_style.pt(kGap)), rect.top(), w, h));
    }
}

void TileGridBlock::paintTile(QPainter &painter, const ReportTile &tile, const QRectF &rect) const
{
    painter.setPen(QPen(m_style.rule, m_style.pt(0.5)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    // The edge says on or off target at a glance; the status line says it in words.
    const QColor edge = tile.tone == ReportTile::Status::OnTarget ? m_style.good
        : tile.tone == ReportTile::Status::OffTarget              ? m_style.bad
                                                                  : m_style.rule;
    painter.fillRect(QRectF(rect.left(), rect.top(), m_style.pt(3), rect.height()), edge);

    const qreal pad = m_style.pt(kTilePadding);
    QRectF line(rect.left() + m_style.pt(3) + pad, rect.top() + pad, rect.width() - 2 * pad - m_style.pt(3), 0);
    const auto draw = [&](const QString &text, const QFont &font, const QColor &colour) {
        if (text.isEmpty())
            return;
        line.setHeight(m_style.wrappedHeight(font, text, line.width()));
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(line, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        line.translate(0, line.height());
    };
    draw(tile.name, m_style.small, m_style.muted);
    draw(tile.value, m_style.figure, tile.lowSample ? m_style.muted : m_style.text);
    draw(tile.change, m_style.body, m_style.text);
    draw(tile.trend, m_style.body, m_style.text);
    draw(tile.status, m_style.body, tile.tone == ReportTile::Status::OffTarget ? m_style.bad : m_style.text);
    draw(tile.detail, m_style.small, m_style.muted);
}

ChartRowBlock::ChartRowBlock(const ReportStyle &style, QList<Chart> charts, QString noDataText)
    : m_style(style)
    , m_charts(std::move(charts))
    , m_noDataText(std::move(noDataText))
{
}

qreal ChartRowBlock::unitHeight(int, qreal) const
{
    return m_style.pt(kChartHeight);
}

void ChartRowBlock::paintUnit(QPainter &painter, int, const QRectF &rect) const
{
    const auto count = qreal(std::max<qsizetype>(1, m_charts.size()));
    const qreal w = (rect.width() - m_style.pt(kGap) * (count - 1)) / count;
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        const QRectF cell(rect.left() + qreal(i) * (w + m_style.pt(kGap)), rect.top(), w, rect.height());
        ReportChartPainter(m_style, painter).paint(cell, *m_charts[i].spec, m_charts[i].data, m_noDataText);
    }
}

ChartLegendBlock::ChartLegendBlock(const ReportStyle &style, QList<Item> items)
    : m_style(style)
    , m_items(std::move(items))
{
}

// Items flow onto as many lines as the width needs: a long agent name never pushes the
// conflict or note marks off the page.
QList<QList<qsizetype>> ChartLegendBlock::lines(qreal width) const
{
    const QFontMetricsF fm = m_style.metrics(m_style.small);
    QList<QList<qsizetype>> lines(1);
    qreal x = 0;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const qreal itemWidth = itemAdvance(fm.horizontalAdvance(m_items[i].label));
        if (x > 0 && x + itemWidth > width) {
            lines.append(QList<qsizetype>());
            x = 0;
        }
        lines.last().append(i);
        x += itemWidth;
    }
    return lines;
}

qreal ChartLegendBlock::itemAdvance(qreal textWidth) const
{
    return m_style.pt(16 + 4) + textWidth + m_style.pt(14);
}

qreal ChartLegendBlock::unitHeight(int, qreal width) const
{
    return m_style.metrics(m_style.small).height() * 1.6 * qreal(lines(width).size());
}

void ChartLegendBlock::paintUnit(QPainter &painter, int, const QRectF &rect) const
{
    ReportChartPainter marks(m_style, painter);
    const QFontMetricsF fm = m_style.metrics(m_style.small);
    const qreal swatch = m_style.pt(16);
    const qreal lineHeight = fm.height() * 1.6;
    painter.setFont(m_style.small);
    qreal top = rect.top();
    for (const QList<qsizetype> &line : lines(rect.width())) {
        qreal x = rect.left();
        const qreal mid = top + lineHeight / 2;
        for (const qsizetype i : line) {
            const Item &item = m_items[i];
            const qreal textWidth = fm.horizontalAdvance(item.label);
            marks.legendMark(item.mark, QRectF(x, mid - swatch / 4, swatch, swatch / 2));
            painter.setPen(m_style.text);
            painter.setFont(m_style.small);
            painter.drawText(QRectF(x + swatch + m_style.pt(4), top, textWidth + 1, lineHeight),
                             Qt::AlignVCenter | Qt::AlignLeft, item.label);
            x += itemAdvance(textWidth);
        }
        top += lineHeight;
    }
}

TableBlock::TableBlock(const ReportStyle &style, QList<TableColumn> columns, QList<QList<TableCell>> rows)
    : m_style(style)
    , m_columns(std::move(columns))
    , m_rows(std::move(rows))
{
    for (QList<TableCell> &row : m_rows)
        row.resize(m_columns.size());
}

int TableBlock::unitCount() const
{
    return int(m_rows.size());
}

QFont TableBlock::fontOf(const TableCell &cell) const
{
    return cell.bold ? m_style.tableBold : m_style.table;
}

// Natural widths where they fit; else every column keeps its longest word and the rest of the
// page is shared by how much more each would like.
const QList<qreal> &TableBlock::widths(qreal width) const
{
    if (m_widthsFor == width)
        return m_widths;
    const qreal padding = 2 * m_style.pt(kCellPadding);
    QList<qreal> natural(m_columns.size(), 0), least(m_columns.size(), 0);
    const auto measure = [&](qsizetype c, const QString &text, const QFont &font) {
        const QFontMetricsF fm = m_style.metrics(font);
        natural[c] = std::max(natural[c], fm.horizontalAdvance(text) + padding);
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
            least[c] = std::max(least[c], fm.horizontalAdvance(word) + padding);
    };
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        measure(c, m_columns[c].header, m_style.tableBold);
    for (const QList<TableCell> &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            measure(c, row[c].text, fontOf(row[c]));
    }
    const qreal naturalSum = std::accumulate(natural.cbegin(), natural.cend(), 0.0);
    const qreal leastSum = std::accumulate(least.cbegin(), least.cend(), 0.0);
    m_widths = natural;
    if (naturalSum <= width) {
        const qreal extra = (width - naturalSum) / qreal(std::max<qsizetype>(1, m_columns.size()));
        for (qreal &w : m_widths)
            w += extra;
    } else if (leastSum < width) {
        const qreal share = (width - leastSum) / (naturalSum - leastSum);
        for (qsizetype c = 0; c < m_widths.size(); ++c)
            m_widths[c] = least[c] + (natural[c] - least[c]) * share;
    } else {
        for (qsizetype c = 0; c < m_widths.size(); ++c)
            m_widths[c] = least[c] * width / leastSum; // words wrap inside: still within the page
    }
    m_widthsFor = width;
    return m_widths;
}

qreal TableBlock::rowHeight(const QList<TableCell> &cells, const QFont &font, qreal width) const
{
    const QList<qreal> &w = widths(width);
    const qreal padding = 2 * m_style.pt(kCellPadding);
    qreal height = m_style.metrics(font).height();
    for (qsizetype c = 0; c < cells.size(); ++c)
        height = std::max(height, m_style.wrappedHeight(cells[c].bold ? m_style.tableBold : font, cells[c].text, w[c] - padding));
    return height + padding;
}

qreal TableBlock::headerHeight(qreal width) const
{
    QList<TableCell> header;
    for (const TableColumn &column : m_columns)
        header.append(TableCell(column.header));
    return rowHeight(header, m_style.tableBold, width);
}

qreal TableBlock::unitHeight(int unit, qreal width) const
{
    return rowHeight(m_rows[unit], m_style.table, width);
}

void TableBlock::paintHeader(QPainter &painter, const QRectF &rect) const
{
    const QList<qreal> &w = widths(rect.width());
    const qreal pad = m_style.pt(kCellPadding);
    painter.setFont(m_style.tableBold);
    painter.setPen(m_style.text);
    qreal x = rect.left();
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        painter.drawText(QRectF(x + pad, rect.top() + pad, w[c] - 2 * pad, rect.height() - 2 * pad),
                         int(m_columns[c].alignment | Qt::AlignBottom) | Qt::TextWordWrap, m_columns[c].header);
        x += w[c];
    }
    painter.setPen(QPen(m_style.text, m_style.pt(0.8)));
    painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
}

void TableBlock::paintUnit(QPainter &painter, int unit, const QRectF &rect) const
{
    const QList<qreal> &w = widths(rect.width());
    const qreal pad = m_style.pt(kCellPadding);
    if (unit % 2 == 1)
        painter.fillRect(rect, m_style.shade); // zebra rows guide the eye across wide tables
    qreal x = rect.left();
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const TableCell &cell = m_rows[unit][c];
        const QRectF inner(x + pad, rect.top() + pad, w[c] - 2 * pad, rect.height() - 2 * pad);
        if (cell.bar) {
            QColor bar = m_style.focus;
            bar.setAlpha(70);
            painter.fillRect(QRectF(inner.left(), inner.top(), inner.width() * std::clamp(*cell.bar, 0.0, 1.0),
                                    inner.height()),
                             bar);
        }
        painter.setFont(fontOf(cell));
        painter.setPen(cell.colour ? *cell.colour : cell.muted ? m_style.muted : m_style.text);
        painter.drawText(inner, int(m_columns[c].alignment | Qt::AlignTop) | Qt::TextWordWrap, cell.text);
        x += w[c];
    }
    painter.setPen(QPen(m_style.rule, m_style.pt(0.3)));
    painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()));
}

} // namespace huddle::ui
