#pragma once

#include "fieldhistory.h"

#include <actions/action.h>

#include <QCoreApplication>

#include <optional>

namespace huddle::store {

class Store;

// The improvement actions of a store and their history, kept like coaching notes: every
// change recorded field by field in the same transaction, deleting a soft delete. Actions
// belong to the team, not to imports: importing or undoing never touches them.
class ActionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActionRepository)

public:
    ActionRepository(Store &store, QString user);

    std::optional<qint64> add(const actions::ImprovementAction &action, QString *error);
    bool update(const actions::ImprovementAction &action, QString *error);
    bool softDelete(qint64 id, QString *error);
    std::optional<actions::ImprovementAction> get(qint64 id) const;
    // Every action (deleted ones only when asked), oldest first.
    QList<actions::ImprovementAction> list(bool withDeleted = false) const;
    QList<FieldChange> history(qint64 id) const;

private:
    Store &m_store;
    QString m_user;
};

} // namespace huddle::store
