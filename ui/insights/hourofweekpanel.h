#pragma once

#include <kpi/figure.h>
#include <kpi/kpisettings.h>

#include <QWidget>

class QLabel;
class QTableView;

namespace huddle::ui {

class ColourScaleLegend;
class HeatMapDelegate;
class HourOfWeekModel;

// One heat map: a KPI by weekday and local hour (HourOfWeekModel in a table view whose
// delegate paints the colour), its title and its colour key. The scale is centred on the
// KPI's target and reaches the best and worst hours with enough contacts.
class HourOfWeekPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HourOfWeekPanel(const QString &kpi, QWidget *parent = nullptr);

    // hourly: figures of period kind hour_of_week (any KPIs; this panel's is taken).
    void setFigures(const QList<kpi::Figure> &hourly, const kpi::KpiSettings &settings);

    HourOfWeekModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    const HeatMapDelegate *delegate() const { return m_delegate; }

private:
    HourOfWeekModel *m_model;
    QTableView *m_view;
    HeatMapDelegate *m_delegate;
    ColourScaleLegend *m_legend;
};

} // namespace huddle::ui
