#pragma once

#include "reportstyle.h"

#include "../charts/kpichartview.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace huddle::ui {

// A piece of a report's flow. A block is cut into units that are never split across pages
// (a paragraph, a row of tiles, a table's row); a block may repeat a header at the top of
// every page it continues on (a table's column names).
class ReportBlock
{
public:
    virtual ~ReportBlock() = default;

    virtual int unitCount() const { return 1; }
    virtual qreal unitHeight(int unit, qreal width) const = 0;
    virtual void paintUnit(QPainter &painter, int unit, const QRectF &rect) const = 0;
    virtual qreal headerHeight(qreal) const { return 0; }
    virtual void paintHeader(QPainter &, const QRectF &) const {}

    qreal spaceAfter = 0;
    bool keepWithNext = false;    // a heading: never the last thing on a page
    bool pageBreakBefore = false; // a new section or agent page
};

// A paragraph: wrapped text in one font and colour.
class TextBlock final : public ReportBlock
{
public:
    TextBlock(const ReportStyle &style, QString text, QFont font, QColor colour);
    qreal unitHeight(int unit, qreal width) const override;
    void paintUnit(QPainter &painter, int unit, const QRectF &rect) const override;

private:
    const ReportStyle &m_style;
    QString m_text;
    QFont m_font;
    QColor m_colour;
};

// A figure as a summary tile shows it: the dashboard's KpiTile, on paper.
struct ReportTile
{
    enum class Status { None, OnTarget, OffTarget };
    QString name;
    QString value; // "no data" too
    QString change;
    QString trend;
    QString status; // the target status in words
    QString detail; // interval and n, or a low-sample warning
    Status tone = Status::None;
    bool lowSample = false;
};

// Tiles in rows of `columns`; each row is a unit.
class TileGridBlock final : public ReportBlock
{
public:
    TileGridBlock(const ReportStyle &style, QList<ReportTile> tiles, int columns = 3);
    int unitCount() const override;
    qreal unitHeight(int unit, qreal width) const override;
    void paintUnit(QPainter &painter, int unit, const QRectF &rect) const override;

private:
    qreal tileWidth(qreal width) const;
    qreal tileHeight(const ReportTile &tile, qreal width) const;
    void paintTile(QPainter &painter, const ReportTile &tile, const QRectF &rect) const;

    const ReportStyle &m_style;
    QList<ReportTile> m_tiles;
    int m_columns;
};

// Weekly KPI charts side by side, drawn as vectors with their text as text.
class ChartRowBlock final : public ReportBlock
{
public:
    struct Chart
    {
        const kpi::KpiSpec *spec;
        KpiChartData data;
    };
    ChartRowBlock(const ReportStyle &style, QList<Chart> charts, QString noDataText);
    qreal unitHeight(int unit, qreal width) const override;
    void paintUnit(QPainter &painter, int unit, const QRectF &rect) const override;

private:
    const ReportStyle &m_style;
    QList<Chart> m_charts;
    QString m_noDataText;
};

// What the marks of the charts mean, in one line under them.
class ChartLegendBlock final : public ReportBlock
{
public:
    enum class Mark { Line, Band, Dashed, Target, Conflict, Note };
    struct Item
    {
        Mark mark;
        QString label;
    };
    ChartLegendBlock(const ReportStyle &style, QList<Item> items);
    qreal unitHeight(int unit, qreal width) const override;
    void paintUnit(QPainter &painter, int unit, const QRectF &rect) const override;

private:
    QList<QList<qsizetype>> lines(qreal width) const; // item indexes per line
    qreal itemAdvance(qreal textWidth) const;

    const ReportStyle &m_style;
    QList<Item> m_items;
};

struct TableColumn
{
    QString header;
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct TableCell
{
    QString text;
    bool bold = false;
    bool muted = false;            // a low sample, a pending figure
    std::optional<QColor> colour;  // a sign's colour (never the only sign)
    std::optional<double> bar;     // 0…1: a bar behind the text (a share)

    TableCell() = default;
    TableCell(QString t) : text(std::move(t)) {} // NOLINT: cells are written as plain text mostly
};

// A table whose rows never split across pages and whose header is repeated on each page it
// continues on. Columns get their natural width where the page allows, else wrap.
class TableBlock final : public ReportBlock
{
public:
    TableBlock(const ReportStyle &style, QList<TableColumn> columns, QList<QList<TableCell>> rows);
    int unitCount() const override;
    qreal unitHeight(int unit, qreal width) const override;
    void paintUnit(QPainter &painter, int unit, const QRectF &rect) const override;
    qreal headerHeight(qreal width) const override;
    void paintHeader(QPainter &painter, const QRectF &rect) const override;

private:
    const QList<qreal> &widths(qreal width) const;
    qreal rowHeight(const QList<TableCell> &cells, const QFont &font, qreal width) const;
    QFont fontOf(const TableCell &cell) const;

    const ReportStyle &m_style;
    QList<TableColumn> m_columns;
    QList<QList<TableCell>> m_rows;
    mutable qreal m_widthsFor = -1;
    mutable QList<qreal> m_widths;
};

} // namespace huddle::ui
