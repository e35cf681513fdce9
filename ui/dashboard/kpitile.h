#pragma once

#include <kpi/kpidefinition.h>
#include <trends/headline.h>

#include <QFrame>

class QLabel;

namespace huddle::ui {

// One KPI at the top of the dashboard: its value, the change against the previous week,
// the trend word with an arrow, and whether it meets its target (said in words and by a
// coloured edge, so colour is never the only sign). Interval and n on hover; greyed when
// the sample is low.
class KpiTile final : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(const kpi::KpiSpec &spec, QWidget *parent = nullptr);

    // Shows the headline; names the week shown when it is not the selected one (FCR waits
    // for its repeat window).
    void setHeadline(const trends::Headline &headline);

    QString valueText() const;

signals:
    // Double-clicked: the contacts behind the figure are wanted.
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void setEdge(const QColor &edge, bool lowSample);

    const kpi::KpiSpec &m_spec;
    QColor m_edge; // the target status; invalid: none
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_change;
    QLabel *m_status;
    QLabel *m_asOf;
    QLabel *m_trend;
};

} // namespace huddle::ui
