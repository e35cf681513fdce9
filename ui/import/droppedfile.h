#pragma once

#include <QMimeData>
#include <QString>
#include <QUrl>

namespace huddle::ui {

// The local file a drag carries (the first one), or an empty string: the main window and
// the wizard's first page both take a dropped export.
inline QString droppedLocalFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().isEmpty() || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

} // namespace huddle::ui
