#include "actionrepository.h"

#include "store.h"
#include "storeerror.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace huddle::store {

using actions::ImprovementAction;

namespace {

const QString kSelectActions = QStringLiteral(
    "SELECT id, title, reason, kpi, team, queue, owner, start_date, expected_impact, cost, effort, status, origin, "
    "description, author, created_at, updated_at, deleted_at FROM improvement_actions");

// The columns written from an action, in the order of columnValues().
const QStringList kActionColumns = {
    QStringLiteral("title"), QStringLiteral("reason"), QStringLiteral("kpi"), QStringLiteral("team"),
    QStringLiteral("queue"), QStringLiteral("owner"), QStringLiteral("start_date"), QStringLiteral("expected_impact"),
    QStringLiteral("cost"), QStringLiteral("effort"), QStringLiteral("status"), QStringLiteral("origin"),
    QStringLiteral("description"), QStringLiteral("deleted_at"),
};

QVariant numberOrNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariantList columnValues(const ImprovementAction &a)
{
    return {a.title, orNull(a.reason), orNull(a.kpi), orNull(a.team), orNull(a.queue), orNull(a.owner),
            a.start ? QVariant(a.start->toString(Qt::ISODate)) : QVariant(), numberOrNull(a.expectedImpact),
            numberOrNull(a.cost), actions::effortName(a.effort), actions::statusName(a.status), orNull(a.origin),
            orNull(a.description), secondsOrNull(a.deletedAt)};
}

std::optional<double> optionalNumber(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toDouble());
}

ImprovementAction actionFrom(const QSqlQuery &q)
{
    ImprovementAction a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.reason = q.value(2).toString();
    a.kpi = q.value(3).toString();
    a.team = q.value(4).toString();
    a.queue = q.value(5).toString();
    a.owner = q.value(6).toString();
    if (!q.value(7).isNull())
        a.start = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    a.expectedImpact = optionalNumber(q.value(8));
    a.cost = optionalNumber(q.value(9));
    a.effort = actions::effortFromName(q.value(10).toString()).value_or(actions::Effort::Medium);
    a.status = actions::statusFromName(q.value(11).toString()).value_or(actions::ActionStatus::Proposed);
    a.origin = q.value(12).toString();
    a.description = q.value(13).toString();
    a.author = q.value(14).toString();
    a.createdAt = instant(q.value(15));
    a.updatedAt = instant(q.value(16));
    a.deletedAt = instant(q.value(17));
    return a;
}

} // namespace

ActionRepository::ActionRepository(Store &store, QString user)
    : m_store(store)
    , m_user(std::move(user))
{
}

std::optional<qint64> ActionRepository::add(const ImprovementAction &action, QString *error)
{
    if (const QString problem = actions::problemWith(action); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin(error)) {
        *error = StoreError::explain(*error);
        return std::nullopt;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery query(m_store.database());
    // sql-safe: the column names are the compile-time list kActionColumns; every value is bound
    query.prepare(QStringLiteral("INSERT INTO improvement_actions (%1, author, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(kActionColumns.join(QStringLiteral(", "))));
    for (const QVariant &value : columnValues(action))
        query.addBindValue(value);
    query.addBindValue(orNull(action.author.isEmpty() ? m_user : action.author));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        *error = StoreError::explain(query.lastError().text());
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    FieldHistory history(m_store.database(), FieldHistory::Of::ImprovementActions);
    if (!history.recordCreated(id, now, m_user)) {
        *error = StoreError::explain(history.lastError());
        return std::nullopt;
    }
    if (!transaction.commit(error)) {
        *error = StoreError::explain(*error);
        return std::nullopt;
    }
    return id;
}

bool ActionRepository::update(const ImprovementAction &action, QString *error)
{
    if (const QString problem = actions::problemWith(action); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    // Read under the write lock: another program changing the same action meanwhile is
    // neither overwritten with what was read before nor missing from the history.
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin(error)) {
        *error = StoreError::explain(*error);
        return false;
    }
    const auto stored = get(action.id);
    if (!stored) {
        *error = tr("there is no improvement action %1").arg(action.id);
        return false;
    }
    const auto before = actions::fieldTexts(*stored);
    const auto after = actions::fieldTexts(action);
    if (before == after)
        return true;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery query(m_store.database());
    // sql-safe: the column names are the compile-time list kActionColumns; every value is bound
    query.prepare(QStringLiteral("UPDATE improvement_actions SET %1 = ?, updated_at = ? WHERE id = ?")
                      .arg(kActionColumns.join(QStringLiteral(" = ?, "))));
    for (const QVariant &value : columnValues(action))
        query.addBindValue(value);
    query.addBindValue(now);
    query.addBindValue(action.id);
    if (!query.exec()) {
        *error = StoreError::explain(query.lastError().text());
        return false;
    }
    FieldHistory history(m_store.database(), FieldHistory::Of::ImprovementActions);
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (before[i].second != after[i].second
            && !history.recordChange(action.id, now, m_user, after[i].first, before[i].second, after[i].second)) {
            *error = StoreError::explain(history.lastError());
            return false;
        }
    }
    if (!transaction.commit(error)) {
        *error = StoreError::explain(*error);
        return false;
    }
    return true;
}

bool ActionRepository::softDelete(qint64 id, QString *error)
{
    auto action = get(id);
    if (!action) {
        *error = tr("there is no improvement action %1").arg(id);
        return false;
    }
    if (action->isDeleted())
        return true;
    action->deletedAt = QDateTime::currentDateTimeUtc();
    return update(*action, error);
}

std::optional<ImprovementAction> ActionRepository::get(qint64 id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(kSelectActions + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return actionFrom(query);
    return std::nullopt;
}

QList<ImprovementAction> ActionRepository::list(bool withDeleted) const
{
    QSqlQuery query(m_store.database());
    // sql-safe: a fixed SELECT and one of two fixed conditions; nothing from data
    query.prepare(kSelectActions + (withDeleted ? QString() : QStringLiteral(" WHERE deleted_at IS NULL"))
                  + QStringLiteral(" ORDER BY id"));
    QList<ImprovementAction> list;
    if (query.exec()) {
        while (query.next())
            list.append(actionFrom(query));
    }
    return list;
}

QList<FieldChange> ActionRepository::history(qint64 id) const
{
    return FieldHistory(m_store.database(), FieldHistory::Of::ImprovementActions).read(id);
}

} // namespace huddle::store
