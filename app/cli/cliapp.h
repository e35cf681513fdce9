#pragma once

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <QTimeZone>

#include <memory>
#include <optional>

namespace huddle::store {
class Store;
}

namespace huddle::kpi {
struct KpiQuery;
class KpiEngine;
}

namespace huddle::store {
struct FieldChange;
using NoteChange = FieldChange;
}

namespace huddle::coaching {
struct CoachingNote;
}

namespace huddle::actions {
struct ImprovementAction;
}

namespace huddle::cli {

// The CLI's messages, in their own translation context.
QString tr(const char *text);

// JSON values for optional fields: null when absent (a contract for scripts).
QJsonValue textOrNull(const QString &text);
QJsonValue instantOrNull(const QDateTime &at);
QJsonValue numberOrNull(const std::optional<double> &value);

// Exit codes are a contract for scripts (README, "Command line").
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,     // wrong command line
    ExitRejected = 2,  // the input was rejected: nothing was imported
    ExitStore = 3,     // the store cannot be opened or written
    ExitNotFound = 4,  // no such import, preset or file
    ExitCancelled = 5, // interrupted
};

// huddle-cli: parses the command line and runs one command against core.
class CliApp
{
public:
    CliApp();
    int run(const QStringList &arguments);

private:
    int runImport(const QStringList &args);
    int runImports();
    int runUndoImport(const QStringList &args);
    int runPresets();
    // KPI commands (kpicommands.cpp)
    int runKpi(const QStringList &args);
    int runExplain(const QStringList &args);
    int runContacts(const QStringList &args);
    int runSettings(const QStringList &args);
    // Trends and conflicts (meaningcommands.cpp)
    int runTrends(const QStringList &args);
    int runConflicts(const QStringList &args);
    int runReasons(const QStringList &args);
    // What drives satisfaction and the voice of the customer (voicecommands.cpp)
    int runDrivers(const QStringList &args);
    int runVerbatims(const QStringList &args);
    // The weeks of --week or --from/--to, else the `newest` weeks up to the newest contact's.
    bool weeksOrNewest(kpi::KpiEngine &engine, store::Store &store, int newest, qint32 *first, qint32 *last);
    // The weekly review PDF (reportcommand.cpp)
    int runReport(const QStringList &args);
    // Coaching notes (notecommands.cpp)
    int runNotes(const QStringList &args);
    int runNotesAdd();
    int runNotesList();
    int runNotesTopics();
    int runNoteAction(const QString &action, qint64 id);
    int runNoteEffect(qint64 id);
    // A row's field-by-field history (rowKey: the JSON key of its id, "note" or "action").
    int printHistory(const QList<store::FieldChange> &changes, const QTimeZone &zone, const QString &rowKey);
    // Improvement actions (actioncommands.cpp)
    int runActions(const QStringList &args);
    int runActionsAdd();
    int runActionsList();
    int runActionsMatrix();
    int runActionEffect(qint64 id);
    bool actionFromOptions(actions::ImprovementAction *action);
    bool noteFromOptions(coaching::CoachingNote *note);
    // A question about weeks: the store, its engine and the weeks the options name.
    struct WeeksQuestion
    {
        std::unique_ptr<store::Store> store;
        std::unique_ptr<kpi::KpiEngine> engine;
        QStringList weeks;
        qint32 first = 0; // Monday of the first week (local day number)
        qint32 last = 0;
    };
    int openWeeks(WeeksQuestion &question);
    bool weeksFromOptions(kpi::KpiEngine &engine, QStringList *weeks, qint32 *first, qint32 *last);
    // periodIsLabel: --period names one figure's period (2026-W23), as contacts takes it.
    bool kpiQueryFromOptions(kpi::KpiQuery *query, bool periodIsLabel = false);
    int openEngine(std::unique_ptr<store::Store> &store, std::unique_ptr<kpi::KpiEngine> &engine);
    QTimeZone kpiTimeZone(const store::Store &store);
    int fail(int code, const QString &message);
    std::unique_ptr<store::Store> openStore();
    int usage(const QString &message);

    QCommandLineParser m_parser;
    int m_exitCode = ExitUsage; // what a failed option check answers
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace huddle::cli
