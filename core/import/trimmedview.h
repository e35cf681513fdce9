#pragma once

#include <QStringView>

namespace huddle::import {

// QStringView::trimmed() with the common case inline: a cell with no white space at either
// end (nearly every cell of an export) costs two character tests instead of a call into Qt,
// several times per cell of every row.
inline QStringView trimmedView(QStringView text)
{
    if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()))
        return text;
    return text.trimmed();
}

} // namespace huddle::import
