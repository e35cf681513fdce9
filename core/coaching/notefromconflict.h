#pragma once

#include "coachingnote.h"

#include <conflicts/conflict.h>

#include <QCoreApplication>

namespace huddle::coaching {

// A new note pre-filled from a conflict: its agent (the conflict's group when it is about an
// agent, else empty for the team leader to choose), week, KPIs and rule, and as what was
// observed the conflict's explanation, the figures behind it and the coaching topic it
// suggests. Open, private, not stored.
CoachingNote noteFromConflict(const conflicts::Conflict &conflict);

} // namespace huddle::coaching
