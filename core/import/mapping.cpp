#include "mapping.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace huddle::import {

namespace {

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst: return QStringLiteral("day_first");
    case DateOrder::MonthFirst: return QStringLiteral("month_first");
    case DateOrder::Auto: break;
    }
    return QStringLiteral("auto");
}

QJsonObject stringHashToJson(const QHash<QString, QString> &hash)
{
    QJsonObject object;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QHash<QString, QString> stringHashFromJson(const QJsonObject &object)
{
    QHash<QString, QString> hash;
    for (auto it = object.begin(); it != object.end(); ++it)
        hash.insert(it.key(), it.value().toVariant().toString());
    return hash;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

} // namespace

QString normalizedHeader(QStringView header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        if (c.isSpace() || c == u'_' || c == QChar(0xFEFF))
            continue;
        out.append(c.toLower());
    }
    return out;
}

QJsonObject Mapping::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    json.insert(QStringLiteral("kind"), kindName(kind));
    json.insert(QStringLiteral("format"), format);
    json.insert(QStringLiteral("source"), source);
    json.insert(QStringLiteral("columns"), stringHashToJson(columns));
    if (!constants.isEmpty())
        json.insert(QStringLiteral("constants"), stringHashToJson(constants));
    if (!values.isEmpty()) {
        QJsonObject valuesJson;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            valuesJson.insert(it.key(), stringHashToJson(it.value()));
        json.insert(QStringLiteral("values"), valuesJson);
    }
    if (!nullValues.isEmpty())
        json.insert(QStringLiteral("null_values"), QJsonArray::fromStringList(nullValues));
    if (!optionalFields.isEmpty())
        json.insert(QStringLiteral("optional_fields"), QJsonArray::fromStringList(optionalFields));
    json.insert(QStringLiteral("date_order"), dateOrderName(dateOrder));
    if (delimiter)
        json.insert(QStringLiteral("delimiter"), QString(*delimiter));
    if (encoding)
        json.insert(QStringLiteral("encoding"), encodingName(*encoding));
    if (!sheet.isEmpty())
        json.insert(QStringLiteral("sheet"), sheet);
    json.insert(QStringLiteral("csat_scale"), csatScale);
    json.insert(QStringLiteral("ces_scale"), cesScale);
    json.insert(QStringLiteral("ces_direction"),
                cesHigherIsEasier ? QStringLiteral("higher_is_easier") : QStringLiteral("lower_is_easier"));
    json.insert(QStringLiteral("talk_includes_hold"), talkIncludesHold);
    return json;
}

std::optional<Mapping> Mapping::fromJson(const QJsonObject &json, QString *error)
{
    const auto failWith = [error](const QString &message) -> std::optional<Mapping> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Mapping m;
    m.name = json.value(QStringLiteral("name")).toString();
    m.description = json.value(QStringLiteral("description")).toString();
    const QString kind = json.value(QStringLiteral("kind")).toString();
    const auto parsedKind = kindFromName(kind);
    if (!parsedKind)
        return failWith(QStringLiteral("unknown kind \"%1\"").arg(kind));
    m.kind = *parsedKind;
    m.format = json.value(QStringLiteral("format")).toString(QStringLiteral("table"));
    static const QStringList formats = {QStringLiteral("table"), QStringLiteral("queue_log"),
                                        QStringLiteral("amazon_connect")};
    if (!formats.contains(m.format))
        return failWith(QStringLiteral("unknown format \"%1\" (expected %2)").arg(m.format, formats.join(u", ")));
    m.source = json.value(QStringLiteral("source")).toString(m.name);
    m.columns = stringHashFromJson(json.value(QStringLiteral("columns")).toObject());
    m.constants = stringHashFromJson(json.value(QStringLiteral("constants")).toObject());
    const QJsonObject values = json.value(QStringLiteral("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        m.values.insert(it.key(), stringHashFromJson(it.value().toObject()));
    for (const QString &field : m.columns.keys() + m.constants.keys() + m.values.keys()) {
        if (fieldIndex(m.kind, field) < 0)
            return failWith(QStringLiteral("\"%1\" is not a field of %2").arg(field, kindName(m.kind)));
    }
    m.nullValues = stringList(json.value(QStringLiteral("null_values")));
    m.optionalFields = stringList(json.value(QStringLiteral("optional_fields")));
    const QString order = json.value(QStringLiteral("date_order")).toString(QStringLiteral("auto"));
    if (order == u"day_first")
        m.dateOrder = DateOrder::DayFirst;
    else if (order == u"month_first")
        m.dateOrder = DateOrder::MonthFirst;
    else if (order != u"auto")
        return failWith(QStringLiteral("date_order must be auto, day_first or month_first"));
    const QString delimiter = json.value(QStringLiteral("delimiter")).toString();
    if (delimiter == u"\\t" || delimiter == u"tab")
        m.delimiter = u'\t';
    else if (delimiter.size() == 1)
        m.delimiter = delimiter[0];
    else if (!delimiter.isEmpty())
        return failWith(QStringLiteral("delimiter must be one character"));
    const QString encoding = json.value(QStringLiteral("encoding")).toString();
    if (!encoding.isEmpty()) {
        m.encoding = encodingFromName(encoding);
        if (!m.encoding)
            return failWith(QStringLiteral("unknown encoding \"%1\"").arg(encoding));
    }
    m.sheet = json.value(QStringLiteral("sheet")).toString();
    m.csatScale = json.value(QStringLiteral("csat_scale")).toInt(5);
    m.cesScale = json.value(QStringLiteral("ces_scale")).toInt(5);
    if (m.csatScale != 5 && m.csatScale != 10 && m.csatScale != 7)
        return failWith(QStringLiteral("csat_scale must be 5, 7 or 10"));
    m.cesHigherIsEasier =
        json.value(QStringLiteral("ces_direction")).toString() == QLatin1String("higher_is_easier");
    m.talkIncludesHold = json.value(QStringLiteral("talk_includes_hold")).toBool(false);
    return m;
}

std::optional<Mapping> Mapping::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON object: %2 (at byte %3)")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    QString reason;
    auto mapping = fromJson(doc.object(), &reason);
    if (!mapping && error)
        *error = QStringLiteral("%1: %2").arg(path, reason);
    return mapping;
}

Mapping Mapping::canonical(Kind kind)
{
    Mapping m;
    m.name = QStringLiteral("huddle");
    m.description = QStringLiteral("Huddle's canonical format (docs/formats.md)");
    m.kind = kind;
    m.source = QStringLiteral("huddle");
    for (const FieldSpec &field : fieldsOf(kind)) {
        if (field.name != u"criteria")
            m.columns.insert(field.name, field.name);
    }
    return m;
}

QList<Mapping> PresetRegistry::all()
{
    QList<Mapping> presets;
    const QDir dir(QStringLiteral(":/huddle/presets"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QString error;
        auto mapping = Mapping::fromFile(dir.filePath(file), &error);
        Q_ASSERT_X(mapping, "PresetRegistry", qPrintable(error)); // presets are tested
        if (mapping)
            presets.append(*mapping);
    }
    return presets;
}

QStringList PresetRegistry::names()
{
    QStringList names;
    for (const Mapping &m : all())
        names.append(m.name);
    return names;
}

std::optional<Mapping> PresetRegistry::find(const QString &name)
{
    for (const Mapping &m : all()) {
        if (m.name.compare(name, Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

} // namespace huddle::import
