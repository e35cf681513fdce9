#include "cliapp.h"

#include "tableprinter.h"

#include <import/importer.h>
#include <store/importrepository.h>
#include <store/store.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace huddle::cli {

using namespace huddle::import;

QString tr(const char *text)
{
    return QCoreApplication::translate("huddle-cli", text);
}

namespace {

const QString kSummary = QStringLiteral(
    "Huddle's command line.\n\n"
    "Commands:\n"
    "  import KIND FILE      import an export (KIND: interactions, surveys, qa, agents,\n"
    "                        engagement, customers, summary)\n"
    "  imports               list past imports\n"
    "  undo-import ID        remove exactly what import ID added\n"
    "  presets               list the built-in column-mapping presets\n"
    "  kpi                   every KPI by period and group (--period, --by, --from, --to,\n"
    "                        filters --team --agent --queue --channel --direction,\n"
    "                        --variant KEY=VALUE, --kpi ID)\n"
    "  explain KPI           the KPI's definition card and its figure over the query\n"
    "  contacts              the contacts behind a figure (--kpi, --group, --period,\n"
    "                        --part numerator|denominator|failed)\n"
    "  settings list|get KEY|set KEY VALUE   thresholds, windows, targets and costs\n"
    "  trends                each KPI's trend, week-over-week change and control limits\n"
    "                        for a week (--week, --by, --kpi)\n"
    "  conflicts             KPIs that contradict each other, per agent, team and queue\n"
    "                        (--week W | --from D --to D, --team T)\n"
    "  reasons               contact reasons: Pareto, structural, incidents, repeat drivers\n"
    "  drivers               how CSAT and NPS move with FCR, AHT, transfers, ASA, QA and\n"
    "                        sentiment across agent-weeks (--from D --to D | --week W, default\n"
    "                        the newest 13 weeks; --team T)\n"
    "  verbatims             survey comments with their ratings and sentiment, the week's most\n"
    "                        negative and positive, words rising in negative comments\n"
    "                        (--week W | --from D --to D, --team T, --agent A)\n"
    "  notes add|list|edit|done|cancel|history|export|delete|restore|acknowledge|effect|topics\n"
    "                        coaching notes per agent and the effect of coaching\n"
    "                        (add --agent ID --text TEXT [--kpi K] [--week W] [--follow-up D] [--shared])\n"
    "  actions add|list|edit|effect|matrix|history|delete   improvement actions and their\n"
    "                        measured effect (add --title T (--reason R | --kpi K) [--team T]\n"
    "                        --start YYYY-MM-DD [--effort low|medium|high] [--cost C] [--expected N])\n"
    "  report                the weekly review as PDF (--week W --out FILE.pdf [--team T]\n"
    "                        [--agent-pages] [--lang en|nl|de] [--page a4|letter]), or the\n"
    "                        quarterly management report (--quarter 2026-Q3 instead of --week)\n\n"
    "Exit codes: 0 ok, 1 usage, 2 input rejected (nothing imported), 3 store error,\n"
    "4 not found, 5 cancelled.");

} // namespace

CliApp::CliApp()
    : m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(kSummary);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("db"), tr("The store file (default: %1).").arg(store::Store::defaultPath()), tr("PATH")},
        {QStringLiteral("tz"), tr("Time zone for timestamps without an offset (IANA id, e.g. Europe/Amsterdam)."),
         tr("ZONE")},
        {QStringLiteral("preset"), tr("import: a built-in column mapping (see 'presets')."), tr("NAME")},
        {QStringLiteral("mapping"), tr("import: a column-mapping JSON file (docs/formats.md)."), tr("FILE")},
        {QStringLiteral("on-error"), tr("import: reject (default) keeps the store unchanged when any row is bad; "
                                        "skip imports the good rows."),
         QStringLiteral("reject|skip"), QStringLiteral("reject")},
        {QStringLiteral("dry-run"), tr("import: check everything, write nothing.")},
        {QStringLiteral("delimiter"), tr("import: field delimiter (, ; tab |); detected by default."), tr("C")},
        {QStringLiteral("encoding"), tr("import: utf-8, utf-16le, utf-16be or windows-1252; detected by default."),
         tr("NAME")},
        {QStringLiteral("report"), tr("import: write every problem to this file."), tr("FILE")},
        {QStringLiteral("format"), tr("Output format: table (default), csv (kpi, notes) or json; notes export: csv or markdown."),
         QStringLiteral("table|csv|json"), QStringLiteral("table")},
        {QStringLiteral("from"), tr("kpi, drivers, verbatims: first day (local, inclusive)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"), tr("kpi, drivers, verbatims: last day (local, inclusive)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("period"),
         tr("kpi: day, week, month, quarter, all (default) or hour_of_week (the dates folded onto "
            "the week's 168 local hours, Mon 00 … Sun 23)."),
         QStringLiteral("day|week|month|quarter|all|hour_of_week"), QStringLiteral("all")},
        {QStringLiteral("by"), tr("kpi: all (default), team, agent, queue, channel or reason."),
         QStringLiteral("all|team|agent|queue|channel|reason"), QStringLiteral("all")},
        {QStringLiteral("team"), tr("kpi, conflicts, report, drivers, verbatims: only this team."), tr("T")},
        {QStringLiteral("agent"), tr("kpi, notes, verbatims: only this agent (id as imported)."), tr("A")},
        {QStringLiteral("queue"), tr("kpi: only this queue."), tr("Q")},
        {QStringLiteral("channel"), tr("kpi: only this channel (voice, chat, email, ...)."), tr("C")},
        {QStringLiteral("direction"), tr("kpi: inbound or outbound."), QStringLiteral("inbound|outbound")},
        {QStringLiteral("variant"), tr("kpi: compute under another setting, e.g. sl=all_abandons_against "
                                       "(repeatable)."),
         QStringLiteral("KEY=VALUE")},
        {QStringLiteral("kpi"), tr("kpi, contacts, notes: the KPI id(s), comma-separated."), tr("ID")},
        {QStringLiteral("group"), tr("contacts: the figure's group (agent id, team, queue, channel, reason or all)."),
         tr("G")},
        {QStringLiteral("week"), tr("trends, conflicts, report, drivers, verbatims: the ISO week, e.g. 2026-W45 (default: the newest); notes: the week a note is about."),
         QStringLiteral("YYYY-Www")},
        {QStringLiteral("part"), tr("contacts: numerator, denominator (default) or failed."),
         QStringLiteral("numerator|denominator|failed"), QStringLiteral("denominator")},
        {QStringLiteral("text"), tr("notes: what was observed (the note's text)."), tr("TEXT")},
        {QStringLiteral("agreed"), tr("notes: what was agreed."), tr("TEXT")},
        {QStringLiteral("follow-up"), tr("notes: when to look again."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("shared"), tr("notes: share the note with the agent (it can be printed for them).")},
        {QStringLiteral("private"), tr("notes edit: keep the note to the team leader.")},
        {QStringLiteral("status"), tr("notes: open, done or cancelled; actions: proposed, in_progress, done or dropped."),
         QStringLiteral("STATUS")},
        {QStringLiteral("title"), tr("actions: what the action is."), tr("TEXT")},
        {QStringLiteral("reason"), tr("actions: the contact reason it targets."), tr("R")},
        {QStringLiteral("start"), tr("actions: when the change took effect."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("effort"), tr("actions: low, medium (default) or high."), QStringLiteral("low|medium|high")},
        {QStringLiteral("owner"), tr("actions: who carries it out."), tr("NAME")},
        {QStringLiteral("cost"), tr("actions: its one-off cost, for ROI and payback."), tr("MONEY")},
        {QStringLiteral("expected"), tr("actions: contacts a month it should save (default: estimated)."), tr("N")},
        {QStringLiteral("topic"), tr("notes list: a KPI id or conflict rule the notes are about."), tr("T")},
        {QStringLiteral("search"), tr("notes list: text in what was observed or agreed."), tr("TEXT")},
        {QStringLiteral("deleted"), tr("notes list: include deleted notes.")},
        {QStringLiteral("out"), tr("notes export: write to this file instead of the output; report: the PDF to write."),
         tr("FILE")},
        {QStringLiteral("agent-pages"), tr("report: add one page per agent.")},
        {QStringLiteral("quarter"), tr("report: the quarterly management report of this quarter, e.g. 2026-Q3."),
         QStringLiteral("YYYY-Qn")},
        {QStringLiteral("lang"), tr("report: the report's language (default: the system's)."), QStringLiteral("en|nl|de")},
        {QStringLiteral("page"), tr("report: paper size (default: the language's country's)."), QStringLiteral("a4|letter")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("import, imports, undo-import, presets, kpi, explain, contacts or settings"));
}

int CliApp::usage(const QString &message)
{
    m_exitCode = ExitUsage;
    m_err << "huddle-cli: " << message << "\n" << tr("Try 'huddle-cli --help'.") << '\n';
    m_err.flush();
    return ExitUsage;
}

std::unique_ptr<store::Store> CliApp::openStore()
{
    const QString path = m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                              : store::Store::defaultPath();
    QString error;
    auto store = store::Store::open(path, &error);
    if (!store) {
        m_err << "huddle-cli: " << error << '\n';
        m_err.flush();
    }
    return store;
}

int CliApp::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return ExitOk;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    const QStringList args = m_parser.positionalArguments();
    if (args.isEmpty())
        return usage(tr("no command given"));
    const QString command = args.first();
    int code = ExitUsage;
    if (command == u"import")
        code = runImport(args.mid(1));
    else if (command == u"imports")
        code = runImports();
    else if (command == u"undo-import")
        code = runUndoImport(args.mid(1));
    else if (command == u"presets")
        code = runPresets();
    else if (command == u"kpi")
        code = runKpi(args.mid(1));
    else if (command == u"explain")
        code = runExplain(args.mid(1));
    else if (command == u"contacts")
        code = runContacts(args.mid(1));
    else if (command == u"settings")
        code = runSettings(args.mid(1));
    else if (command == u"trends")
        code = runTrends(args.mid(1));
    else if (command == u"conflicts")
        code = runConflicts(args.mid(1));
    else if (command == u"reasons")
        code = runReasons(args.mid(1));
    else if (command == u"notes")
        code = runNotes(args.mid(1));
    else if (command == u"actions")
        code = runActions(args.mid(1));
    else if (command == u"drivers")
        code = runDrivers(args.mid(1));
    else if (command == u"verbatims")
        code = runVerbatims(args.mid(1));
    else if (command == u"report")
        code = runReport(args.mid(1));
    else
        return usage(tr("unknown command \"%1\"").arg(command));
    m_out.flush();
    m_err.flush();
    return code;
}

int CliApp::runImport(const QStringList &args)
{
    if (args.size() != 2)
        return usage(tr("usage: import KIND FILE"));
    const auto kind = kindFromName(args[0]);
    if (!kind)
        return usage(tr("unknown kind \"%1\"").arg(args[0]));
    ImportRequest request;
    request.kind = *kind;
    request.file = args[1];
    if (m_parser.isSet(QStringLiteral("preset")) && m_parser.isSet(QStringLiteral("mapping")))
        return usage(tr("--preset and --mapping exclude each other"));
    if (m_parser.isSet(QStringLiteral("preset"))) {
        const QString name = m_parser.value(QStringLiteral("preset"));
        request.mapping = PresetRegistry::find(name);
        if (!request.mapping) {
            m_err << "huddle-cli: " << tr("no preset named \"%1\" (see 'huddle-cli presets')").arg(name) << '\n';
            return ExitNotFound;
        }
        if (request.mapping->kind != *kind)
            return usage(tr("preset %1 is for %2, not %3").arg(name, kindName(request.mapping->kind), args[0]));
    } else if (m_parser.isSet(QStringLiteral("mapping"))) {
        QString error;
        request.mapping = Mapping::fromFile(m_parser.value(QStringLiteral("mapping")), &error);
        if (!request.mapping) {
            m_err << "huddle-cli: " << error << '\n';
            return ExitRejected;
        }
    }
    const QString onError = m_parser.value(QStringLiteral("on-error"));
    if (onError != u"reject" && onError != u"skip")
        return usage(tr("--on-error takes reject or skip"));
    request.onError = onError == u"skip" ? OnError::Skip : OnError::Reject;
    request.dryRun = m_parser.isSet(QStringLiteral("dry-run"));
    request.timeZone = m_parser.value(QStringLiteral("tz"));
    if (m_parser.isSet(QStringLiteral("delimiter"))) {
        const QString d = m_parser.value(QStringLiteral("delimiter"));
        if (d == u"tab" || d == u"\\t")
            request.dialect.delimiter = u'\t';
        else if (d.size() == 1)
            request.dialect.delimiter = d[0];
        else
            return usage(tr("--delimiter takes one character or 'tab'"));
    }
    if (m_parser.isSet(QStringLiteral("encoding"))) {
        request.dialect.encoding = encodingFromName(m_parser.value(QStringLiteral("encoding")));
        if (!request.dialect.encoding)
            return usage(tr("unknown encoding \"%1\"").arg(m_parser.value(QStringLiteral("encoding"))));
    }

    auto store = openStore();
    if (!store)
        return ExitStore;

    // Progress only where a person watches: a terminal gets a live percentage.
    const bool interactive = isatty(fileno(stderr));
    int lastPercent = -1;
    const ImportProgress progress = [&](double share) {
        const int percent = int(share * 100);
        if (interactive && percent != lastPercent) {
            lastPercent = percent;
            m_err << '\r' << tr("importing %1… %2%").arg(request.file).arg(percent);
            m_err.flush();
        }
        return true;
    };
    const ImportResult result = import::runImport(*store, request, progress);
    if (interactive && lastPercent >= 0)
        m_err << '\n';

    constexpr int kProblemsShown = 100;
    for (int i = 0; i < result.problems.size() && i < kProblemsShown; ++i)
        m_err << result.problems[i].toString() << '\n';
    if (result.problemCount > kProblemsShown && !m_parser.isSet(QStringLiteral("report")))
        m_err << tr("… and %1 more problems (use --report FILE to keep them all)")
                     .arg(result.problemCount - kProblemsShown)
              << '\n';
    if (m_parser.isSet(QStringLiteral("report"))) {
        QFile report(m_parser.value(QStringLiteral("report")));
        if (report.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            QTextStream out(&report);
            for (const Problem &p : result.problems)
                out << p.toString() << '\n';
        }
    }
    if (result.sameFileImportId && result.status == ImportStatus::Imported)
        m_err << tr("note: this file was imported before (import %1)").arg(*result.sameFileImportId) << '\n';
    m_out << result.message << '\n';
    switch (result.status) {
    case ImportStatus::Imported:
    case ImportStatus::DryRun: return ExitOk;
    case ImportStatus::Rejected: return ExitRejected;
    case ImportStatus::Cancelled: return ExitCancelled;
    case ImportStatus::Failed: return ExitStore;
    }
    return ExitStore;
}

int CliApp::runImports()
{
    auto store = openStore();
    if (!store)
        return ExitStore;
    const QList<store::ImportInfo> imports = store::ImportRepository(*store).list();
    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonArray array;
        for (const store::ImportInfo &i : imports) {
            array.append(QJsonObject{
                {QStringLiteral("id"), i.id},
                {QStringLiteral("file"), i.fileName},
                {QStringLiteral("sha256"), i.sha256},
                {QStringLiteral("kind"), i.kind},
                {QStringLiteral("source"), i.source},
                {QStringLiteral("rows_read"), i.rowsRead},
                {QStringLiteral("rows_added"), i.rowsAdded},
                {QStringLiteral("rows_present"), i.rowsPresent},
                {QStringLiteral("rows_rejected"), i.rowsRejected},
                {QStringLiteral("started_at"), i.startedAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("status"), i.status},
            });
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TablePrinter table({tr("ID"), tr("When"), tr("Kind"), tr("File"), tr("Added"), tr("Present"), tr("Rejected"),
                        tr("Status")});
    for (const store::ImportInfo &i : imports) {
        table.addRow({QString::number(i.id), i.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), i.kind,
                      i.fileName, QString::number(i.rowsAdded), QString::number(i.rowsPresent),
                      QString::number(i.rowsRejected), i.status});
    }
    table.print(m_out);
    return ExitOk;
}

int CliApp::runUndoImport(const QStringList &args)
{
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    if (args.size() != 1 || !ok)
        return usage(tr("usage: undo-import ID"));
    auto store = openStore();
    if (!store)
        return ExitStore;
    store::ImportRepository imports(*store);
    if (!imports.find(id)) {
        m_err << "huddle-cli: " << tr("there is no import %1").arg(id) << '\n';
        return ExitNotFound;
    }
    qint64 removed = 0;
    QString error;
    if (!imports.undo(id, &removed, &error)) {
        m_err << "huddle-cli: " << error << '\n';
        return ExitStore;
    }
    m_out << tr("import %1 undone: %2 rows removed").arg(id).arg(removed) << '\n';
    return ExitOk;
}

int CliApp::runPresets()
{
    TablePrinter table({tr("Preset"), tr("Kind"), tr("Format"), tr("Description")});
    for (const Mapping &m : PresetRegistry::all())
        table.addRow({m.name, kindName(m.kind), m.format, m.description});
    table.print(m_out);
    return ExitOk;
}

} // namespace huddle::cli
