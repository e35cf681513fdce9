#pragma once

#include <QString>

namespace huddle::import {

// One thing wrong with the input, located so a user can find it in their editor.
// line and column are 1-based; 0 means "not known" (e.g. a file that cannot be opened).
struct Problem
{
    QString file;
    qint64 line = 0;
    int column = 0;
    QString message;
    QString value; // the offending text, already masked when it is a customer identifier

    // "FILE:LINE:COLUMN: message (value)" — the format every interface prints.
    QString toString() const;
};

} // namespace huddle::import
