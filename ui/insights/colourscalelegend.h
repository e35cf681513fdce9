#pragma once

#include "colourscale.h"

#include <QWidget>

namespace huddle::ui {

// The key of a heat map: the colour bar from the worst to the best value shown with the
// target marked, and the swatches for low-sample and empty hours.
class ColourScaleLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit ColourScaleLegend(QWidget *parent = nullptr);

    void setScale(const kpi::KpiSpec &spec, const ColourScale &scale, int minSample);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const kpi::KpiSpec *m_spec = nullptr;
    ColourScale m_scale;
    int m_minSample = 0;
};

} // namespace huddle::ui
