#include "problem.h"

namespace huddle::import {

QString Problem::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    if (line > 0 && column > 0)
        text += u':' + QString::number(column);
    text += QStringLiteral(": ") + message;
    if (!value.isEmpty())
        text += QStringLiteral(" (") + value + u')';
    return text;
}

} // namespace huddle::import
