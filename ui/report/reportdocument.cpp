#include "reportdocument.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace huddle::ui {

namespace {

// Margins in points: room for hole punching and for printers that cannot print to the edge.
constexpr qreal kSide = 50;
constexpr qreal kTop = 62;
constexpr qreal kBottom = 56;

} // namespace

ReportDocument::ReportDocument(QPagedPaintDevice &device)
    : m_device(device)
    , m_style(&device)
    , m_page(0, 0, device.width(), device.height())
    , m_content(m_page.adjusted(m_style.pt(kSide), m_style.pt(kTop), -m_style.pt(kSide), -m_style.pt(kBottom)))
{
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::setHeader(const QString &left, const QString &right)
{
    m_headerLeft = left;
    m_headerRight = right;
}

void ReportDocument::setFooter(const QString &left, const QString &pageOfPattern)
{
    m_footerLeft = left;
    m_pageOf = pageOfPattern;
}

// What must fit below a block's last unit on the same page: the blocks it is kept with, up
// to the first unit of the first block that is not kept with its next.
qreal ReportDocument::keptHeight(size_t index) const
{
    qreal height = 0;
    const qreal width = m_content.width();
    for (size_t next = index + 1; next < m_blocks.size(); ++next) {
        const ReportBlock &block = *m_blocks[next];
        if (block.pageBreakBefore || block.unitCount() == 0)
            break;
        height += block.headerHeight(width) + block.unitHeight(0, width);
        if (!block.keepWithNext || block.unitCount() > 1)
            break;
        height += block.spaceAfter;
    }
    // A chain taller than a page cannot be kept together: then it flows.
    return height < m_content.height() / 2 ? height : 0;
}

QList<ReportDocument::Page> ReportDocument::paginate()
{
    QList<Page> pages(1);
    qreal y = m_content.top();
    const qreal width = m_content.width();
    const auto newPage = [&] {
        pages.append(Page());
        y = m_content.top();
    };
    for (size_t b = 0; b < m_blocks.size(); ++b) {
        const ReportBlock &block = *m_blocks[b];
        if (block.pageBreakBefore && !pages.last().isEmpty())
            newPage();
        const qreal headerHeight = block.headerHeight(width);
        bool headerShown = false;
        for (int unit = 0; unit < block.unitCount(); ++unit) {
            const qreal height = block.unitHeight(unit, width);
            const bool last = unit == block.unitCount() - 1;
            qreal need = height + (headerShown ? 0 : headerHeight);
            if (last && block.keepWithNext)
                need += block.spaceAfter + keptHeight(b);
            if (y + need > m_content.bottom() && y > m_content.top()) {
                newPage();
                headerShown = false;
            }
            if (!headerShown && headerHeight > 0) {
                pages.last().append({&block, -1, QRectF(m_content.left(), y, width, headerHeight)});
                y += headerHeight;
            }
            headerShown = true;
            // A unit taller than a page (never planned) is clipped to it rather than drawn
            // over the footer.
            pages.last().append({&block, unit, QRectF(m_content.left(), y, width, std::min(height, m_content.bottom() - y))});
            y += height;
        }
        y += block.spaceAfter;
    }
    return pages;
}

bool ReportDocument::write(const std::function<bool(int, int)> &progress)
{
    const QList<Page> pages = paginate();
    m_pageCount = int(pages.size());
    QPainter painter(&m_device);
    if (!painter.isActive())
        return false;
    for (int i = 0; i < m_pageCount; ++i) {
        if (i > 0)
            m_device.newPage();
        paintFurniture(painter, i + 1, m_pageCount);
        painter.save();
        painter.setClipRect(m_content);
        for (const Placement &placement : pages[i]) {
            if (placement.unit < 0)
                placement.block->paintHeader(painter, placement.rect);
            else
                placement.block->paintUnit(painter, placement.unit, placement.rect);
        }
        painter.restore();
        if (progress && !progress(i + 1, m_pageCount))
            return false;
    }
    return painter.end();
}

void ReportDocument::paintFurniture(QPainter &painter, int page, int pages) const
{
    painter.save();
    painter.setFont(m_style.small);
    painter.setPen(m_style.muted);
    const qreal lineHeight = m_style.metrics(m_style.small).height();
    const QRectF header(m_content.left(), m_content.top() - m_style.pt(24) - lineHeight, m_content.width(), lineHeight);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_headerLeft);
    painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, m_headerRight);
    painter.setPen(QPen(m_style.rule, m_style.pt(0.5)));
    painter.drawLine(QPointF(m_content.left(), header.bottom() + m_style.pt(4)),
                     QPointF(m_content.right(), header.bottom() + m_style.pt(4)));
    const QRectF footer(m_content.left(), m_content.bottom() + m_style.pt(20), m_content.width(), lineHeight);
    painter.setPen(m_style.muted);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, m_footerLeft);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, m_pageOf.arg(page).arg(pages));
    painter.restore();
}

} // namespace huddle::ui
