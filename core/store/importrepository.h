#pragma once

#include "../import/kind.h"
#include "../import/record.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace huddle::store {

class Store;
class InsertStatement;

// The provenance of one import: what came in, from where, with which mapping, and what it
// added. "Which rows it added" is the import_id on every data row.
struct ImportInfo
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString kind;
    QString source;
    QString mapping; // JSON of the mapping used
    qint64 rowsRead = 0;
    qint64 rowsAdded = 0;
    qint64 rowsPresent = 0;
    qint64 rowsRejected = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; // complete | undone
};

class ImportRepository
{
public:
    explicit ImportRepository(Store &store);

    QList<ImportInfo> list() const;
    std::optional<ImportInfo> find(qint64 id) const;
    // The newest complete import of a file with this content, if any.
    std::optional<ImportInfo> findBySha256(const QString &sha256) const;

    // Removes exactly the rows import `id` added, in one transaction.
    bool undo(qint64 id, qint64 *rowsRemoved, QString *error);

private:
    Store &m_store;
};

// Writes one import inside one transaction: begin() takes the write lock and records the
// import, write() adds rows (rows already present under the same source and id are left as
// they are), commit() makes all of it visible at once, rollback() leaves the store exactly
// as it was. Destroying an uncommitted writer rolls back.
class BulkWriter
{
public:
    BulkWriter(Store &store, import::Kind kind, QString source, int csatScale, int cesScale);
    ~BulkWriter();
    Q_DISABLE_COPY_MOVE(BulkWriter)

    bool begin(const ImportInfo &info, QString *error);
    // *added is false when the row was already in the store.
    bool write(const import::Record &record, bool *added, QString *error);
    // Records the counts and the file's SHA-256 (known only once the file has been read).
    bool commit(const ImportInfo &counts, QString *error);
    void rollback();

    qint64 importId() const { return m_importId; }

private:
    bool prepare(QString *error);
    void noteAgent(const import::Record &record);
    void enforceForeignKeys(bool on);
    void endRollbackJournal();

    Store &m_store;
    WriteTransaction m_transaction;
    import::Kind m_kind;
    QString m_source;
    int m_csatScale;
    int m_cesScale;
    qint64 m_importId = 0;
    bool m_foreignKeysOff = false;
    bool m_rollbackJournal = false; // Store::useRollbackJournalIfAlone() switched for this load
    std::unique_ptr<InsertStatement> m_insert;
    std::unique_ptr<InsertStatement> m_insertSurvey; // interactions that carry their own rating
    struct Column
    {
        int field = 0;         // index in the record
        bool blankKey = false; // a key column where no value is stored as ''
    };
    QVariantList m_fixedValues;                 // source, import id, ...: bound once, kept alive here
    QList<Column> m_columns;                    // the record's fields, bound row by row
    QList<int> m_surveyFields;                  // interactions: csat, nps, ces, comment
    QSet<QByteArray> m_agents;                  // interactions: the agents (UTF-8) of the rows added
};

} // namespace huddle::store
