#pragma once

#include <QString>

namespace huddle::ui {

// A coaching follow-up due in the reviewed week, as the review's last page lists it. Filled
// by the caller once coaching notes are kept; until then the page says there are none.
struct FollowUp
{
    QString agent;
    QString topic; // what was agreed
    QString due;   // when it is due, as people read it ("2026-11-12")
};

} // namespace huddle::ui
