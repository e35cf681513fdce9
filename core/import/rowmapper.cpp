#include "rowmapper.h"

#include "trimmedview.h"
#include "valueparsers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace huddle::import {

namespace {


// "=fn(A, B)" -> fn, [A, B]
bool parseCall(const QString &expression, QString *function, QStringList *arguments)
{
    const qsizetype open = expression.indexOf(u'(');
    if (!expression.startsWith(u'=') || open < 0 || !expression.endsWith(u')'))
        return false;
    *function = expression.mid(1, open - 1).trimmed();
    arguments->clear();
    for (const QString &arg : expression.mid(open + 1, expression.size() - open - 2).split(u','))
        arguments->append(arg.trimmed());
    return true;
}

QString expectedForm(FieldType type)
{
    switch (type) {
    case FieldType::Integer: return RowMapper::tr("a whole number");
    case FieldType::Real: return RowMapper::tr("a number in range");
    case FieldType::Percent: return RowMapper::tr("a percentage");
    case FieldType::Boolean: return RowMapper::tr("yes/no");
    case FieldType::Timestamp: return RowMapper::tr("a date and time");
    case FieldType::Date: return RowMapper::tr("a date");
    case FieldType::Duration: return RowMapper::tr("a duration (seconds or [H:]MM:SS)");
    case FieldType::Rating: return RowMapper::tr("a rating on the survey's scale");
    case FieldType::Score0to10: return RowMapper::tr("a score from 0 to 10");
    case FieldType::Text:
    case FieldType::CustomerKey: break;
    }
    return {};
}

} // namespace

RowMapper::RowMapper(Mapping mapping, const QStringList &header, QString file, LocalTimeConverter &zone,
                     const CustomerKeyHasher &hasher)
    : m_mapping(std::move(mapping))
    , m_file(std::move(file))
    , m_zone(zone)
    , m_hasher(hasher)
    , m_header(header)
{
    plan(header);
    m_texts.resize(size_t(m_plans.size()));
}

void RowMapper::plan(const QStringList &header)
{
    QHash<QString, int> columnOf;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = normalizedHeader(header[i]);
        if (!key.isEmpty() && !columnOf.contains(key))
            columnOf.insert(key, i);
    }
    const auto findColumn = [&columnOf](const QString &name) { return columnOf.value(normalizedHeader(name), -1); };

    QSet<int> usedColumns;
    const QList<FieldSpec> &fields = fieldsOf(m_mapping.kind);
    for (const FieldSpec &field : fields) {
        FieldPlan plan;
        for (auto it = m_mapping.values.value(field.name).cbegin(); it != m_mapping.values.value(field.name).cend();
             ++it)
            plan.values.insert(it.key().trimmed().toCaseFolded(), it.value());
        const QString expression = m_mapping.columns.value(field.name).trimmed();
        plan.expression = expression;
        QString missing;
        if (!expression.isEmpty()) {
            QString function;
            QStringList arguments;
            if (parseCall(expression, &function, &arguments)) {
                plan.source = function == u"clock_diff" ? Source::ClockDiff
                              : function == u"not_blank" ? Source::NotBlank
                                                         : Source::None;
                const qsizetype wanted = plan.source == Source::ClockDiff ? 2 : 1;
                if (plan.source == Source::None || arguments.size() != wanted) {
                    m_headerProblems.append({m_file, 1, 0,
                                             tr("the mapping of %1 is not a known function: %2")
                                                 .arg(field.name, expression),
                                             {}});
                    continue;
                }
                for (const QString &argument : arguments) {
                    const int column = findColumn(argument);
                    if (column < 0)
                        missing = argument;
                    plan.columns.append(column);
                }
            } else if (expression.contains(u" + ")) {
                plan.source = Source::Columns;
                for (const QString &part : expression.split(QStringLiteral(" + "))) {
                    const int column = findColumn(part.trimmed());
                    if (column < 0)
                        missing = part.trimmed();
                    plan.columns.append(column);
                }
            } else {
                plan.source = Source::Columns;
                for (const QString &alternative : expression.split(u'|')) {
                    const int column = findColumn(alternative.trimmed());
                    if (column >= 0) {
                        plan.columns = {column};
                        break;
                    }
                }
                if (plan.columns.isEmpty())
                    missing = expression;
            }
        }
        if (!missing.isEmpty()) {
            plan.source = Source::None;
            plan.columns.clear();
        }
        if (plan.source == Source::None && m_mapping.constants.contains(field.name)) {
            plan.source = Source::Constant;
            plan.constant = m_mapping.constants.value(field.name);
        }
        if (plan.source == Source::None && field.required && !m_mapping.optionalFields.contains(field.name)) {
            m_headerProblems.append({m_file, 1, 0,
                                     expression.isEmpty()
                                         ? tr("no column is mapped to the required field %1").arg(field.name)
                                         : tr("the required column \"%1\" (for %2) is not in the header")
                                               .arg(missing.isEmpty() ? expression : missing, field.name),
                                     header.join(u',')});
        }
        for (int column : std::as_const(plan.columns))
            usedColumns.insert(column);
        m_plans.append(plan);
    }
    if (m_mapping.kind == Kind::Qa) {
        for (int i = 0; i < header.size(); ++i) {
            if (!usedColumns.contains(i) && !header[i].trimmed().isEmpty())
                m_criteriaColumns.append(i);
        }
    }
}

QStringView RowMapper::cellText(const FieldPlan &plan, const QStringList &fields, QString &scratch) const
{
    const auto cell = [&fields](int column) {
        return column < fields.size() ? QStringView(fields[column]) : QStringView();
    };
    switch (plan.source) {
    case Source::None: return {};
    case Source::Constant: return plan.constant;
    case Source::NotBlank: return cell(plan.columns[0]).trimmed().isEmpty() ? u"0" : u"1";
    case Source::ClockDiff: {
        const auto to = parse::clockTime(cell(plan.columns[0]));
        const auto from = parse::clockTime(cell(plan.columns[1]));
        if (!to || !from)
            return cell(plan.columns[0]).trimmed().isEmpty() ? QStringView() : cell(plan.columns[0]);
        const int seconds = *to >= *from ? *to - *from : *to + 86400 - *from; // across midnight
        scratch.setNum(seconds);
        return scratch;
    }
    case Source::Columns:
        if (plan.columns.size() == 1)
            return cell(plan.columns[0]);
        scratch.resize(0);
        for (qsizetype k = 0; k < plan.columns.size(); ++k) {
            if (k > 0)
                scratch += u' ';
            scratch += cell(plan.columns[k]).trimmed();
        }
        return scratch;
    }
    return {};
}

QVariant RowMapper::convert(int fieldIndex, QStringView text, bool *ok) const
{
    const FieldSpec &spec = fieldsOf(m_mapping.kind)[fieldIndex];
    *ok = true;
    const auto fail = [ok]() {
        *ok = false;
        return QVariant();
    };
    switch (spec.type) {
    case FieldType::Text: return m_texts[size_t(fieldIndex)].intern(text);
    case FieldType::Integer: {
        const auto n = parse::number(text);
        if (!n || *n != double(qint64(*n)) || *n < 0)
            return fail();
        return qint64(*n);
    }
    case FieldType::Real: {
        const auto n = parse::number(text);
        if (!n)
            return fail();
        if (spec.name == u"sentiment" && (*n < -1 || *n > 1))
            return fail();
        if (spec.name == u"score" && m_mapping.kind == Kind::Qa && (*n < 0 || *n > 100))
            return fail();
        return *n;
    }
    case FieldType::Percent: {
        const auto p = parse::percent(text);
        if (!p || *p < 0 || *p > 1)
            return fail();
        return *p;
    }
    case FieldType::Boolean: {
        const auto b = parse::boolean(text);
        return b ? QVariant(*b) : fail();
    }
    case FieldType::Timestamp: {
        const auto t = parse::timestamp(text, m_mapping.dateOrder, m_zone);
        return t ? QVariant(qint64(*t)) : fail();
    }
    case FieldType::Date: {
        const auto d = parse::date(text, m_mapping.dateOrder);
        return d ? QVariant(d->toString(Qt::ISODate)) : fail();
    }
    case FieldType::Duration: {
        const auto d = parse::duration(text);
        return d ? QVariant(*d) : fail();
    }
    case FieldType::Rating: {
        const auto n = parse::number(text);
        const bool isCes = spec.name == u"ces";
        const int scale = isCes ? m_mapping.cesScale : m_mapping.csatScale;
        // The range first: converting a number beyond int's range to int is undefined.
        if (!n || !(*n >= 0 && *n <= scale) || *n != std::trunc(*n))
            return fail();
        if (*n == 0)
            return QVariant(); // 0 on a 1-based scale is "no answer" (KPI-DEFINITIONS.md)
        const int value = int(*n);
        return (isCes && m_mapping.cesHigherIsEasier) ? scale + 1 - value : value;
    }
    case FieldType::Score0to10: {
        const auto n = parse::number(text);
        if (!n || !(*n >= 0 && *n <= 10) || *n != std::trunc(*n))
            return fail();
        return int(*n);
    }
    case FieldType::CustomerKey: return m_hasher.hash(text);
    }
    return fail();
}

bool RowMapper::map(const QStringList &fields, qint64 line, Record &out, QList<Problem> &problems) const
{
    out.line = line;
    out.values.fill(QVariant(), m_plans.size());
    if (fields.size() < m_header.size()) {
        problems.append({m_file, line, int(fields.size()) + 1,
                         tr("the row has %1 fields, the header %2").arg(fields.size()).arg(m_header.size()), {}});
        return false;
    }
    for (qsizetype extra = m_header.size(); extra < fields.size(); ++extra) {
        if (!fields[extra].trimmed().isEmpty()) {
            problems.append({m_file, line, int(extra) + 1,
                             tr("the row has %1 fields, the header %2").arg(fields.size()).arg(m_header.size()),
                             fields[extra].left(80)});
            return false;
        }
    }

    bool ok = true;
    const QList<FieldSpec> &specs = fieldsOf(m_mapping.kind);
    for (int i = 0; i < m_plans.size(); ++i) {
        const FieldPlan &plan = m_plans[i];
        // Trimmed once here: convert() and the parsers get the value without its spaces.
        QStringView text = trimmedView(cellText(plan, fields, m_scratch));
        const int column = plan.columns.isEmpty() ? 0 : plan.columns[0] + 1;
        const bool blank = text.isEmpty()
            // Null words match exactly: R writes NA, and a customer who typed "na" said something.
            || (!m_mapping.nullValues.isEmpty() && m_mapping.nullValues.contains(text));
        if (!blank && !plan.values.isEmpty()) {
            const auto mapped = plan.values.constFind(text.toString().toCaseFolded());
            if (mapped != plan.values.constEnd())
                text = trimmedView(*mapped);
        }
        if (blank) {
            if (specs[i].required && !m_mapping.optionalFields.contains(specs[i].name)) {
                problems.append({m_file, line, column, tr("%1 is required but empty").arg(specs[i].name), {}});
                ok = false;
            }
            continue;
        }
        bool converted = false;
        out.values[i] = convert(i, text, &converted);
        if (!converted) {
            const bool secret = specs[i].type == FieldType::CustomerKey;
            problems.append({m_file, line, column,
                             tr("%1: expected %2").arg(specs[i].name, expectedForm(specs[i].type)),
                             secret ? CustomerKeyHasher::mask(text) : text.left(80).toString()});
            ok = false;
        }
    }
    if (!ok)
        return false;
    if (!m_criteriaColumns.isEmpty()) {
        QJsonObject criteria;
        for (int column : m_criteriaColumns) {
            const auto score = parse::number(fields.value(column));
            if (score)
                criteria.insert(m_header[column].trimmed(), *score);
        }
        out.values[fieldIndex(Kind::Qa, QStringLiteral("criteria"))] =
            QString::fromUtf8(QJsonDocument(criteria).toJson(QJsonDocument::Compact));
    }
    derive(out);
    return true;
}

// Fills what an export implies without saying: an inbound contact that was not answered
// was abandoned, and the other way round.
void RowMapper::derive(Record &out) const
{
    if (m_mapping.kind != Kind::Interactions)
        return;
    static const int answered = fieldIndex(Kind::Interactions, QStringLiteral("answered"));
    static const int abandoned = fieldIndex(Kind::Interactions, QStringLiteral("abandoned"));
    static const int direction = fieldIndex(Kind::Interactions, QStringLiteral("direction"));
    const bool inbound = out.values[direction].isNull() || out.values[direction].toString() == u"inbound";
    if (!inbound)
        return;
    if (out.values[abandoned].isNull() && !out.values[answered].isNull())
        out.values[abandoned] = !out.values[answered].toBool();
    else if (out.values[answered].isNull() && !out.values[abandoned].isNull())
        out.values[answered] = !out.values[abandoned].toBool();
}

} // namespace huddle::import
