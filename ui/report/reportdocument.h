#pragma once

#include "reportblocks.h"
#include "reportstyle.h"

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QPagedPaintDevice;

namespace huddle::ui {

// A flow of blocks laid out on pages with a header and a footer on each: units of a block
// (a table's rows) never split, a table's header is repeated where it continues, a heading
// is never left alone at the foot of a page. Pages are laid out first and painted after, so
// every footer can say "page 3 of 12".
class ReportDocument
{
public:
    explicit ReportDocument(QPagedPaintDevice &device);
    ~ReportDocument();

    const ReportStyle &style() const { return m_style; }
    // The width blocks are laid out in.
    qreal contentWidth() const { return m_content.width(); }

    template<typename Block, typename... Args>
    Block &add(Args &&...args)
    {
        auto block = std::make_unique<Block>(m_style, std::forward<Args>(args)...);
        Block &added = *block;
        added.pageBreakBefore = added.pageBreakBefore || std::exchange(m_breakPending, false);
        m_blocks.push_back(std::move(block));
        return added;
    }
    // The next block starts a new page.
    void pageBreak() { m_breakPending = true; }

    // Header on every page: left and right; footer: left and the page's "N of M" (a pattern
    // with %1 and %2, translated by the caller).
    void setHeader(const QString &left, const QString &right);
    void setFooter(const QString &left, const QString &pageOfPattern);

    // Lays out and paints every page. progress(page, pages) is asked after each page; false
    // stops (the device then holds a partial document the caller throws away).
    bool write(const std::function<bool(int, int)> &progress = {});
    int pageCount() const { return m_pageCount; }

private:
    struct Placement
    {
        const ReportBlock *block;
        int unit; // -1: the block's repeated header
        QRectF rect;
    };
    using Page = QList<Placement>;
    QList<Page> paginate();
    qreal keptHeight(size_t index) const;
    void paintFurniture(QPainter &painter, int page, int pages) const;

    QPagedPaintDevice &m_device;
    ReportStyle m_style;
    QRectF m_page;
    QRectF m_content;
    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
    bool m_breakPending = false;
    QString m_headerLeft, m_headerRight, m_footerLeft, m_pageOf;
    int m_pageCount = 0;
};

} // namespace huddle::ui
