#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace huddle::import {

// What an import file holds. Each kind has its canonical fields (docs/formats.md) and its
// own table in the store.
enum class Kind { Interactions, Surveys, Qa, Agents, Engagement, Customers, Summary };

// How a field's text is read. The store column type follows from it.
enum class FieldType {
    Text,
    Integer,
    Real,
    Percent,      // "94.01%" or 0.9401, stored as a fraction
    Boolean,
    Timestamp,    // stored as Unix seconds (UTC)
    Date,         // stored as "YYYY-MM-DD"
    Duration,     // stored as seconds (real)
    Rating,       // 1-based scale: 0 means "no answer" (KPI-DEFINITIONS.md)
    Score0to10,   // NPS: 0 is a valid answer
    CustomerKey,  // a phone number or e-mail: stored only as a keyed hash
};

struct FieldSpec
{
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
};

QString kindName(Kind kind);
std::optional<Kind> kindFromName(const QString &name);
QList<Kind> allKinds();

// The canonical fields of a kind, in store column order.
const QList<FieldSpec> &fieldsOf(Kind kind);
int fieldIndex(Kind kind, const QString &field); // -1 when the kind has no such field

} // namespace huddle::import
