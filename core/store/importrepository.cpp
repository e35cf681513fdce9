#include "importrepository.h"

#include "insertstatement.h"
#include "store.h"
#include "storeerror.h"
#include "writetransaction.h"

#include <QSqlError>

namespace huddle::store {

using import::Kind;

namespace {

QString tableOf(Kind kind)
{
    switch (kind) {
    case Kind::Interactions: return QStringLiteral("interactions");
    case Kind::Surveys: return QStringLiteral("surveys");
    case Kind::Qa: return QStringLiteral("qa_evaluations");
    case Kind::Agents: return QStringLiteral("agents");
    case Kind::Engagement: return QStringLiteral("engagement");
    case Kind::Customers: return QStringLiteral("customers");
    case Kind::Summary: return QStringLiteral("summary");
    }
    Q_UNREACHABLE();
}

// The store column of a canonical field: identifiers are kept only as keys.
QString columnOf(const QString &field)
{
    return field == u"customer_id" ? QStringLiteral("customer_key") : field;
}

bool isSurveyOnContact(Kind kind, const QString &field)
{
    return kind == Kind::Interactions
        && (field == u"csat" || field == u"nps" || field == u"ces" || field == u"comment");
}

// Summary rows key on queue and channel, which may be blank: blank is stored as ''.
bool isBlankKey(Kind kind, const QString &field)
{
    return kind == Kind::Summary && (field == u"queue" || field == u"channel");
}

ImportInfo infoFrom(const QSqlQuery &q)
{
    ImportInfo info;
    info.id = q.value(0).toLongLong();
    info.fileName = q.value(1).toString();
    info.sha256 = q.value(2).toString();
    info.kind = q.value(3).toString();
    info.source = q.value(4).toString();
    info.mapping = q.value(5).toString();
    info.rowsRead = q.value(6).toLongLong();
    info.rowsAdded = q.value(7).toLongLong();
    info.rowsPresent = q.value(8).toLongLong();
    info.rowsRejected = q.value(9).toLongLong();
    info.startedAt = QDateTime::fromSecsSinceEpoch(q.value(10).toLongLong());
    if (!q.value(11).isNull())
        info.finishedAt = QDateTime::fromSecsSinceEpoch(q.value(11).toLongLong());
    info.status = q.value(12).toString();
    return info;
}

const QString kSelectImports = QStringLiteral(
    "SELECT id, file_name, file_sha256, kind, source, mapping, rows_read, rows_added, rows_present, "
    "rows_rejected, started_at, finished_at, status FROM imports");

} // namespace

ImportRepository::ImportRepository(Store &store)
    : m_store(store)
{
}

QList<ImportInfo> ImportRepository::list() const
{
    QList<ImportInfo> imports;
    QSqlQuery query(m_store.database());
    query.prepare(kSelectImports + QStringLiteral(" ORDER BY id"));
    if (query.exec()) {
        while (query.next())
            imports.append(infoFrom(query));
    }
    return imports;
}

std::optional<ImportInfo> ImportRepository::find(qint64 id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(kSelectImports + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return infoFrom(query);
    return std::nullopt;
}

std::optional<ImportInfo> ImportRepository::findBySha256(const QString &sha256) const
{
    QSqlQuery query(m_store.database());
    query.prepare(kSelectImports + QStringLiteral(" WHERE file_sha256 = ? AND status = 'complete' ORDER BY id DESC"));
    query.addBindValue(sha256);
    if (query.exec() && query.next())
        return infoFrom(query);
    return std::nullopt;
}

bool ImportRepository::undo(qint64 id, qint64 *rowsRemoved, QString *error)
{
    // Checked under the write lock: two programs undoing the same import remove it once.
    WriteTransaction transaction(m_store.database());
    if (!transaction.begin(error)) {
        *error = StoreError::explain(*error);
        return false;
    }
    const auto info = find(id);
    if (!info) {
        *error = QStringLiteral("there is no import %1").arg(id);
        return false;
    }
    if (info->status == u"undone") {
        *error = QStringLiteral("import %1 was already undone").arg(id);
        return false;
    }
    qint64 removed = 0;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM interaction_agents WHERE import_id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        *error = StoreError::explain(query.lastError().text());
        return false;
    }
    for (Kind kind : import::allKinds()) {
        // sql-safe: the table name comes from tableOf(), a fixed list per kind
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE import_id = ?").arg(tableOf(kind)));
        query.addBindValue(id);
        if (!query.exec()) {
            *error = StoreError::explain(query.lastError().text());
            return false;
        }
        removed += query.numRowsAffected();
    }
    query.prepare(QStringLiteral("UPDATE imports SET status = 'undone', undone_at = ? WHERE id = ?"));
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec()) {
        *error = StoreError::explain(query.lastError().text());
        return false;
    }
    if (!transaction.commit(error)) {
        *error = StoreError::explain(*error);
        return false;
    }
    *rowsRemoved = removed;
    return true;
}

BulkWriter::BulkWriter(Store &store, Kind kind, QString source, int csatScale, int cesScale)
    : m_store(store)
    , m_transaction(store.database())
    , m_kind(kind)
    , m_source(std::move(source))
    , m_csatScale(csatScale)
    , m_cesScale(cesScale)
{
}

BulkWriter::~BulkWriter()
{
    rollback();
    enforceForeignKeys(true);
    endRollbackJournal();
}

void BulkWriter::endRollbackJournal()
{
    if (!m_rollbackJournal)
        return;
    m_store.useWriteAheadLog();
    m_rollbackJournal = false;
}

// Every row the writer adds has one parent, the import row begin() inserts in the same
// transaction: checking it again for each row is a lookup per row (some 4 % of a bulk load)
// that can never fail. The check is off while the writer's transaction runs and on again
// after it; SQLite takes the pragma only outside a transaction.
void BulkWriter::enforceForeignKeys(bool on)
{
    if (m_foreignKeysOff == !on)
        return;
    QSqlQuery query(m_store.database());
    query.exec(on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"));
    // Read back: inside a transaction (one whose rollback failed) the pragma does nothing.
    if (query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next())
        m_foreignKeysOff = query.value(0).toInt() == 0;
}

bool BulkWriter::prepare(QString *error)
{
    const QList<import::FieldSpec> &fields = import::fieldsOf(m_kind);
    QStringList columns = {QStringLiteral("source"), QStringLiteral("import_id")};
    m_fixedValues = {m_source, m_importId};
    if (m_kind == Kind::Surveys) {
        // A rating means nothing without its scale: CSAT on 1-10 counts top three boxes.
        columns << QStringLiteral("csat_scale") << QStringLiteral("ces_scale");
        m_fixedValues << m_csatScale << m_cesScale;
    }
    for (int i = 0; i < fields.size(); ++i) {
        if (isSurveyOnContact(m_kind, fields[i].name)) {
            m_surveyFields.append(i);
            continue;
        }
        columns.append(columnOf(fields[i].name));
        m_columns.append({i, isBlankKey(m_kind, fields[i].name)});
    }
    const QString row = QStringLiteral("(%1)").arg(QStringList(columns.size(), QStringLiteral("?")).join(u", "));
    const auto insertRows = [&](int rows) {
        // sql-safe: table and column names come from tableOf()/columnOf() and the field table, never from input
        auto statement = InsertStatement::prepare(m_store.database(),
                                                  QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT DO NOTHING")
                                                      .arg(tableOf(m_kind), columns.join(u", "),
                                                           QStringList(rows, row).join(u", ")),
                                                  error);
        // Bound values stay bound from row to row: the fixed ones are bound once.
        for (int slot = 0; statement && slot < rows; ++slot) {
            for (int i = 0; i < m_fixedValues.size(); ++i)
                statement->bind(slot * int(columns.size()) + i, m_fixedValues[i]);
        }
        return statement;
    };
    m_insertRow = insertRows(1);
    m_insertBatch = m_insertRow ? insertRows(kRowsPerStatement) : nullptr;
    if (!m_insertBatch)
        return false;
    m_waiting.resize(kRowsPerStatement);
    if (!m_surveyFields.isEmpty()) {
        m_insertSurvey = InsertStatement::prepare(
            m_store.database(),
            QStringLiteral("INSERT INTO surveys (source, import_id, contact_id, answered_at, agent_id, csat, "
                           "csat_scale, nps, ces, ces_scale, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT DO NOTHING"),
            error);
        if (!m_insertSurvey)
            return false;
    }
    return true;
}

bool BulkWriter::begin(const ImportInfo &info, QString *error)
{
    // The write lock is taken now, so a second writer waits (busy timeout) at the start
    // instead of failing halfway through.
    m_rollbackJournal = m_store.useRollbackJournalIfAlone();
    enforceForeignKeys(false);
    if (!m_transaction.begin(error))
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO imports (file_name, file_sha256, kind, source, mapping, started_at, "
                                 "status) VALUES (?, ?, ?, ?, ?, ?, 'running')"));
    query.addBindValue(info.fileName);
    query.addBindValue(QStringLiteral("")); // the file's hash: commit() has it, once the file is read
    query.addBindValue(info.kind);
    query.addBindValue(info.source);
    query.addBindValue(info.mapping);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        *error = query.lastError().text();
        rollback();
        return false;
    }
    m_importId = query.lastInsertId().toLongLong();
    // Enough cache that the pages where rows and index entries go stay in memory during the
    // load (bounded: 64 MiB). Indexes are kept up to date row by row: each grows at its end
    // (time order, new keys) or near it, cheaper than sorting every row again afterwards.
    query.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    if (!prepare(error)) {
        rollback();
        return false;
    }
    return true;
}

bool BulkWriter::write(import::Record &record, QString *error)
{
    std::swap(m_waiting[size_t(m_waitingCount++)], record);
    return m_waitingCount < kRowsPerStatement || writeBatch(error);
}

bool BulkWriter::flush(QString *error)
{
    return writeOneByOne(std::exchange(m_waitingCount, 0), error);
}

void BulkWriter::bindRow(InsertStatement &statement, int slot, const import::Record &record)
{
    int position = slot * int(m_fixedValues.size() + m_columns.size()) + int(m_fixedValues.size());
    static const QVariant blankKey(QStringLiteral(""));
    for (const Column &column : std::as_const(m_columns)) {
        const QVariant &value = record.values[column.field];
        statement.bind(position++, column.blankKey && value.isNull() ? blankKey : value);
    }
}

bool BulkWriter::writeBatch(QString *error)
{
    const int count = std::exchange(m_waitingCount, 0);
    for (int slot = 0; slot < count; ++slot)
        bindRow(*m_insertBatch, slot, m_waiting[size_t(slot)]);
    qint64 inserted = 0;
    if (!m_insertBatch->execute(&inserted, error))
        return false;
    if (inserted == 0) {
        m_rowsPresent += count;
        return true;
    }
    if (inserted < count) {
        // Some rows were in the store already (or twice in the file), and only a row at a
        // time tells which. The ones this statement added have the newest ids (each new row
        // takes the largest id plus one): they are taken out and all are written again.
        return removeNewestRows(inserted, m_insertBatch->lastInsertId(), error) && writeOneByOne(count, error);
    }
    for (int slot = 0; slot < count; ++slot) {
        if (!added(m_waiting[size_t(slot)], error))
            return false;
    }
    return true;
}

bool BulkWriter::writeOneByOne(int count, QString *error)
{
    for (int slot = 0; slot < count; ++slot) {
        const import::Record &record = m_waiting[size_t(slot)];
        bindRow(*m_insertRow, 0, record);
        qint64 inserted = 0;
        if (!m_insertRow->execute(&inserted, error))
            return false;
        if (inserted == 0)
            ++m_rowsPresent;
        else if (!added(record, error))
            return false;
    }
    return true;
}

bool BulkWriter::removeNewestRows(qint64 count, qint64 lastId, QString *error)
{
    QSqlQuery query(m_store.database());
    // sql-safe: the table name comes from tableOf(), a fixed list per kind
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id > ?").arg(tableOf(m_kind)));
    query.addBindValue(lastId - count);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != count) {
        *error = QStringLiteral("the rows just written to %1 cannot be told apart (%2 removed, %3 expected)")
                     .arg(tableOf(m_kind))
                     .arg(query.numRowsAffected())
                     .arg(count);
        return false;
    }
    return true;
}

// A row the store did not have: its agent and, for a contact rated in the same file, its survey.
bool BulkWriter::added(const import::Record &record, QString *error)
{
    ++m_rowsAdded;
    if (m_kind == Kind::Interactions)
        noteAgent(record);
    if (m_surveyFields.isEmpty())
        return true;

    bool rated = false;
    for (int field : std::as_const(m_surveyFields))
        rated = rated || !record.values[field].isNull();
    if (!rated)
        return true;
    static const int contactId = import::fieldIndex(Kind::Interactions, QStringLiteral("contact_id"));
    static const int startedAt = import::fieldIndex(Kind::Interactions, QStringLiteral("started_at"));
    static const int agentId = import::fieldIndex(Kind::Interactions, QStringLiteral("agent_id"));
    static const int csat = import::fieldIndex(Kind::Interactions, QStringLiteral("csat"));
    static const int nps = import::fieldIndex(Kind::Interactions, QStringLiteral("nps"));
    static const int ces = import::fieldIndex(Kind::Interactions, QStringLiteral("ces"));
    static const int comment = import::fieldIndex(Kind::Interactions, QStringLiteral("comment"));
    const QVariant values[] = {m_source,
                               m_importId,
                               record.values[contactId],
                               record.values[startedAt],
                               record.values[agentId],
                               record.values[csat],
                               m_csatScale,
                               record.values[nps],
                               record.values[ces],
                               m_cesScale,
                               record.values[comment]};
    for (int i = 0; i < int(std::size(values)); ++i)
        m_insertSurvey->bind(i, values[i]);
    qint64 surveyAdded = 0;
    return m_insertSurvey->execute(&surveyAdded, error);
}

// Which agents the import's contacts name, for interaction_agents (schema version 5).
void BulkWriter::noteAgent(const import::Record &record)
{
    static const int agentId = import::fieldIndex(Kind::Interactions, QStringLiteral("agent_id"));
    const QVariant &agent = record.values[agentId];
    if (!agent.isValid())
        return;
    // Text comes as UTF-8 or as QString (record.h); the set holds UTF-8.
    const QByteArray name = agent.typeId() == QMetaType::QByteArray ? *static_cast<const QByteArray *>(agent.constData())
                                                                     : agent.toString().toUtf8();
    m_agents.insert(name);
}

bool BulkWriter::commit(const ImportInfo &counts, QString *error)
{
    if (!flush(error)) {
        rollback();
        return false;
    }
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO interaction_agents (agent_id, import_id) VALUES (?, ?)"));
    for (const QByteArray &agent : std::as_const(m_agents)) {
        query.addBindValue(QString::fromUtf8(agent));
        query.addBindValue(m_importId);
        if (!query.exec()) {
            *error = query.lastError().text();
            rollback();
            return false;
        }
    }
    query.prepare(QStringLiteral("UPDATE imports SET file_sha256 = ?, rows_read = ?, rows_added = ?, rows_present = ?, "
                                 "rows_rejected = ?, finished_at = ?, status = 'complete' WHERE id = ?"));
    query.addBindValue(counts.sha256);
    query.addBindValue(counts.rowsRead);
    query.addBindValue(counts.rowsAdded);
    query.addBindValue(counts.rowsPresent);
    query.addBindValue(counts.rowsRejected);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(m_importId);
    m_insertRow.reset();
    m_insertBatch.reset();
    m_insertSurvey.reset();
    if (!query.exec()) {
        *error = query.lastError().text();
        rollback();
        return false;
    }
    const bool committed = m_transaction.commit(error);
    enforceForeignKeys(true);
    endRollbackJournal();
    return committed;
}

void BulkWriter::rollback()
{
    m_waitingCount = 0;
    m_insertRow.reset();
    m_insertBatch.reset();
    m_insertSurvey.reset();
    m_transaction.rollback();
}

} // namespace huddle::store
