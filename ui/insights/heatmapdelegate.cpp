#include "heatmapdelegate.h"

#include "../models/hourofweekmodel.h"

#include <QPainter>

namespace huddle::ui {

HeatMapDelegate::HeatMapDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QBrush HeatMapDelegate::lowSampleBrush()
{
    return QBrush(QColor(0x99, 0x99, 0x99), Qt::BDiagPattern);
}

void HeatMapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(HourOfWeekModel::ValueRole);
    const bool lowSample = index.data(HourOfWeekModel::LowSampleRole).toBool();
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    painter->save();
    QColor text = option.palette.color(QPalette::Text);
    if (lowSample) {
        painter->fillRect(cell, ColourScale::neutral());
        painter->fillRect(cell, lowSampleBrush());
        text = QColor(0x59, 0x59, 0x59);
    } else if (value.isValid()) {
        const QColor fill = m_scale.colourOf(value.toDouble());
        painter->fillRect(cell, fill);
        text = ColourScale::textOn(fill);
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(cell.adjusted(1, 1, -1, -1));
    }
    painter->setPen(text);
    painter->drawText(cell, Qt::AlignCenter, index.data(HourOfWeekModel::CompactTextRole).toString());
    painter->restore();
}

QSize HeatMapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Room for "100" and a margin, square-ish.
    const int width = option.fontMetrics.horizontalAdvance(QStringLiteral("1000"));
    return {width, option.fontMetrics.height() * 2};
}

} // namespace huddle::ui
