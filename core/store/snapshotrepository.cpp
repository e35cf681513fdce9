#include "snapshotrepository.h"

#include "rowcursor.h"
#include "store.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace huddle::store {

namespace {
const QString kFingerprintKey = QStringLiteral("kpi_snapshot");
} // namespace

SnapshotRepository::SnapshotRepository(Store &store)
    : m_store(store)
{
}

QString SnapshotRepository::dataFingerprint(QString *error) const
{
    auto row = RowCursor::open(m_store.database(),
                               QStringLiteral("SELECT count(*), coalesce(max(id), 0), count(undone_at) FROM imports "
                                              "WHERE status IN ('complete', 'undone')"),
                               {}, error);
    if (!row || !row->next())
        return {};
    return QStringLiteral("%1:%2:%3").arg(row->integer(0)).arg(row->integer(1)).arg(row->integer(2));
}

QString SnapshotRepository::storedFingerprint() const
{
    return m_store.setting(kFingerprintKey);
}

bool SnapshotRepository::replace(const QList<SnapshotChunk> &chunks, const QString &fingerprint, QString *error)
{
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_store.database());
    bool ok = query.exec(QStringLiteral("DELETE FROM kpi_snapshot"));
    ok = ok && query.prepare(QStringLiteral("INSERT INTO kpi_snapshot (part, chunk, data) VALUES (?, ?, ?)"));
    for (const SnapshotChunk &c : chunks) {
        if (!ok)
            break;
        query.addBindValue(c.part);
        query.addBindValue(c.chunk);
        query.addBindValue(c.data);
        ok = query.exec();
    }
    if (!ok) {
        *error = tr("%1: cannot write the KPI snapshot: %2").arg(m_store.path(), query.lastError().text());
        return false;
    }
    if (!m_store.setSetting(kFingerprintKey, fingerprint) || !transaction.commit(error)) {
        *error = tr("%1: cannot write the KPI snapshot").arg(m_store.path());
        return false;
    }
    return true;
}

bool SnapshotRepository::read(const QString &part, qint64 first, qint64 last,
                              const std::function<void(qint64, QByteArrayView)> &visit, QString *error) const
{
    auto row = RowCursor::open(m_store.database(),
                               QStringLiteral("SELECT chunk, data FROM kpi_snapshot WHERE part = ? AND chunk >= ? "
                                              "AND chunk <= ? ORDER BY chunk"),
                               {part, first, last}, error);
    if (!row)
        return false;
    while (row->next())
        visit(row->integer(0), row->blob(1));
    *error = row->error();
    return error->isEmpty();
}

} // namespace huddle::store
