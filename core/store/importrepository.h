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
#include <vector>

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
//
// Rows go into the store kRowsPerStatement at a time, one INSERT with many rows: SQLite then
// keeps its place in the table and in each index from row to row (time-ordered rows land
// where the previous one did) instead of searching from the top for every row, which halves
// the store's share of an import. flush() writes the rows still waiting.
class BulkWriter
{
public:
    BulkWriter(Store &store, import::Kind kind, QString source, int csatScale, int cesScale);
    ~BulkWriter();
    Q_DISABLE_COPY_MOVE(BulkWriter)

    static constexpr int kRowsPerStatement = 128;

    bool begin(const ImportInfo &info, QString *error);
    // Takes the record's values to write with the next batch; record receives a spent
    // record in exchange (values of an earlier row, for the caller to reuse or free).
    bool write(import::Record &record, QString *error);
    // Writes the rows still waiting; rowsAdded() and rowsPresent() then count every row.
    bool flush(QString *error);
    qint64 rowsAdded() const { return m_rowsAdded; }
    qint64 rowsPresent() const { return m_rowsPresent; } // already in the store, or twice in the file
    // Records the counts and the file's SHA-256 (known only once the file has been read).
    bool commit(const ImportInfo &counts, QString *error);
    void rollback();

    qint64 importId() const { return m_importId; }

private:
    bool prepare(QString *error);
    void bindRow(InsertStatement &statement, int slot, const import::Record &record);
    bool writeBatch(QString *error);
    bool writeOneByOne(int count, QString *error);
    bool removeNewestRows(qint64 count, qint64 lastId, QString *error);
    bool added(const import::Record &record, QString *error);
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
    std::unique_ptr<InsertStatement> m_insertRow;   // one row
    std::unique_ptr<InsertStatement> m_insertBatch; // kRowsPerStatement rows
    std::unique_ptr<InsertStatement> m_insertSurvey; // interactions that carry their own rating
    struct Column
    {
        int field = 0;         // index in the record
        bool blankKey = false; // a key column where no value is stored as ''
    };
    QVariantList m_fixedValues;                 // source, import id, ...: bound once, kept alive here
    QList<Column> m_columns;                    // the record's fields, bound row by row
    QList<int> m_surveyFields;                  // interactions: csat, nps, ces, comment
    std::vector<import::Record> m_waiting;      // rows for the next statement: the first m_waitingCount
    int m_waitingCount = 0;
    qint64 m_rowsAdded = 0;
    qint64 m_rowsPresent = 0;
    QSet<QByteArray> m_agents;                  // interactions: the agents (UTF-8) of the rows added
};

} // namespace huddle::store
