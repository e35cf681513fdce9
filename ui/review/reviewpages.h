#pragma once

#include "followup.h"

#include "../dashboard/dashboarddata.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace huddle::ui {

class ReviewSlide;

// The slides of the weekly review, made from what the dashboard loaded: the week's summary,
// its conflicts (one per slide), the agents needing attention, the follow-ups due.
class ReviewPages
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPages)

public:
    static ReviewSlide *summary(const DashboardData &data);
    static QList<ReviewSlide *> conflicts(const DashboardData &data);
    static QList<ReviewSlide *> attention(const DashboardData &data);
    static ReviewSlide *followUps(const DashboardData &data, const QList<FollowUp> &followUps);

    // Whom a conflict is about: "Agent AG101 · team Billing", "Team Billing", "Queue Sales".
    static QString groupText(const conflicts::Conflict &c, const DashboardData &data);
    // One KPI's evidence of a conflict in words: "Handle time: 312 s, previous 380 s (−68 s),
    // trend falling".
    static QString evidenceLine(const QString &kpi, const QJsonObject &evidence);

    // Colours on the review's black: light blue for good, amber for bad (told apart by
    // colour-blind readers too, and never the only sign).
    static QString goodColour();
    static QString badColour();
};

} // namespace huddle::ui
