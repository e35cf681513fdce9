#include "kpifactreader.h"

#include "rowcursor.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace huddle::store {

namespace {

float optionalReal(RowCursor &row, int column)
{
    return row.isNull(column) ? kUnknown : float(row.real(column));
}

Direction directionOf(QByteArrayView text)
{
    if (text.compare(QByteArrayView("inbound"), Qt::CaseInsensitive) == 0)
        return Direction::Inbound;
    if (text.compare(QByteArrayView("outbound"), Qt::CaseInsensitive) == 0)
        return Direction::Outbound;
    return Direction::Unknown;
}

// Dimensions read in this column order: agent, team, queue, channel, reason, direction.
void readDims(RowCursor &row, int first, KpiFacts &facts, Dims &dims)
{
    dims.agent = row.isNull(first) ? 0 : facts.agents.indexOf(row.text(first));
    dims.team = row.isNull(first + 1) ? 0 : facts.teams.indexOf(row.text(first + 1));
    dims.queue = row.isNull(first + 2) ? 0 : facts.queues.indexOf(row.text(first + 2));
    dims.channel = row.isNull(first + 3) ? 0 : facts.channels.indexOfFolded(row.text(first + 3));
    dims.reason = row.isNull(first + 4) ? 0 : facts.reasons.indexOf(row.text(first + 4));
    dims.direction = row.isNull(first + 5) ? Direction::Unknown : directionOf(row.text(first + 5));
}

const char kDims[] = "i.agent_id, i.team, i.queue, i.channel, i.reason, i.direction";

qint32 dayOfDate(QByteArrayView text, qint32 fallback)
{
    const QDate date = QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
    return date.isValid() ? LocalDayConverter::fromDate(date) : fallback;
}

} // namespace

quint16 Dictionary::indexOf(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return 0;
    const std::string_view key(utf8.data(), size_t(utf8.size()));
    const auto it = m_index.find(key);
    if (it != m_index.end())
        return it->second;
    const auto index = quint16(m_names.size());
    m_names.append(QString::fromUtf8(utf8));
    m_index.emplace(std::string(key), index);
    return index;
}

Dictionary Dictionary::fromNames(const QStringList &names)
{
    Dictionary dictionary;
    for (qsizetype i = 1; i < names.size(); ++i)
        dictionary.indexOf(names[i]);
    return dictionary;
}

quint16 Dictionary::indexOfFolded(QByteArrayView utf8)
{
    const auto it = m_index.find(std::string_view(utf8.data(), size_t(utf8.size())));
    if (it != m_index.end())
        return it->second;
    const QByteArray folded = utf8.toByteArray().toLower();
    const quint16 index = indexOf(QByteArrayView(folded));
    if (index != 0)
        m_index.emplace(std::string(utf8.data(), size_t(utf8.size())), index);
    return index;
}

void KpiFacts::assignDays(LocalDayConverter &days)
{
    const auto dayOf = [&](qint64 at) { return at == kNoInstant ? kNoDay : days.dayOf(at); };
    for (ContactFact &c : contacts)
        c.dims.day = dayOf(c.startedAt);
    for (SurveyFact &s : surveys)
        s.dims.day = dayOf(s.at);
    for (QaFact &q : qa)
        q.dims.day = dayOf(q.at);
    for (SummaryFact &s : summaries)
        s.dims.day = dayOf(s.at);
}

KpiFactReader::KpiFactReader(Store &store)
    : m_store(store)
{
}

std::optional<KpiFacts> KpiFactReader::read(const FactRange &range, const QTimeZone &zone, QString *error)
{
    KpiFacts facts;
    LocalDayConverter days(zone);
    QHash<quint16, quint16> teamOfAgent;
    if (!readRoster(teamOfAgent, facts, error) || !readContacts(facts, range, error)
        || !readSurveys(facts, range, error) || !readQa(facts, range, error)
        || !readEngagement(facts, range, days, error) || !readCustomers(facts, error)
        || !readSummaries(facts, range, error))
        return std::nullopt;
    // Rows without a team take the agent's team from the roster; a contact's own team
    // (the team at the time) wins, so agents who changed team count where they were.
    const auto fillTeam = [&](Dims &dims) {
        if (dims.team == 0 && dims.agent != 0)
            dims.team = teamOfAgent.value(dims.agent);
    };
    for (ContactFact &c : facts.contacts)
        fillTeam(c.dims);
    for (SurveyFact &s : facts.surveys)
        fillTeam(s.dims);
    for (QaFact &q : facts.qa)
        fillTeam(q.dims);
    for (EngagementFact &e : facts.engagement)
        fillTeam(e.dims);
    facts.assignDays(days);
    return facts;
}

bool KpiFactReader::readRoster(QHash<quint16, quint16> &teamOfAgent, KpiFacts &facts, QString *error)
{
    auto row = RowCursor::open(m_store.database(),
                               QStringLiteral("SELECT agent_id, team FROM agents WHERE team IS NOT NULL ORDER BY id"),
                               {}, error);
    if (!row)
        return false;
    while (row->next())
        teamOfAgent.insert(facts.agents.indexOf(row->text(0)), facts.teams.indexOf(row->text(1)));
    *error = row->error();
    return error->isEmpty();
}

bool KpiFactReader::readContacts(KpiFacts &facts, const FactRange &range, QString *error)
{
    {
        auto newest = RowCursor::open(m_store.database(), QStringLiteral("SELECT max(started_at) FROM interactions"),
                                      {}, error);
        if (!newest)
            return false;
        if (newest->next() && !newest->isNull(0)) {
            facts.newestContact = newest->integer(0);
            facts.hasContacts = true;
        }
    }
    const qint64 until = range.toUtc > std::numeric_limits<qint64>::max() - range.contactTailSeconds
        ? std::numeric_limits<qint64>::max()
        : range.toUtc + range.contactTailSeconds;
    // No ORDER BY: the engine needs no order but its own (by customer, for FCR), and a
    // plain scan is the fastest read. An unbounded question also reads undated contacts.
    // sql-safe: kDims is a compile-time column list; the range is bound
    const QString columns = QStringLiteral(
        "SELECT i.id, i.started_at, i.customer_key, i.wait_s, i.talk_s, i.hold_s, i.acw_s, i.first_response_s, "
        "i.sentiment, i.answered, i.abandoned, i.transferred, i.resolved, i.proactive, "
        "CASE WHEN i.sentiment IS NULL THEN i.transcript END, %1 FROM interactions i")
                                .arg(QLatin1StringView(kDims));
    // sql-safe: columns is the constant query text above; the range is bound
    auto row = range.isUnbounded()
        ? RowCursor::open(m_store.database(), columns, {}, error)
        : RowCursor::open(m_store.database(), columns + QStringLiteral(" WHERE i.started_at >= ? AND i.started_at < ?"),
                          {range.fromUtc, until}, error);
    if (!row)
        return false;
    while (row->next()) {
        ContactFact c;
        c.rowId = row->integer(0);
        c.startedAt = row->integer(1);
        if (!row->isNull(2)) {
            c.customerKey = row->integer(2);
            c.flags |= ContactFact::HasCustomer;
        }
        c.waitSeconds = optionalReal(*row, 3);
        // Handle time is known when any part of it is; a blank part of a known whole is 0
        // (an export without hold time has had no hold, not an unknown one).
        if (!row->isNull(4) || !row->isNull(5) || !row->isNull(6))
            c.handleSeconds = float(row->real(4) + row->real(5) + row->real(6));
        c.firstResponseSeconds = optionalReal(*row, 7);
        c.sentiment = optionalReal(*row, 8);
        const auto flag = [&](int column, quint16 set, quint16 knownFlag) {
            if (row->isNull(column))
                return;
            c.flags |= knownFlag;
            if (row->integer(column) != 0)
                c.flags |= set;
        };
        flag(9, ContactFact::Answered, ContactFact::AnsweredKnown);
        flag(10, ContactFact::Abandoned, 0);
        flag(11, ContactFact::Transferred, ContactFact::TransferKnown);
        flag(12, ContactFact::Resolved, ContactFact::ResolvedKnown);
        flag(13, ContactFact::Proactive, 0);
        readDims(*row, 15, facts, c.dims);
        if (row->isNull(1))
            c.startedAt = kNoInstant;
        if (!row->isNull(14) && !row->text(14).isEmpty())
            facts.contactTexts.insert(qint32(facts.contacts.size()), row->string(14));
        facts.contacts.push_back(c);
    }
    *error = row->error();
    return error->isEmpty();
}

bool KpiFactReader::readSurveys(KpiFacts &facts, const FactRange &range, QString *error)
{
    // Surveys count where the contact they rate counts; their own time and agent only
    // when that contact is not in the store (KPI-DEFINITIONS.md).
    const QString columns = QStringLiteral("s.id, s.csat, s.csat_scale, s.nps, s.ces, s.ces_scale, s.resolved, ");
    // A short span is found fastest from its contacts (by time), a long one from the surveys:
    // CROSS JOIN fixes SQLite's loop order.
    constexpr qint64 kShortSpan = 92 * 86400;
    const bool shortSpan = !range.isUnbounded() && range.toUtc - range.fromUtc <= kShortSpan;
    // sql-safe: columns, kDims and the join order are compile-time texts; the range is bound
    const QString withContact =
        QStringLiteral("SELECT %1 i.started_at, i.sentiment IS NULL AND i.transcript IS NULL, s.comment, %2 "
                       "FROM %3 ON s.source = i.source AND s.contact_id = i.contact_id "
                       "WHERE i.started_at >= ? AND i.started_at < ?")
            .arg(columns, QLatin1StringView(kDims),
                 shortSpan ? QStringLiteral("interactions i CROSS JOIN surveys s")
                           : QStringLiteral("surveys s CROSS JOIN interactions i"));
    // sql-safe: columns and kDims are compile-time texts; the range is bound
    const QString withoutContact =
        QStringLiteral("SELECT %1 s.answered_at, 1, s.comment, s.agent_id, NULL, NULL, NULL, NULL, NULL "
                       "FROM surveys s WHERE (s.answered_at IS NULL OR (s.answered_at >= ? AND s.answered_at < ?)) AND NOT EXISTS "
                       "(SELECT 1 FROM interactions i WHERE i.source = s.source AND i.contact_id = s.contact_id)")
            .arg(columns);
    for (const bool contactKnown : {true, false}) {
        auto row = RowCursor::open(m_store.database(), contactKnown ? withContact : withoutContact,
                                   {range.fromUtc, range.toUtc}, error);
        if (!row)
            return false;
        while (row->next()) {
            SurveyFact s;
            s.rowId = row->integer(0);
            s.csat = row->isNull(1) ? 0 : qint8(row->integer(1));
            s.csatScale = qint8(row->integer(2));
            s.nps = row->isNull(3) ? -1 : qint8(row->integer(3));
            s.ces = row->isNull(4) ? 0 : qint8(row->integer(4));
            s.cesScale = qint8(row->integer(5));
            s.resolved = row->isNull(6) ? -1 : qint8(row->integer(6) != 0);
            s.contactKnown = contactKnown;
            readDims(*row, 10, facts, s.dims);
            s.at = row->isNull(7) ? kNoInstant : row->integer(7);
            // A comment speaks for the contact's sentiment only when nothing else does.
            if (row->integer(8) != 0 && !row->isNull(9) && !row->text(9).isEmpty())
                facts.surveyComments.insert(qint32(facts.surveys.size()), row->string(9));
            facts.surveys.push_back(s);
        }
        *error = row->error();
        if (!error->isEmpty())
            return false;
    }
    return true;
}

bool KpiFactReader::readQa(KpiFacts &facts, const FactRange &range, QString *error)
{
    auto row = RowCursor::open(
        m_store.database(),
        QStringLiteral("SELECT q.id, q.score, q.criteria, q.evaluated_at, q.agent_id, i.team, i.queue, i.channel, "
                       "i.reason, i.direction FROM qa_evaluations q LEFT JOIN interactions i "
                       "ON i.source = q.source AND i.contact_id = q.contact_id "
                       "WHERE q.evaluated_at >= ? AND q.evaluated_at < ?"),
        {range.fromUtc, range.toUtc}, error);
    if (!row)
        return false;
    while (row->next()) {
        QaFact q;
        q.rowId = row->integer(0);
        q.score = optionalReal(*row, 1);
        if (!row->isNull(2)) {
            const QJsonObject criteria = QJsonDocument::fromJson(row->text(2).toByteArray()).object();
            for (auto it = criteria.begin(); it != criteria.end(); ++it) {
                if (it->isDouble())
                    q.criteria.append({facts.criteria.indexOf(it.key()), float(it->toDouble())});
            }
        }
        readDims(*row, 4, facts, q.dims);
        q.at = row->integer(3);
        facts.qa.push_back(q);
    }
    *error = row->error();
    return error->isEmpty();
}

bool KpiFactReader::readEngagement(KpiFacts &facts, const FactRange &range, LocalDayConverter &days, QString *error)
{
    // Pulses carry a date, not an instant: compare local dates.
    const auto dateText = [&](qint64 utc, bool inclusiveEnd) {
        if (utc == std::numeric_limits<qint64>::min())
            return QStringLiteral("0000-01-01");
        if (utc == std::numeric_limits<qint64>::max())
            return QStringLiteral("9999-12-31");
        return LocalDayConverter::toDate(days.dayOf(inclusiveEnd ? utc - 1 : utc)).toString(Qt::ISODate);
    };
    auto row = RowCursor::open(m_store.database(),
                               QStringLiteral("SELECT id, agent_id, date, score FROM engagement "
                                              "WHERE date >= ? AND date <= ?"),
                               {dateText(range.fromUtc, false), dateText(range.toUtc, true)}, error);
    if (!row)
        return false;
    while (row->next()) {
        EngagementFact e;
        e.rowId = row->integer(0);
        e.dims.agent = facts.agents.indexOf(row->text(1));
        e.dims.day = dayOfDate(row->text(2), 0);
        e.score = optionalReal(*row, 3);
        facts.engagement.push_back(e);
    }
    *error = row->error();
    return error->isEmpty();
}

bool KpiFactReader::readCustomers(KpiFacts &facts, QString *error)
{
    auto row = RowCursor::open(m_store.database(), QStringLiteral("SELECT since, churned_on FROM customers"), {},
                               error);
    if (!row)
        return false;
    while (row->next()) {
        CustomerFact c;
        if (!row->isNull(0))
            c.sinceDay = dayOfDate(row->text(0), c.sinceDay);
        if (!row->isNull(1))
            c.churnedDay = dayOfDate(row->text(1), c.churnedDay);
        facts.customers.push_back(c);
    }
    *error = row->error();
    return error->isEmpty();
}

bool KpiFactReader::readSummaries(KpiFacts &facts, const FactRange &range, QString *error)
{
    auto row = RowCursor::open(m_store.database(),
                               QStringLiteral("SELECT started_at, queue, channel, offered, answered, abandoned, asa_s, "
                                              "talk_s, service_level FROM summary "
                                              "WHERE started_at IS NULL OR (started_at >= ? AND started_at < ?)"),
                               {range.fromUtc, range.toUtc}, error);
    if (!row)
        return false;
    while (row->next()) {
        SummaryFact s;
        s.at = row->isNull(0) ? kNoInstant : row->integer(0);
        s.dims.queue = facts.queues.indexOf(row->text(1));
        s.dims.channel = facts.channels.indexOfFolded(row->text(2));
        s.offered = row->integer(3);
        s.answered = row->integer(4);
        s.abandoned = row->integer(5);
        s.asaSeconds = optionalReal(*row, 6);
        s.talkSeconds = optionalReal(*row, 7);
        s.serviceLevel = optionalReal(*row, 8);
        facts.summaries.push_back(s);
    }
    *error = row->error();
    return error->isEmpty();
}

QList<FactRow> KpiFactReader::describe(const QString &table, const QList<qint64> &rowIds, QString *error)
{
    // Every query has the contact's survey after its queue: its id (NULL: none), the scores, the
    // comment; then the contact's reason and the row's own id. The ids come in as one bound JSON
    // array: a drill-down of thousands of rows is one statement, not one per row.
    static const QString survey = QStringLiteral("s.id, s.csat, s.csat_scale, s.nps, s.ces, s.ces_scale, s.comment");
    static const QHash<QString, QString> queries = {
        // sql-safe: survey is the constant column list above; the row ids are bound
        {QStringLiteral("interactions"),
         QStringLiteral("SELECT i.source, i.contact_id, i.contact_id, i.started_at, i.agent_id, i.channel, i.queue, %1, "
                        "i.reason, i.id FROM interactions i LEFT JOIN surveys s "
                        "ON s.source = i.source AND s.contact_id = i.contact_id "
                        "WHERE i.id IN (SELECT value FROM json_each(?))")
             .arg(survey)},
        // sql-safe: survey is the constant column list above; the row ids are bound
        {QStringLiteral("surveys"),
         QStringLiteral("SELECT s.source, s.contact_id, s.contact_id, coalesce(i.started_at, s.answered_at), "
                        "coalesce(i.agent_id, s.agent_id), i.channel, i.queue, %1, i.reason, s.id FROM surveys s "
                        "LEFT JOIN interactions i ON i.source = s.source AND i.contact_id = s.contact_id "
                        "WHERE s.id IN (SELECT value FROM json_each(?))")
             .arg(survey)},
        // sql-safe: survey is the constant column list above; the row ids are bound
        {QStringLiteral("qa_evaluations"),
         QStringLiteral("SELECT q.source, q.evaluation_id, q.contact_id, q.evaluated_at, q.agent_id, i.channel, i.queue, %1, "
                        "i.reason, q.id FROM qa_evaluations q LEFT JOIN interactions i "
                        "ON i.source = q.source AND i.contact_id = q.contact_id LEFT JOIN surveys s "
                        "ON s.source = q.source AND s.contact_id = q.contact_id "
                        "WHERE q.id IN (SELECT value FROM json_each(?))")
             .arg(survey)},
        {QStringLiteral("engagement"),
         QStringLiteral("SELECT source, agent_id || ' ' || date, NULL, NULL, agent_id, NULL, NULL, "
                        "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, id FROM engagement "
                        "WHERE id IN (SELECT value FROM json_each(?))")},
    };
    const QString sql = queries.value(table);
    const auto optionalInt = [](RowCursor &row, int column) {
        return row.isNull(column) ? std::nullopt : std::optional<int>(int(row.integer(column)));
    };
    if (rowIds.isEmpty())
        return {};
    QByteArray ids = "[";
    for (qint64 id : rowIds)
        ids += QByteArray::number(id) + ',';
    ids.back() = ']';
    auto row = RowCursor::open(m_store.database(), sql, {QString::fromLatin1(ids)}, error);
    if (!row)
        return {};
    QHash<qint64, FactRow> byId;
    byId.reserve(rowIds.size());
    while (row->next()) {
        FactRow r;
        r.table = table;
        r.source = row->string(0);
        r.id = row->string(1);
        r.contactId = row->string(2);
        if (!row->isNull(3))
            r.at = QDateTime::fromSecsSinceEpoch(row->integer(3));
        r.agentId = row->string(4);
        r.channel = row->string(5);
        r.queue = row->string(6);
        r.reason = row->string(14);
        if (!row->isNull(7)) {
            SurveyAnswer answer;
            answer.csat = optionalInt(*row, 8);
            answer.csatScale = int(row->integer(9));
            answer.nps = optionalInt(*row, 10);
            answer.ces = optionalInt(*row, 11);
            answer.cesScale = int(row->integer(12));
            answer.comment = row->string(13);
            r.survey = answer;
        }
        byId.insert(row->integer(15), r);
    }
    *error = row->error();
    if (!error->isEmpty())
        return {};
    QList<FactRow> rows;
    rows.reserve(rowIds.size());
    for (qint64 id : rowIds) {
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            rows.append(*it);
    }
    return rows;
}

} // namespace huddle::store
