#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace huddle::store {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::begin(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = query.lastError().text();
        return false;
    }
    m_open = true;
    return true;
}

bool WriteTransaction::commit(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        *error = query.lastError().text();
        rollback();
        return false;
    }
    m_open = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace huddle::store
