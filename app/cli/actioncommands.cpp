// huddle-cli actions: improvement actions, their measured effect and the impact–effort
// matrix. Parsing and printing only; the rules live in core/actions.
#include "cliapp.h"
#include "tableprinter.h"

#include <actions/actiondata.h>
#include <kpi/kpiengine.h>
#include <store/actionrepository.h>
#include <store/noterepository.h>
#include <store/store.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace huddle::cli {

using actions::ImprovementAction;

namespace {

QJsonObject actionJson(const ImprovementAction &a)
{
    return {
        {QStringLiteral("id"), a.id},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("reason"), textOrNull(a.reason)},
        {QStringLiteral("kpi"), textOrNull(a.kpi)},
        {QStringLiteral("team"), textOrNull(a.team)},
        {QStringLiteral("queue"), textOrNull(a.queue)},
        {QStringLiteral("owner"), textOrNull(a.owner)},
        {QStringLiteral("start"), a.start ? QJsonValue(a.start->toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("expected_impact"), numberOrNull(a.expectedImpact)},
        {QStringLiteral("cost"), numberOrNull(a.cost)},
        {QStringLiteral("effort"), actions::effortName(a.effort)},
        {QStringLiteral("status"), actions::statusName(a.status)},
        {QStringLiteral("origin"), textOrNull(a.origin)},
        {QStringLiteral("description"), textOrNull(a.description)},
        {QStringLiteral("author"), textOrNull(a.author)},
        {QStringLiteral("created_at"), instantOrNull(a.createdAt)},
        {QStringLiteral("updated_at"), instantOrNull(a.updatedAt)},
        {QStringLiteral("deleted_at"), instantOrNull(a.deletedAt)},
    };
}

QJsonObject levelJson(const kpi::Figure &f)
{
    return {{QStringLiteral("value"), numberOrNull(f.value)},
            {QStringLiteral("ci_low"), numberOrNull(f.ciLow)},
            {QStringLiteral("ci_high"), numberOrNull(f.ciHigh)}};
}

QString levelText(const kpi::KpiSpec &spec, const kpi::Figure &f)
{
    if (!f.value)
        return QStringLiteral("—");
    const QString value = kpi::formatValue(spec, *f.value);
    return f.ciLow && f.ciHigh
        ? QStringLiteral("%1 (%2 – %3)").arg(value, kpi::formatValue(spec, *f.ciLow), kpi::formatValue(spec, *f.ciHigh))
        : value;
}

} // namespace

int CliApp::runActions(const QStringList &args)
{
    const QString action = args.value(0);
    if (action == u"add" && args.size() == 1)
        return runActionsAdd();
    if (action == u"list" && args.size() == 1)
        return runActionsList();
    if (action == u"matrix" && args.size() == 1)
        return runActionsMatrix();
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    static const QStringList kWithId = {QStringLiteral("edit"), QStringLiteral("effect"), QStringLiteral("history"),
                                        QStringLiteral("delete")};
    if (!kWithId.contains(action) || args.size() != 2 || !ok)
        return usage(tr("usage: actions add --title T (--reason R | --kpi K) [--team T] [--queue Q] --start YYYY-MM-DD "
                        "[--effort low|medium|high] [--owner O] [--cost C] [--expected N] [--text DESCRIPTION]\n"
                        "       actions list [--status S]\n"
                        "       actions edit ID [any option of add] [--status proposed|in_progress|done|dropped]\n"
                        "       actions effect|history|delete ID\n"
                        "       actions matrix"));
    if (action == u"effect")
        return runActionEffect(id);
    auto store = openStore();
    if (!store)
        return ExitStore;
    store::ActionRepository repository(*store, store::NoteRepository::currentUser());
    auto stored = repository.get(id);
    if (!stored)
        return fail(ExitNotFound, tr("there is no improvement action %1").arg(id));
    if (action == u"history")
        return printHistory(repository.history(id), kpiTimeZone(*store), QStringLiteral("action"));
    QString error;
    if (action == u"delete") {
        if (!repository.softDelete(id, &error))
            return fail(ExitStore, error);
        m_out << tr("improvement action %1 deleted").arg(id) << '\n';
        return ExitOk;
    }
    if (!actionFromOptions(&*stored))
        return m_exitCode;
    if (!repository.update(*stored, &error))
        return fail(ExitUsage, error);
    m_out << tr("improvement action %1 changed").arg(id) << '\n';
    return ExitOk;
}

// Sets what the options name on the action; on a bad value reports it and returns false.
bool CliApp::actionFromOptions(ImprovementAction *action)
{
    const auto given = [&](const char *name) { return m_parser.isSet(QString::fromLatin1(name)); };
    const auto value = [&](const char *name) { return m_parser.value(QString::fromLatin1(name)); };
    for (const auto &[name, field] : {std::pair{"title", &action->title}, std::pair{"reason", &action->reason},
                                      std::pair{"kpi", &action->kpi}, std::pair{"team", &action->team},
                                      std::pair{"queue", &action->queue}, std::pair{"owner", &action->owner},
                                      std::pair{"text", &action->description}}) {
        if (given(name))
            *field = value(name);
    }
    if (given("start")) {
        const QDate date = QDate::fromString(value("start"), Qt::ISODate);
        if (!date.isValid()) {
            usage(tr("--start takes a date YYYY-MM-DD (got \"%1\")").arg(value("start")));
            return false;
        }
        action->start = date;
    }
    if (given("effort")) {
        const auto effort = actions::effortFromName(value("effort"));
        if (!effort) {
            usage(tr("--effort takes low, medium or high (got \"%1\")").arg(value("effort")));
            return false;
        }
        action->effort = *effort;
    }
    if (given("status")) {
        const auto status = actions::statusFromName(value("status"));
        if (!status) {
            usage(tr("--status takes proposed, in_progress, done or dropped (got \"%1\")").arg(value("status")));
            return false;
        }
        action->status = *status;
    }
    for (const auto &[name, field] : {std::pair{"cost", &action->cost}, std::pair{"expected", &action->expectedImpact}}) {
        if (!given(name))
            continue;
        bool ok = false;
        const double number = value(name).toDouble(&ok);
        if (!value(name).isEmpty() && !ok) {
            usage(tr("--%1 takes a number (got \"%2\")").arg(QString::fromLatin1(name), value(name)));
            return false;
        }
        *field = value(name).isEmpty() ? std::nullopt : std::optional(number);
    }
    return true;
}

int CliApp::runActionsAdd()
{
    if (!m_parser.isSet(QStringLiteral("title")) || !m_parser.isSet(QStringLiteral("start")))
        return usage(tr("actions add needs --title and --start"));
    ImprovementAction action;
    action.origin = m_parser.isSet(QStringLiteral("reason")) ? QStringLiteral("reason") : QStringLiteral("manual");
    if (!actionFromOptions(&action))
        return m_exitCode;
    auto store = openStore();
    if (!store)
        return ExitStore;
    QString error;
    const auto id = store::ActionRepository(*store, store::NoteRepository::currentUser()).add(action, &error);
    if (!id)
        return fail(ExitUsage, error);
    m_out << tr("improvement action %1 added").arg(*id) << '\n';
    return ExitOk;
}

int CliApp::runActionsList()
{
    auto store = openStore();
    if (!store)
        return ExitStore;
    QList<ImprovementAction> list = store::ActionRepository(*store, {}).list();
    if (m_parser.isSet(QStringLiteral("status"))) {
        const QString status = m_parser.value(QStringLiteral("status"));
        list.removeIf([&](const ImprovementAction &a) { return actions::statusName(a.status) != status; });
    }
    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonArray array;
        for (const ImprovementAction &a : list)
            array.append(actionJson(a));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TablePrinter table({tr("ID"), tr("Title"), tr("Targets"), tr("Team"), tr("Start"), tr("Effort"), tr("Status")});
    for (const ImprovementAction &a : list)
        table.addRow({QString::number(a.id), a.title, a.reason.isEmpty() ? a.kpi : a.reason, a.team,
                      a.start ? a.start->toString(Qt::ISODate) : QString(), actions::effortName(a.effort),
                      actions::statusName(a.status)});
    table.print(m_out);
    return ExitOk;
}

int CliApp::runActionEffect(qint64 id)
{
    std::unique_ptr<store::Store> store;
    std::unique_ptr<kpi::KpiEngine> engine;
    if (const int code = openEngine(store, engine); code != ExitOk)
        return code;
    const auto action = store::ActionRepository(*store, {}).get(id);
    if (!action)
        return fail(ExitNotFound, tr("there is no improvement action %1").arg(id));
    QString error;
    const auto effect = actions::measureAction(*store, *engine, *action, &error);
    if (!effect)
        return fail(ExitStore, error);
    const kpi::KpiSpec &spec = *kpi::findKpi(effect->kpi);
    const QString currency = engine->settings().currency;
    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonObject object = {
            {QStringLiteral("id"), id},
            {QStringLiteral("title"), action->title},
            {QStringLiteral("kpi"), effect->kpi},
            {QStringLiteral("target"), action->reason.isEmpty() ? action->kpi : action->reason},
            {QStringLiteral("start_week"), textOrNull(effect->startWeek)},
            {QStringLiteral("verdict"), actions::verdictName(effect->verdict)},
            {QStringLiteral("weeks_before"), effect->before.weeksWithData},
            {QStringLiteral("weeks_after"), effect->after.weeksWithData},
            {QStringLiteral("before"), levelJson(effect->before.figure)},
            {QStringLiteral("after"), levelJson(effect->after.figure)},
            {QStringLiteral("change"), effect->change ? QJsonObject{{QStringLiteral("value"), effect->change->delta},
                                                                      {QStringLiteral("ci_low"), effect->change->interval.low},
                                                                      {QStringLiteral("ci_high"), effect->change->interval.high}}
                                                       : QJsonValue()},
            {QStringLiteral("trend_expected"), numberOrNull(effect->trendExpected)},
            {QStringLiteral("comparison_before"), levelJson(effect->comparisonBefore.figure)},
            {QStringLiteral("comparison_after"), levelJson(effect->comparisonAfter.figure)},
            {QStringLiteral("comparison_expected"), numberOrNull(effect->comparisonExpected)},
            {QStringLiteral("contacts_saved_per_week"), numberOrNull(effect->contactsSavedPerWeek)},
            {QStringLiteral("money_saved"), numberOrNull(effect->moneySaved)},
            {QStringLiteral("roi"), numberOrNull(effect->roi)},
            {QStringLiteral("payback_weeks"), numberOrNull(effect->paybackWeeks)},
            {QStringLiteral("currency"), currency},
        };
        m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QLocale locale;
    m_out << tr("Action %1: %2").arg(id).arg(action->title) << '\n'
          << tr("Measured: %1 of %2, weeks around %3 (the start's week is in neither span)")
                 .arg(kpi::Definitions::name(spec),
                      !action->reason.isEmpty() ? action->reason
                      : !action->team.isEmpty() ? tr("team %1").arg(action->team)
                      : !action->queue.isEmpty() ? tr("queue %1").arg(action->queue)
                                                 : tr("the whole operation"),
                      effect->startWeek)
          << '\n'
          << tr("Before (%1 weeks): %2").arg(effect->before.weeksWithData).arg(levelText(spec, effect->before.figure)) << '\n'
          << tr("After (%1 weeks):  %2").arg(effect->after.weeksWithData).arg(levelText(spec, effect->after.figure)) << '\n';
    if (effect->trendExpected)
        m_out << tr("The trend before the start would have given: %1").arg(kpi::formatValue(spec, *effect->trendExpected))
              << '\n';
    if (effect->comparisonExpected)
        m_out << tr("Moving as the untouched comparison moved would have given: %1")
                     .arg(kpi::formatValue(spec, *effect->comparisonExpected))
              << '\n';
    m_out << tr("Verdict: %1").arg(actions::verdictName(effect->verdict)) << '\n';
    if (effect->moneySaved)
        m_out << tr("Saved so far: %1 %2").arg(locale.toString(*effect->moneySaved, 'f', 2), currency) << '\n';
    if (effect->roi)
        m_out << tr("ROI: %1 %").arg(locale.toString(*effect->roi * 100, 'f', 0)) << '\n';
    if (effect->paybackWeeks)
        m_out << tr("Payback: %1 weeks").arg(locale.toString(*effect->paybackWeeks, 'f', 1)) << '\n';
    m_out << tr("A before/after comparison shows what changed, not why; other changes in the same weeks can "
                "cause the same movement.")
          << '\n';
    return ExitOk;
}

int CliApp::runActionsMatrix()
{
    std::unique_ptr<store::Store> store;
    std::unique_ptr<kpi::KpiEngine> engine;
    if (const int code = openEngine(store, engine); code != ExitOk)
        return code;
    const QString newest = actions::newestWeek(*store);
    const double costPerContact = engine->settings().costPerContact;
    QList<actions::MatrixEntry> entries;
    QString error;
    for (const ImprovementAction &a : store::ActionRepository(*store, {}).list()) {
        if (a.status != actions::ActionStatus::Proposed && a.status != actions::ActionStatus::InProgress)
            continue;
        actions::MatrixEntry entry;
        entry.action = a;
        entry.contactsPerMonth = actions::impactPerMonth(*engine, a, newest, &error);
        if (!error.isEmpty())
            return fail(ExitStore, error);
        if (entry.contactsPerMonth)
            entry.moneyPerMonth = *entry.contactsPerMonth * costPerContact;
        entries.append(entry);
    }
    entries = actions::impactEffortMatrix(entries);
    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonArray array;
        for (const actions::MatrixEntry &e : entries)
            array.append(QJsonObject{{QStringLiteral("id"), e.action.id},
                                     {QStringLiteral("title"), e.action.title},
                                     {QStringLiteral("effort"), actions::effortName(e.action.effort)},
                                     {QStringLiteral("contacts_per_month"), numberOrNull(e.contactsPerMonth)},
                                     {QStringLiteral("money_per_month"), numberOrNull(e.moneyPerMonth)},
                                     {QStringLiteral("quadrant"), actions::quadrantName(e.quadrant)},
                                     {QStringLiteral("priority"), e.priority}});
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QLocale locale;
    TablePrinter table({tr("ID"), tr("Title"), tr("Effort"), tr("Contacts/month"), tr("Money/month"), tr("Quadrant")});
    for (const actions::MatrixEntry &e : entries)
        table.addRow({QString::number(e.action.id), e.action.title, actions::effortName(e.action.effort),
                      e.contactsPerMonth ? locale.toString(*e.contactsPerMonth, 'f', 0) : QStringLiteral("—"),
                      e.moneyPerMonth ? locale.toString(*e.moneyPerMonth, 'f', 0) : QStringLiteral("—"),
                      actions::quadrantName(e.quadrant)});
    table.print(m_out);
    return ExitOk;
}

} // namespace huddle::cli
