#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace huddle::store {

namespace {

// Version 1: the foundation. Data tables carry the import that added each row (undo) and
// the source whose ids they use (merging overlapping exports).
const char *const kVersion1[] = {
    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        kind TEXT NOT NULL,
        source TEXT NOT NULL,
        mapping TEXT NOT NULL,
        rows_read INTEGER NOT NULL DEFAULT 0,
        rows_added INTEGER NOT NULL DEFAULT 0,
        rows_present INTEGER NOT NULL DEFAULT 0,
        rows_rejected INTEGER NOT NULL DEFAULT 0,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        status TEXT NOT NULL DEFAULT 'complete',
        undone_at INTEGER))",
    R"(CREATE TABLE agents (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        agent_id TEXT NOT NULL,
        name TEXT,
        team TEXT,
        site TEXT,
        import_id INTEGER NOT NULL REFERENCES imports(id),
        UNIQUE (source, agent_id)))",
    R"(CREATE TABLE interactions (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        contact_id TEXT NOT NULL,
        started_at INTEGER,
        channel TEXT,
        direction TEXT,
        queue TEXT,
        agent_id TEXT,
        team TEXT,
        customer_key INTEGER,
        wait_s REAL,
        answered INTEGER,
        abandoned INTEGER,
        talk_s REAL,
        hold_s REAL,
        acw_s REAL,
        transferred INTEGER,
        resolved INTEGER,
        reason TEXT,
        first_response_s REAL,
        proactive INTEGER,
        sentiment REAL,
        transcript TEXT,
        import_id INTEGER NOT NULL REFERENCES imports(id),
        UNIQUE (source, contact_id)))",
    R"(CREATE TABLE surveys (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        contact_id TEXT NOT NULL,
        answered_at INTEGER,
        agent_id TEXT,
        csat INTEGER,
        csat_scale INTEGER NOT NULL DEFAULT 5,
        nps INTEGER,
        ces INTEGER,
        ces_scale INTEGER NOT NULL DEFAULT 5,
        resolved INTEGER,
        comment TEXT,
        import_id INTEGER NOT NULL REFERENCES imports(id),
        UNIQUE (source, contact_id)))",
    R"(CREATE TABLE qa_evaluations (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        evaluation_id TEXT NOT NULL,
        contact_id TEXT,
        agent_id TEXT,
        evaluated_at INTEGER,
        score REAL,
        criteria TEXT,
        import_id INTEGER NOT NULL REFERENCES imports(id),
        UNIQUE (source, evaluation_id)))",
    R"(CREATE TABLE engagement (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        agent_id TEXT NOT NULL,
        date TEXT NOT NULL,
        score REAL,
        import_id INTEGER NOT NULL REFERENCES imports(id),
        UNIQUE (source, agent_id, date)))",
    R"(CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        customer_key INTEGER NOT NULL,
        since TEXT,
        churned_on TEXT,
        import_id INTEGER NOT NULL REFERENCES imports(id),
        UNIQUE (source, customer_key)))",
    R"(CREATE TABLE summary (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        period TEXT NOT NULL,
        started_at INTEGER,
        queue TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT '',
        offered INTEGER,
        answered INTEGER,
        abandoned INTEGER,
        asa_s REAL,
        talk_s REAL,
        wait_s REAL,
        service_level REAL,
        answer_rate REAL,
        import_id INTEGER NOT NULL REFERENCES imports(id),
        UNIQUE (source, period, queue, channel)))",
    R"(CREATE TABLE coaching_notes (
        id INTEGER PRIMARY KEY,
        agent_id TEXT NOT NULL,
        author TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        week TEXT,
        kpi TEXT,
        conflict TEXT,
        observed TEXT,
        agreed TEXT,
        follow_up TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        shared INTEGER NOT NULL DEFAULT 0,
        acknowledged_at INTEGER,
        deleted_at INTEGER))",
    // The indexes the KPI queries were expected to need: by time, by agent over time, by
    // customer over time (repeat contacts); version 5 drops the last two. None on import_id:
    // every import would pay to build it, and only the rare undo reads it, for which a scan
    // is fast enough.
    "CREATE INDEX interactions_started ON interactions (started_at)",
    "CREATE INDEX interactions_agent ON interactions (agent_id, started_at)",
    "CREATE INDEX interactions_customer ON interactions (customer_key, started_at)",
    "CREATE INDEX surveys_answered ON surveys (answered_at)",
    "CREATE INDEX qa_agent ON qa_evaluations (agent_id, evaluated_at)",
    "CREATE INDEX coaching_agent ON coaching_notes (agent_id, created_at)",
};

// Version 2: a compact copy of the KPI facts (core/kpi/factcache), rebuilt whenever the
// import history changes. Rows are grouped in chunks (ISO-free UTC weeks) so a query reads
// only the weeks it asks for.
const char *const kVersion2[] = {
    R"(CREATE TABLE kpi_snapshot (
        part TEXT NOT NULL,
        chunk INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (part, chunk)))",
};

// Version 3: every change to a coaching note, field by field (nothing typed is ever lost).
// Values are kept as text, as the note's columns hold them; a note's main text is the
// `observed` column (huddle-cli's --text). Creation, deletion and restoring are rows too.
const char *const kVersion3[] = {
    R"(CREATE TABLE coaching_note_history (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES coaching_notes(id),
        changed_at INTEGER NOT NULL,
        author TEXT,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT))",
    "CREATE INDEX coaching_history_note ON coaching_note_history (note_id, id)",
};

// Version 4: improvement actions (a team leader's log from a figure to an action and back to
// its measured effect) and their field-by-field history, like coaching notes'.
const char *const kVersion4[] = {
    R"(CREATE TABLE improvement_actions (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        reason TEXT,
        kpi TEXT,
        team TEXT,
        queue TEXT,
        owner TEXT,
        start_date TEXT,
        expected_impact REAL,
        cost REAL,
        effort TEXT NOT NULL,
        status TEXT NOT NULL,
        origin TEXT,
        description TEXT,
        author TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER))",
    R"(CREATE TABLE improvement_action_history (
        id INTEGER PRIMARY KEY,
        action_id INTEGER NOT NULL REFERENCES improvement_actions(id),
        changed_at INTEGER NOT NULL,
        author TEXT,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT))",
    "CREATE INDEX improvement_history_action ON improvement_action_history (action_id, id)",
};

// Version 5: the import's bulk load keeps every index up to date row by row (all of them are
// in time or key order, cheap to extend), so the two indexes that no query reads are gone:
// repeat contacts are found in memory from one scan of the facts (core/kpi), never by
// customer in SQL, and the one question by agent, whether an agent is known, is answered by
// the small table of which agents each import brought. Each of those indexes cost a sort of
// every contact at import, more than a second per million rows.
const char *const kVersion5[] = {
    R"(CREATE TABLE interaction_agents (
        agent_id TEXT NOT NULL,
        import_id INTEGER NOT NULL REFERENCES imports(id),
        PRIMARY KEY (agent_id, import_id)) WITHOUT ROWID)",
    "INSERT INTO interaction_agents SELECT DISTINCT agent_id, import_id FROM interactions WHERE agent_id IS NOT NULL",
    "DROP INDEX IF EXISTS interactions_agent",
    "DROP INDEX IF EXISTS interactions_customer",
};

struct Step
{
    const char *const *statements;
    size_t count;
};

const Step kSteps[] = {
    {kVersion1, std::size(kVersion1)},
    {kVersion2, std::size(kVersion2)},
    {kVersion3, std::size(kVersion3)},
    {kVersion4, std::size(kVersion4)},
    {kVersion5, std::size(kVersion5)},
};

} // namespace

int Schema::latestVersion()
{
    return int(std::size(kSteps));
}

bool Schema::upgrade(QSqlDatabase &db, int fromVersion, QString *error)
{
    if (fromVersion >= latestVersion())
        return true;
    QSqlQuery query(db);
    for (int version = fromVersion + 1; version <= latestVersion(); ++version) {
        const Step &step = kSteps[version - 1];
        for (size_t i = 0; i < step.count; ++i) {
            if (!query.exec(QString::fromLatin1(step.statements[i]))) {
                *error = QStringLiteral("schema step %1: %2").arg(version).arg(query.lastError().text());
                return false;
            }
        }
    }
    // sql-safe: PRAGMA takes no bound parameters; the value is our own integer
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestVersion()))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace huddle::store
