#pragma once

#include <drivers/drivers.h>

#include <QWidget>

namespace huddle::ui {

// One outcome's drivers as a forest plot: a row per driver, its effect as a dot on its 95 %
// interval around a line at no effect, in the outcome's own unit. A clear driver is drawn in
// Okabe–Ito blue (the strongest one larger), an unclear one in grey; a driver left out or not
// fitted says so in words instead. Reads the same analysis as the drivers table.
class DriverForestPlot final : public QWidget
{
    Q_OBJECT

public:
    explicit DriverForestPlot(QWidget *parent = nullptr);

    void setAnalysis(const drivers::DriverAnalysis &analysis);
    // The effects' axis, symmetric around 0 (for tests): an effect's x in the widget.
    double xOf(double effect) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect plotArea() const;
    int rowHeight() const;

    drivers::DriverAnalysis m_analysis;
    double m_reach = 1; // the axis runs from −m_reach to +m_reach
};

} // namespace huddle::ui
