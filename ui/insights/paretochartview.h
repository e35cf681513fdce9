#pragma once

#include <reasons/reasons.h>

#include <QChartView>

namespace huddle::ui {

// The contact reasons' Pareto chart: a bar of contacts per reason, biggest first, coloured by
// whether the reason is structural or had incident days, with the cumulative share as a
// line on a 0–100 % axis and the 80 % line Pareto reads against. The smallest reasons past
// the first kMaxBars are one "other" bar.
class ParetoChartView final : public QChartView
{
    Q_OBJECT

public:
    static constexpr int kMaxBars = 15;

    explicit ParetoChartView(QWidget *parent = nullptr);

    void setReasons(const QList<reasons::ReasonShare> &reasons);
    // The bars' categories as drawn (for tests).
    QStringList categories() const { return m_categories; }

private:
    QStringList m_categories;
};

} // namespace huddle::ui
