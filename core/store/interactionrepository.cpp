#include "interactionrepository.h"

#include "store.h"

#include <QSqlQuery>

namespace huddle::store {

namespace {

template<typename T>
std::optional<T> optionalValue(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

} // namespace

InteractionRepository::InteractionRepository(Store &store)
    : m_store(store)
{
}

StoreCounts InteractionRepository::counts() const
{
    StoreCounts counts;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM interactions), (SELECT count(*) FROM surveys), "
        "(SELECT count(*) FROM qa_evaluations), (SELECT count(*) FROM agents), (SELECT count(*) FROM engagement), "
        "(SELECT count(*) FROM customers), (SELECT count(*) FROM summary), "
        "(SELECT count(*) FROM imports WHERE status = 'complete')"));
    if (query.exec() && query.next()) {
        counts.interactions = query.value(0).toLongLong();
        counts.surveys = query.value(1).toLongLong();
        counts.qaEvaluations = query.value(2).toLongLong();
        counts.agents = query.value(3).toLongLong();
        counts.engagement = query.value(4).toLongLong();
        counts.customers = query.value(5).toLongLong();
        counts.summaryRows = query.value(6).toLongLong();
        counts.imports = query.value(7).toLongLong();
    }
    return counts;
}

QList<InteractionRow> InteractionRepository::page(qint64 offset, int limit) const
{
    QList<InteractionRow> rows;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT source, contact_id, started_at, channel, queue, agent_id, team, reason, wait_s, talk_s, answered, "
        "transferred, resolved, import_id FROM interactions ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return rows;
    while (query.next()) {
        InteractionRow row;
        row.source = query.value(0).toString();
        row.contactId = query.value(1).toString();
        if (!query.value(2).isNull())
            row.startedAt = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong());
        row.channel = query.value(3).toString();
        row.queue = query.value(4).toString();
        row.agentId = query.value(5).toString();
        row.team = query.value(6).toString();
        row.reason = query.value(7).toString();
        row.waitSeconds = optionalValue<double>(query.value(8));
        row.talkSeconds = optionalValue<double>(query.value(9));
        row.answered = optionalValue<bool>(query.value(10));
        row.transferred = optionalValue<bool>(query.value(11));
        row.resolved = optionalValue<bool>(query.value(12));
        row.importId = query.value(13).toLongLong();
        rows.append(row);
    }
    return rows;
}

std::optional<std::pair<qint64, qint64>> InteractionRepository::startedSpan() const
{
    QSqlQuery query(m_store.database());
    // Two subqueries, so that each is one step along the index on started_at.
    query.prepare(QStringLiteral(
        "SELECT (SELECT min(started_at) FROM interactions), (SELECT max(started_at) FROM interactions)"));
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

QHash<QString, QString> InteractionRepository::agentNames() const
{
    QHash<QString, QString> names;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    // Rosters from several sources may name an agent twice: the newest import wins.
    query.prepare(QStringLiteral(
        "SELECT agent_id, name FROM agents WHERE name IS NOT NULL AND name <> '' ORDER BY import_id"));
    if (!query.exec())
        return names;
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

} // namespace huddle::store
