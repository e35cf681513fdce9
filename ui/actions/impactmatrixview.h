#pragma once

#include <actions/actiondata.h>

#include <QWidget>

#include <optional>

namespace huddle::ui {

// The impact–effort matrix of the open and proposed actions: each action a dot, its effort
// (low, medium, high) across, its expected impact in contacts a month up; the line between
// low and high impact is core's highImpactThreshold(), the one between low and high effort
// lies between medium and high, as impactEffortMatrix() places them. The top-left quadrant,
// high impact for low effort, is labelled and tinted as the one to do first. Colours are
// Okabe–Ito by quadrant; clicking a dot says which action it is (actionClicked).
class ImpactMatrixView final : public QWidget
{
    Q_OBJECT

public:
    explicit ImpactMatrixView(QWidget *parent = nullptr);

    // The entries of actions::impactEffortMatrix(); those without an impact are counted, not
    // placed.
    void setEntries(const QList<actions::MatrixEntry> &entries, const QString &currency);
    void setSelected(qint64 actionId);
    qint64 selected() const { return m_selected; }

    // Where an action's dot is drawn, and each quadrant's area (for tests and hit-testing).
    std::optional<QPointF> pointOf(qint64 actionId) const;
    QRectF quadrantRect(actions::MatrixEntry::Quadrant quadrant) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void actionClicked(qint64 actionId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF plotArea() const;
    double yOf(double impact) const;
    // The action whose dot is under pos, if any.
    const actions::MatrixEntry *entryAt(const QPointF &pos) const;

    QList<actions::MatrixEntry> m_entries; // with an impact
    qsizetype m_unplaced = 0;
    double m_threshold = 0;
    double m_step = 1; // between the impact axis's ticks
    double m_top = 1;
    QString m_currency;
    qint64 m_selected = 0;
};

} // namespace huddle::ui
