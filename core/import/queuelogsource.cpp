#include "queuelogsource.h"

#include "valueparsers.h"

#include <QCoreApplication>

namespace huddle::import {

namespace {

// A queue_log line is some 100 bytes; a longer one than this is garbage (a binary file, a
// log without line breaks) and is skipped without being held in memory.
constexpr qint64 kMaxLineBytes = 1'000'000;

// "Agent/1141", "SIP/1141-0000a", "Local/1127@callback-agent" -> "1141" / "1127".
QString extensionOf(const QString &member)
{
    if (member.isEmpty() || member == u"NONE")
        return {};
    QString name = member.section(u'/', -1);
    name = name.section(u'@', 0, 0);
    const qsizetype dash = name.lastIndexOf(u'-');
    if (dash > 0 && member.contains(u'/') && !member.startsWith(QLatin1String("Agent/")))
        name.truncate(dash); // channel names carry a "-0000a1b2" suffix
    return name;
}

std::optional<double> seconds(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const auto value = parse::number(text);
    if (!value || *value < 0)
        return std::nullopt;
    return value;
}

bool isAbandon(const QString &event)
{
    return event == u"ABANDON" || event == u"EXITWITHTIMEOUT" || event == u"EXITWITHKEY" || event == u"EXITEMPTY";
}

bool isTransfer(const QString &event)
{
    return event == u"TRANSFER" || event == u"ATTENDEDTRANSFER" || event == u"BLINDTRANSFER";
}

// Where each event of the raw and SQL-table forms keeps the caller id, the wait and the talk
// time among its data fields (1-based), per Asterisk's queue_log documentation.
struct DataLayout
{
    int callerId = 0;
    int wait = 0;
    int talk = 0;
};

DataLayout layoutOf(const QString &event)
{
    if (event == u"ENTERQUEUE")
        return {2, 0, 0};
    if (event == u"CONNECT")
        return {0, 1, 0};
    if (event == u"COMPLETEAGENT" || event == u"COMPLETECALLER")
        return {0, 1, 2};
    if (event == u"ABANDON" || event == u"EXITWITHTIMEOUT" || event == u"EXITEMPTY")
        return {0, 3, 0};
    if (event == u"EXITWITHKEY")
        return {0, 4, 0};
    if (isTransfer(event))
        return {0, 3, 4};
    return {};
}

} // namespace

QueueLogSource::QueueLogSource(const QString &path, Mapping mapping, LocalTimeConverter &zone,
                               const CustomerKeyHasher &hasher)
    : m_path(path)
    , m_mapping(std::move(mapping))
    , m_zone(zone)
    , m_hasher(hasher)
    , m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_openProblems.append({path, 0, 0, tr("cannot open the file: %1").arg(m_file.errorString()), {}});
        return;
    }
    const QString first = QString::fromUtf8(m_file.peek(4096)).section(u'\n', 0, 0).trimmed();
    const QString firstField = first.section(u'|', 0, 0);
    bool numeric = false;
    firstField.toLongLong(&numeric);
    if (first.contains(u'|') && numeric)
        return; // the raw form: read line by line
    m_file.close();
    m_table = std::make_unique<CsvReader>(path, detectDialect(path));
    const QStringList header = m_table->header();
    for (int i = 0; i < header.size(); ++i)
        m_columns.insert(normalizedHeader(header[i]), i);
    if (m_columns.contains(QStringLiteral("datetime")) && m_columns.contains(QStringLiteral("htime")))
        m_form = Form::Pbxware;
    else if (m_columns.contains(QStringLiteral("time")) && m_columns.contains(QStringLiteral("data1")))
        m_form = Form::SqlTable;
    else
        m_openProblems.append({path, 1, 0,
                               tr("not a queue_log: expected epoch|callid|queue|agent|EVENT|... lines or a table "
                                  "with time, callid, queuename, agent, event and data1..data5 columns"),
                               header.join(u',').left(120)});
    for (const char *needed : {"callid", "event"}) {
        if (m_openProblems.isEmpty() && !m_columns.contains(QLatin1String(needed)))
            m_openProblems.append({path, 1, 0, tr("the queue_log table has no %1 column").arg(QLatin1String(needed)), {}});
    }
}

double QueueLogSource::progress() const
{
    if (m_table)
        return m_table->progress();
    return m_file.size() > 0 ? double(m_file.pos()) / double(m_file.size()) : 1.0;
}

bool QueueLogSource::readRawEvent(Event &event, QList<Problem> &problems, bool *ok)
{
    QByteArray bytes;
    do {
        if (m_file.atEnd())
            return false;
        bytes = m_file.readLine(kMaxLineBytes + 1);
        ++m_line;
    } while (bytes.trimmed().isEmpty());
    if (bytes.size() >= kMaxLineBytes && !bytes.endsWith('\n')) {
        while (!m_file.atEnd() && !m_file.readLine(64 * 1024).endsWith('\n')) {
        }
        problems.append({m_path, m_line, 1, tr("a queue_log line is longer than %L1 bytes").arg(kMaxLineBytes), {}});
        *ok = false;
        return true;
    }
    const QStringList fields = QString::fromUtf8(bytes).trimmed().split(u'|');
    event.line = m_line;
    if (fields.size() < 5) {
        // No text of the line: a cut-off line may hold a caller's number anywhere in it.
        problems.append({m_path, m_line, int(fields.size()) + 1,
                         tr("a queue_log line has at least 5 fields (epoch|callid|queue|agent|EVENT); this one has %1")
                             .arg(fields.size()),
                         {}});
        *ok = false;
        return true;
    }
    bool numeric = false;
    event.time = fields[0].toLongLong(&numeric);
    if (!numeric) {
        problems.append({m_path, m_line, 1, tr("time: expected Unix epoch seconds"), fields[0].left(40)});
        *ok = false;
        return true;
    }
    event.callId = fields[1];
    event.queue = fields[2];
    event.agent = extensionOf(fields[3]);
    event.name = fields[4];
    const DataLayout layout = layoutOf(event.name);
    const auto data = [&fields](int index) { return index > 0 ? fields.value(4 + index) : QString(); };
    event.callerId = data(layout.callerId);
    event.wait = seconds(data(layout.wait));
    event.talk = seconds(data(layout.talk));
    *ok = true;
    return true;
}

bool QueueLogSource::readTableEvent(Event &event, QList<Problem> &problems, bool *ok)
{
    QStringList fields;
    if (!m_table->next(fields)) {
        if (m_table->error())
            problems.append(*m_table->error());
        return false;
    }
    event.line = m_table->recordLine();
    const auto cell = [&](const char *column) { return fields.value(m_columns.value(QLatin1String(column), -1)); };
    event.callId = cell("callid");
    event.name = cell("event").trimmed();
    *ok = true;
    if (m_form == Form::Pbxware) {
        bool numeric = false;
        event.time = cell("datetime").toLongLong(&numeric);
        if (!numeric) {
            problems.append({m_path, event.line, m_columns.value(QStringLiteral("datetime")) + 1,
                             tr("date_time: expected Unix epoch seconds"), cell("datetime").left(40)});
            *ok = false;
        }
        event.queue = cell("queuename");
        event.agent = extensionOf(cell("type"));
        // PBXware moved the parameters into named columns: htime is the wait (hold before
        // answer), ttime the talk time, param1 the caller on ENTERQUEUE.
        event.callerId = event.name == u"ENTERQUEUE" ? cell("param1") : QString();
        event.wait = seconds(cell("htime"));
        event.talk = seconds(cell("ttime"));
        return true;
    }
    const auto time = parse::timestamp(cell("time"), DateOrder::Auto, m_zone);
    if (!time) {
        problems.append({m_path, event.line, m_columns.value(QStringLiteral("time")) + 1,
                         tr("time: expected a date and time"), cell("time").left(40)});
        *ok = false;
    }
    event.time = time.value_or(0);
    event.queue = cell("queuename");
    event.agent = extensionOf(cell("agent"));
    const DataLayout layout = layoutOf(event.name);
    const auto data = [&](int index) {
        return index > 0 ? fields.value(m_columns.value(QStringLiteral("data%1").arg(index), -1)) : QString();
    };
    event.callerId = data(layout.callerId);
    event.wait = seconds(data(layout.wait));
    event.talk = seconds(data(layout.talk));
    return true;
}

bool QueueLogSource::readEvent(Event &event, QList<Problem> &problems, bool *ok)
{
    event = Event();
    return m_table ? readTableEvent(event, problems, ok) : readRawEvent(event, problems, ok);
}

void QueueLogSource::apply(const Event &event)
{
    if (event.name == u"ENTERQUEUE") {
        Call call;
        call.callId = event.callId;
        call.line = event.line;
        call.startedAt = event.time;
        call.queue = event.queue;
        call.callerId = event.callerId;
        m_open.insert(event.callId, call);
        return;
    }
    const auto it = m_open.find(event.callId);
    if (it == m_open.end())
        return; // not a queued call: outbound, agent housekeeping, or its start is not in the file
    if (event.name == u"CONNECT") {
        it->answered = true;
        it->agent = event.agent;
        it->wait = event.wait;
    } else if (event.name == u"COMPLETEAGENT" || event.name == u"COMPLETECALLER") {
        it->answered = true;
        it->talk = event.talk;
        if (it->agent.isEmpty())
            it->agent = event.agent;
        finish(event.callId);
    } else if (isTransfer(event.name)) {
        it->answered = true;
        it->transferred = true;
        it->talk = event.talk;
        finish(event.callId);
    } else if (isAbandon(event.name)) {
        it->abandoned = true;
        it->answered = false;
        it->wait = event.wait;
        finish(event.callId);
    }
}

void QueueLogSource::finish(const QString &callId)
{
    m_finished.enqueue(m_open.take(callId));
}

Record QueueLogSource::toRecord(const Call &call) const
{
    Record record = recordWithConstants(m_mapping, call.line);
    const auto set = [&record](const char *field, const QVariant &value) {
        setField(record, Kind::Interactions, QLatin1String(field), value);
    };
    set("contact_id", call.callId);
    set("started_at", call.startedAt);
    if (!call.queue.isEmpty() && call.queue != u"NONE")
        set("queue", call.queue);
    if (!call.agent.isEmpty())
        set("agent_id", call.agent);
    if (!call.callerId.trimmed().isEmpty())
        set("customer_id", m_hasher.hash(call.callerId));
    if (call.wait)
        set("wait_s", *call.wait);
    if (call.talk)
        set("talk_s", *call.talk);
    set("answered", call.answered);
    set("abandoned", call.abandoned);
    set("transferred", call.transferred);
    return record;
}

bool QueueLogSource::next(Record &out, bool *accepted, QList<Problem> &problems)
{
    for (;;) {
        if (!m_finished.isEmpty()) {
            out = toRecord(m_finished.dequeue());
            *accepted = true;
            return true;
        }
        if (m_atEnd)
            return false;
        Event event;
        bool ok = true;
        if (!readEvent(event, problems, &ok)) {
            if (!problems.isEmpty())
                return false; // the table broke off: a fatal read error
            m_atEnd = true;
            // At the end of an export, an answered call whose end is not in the file still
            // happened (talk unknown); a call still waiting has no outcome and is left out.
            QList<Call> open = m_open.values();
            std::sort(open.begin(), open.end(), [](const Call &a, const Call &b) { return a.line < b.line; });
            for (const Call &call : std::as_const(open)) {
                if (call.answered)
                    m_finished.enqueue(call);
            }
            m_open.clear();
            continue;
        }
        if (!ok) {
            out.line = event.line;
            *accepted = false;
            return true;
        }
        apply(event);
    }
}

} // namespace huddle::import
