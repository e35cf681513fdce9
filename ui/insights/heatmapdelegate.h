#pragma once

#include "colourscale.h"

#include <QStyledItemDelegate>

namespace huddle::ui {

// Paints a heat-map cell of a HourOfWeekModel: its colour on the scale and its compact
// value; a low-sample cell hatched grey, an hour without contacts left blank.
class HeatMapDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HeatMapDelegate(QObject *parent = nullptr);

    void setScale(const ColourScale &scale) { m_scale = scale; }
    const ColourScale &scale() const { return m_scale; }

    // The fill of a cell too thin to trust, shared with the legend.
    static QBrush lowSampleBrush();

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ColourScale m_scale;
};

} // namespace huddle::ui
