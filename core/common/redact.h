#pragma once

#include <QString>

namespace huddle {

// A customer's free text (a survey comment) with what could identify someone blanked out:
// e-mail addresses and runs of five or more digits (phone, account, order and card numbers,
// spaces, dots and dashes between the digits included). Reports and exports print comments
// through this, since customers type their details into comments.
QString redactIdentifiers(const QString &text);

} // namespace huddle
