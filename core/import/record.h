#pragma once

#include "kind.h"

#include <QList>
#include <QVariant>

namespace huddle::import {

// One typed row of a kind, in fieldsOf(kind) order. An invalid QVariant() is "no value".
// Values are: QString or its UTF-8 in a QByteArray (Text, Date as YYYY-MM-DD; the table
// readers give UTF-8, the store's encoding, made on the reading thread, once per distinct
// short value of a column: TextInterner), qint64 (Integer, Timestamp as Unix seconds,
// CustomerKey hash), double (Real, Percent as fraction, Duration seconds), int (Rating,
// Score0to10), bool (Boolean).
// toString() reads either kind of text.
struct Record
{
    qint64 line = 0; // where it came from, for messages
    QList<QVariant> values;
};

} // namespace huddle::import
