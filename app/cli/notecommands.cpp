// huddle-cli's coaching notes: notes add|list|edit|done|cancel|history|export|delete|restore|
// acknowledge|effect|topics. Parsing and printing only; notes live in core/store's
// NoteRepository, effects in core/coaching.
#include "cliapp.h"
#include "tableprinter.h"

#include <coaching/effectdata.h>
#include <coaching/noteexport.h>
#include <kpi/kpidefinition.h>
#include <kpi/kpiengine.h>
#include <kpi/period.h>
#include <store/noterepository.h>
#include <store/store.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace huddle::cli {

using coaching::CoachingNote;
using coaching::NoteStatus;

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue instantOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

namespace {

// The keys of `notes list --format json` are a contract (README).
QJsonObject noteJson(const CoachingNote &note)
{
    return QJsonObject {
        { QStringLiteral("id"), note.id },
        { QStringLiteral("agent"), note.agent },
        { QStringLiteral("text"), note.observed },
        { QStringLiteral("kpi"), textOrNull(note.kpis.join(u',')) },
        { QStringLiteral("week"), textOrNull(note.week) },
        { QStringLiteral("follow_up"),
            note.followUp ? QJsonValue(note.followUp->toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("status"), coaching::statusName(note.status) },
        { QStringLiteral("shared"), note.shared },
        { QStringLiteral("agreed"), textOrNull(note.agreed) },
        { QStringLiteral("conflict"), textOrNull(note.conflict) },
        { QStringLiteral("author"), textOrNull(note.author) },
        { QStringLiteral("created_at"), instantOrNull(note.createdAt) },
        { QStringLiteral("updated_at"), instantOrNull(note.updatedAt) },
        { QStringLiteral("acknowledged_at"), instantOrNull(note.acknowledgedAt) },
        { QStringLiteral("deleted_at"), instantOrNull(note.deletedAt) },
    };
}

QJsonObject spanJson(const coaching::Span &span)
{
    return QJsonObject {
        { QStringLiteral("first_week"), span.firstWeek },
        { QStringLiteral("last_week"), span.lastWeek },
        { QStringLiteral("weeks_with_data"), span.weeksWithData },
        { QStringLiteral("value"), numberOrNull(span.figure.value) },
        { QStringLiteral("ci_low"), numberOrNull(span.figure.ciLow) },
        { QStringLiteral("ci_high"), numberOrNull(span.figure.ciHigh) },
        { QStringLiteral("n"), span.figure.n },
    };
}

void addChange(QJsonObject &object, const QString &prefix, const std::optional<trends::Change> &change)
{
    object.insert(prefix, change ? QJsonValue(change->delta) : QJsonValue());
    object.insert(
        prefix + QStringLiteral("_ci_low"), change ? QJsonValue(change->interval.low) : QJsonValue());
    object.insert(
        prefix + QStringLiteral("_ci_high"), change ? QJsonValue(change->interval.high) : QJsonValue());
}

QJsonObject effectJson(const coaching::CoachingEffect &e)
{
    QJsonObject object {
        { QStringLiteral("note"), e.noteId },
        { QStringLiteral("agent"), e.agent },
        { QStringLiteral("team"), textOrNull(e.team) },
        { QStringLiteral("kpi"), e.kpi },
        { QStringLiteral("week"), e.week },
        { QStringLiteral("verdict"), coaching::verdictName(e.verdict) },
        { QStringLiteral("before"), spanJson(e.before) },
        { QStringLiteral("after"), spanJson(e.after) },
        { QStringLiteral("team_before"), spanJson(e.teamBefore) },
        { QStringLiteral("team_after"), spanJson(e.teamAfter) },
        { QStringLiteral("baseline"), spanJson(e.baseline) },
        { QStringLiteral("unusually_bad"), e.unusuallyBad },
        { QStringLiteral("caveat"), coaching::regressionCaveat(e.unusuallyBad) },
    };
    addChange(object, QStringLiteral("change"), e.change);
    addChange(object, QStringLiteral("team_change"), e.teamChange);
    return object;
}

} // namespace

int CliApp::runNotes(const QStringList &args)
{
    const QString action = args.value(0);
    if (action == u"add" && args.size() == 1)
        return runNotesAdd();
    if (action == u"list" && args.size() == 1)
        return runNotesList();
    if (action == u"topics" && args.size() == 1)
        return runNotesTopics();
    static const QStringList kWithId
        = { QStringLiteral("edit"), QStringLiteral("done"), QStringLiteral("cancel"),
              QStringLiteral("history"), QStringLiteral("export"), QStringLiteral("delete"),
              QStringLiteral("restore"), QStringLiteral("acknowledge"), QStringLiteral("effect") };
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (!kWithId.contains(action) || args.size() != 2 || !ok)
        return usage(
            tr("usage: notes add --agent ID --text TEXT [--kpi K] [--week W] [--follow-up YYYY-MM-DD] "
               "[--shared]\n"
               "       notes list [--agent ID] [--status S] [--topic T] [--from D] [--to D] [--search TEXT] "
               "[--deleted]\n"
               "       notes edit|done|cancel|history|export|delete|restore|acknowledge|effect ID\n"
               "       notes topics"));
    if (action == u"effect")
        return runNoteEffect(id);
    return runNoteAction(action, id);
}

// Sets what the options name on the note; on a bad value reports it (naming the option and
// the value) and returns false. An empty value clears an optional field.
bool CliApp::noteFromOptions(CoachingNote *note)
{
    const auto option = [&](const char *name) { return QString::fromLatin1(name); };
    const auto given = [&](const char *name) { return m_parser.isSet(option(name)); };
    const auto value = [&](const char *name) { return m_parser.value(option(name)); };
    if (given("agent"))
        note->agent = value("agent");
    if (given("text"))
        note->observed = value("text");
    if (given("agreed"))
        note->agreed = value("agreed");
    if (given("kpi")) {
        note->kpis = value("kpi").split(u',', Qt::SkipEmptyParts);
        for (const QString &id : std::as_const(note->kpis)) {
            if (!kpi::findKpi(id)) {
                fail(ExitNotFound, tr("--kpi: unknown KPI \"%1\" (see 'huddle-cli kpi')").arg(id));
                return false;
            }
        }
    }
    if (given("week")) {
        const auto week = kpi::periodFromLabel(value("week"));
        if (!value("week").isEmpty() && (!week || week->first != kpi::PeriodKind::Week)) {
            usage(tr("--week takes an ISO week such as 2026-W45 (got \"%1\")").arg(value("week")));
            return false;
        }
        note->week = value("week");
    }
    if (given("follow-up")) {
        const QDate date = QDate::fromString(value("follow-up"), Qt::ISODate);
        if (!value("follow-up").isEmpty() && !date.isValid()) {
            usage(tr("--follow-up takes a date YYYY-MM-DD (got \"%1\")").arg(value("follow-up")));
            return false;
        }
        note->followUp = date.isValid() ? std::optional(date) : std::nullopt;
    }
    if (given("shared") && given("private")) {
        usage(tr("--shared and --private exclude each other"));
        return false;
    }
    if (given("shared") || given("private"))
        note->shared = given("shared");
    if (given("status")) {
        const auto status = coaching::statusFromName(value("status"));
        if (!status) {
            usage(tr("--status takes open, done or cancelled (got \"%1\")").arg(value("status")));
            return false;
        }
        note->status = *status;
    }
    return true;
}

int CliApp::runNotesAdd()
{
    if (!m_parser.isSet(QStringLiteral("agent")) || !m_parser.isSet(QStringLiteral("text")))
        return usage(tr("notes add needs --agent ID and --text TEXT"));
    CoachingNote note;
    if (!noteFromOptions(&note))
        return m_exitCode;
    auto store = openStore();
    if (!store)
        return ExitStore;
    store::NoteRepository notes(*store);
    if (!notes.agentKnown(note.agent))
        return fail(ExitNotFound,
            tr("unknown agent \"%1\": no roster entry, contact or QA evaluation has that id; "
               "the note was not added")
                .arg(note.agent));
    QString error;
    const auto id = notes.add(note, &error);
    if (!id)
        return fail(ExitStore, error);
    if (m_parser.value(QStringLiteral("format")) == u"json")
        m_out << QJsonDocument(noteJson(*notes.get(*id))).toJson(QJsonDocument::Indented);
    else
        m_out << tr("coaching note %1 added").arg(*id) << '\n';
    return ExitOk;
}

int CliApp::runNotesList()
{
    store::NoteFilter filter;
    filter.agent = m_parser.value(QStringLiteral("agent"));
    if (m_parser.isSet(QStringLiteral("status"))) {
        filter.status = coaching::statusFromName(m_parser.value(QStringLiteral("status")));
        if (!filter.status)
            return usage(tr("--status takes open, done or cancelled (got \"%1\")")
                             .arg(m_parser.value(QStringLiteral("status"))));
    }
    filter.topic = m_parser.isSet(QStringLiteral("topic")) ? m_parser.value(QStringLiteral("topic"))
                                                           : m_parser.value(QStringLiteral("kpi"));
    for (const char *name : { "from", "to" }) {
        const QString option = QLatin1StringView(name);
        if (!m_parser.isSet(option))
            continue;
        const QDate date = QDate::fromString(m_parser.value(option), Qt::ISODate);
        if (!date.isValid())
            return usage(tr("--%1 takes a date YYYY-MM-DD (got \"%2\")").arg(option, m_parser.value(option)));
        (option == u"from" ? filter.from : filter.to) = date;
    }
    filter.text = m_parser.value(QStringLiteral("search"));
    if (m_parser.isSet(QStringLiteral("deleted")))
        filter.deleted = store::NoteFilter::Deleted::Include;
    const QString format = m_parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"csv" && format != u"json")
        return usage(tr("--format takes table, csv or json"));
    auto store = openStore();
    if (!store)
        return ExitStore;
    const QList<CoachingNote> notes = store::NoteRepository(*store).list(filter);
    if (format == u"json") {
        QJsonArray array;
        for (const CoachingNote &note : notes)
            array.append(noteJson(note));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (format == u"csv") {
        m_out << coaching::NoteExport::csv(notes);
        return ExitOk;
    }
    const QTimeZone zone = kpiTimeZone(*store);
    TablePrinter table({ tr("ID"), tr("Agent"), tr("Written"), tr("Week"), tr("KPI"), tr("Status"),
        tr("Follow-up"), tr("Shared"), tr("Text") });
    for (const CoachingNote &note : notes) {
        QString text = note.observed.simplified();
        constexpr int kShown = 60;
        if (text.size() > kShown)
            text = text.left(kShown - 1) + u'…';
        table.addRow({ QString::number(note.id), note.agent,
            note.createdAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd")), note.week,
            note.kpis.join(u','),
            coaching::statusName(note.status) + (note.isDeleted() ? tr(" (deleted)") : QString()),
            note.followUp ? note.followUp->toString(Qt::ISODate) : QString(),
            note.shared ? tr("yes") : QString(), text });
    }
    table.print(m_out);
    m_err << tr("%1 notes").arg(notes.size()) << '\n';
    return ExitOk;
}

int CliApp::runNoteAction(const QString &action, qint64 id)
{
    const QString format = m_parser.value(QStringLiteral("format"));
    if (action == u"export" && m_parser.isSet(QStringLiteral("format")) && format != u"csv"
        && format != u"markdown")
        return usage(tr("notes export takes --format csv or markdown (got \"%1\")").arg(format));
    CoachingNote edited;
    if (action == u"edit" && !noteFromOptions(&edited))
        return m_exitCode; // checked before the store is opened, applied to the stored note below
    auto store = openStore();
    if (!store)
        return ExitStore;
    store::NoteRepository notes(*store);
    auto note = notes.get(id);
    if (!note)
        return fail(ExitNotFound, tr("there is no coaching note %1").arg(id));
    QString error;
    bool ok = true;
    QString done;
    if (action == u"edit") {
        if (m_parser.isSet(QStringLiteral("agent"))
            && !notes.agentKnown(m_parser.value(QStringLiteral("agent"))))
            return fail(
                ExitNotFound, tr("unknown agent \"%1\"").arg(m_parser.value(QStringLiteral("agent"))));
        noteFromOptions(&*note);
        ok = notes.update(*note, &error);
        done = tr("coaching note %1 saved").arg(id);
    } else if (action == u"done" || action == u"cancel") {
        ok = notes.setStatus(id, action == u"done" ? NoteStatus::Done : NoteStatus::Cancelled, &error);
        done = tr("coaching note %1 is %2").arg(id).arg(action == u"done" ? tr("done") : tr("cancelled"));
    } else if (action == u"delete") {
        ok = notes.softDelete(id, &error);
        done = tr("coaching note %1 deleted (notes restore %1 brings it back)").arg(id);
    } else if (action == u"restore") {
        ok = notes.restore(id, &error);
        done = tr("coaching note %1 restored").arg(id);
    } else if (action == u"acknowledge") {
        if (!note->shared)
            return fail(ExitUsage,
                tr("coaching note %1 is private: share it first (notes edit %1 --shared)").arg(id));
        ok = notes.acknowledge(id, &error);
        done = tr("coaching note %1 acknowledged").arg(id);
    } else if (action == u"history") {
        return printHistory(notes.history(id), kpiTimeZone(*store), QStringLiteral("note"));
    } else if (action == u"export") {
        const QString text = format == u"csv" ? coaching::NoteExport::csv({ *note })
                                              : coaching::NoteExport::markdown(*note, kpiTimeZone(*store));
        if (!m_parser.isSet(QStringLiteral("out"))) {
            m_out << text;
            return ExitOk;
        }
        QFile file(m_parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
            return fail(ExitStore, tr("--out: cannot write %1: %2").arg(file.fileName(), file.errorString()));
        m_out << tr("coaching note %1 written to %2").arg(id).arg(file.fileName()) << '\n';
        return ExitOk;
    }
    if (!ok)
        return fail(ExitStore, error);
    m_out << done << '\n';
    return ExitOk;
}

int CliApp::printHistory(const QList<store::FieldChange> &changes, const QTimeZone &zone, const QString &rowKey)
{
    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonArray array;
        for (const store::FieldChange &c : changes) {
            array.append(QJsonObject { { rowKey, c.rowId },
                { QStringLiteral("changed_at"), instantOrNull(c.changedAt) },
                { QStringLiteral("author"), textOrNull(c.author) }, { QStringLiteral("field"), c.field },
                { QStringLiteral("old"), textOrNull(c.oldValue) },
                { QStringLiteral("new"), textOrNull(c.newValue) } });
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TablePrinter table({ tr("When"), tr("Who"), tr("Field"), tr("Was"), tr("Now") });
    for (const store::FieldChange &c : changes)
        table.addRow({ c.changedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), c.author,
            c.field, c.oldValue.simplified(), c.newValue.simplified() });
    table.print(m_out);
    return ExitOk;
}

int CliApp::runNoteEffect(qint64 id)
{
    std::unique_ptr<store::Store> store;
    std::unique_ptr<kpi::KpiEngine> engine;
    if (const int code = openEngine(store, engine); code != ExitOk)
        return code;
    const auto note = store::NoteRepository(*store).get(id);
    if (!note)
        return fail(ExitNotFound, tr("there is no coaching note %1").arg(id));
    const QTimeZone zone = kpiTimeZone(*store);
    QString error;
    const auto data = coaching::loadEffectData(*engine, { *note }, zone, &error);
    if (!data)
        return fail(ExitStore, error);
    const QList<coaching::CoachingEffect> effects = coaching::effectsOf(*note, *data, zone);
    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonArray array;
        for (const auto &e : effects)
            array.append(effectJson(e));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (effects.isEmpty()) {
        m_err << tr("coaching note %1 names no KPI, so its effect cannot be measured (notes edit %1 --kpi K)")
                     .arg(id)
              << '\n';
        return ExitOk;
    }
    for (const auto &e : effects) {
        const kpi::KpiSpec &spec = *kpi::findKpi(e.kpi);
        const auto figure = [&](const coaching::Span &s) -> QString {
            if (!s.figure.value)
                return tr("no data");
            QString text = kpi::formatValue(spec, *s.figure.value);
            if (s.figure.ciLow)
                text += QStringLiteral(" (%1 – %2)")
                            .arg(kpi::formatValue(spec, *s.figure.ciLow),
                                kpi::formatValue(spec, *s.figure.ciHigh));
            return text + u", n " + QLocale().toString(s.figure.n);
        };
        const auto change = [&](const std::optional<trends::Change> &c) -> QString {
            return c ? (c->delta >= 0 ? QStringLiteral("+") : QString()) + kpi::formatValue(spec, c->delta)
                     : tr("—");
        };
        m_out << tr("Note %1, %2, %3 around %4")
                     .arg(e.noteId)
                     .arg(e.agent, kpi::Definitions::name(spec), e.week)
              << '\n';
        m_out << "  " << tr("before %1 – %2: %3").arg(e.before.firstWeek, e.before.lastWeek, figure(e.before))
              << '\n';
        m_out << "  " << tr("after  %1 – %2: %3").arg(e.after.firstWeek, e.after.lastWeek, figure(e.after))
              << '\n';
        m_out << "  " << tr("change %1: %2").arg(change(e.change), coaching::verdictText(e.verdict)) << '\n';
        if (!e.team.isEmpty())
            m_out << "  "
                  << tr("team %1 over the same weeks: %2 → %3, change %4")
                         .arg(e.team, figure(e.teamBefore), figure(e.teamAfter), change(e.teamChange))
                  << '\n';
        if (e.unusuallyBad)
            m_out << "  " << coaching::regressionCaveat(true) << '\n';
    }
    // Said once when no effect above said it already.
    if (std::none_of(effects.cbegin(), effects.cend(), [](const auto &e) { return e.unusuallyBad; }))
        m_out << coaching::regressionCaveat(false) << '\n';
    return ExitOk;
}

int CliApp::runNotesTopics()
{
    std::unique_ptr<store::Store> store;
    std::unique_ptr<kpi::KpiEngine> engine;
    if (const int code = openEngine(store, engine); code != ExitOk)
        return code;
    const QTimeZone zone = kpiTimeZone(*store);
    const QList<CoachingNote> notes = store::NoteRepository(*store).list();
    QString error;
    const auto data = coaching::loadEffectData(*engine, notes, zone, &error);
    if (!data)
        return fail(ExitStore, error);
    QList<coaching::CoachingEffect> effects;
    for (const CoachingNote &note : notes)
        effects += coaching::effectsOf(note, *data, zone);
    const QList<coaching::TopicSummary> topics = coaching::topicSummary(effects);
    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonArray array;
        for (const auto &t : topics) {
            array.append(QJsonObject { { QStringLiteral("kpi"), t.kpi },
                { QStringLiteral("judged"), t.judged }, { QStringLiteral("improved"), t.improved },
                { QStringLiteral("no_clear_change"), t.noClearChange }, { QStringLiteral("worse"), t.worse },
                { QStringLiteral("unusually_bad"), t.unusuallyBad },
                { QStringLiteral("pending"), t.pending } });
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TablePrinter table({ tr("KPI"), tr("Judged"), tr("Improved"), tr("No clear change"), tr("Worse"),
        tr("After a bad spell"), tr("Too early") });
    for (const auto &t : topics)
        table.addRow(
            { t.kpi, QString::number(t.judged), QString::number(t.improved), QString::number(t.noClearChange),
                QString::number(t.worse), QString::number(t.unusuallyBad), QString::number(t.pending) });
    table.print(m_out);
    m_err << coaching::regressionCaveat(false) << '\n';
    return ExitOk;
}

} // namespace huddle::cli
