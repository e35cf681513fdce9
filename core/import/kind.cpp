#include "kind.h"

namespace huddle::import {

namespace {

using T = FieldType;

QList<FieldSpec> interactionFields()
{
    return {
        {QStringLiteral("contact_id"), T::Text, true},
        {QStringLiteral("started_at"), T::Timestamp, true},
        {QStringLiteral("channel"), T::Text},
        {QStringLiteral("direction"), T::Text},
        {QStringLiteral("queue"), T::Text},
        {QStringLiteral("agent_id"), T::Text},
        {QStringLiteral("team"), T::Text},
        {QStringLiteral("customer_id"), T::CustomerKey},
        {QStringLiteral("wait_s"), T::Duration},
        {QStringLiteral("answered"), T::Boolean},
        {QStringLiteral("abandoned"), T::Boolean},
        {QStringLiteral("talk_s"), T::Duration},
        {QStringLiteral("hold_s"), T::Duration},
        {QStringLiteral("acw_s"), T::Duration},
        {QStringLiteral("transferred"), T::Boolean},
        {QStringLiteral("resolved"), T::Boolean},
        {QStringLiteral("reason"), T::Text},
        {QStringLiteral("first_response_s"), T::Duration},
        {QStringLiteral("proactive"), T::Boolean},
        {QStringLiteral("sentiment"), T::Real},
        {QStringLiteral("transcript"), T::Text},
        // A rating given on the contact itself (e.g. the PwC export): stored as a survey row
        // for that contact, so every CSAT figure reads one table.
        {QStringLiteral("csat"), T::Rating},
        {QStringLiteral("nps"), T::Score0to10},
        {QStringLiteral("ces"), T::Rating},
        {QStringLiteral("comment"), T::Text},
    };
}

QList<FieldSpec> surveyFields()
{
    return {
        {QStringLiteral("contact_id"), T::Text, true},
        {QStringLiteral("answered_at"), T::Timestamp},
        {QStringLiteral("agent_id"), T::Text},
        {QStringLiteral("csat"), T::Rating},
        {QStringLiteral("nps"), T::Score0to10},
        {QStringLiteral("ces"), T::Rating},
        {QStringLiteral("resolved"), T::Boolean},
        {QStringLiteral("comment"), T::Text},
    };
}

QList<FieldSpec> qaFields()
{
    return {
        {QStringLiteral("evaluation_id"), T::Text, true},
        {QStringLiteral("contact_id"), T::Text},
        {QStringLiteral("agent_id"), T::Text},
        {QStringLiteral("evaluated_at"), T::Timestamp, true},
        {QStringLiteral("score"), T::Real},
        // Every other column of a QA export is a criterion; the mapper collects them here
        // as a JSON object {"empathy": 80, ...}.
        {QStringLiteral("criteria"), T::Text},
    };
}

QList<FieldSpec> agentFields()
{
    return {
        {QStringLiteral("agent_id"), T::Text, true},
        {QStringLiteral("name"), T::Text},
        {QStringLiteral("team"), T::Text},
        {QStringLiteral("site"), T::Text},
    };
}

QList<FieldSpec> engagementFields()
{
    return {
        {QStringLiteral("agent_id"), T::Text, true},
        {QStringLiteral("date"), T::Date, true},
        {QStringLiteral("score"), T::Real},
    };
}

QList<FieldSpec> customerFields()
{
    return {
        {QStringLiteral("customer_id"), T::CustomerKey, true},
        {QStringLiteral("since"), T::Date},
        {QStringLiteral("churned_on"), T::Date},
    };
}

QList<FieldSpec> summaryFields()
{
    return {
        {QStringLiteral("period"), T::Text, true},
        {QStringLiteral("started_at"), T::Timestamp},
        {QStringLiteral("queue"), T::Text},
        {QStringLiteral("channel"), T::Text},
        {QStringLiteral("offered"), T::Integer},
        {QStringLiteral("answered"), T::Integer},
        {QStringLiteral("abandoned"), T::Integer},
        {QStringLiteral("asa_s"), T::Duration},
        {QStringLiteral("talk_s"), T::Duration},
        {QStringLiteral("wait_s"), T::Duration},
        {QStringLiteral("service_level"), T::Percent},
        {QStringLiteral("answer_rate"), T::Percent},
    };
}

struct KindInfo
{
    Kind kind;
    const char *name;
    QList<FieldSpec> fields;
};

const QList<KindInfo> &kindTable()
{
    static const QList<KindInfo> table = {
        {Kind::Interactions, "interactions", interactionFields()},
        {Kind::Surveys, "surveys", surveyFields()},
        {Kind::Qa, "qa", qaFields()},
        {Kind::Agents, "agents", agentFields()},
        {Kind::Engagement, "engagement", engagementFields()},
        {Kind::Customers, "customers", customerFields()},
        {Kind::Summary, "summary", summaryFields()},
    };
    return table;
}

const KindInfo &infoOf(Kind kind)
{
    for (const KindInfo &info : kindTable()) {
        if (info.kind == kind)
            return info;
    }
    Q_UNREACHABLE();
}

} // namespace

QString kindName(Kind kind)
{
    return QLatin1String(infoOf(kind).name);
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (const KindInfo &info : kindTable()) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.kind;
    }
    return std::nullopt;
}

QList<Kind> allKinds()
{
    QList<Kind> kinds;
    for (const KindInfo &info : kindTable())
        kinds.append(info.kind);
    return kinds;
}

const QList<FieldSpec> &fieldsOf(Kind kind)
{
    return infoOf(kind).fields;
}

int fieldIndex(Kind kind, const QString &field)
{
    const QList<FieldSpec> &fields = fieldsOf(kind);
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].name == field)
            return i;
    }
    return -1;
}

} // namespace huddle::import
