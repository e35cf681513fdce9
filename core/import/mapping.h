#pragma once

#include "dialect.h"
#include "kind.h"
#include "valueparsers.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace huddle::import {

// How an export's columns become Huddle's canonical fields: a value type, saved as JSON
// (a user's mapping file, a built-in preset, and the record of what each import used).
//
// A column expression is one of
//   "Header"                 the cell under that header (matched ignoring case, spaces, _)
//   "Date + Time"            cells joined with a space (a date and a time column)
//   "Speed of answer | ASA"  the first of these headers the file has
//   "=clock_diff(A, B)"      seconds from clock time B to clock time A (same day)
//   "=not_blank(A)"          1 when A has a value, else 0
struct Mapping
{
    QString name;
    QString description;
    Kind kind = Kind::Interactions;
    QString format = QStringLiteral("table"); // table (CSV or XLSX) | queue_log | amazon_connect
    QString source;                         // ids are unique per source: the merge key
    QHash<QString, QString> columns;        // canonical field -> column expression
    QHash<QString, QString> constants;      // canonical field -> fixed value
    QHash<QString, QHash<QString, QString>> values; // field -> source text -> canonical text
    QStringList nullValues;                 // texts meaning "no value" besides blank
    QStringList optionalFields;             // required fields this export may leave blank
    DateOrder dateOrder = DateOrder::Auto;
    std::optional<QChar> delimiter;
    std::optional<TextEncoding> encoding;
    QString sheet;                          // xlsx: which sheet (empty = first)
    int csatScale = 5;                      // 5 or 10
    int cesScale = 5;
    bool cesHigherIsEasier = false;         // "the company made it easy" wording
    bool talkIncludesHold = false;

    QJsonObject toJson() const;
    static std::optional<Mapping> fromJson(const QJsonObject &json, QString *error);
    static std::optional<Mapping> fromFile(const QString &path, QString *error);

    // The mapping that reads Huddle's own format (docs/formats.md): every canonical field
    // from the column of the same name.
    static Mapping canonical(Kind kind);
};

// Lower-case, without spaces and underscores: how headers and expressions are compared.
QString normalizedHeader(QStringView header);

// Built-in presets (resources/presets/*.json, compiled into core).
class PresetRegistry
{
public:
    static QStringList names();
    static std::optional<Mapping> find(const QString &name);
    static QList<Mapping> all();
};

} // namespace huddle::import
