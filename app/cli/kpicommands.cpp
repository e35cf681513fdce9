// huddle-cli's KPI commands: kpi, explain, contacts, settings. Parsing and printing only;
// every figure comes from core's KpiEngine.
#include "cliapp.h"
#include "tableprinter.h"

#include <kpi/kpidefinition.h>
#include <kpi/kpiengine.h>
#include <kpi/kpisettings.h>
#include <store/store.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace huddle::cli {

using namespace huddle::kpi;

namespace {

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString csvNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}


// The settings a money figure was computed with, shown beside it.
QString moneyBasis(const QString &kpi, const KpiSettings &s, const QLocale &locale)
{
    const QString cost = locale.toString(s.costPerContact, 'f', 2) + u' ' + s.currency;
    if (kpi == u"repeat_cost")
        return tr("repeats × %1 per contact").arg(cost);
    if (kpi == u"fcr_gain_savings")
        return tr("FCR target %1 %, %2 per contact").arg(locale.toString(s.fcrTarget * 100, 'f', 0), cost);
    if (kpi == u"churn_value_at_risk")
        return tr("customers lost × %1 %2").arg(locale.toString(s.customerValue, 'f', 2), s.currency);
    return {};
}

Unit unitOf(const QString &kpi)
{
    const KpiSpec *spec = findKpi(kpi.section(u'.', 0, 0));
    return spec ? spec->unit : Unit::Score;
}

} // namespace

int CliApp::fail(int code, const QString &message)
{
    m_err << "huddle-cli: " << message << '\n';
    m_err.flush();
    m_exitCode = code;
    return code;
}

QTimeZone CliApp::kpiTimeZone(const store::Store &store)
{
    if (m_parser.isSet(QStringLiteral("tz")))
        return QTimeZone(m_parser.value(QStringLiteral("tz")).toUtf8());
    return store.timeZone();
}

int CliApp::openEngine(std::unique_ptr<store::Store> &store, std::unique_ptr<KpiEngine> &engine)
{
    store = openStore();
    if (!store)
        return ExitStore;
    // The store's settings, then the command's --variant overrides.
    KpiSettings settings = KpiSettings::load(*store);
    for (const QString &variant : m_parser.values(QStringLiteral("variant"))) {
        QString error;
        if (!settings.applyOverride(variant, &error))
            return usage(error);
    }
    engine = std::make_unique<KpiEngine>(*store, std::move(settings), kpiTimeZone(*store));
    return ExitOk;
}

bool CliApp::kpiQueryFromOptions(KpiQuery *query, bool periodIsLabel)
{
    for (const char *option : {"from", "to"}) {
        const QString name = QLatin1StringView(option);
        if (!m_parser.isSet(name))
            continue;
        const QDate date = QDate::fromString(m_parser.value(name), Qt::ISODate);
        if (!date.isValid()) {
            usage(tr("--%1 takes a date YYYY-MM-DD").arg(name));
            return false;
        }
        (name == u"from" ? query->from : query->to) = date;
    }
    if (query->from && query->to && *query->from > *query->to) {
        usage(tr("--from is after --to"));
        return false;
    }
    const QString periodText = m_parser.value(QStringLiteral("period"));
    // A label (2026-W23) names one period and so its kind; otherwise the kind is named.
    std::optional<PeriodKind> period;
    if (!periodIsLabel)
        period = periodKindFromName(periodText);
    else if (const auto labelled = periodFromLabel(periodText))
        period = labelled->first;
    const auto by = groupByFromName(m_parser.value(QStringLiteral("by")));
    if (!period || !by) {
        usage(!period ? (periodIsLabel ? tr("--period takes a figure's period: 2026-W23, 2026-06-01, 2026-06, "
                                            "2026-Q2, all or Mon 09")
                                       : tr("--period takes day, week, month, quarter, all or hour_of_week"))
                      : tr("--by takes all, team, agent, queue, channel or reason"));
        return false;
    }
    query->period = *period;
    query->by = *by;
    query->team = m_parser.value(QStringLiteral("team"));
    query->agent = m_parser.value(QStringLiteral("agent"));
    query->queue = m_parser.value(QStringLiteral("queue"));
    query->channel = m_parser.value(QStringLiteral("channel"));
    if (m_parser.isSet(QStringLiteral("direction"))) {
        const QString direction = m_parser.value(QStringLiteral("direction"));
        if (direction != u"inbound" && direction != u"outbound") {
            usage(tr("--direction takes inbound or outbound"));
            return false;
        }
        query->direction = direction == u"inbound" ? store::Direction::Inbound : store::Direction::Outbound;
    }
    if (m_parser.isSet(QStringLiteral("tz")) && !QTimeZone(m_parser.value(QStringLiteral("tz")).toUtf8()).isValid()) {
        usage(tr("unknown time zone \"%1\"").arg(m_parser.value(QStringLiteral("tz"))));
        return false;
    }
    return true;
}

int CliApp::runKpi(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("kpi takes options only, e.g. kpi --period week --by agent"));
    KpiQuery query;
    if (!kpiQueryFromOptions(&query))
        return ExitUsage;
    const QString format = m_parser.value(QStringLiteral("format"));
    if (format != u"table" && format != u"csv" && format != u"json")
        return usage(tr("--format takes table, csv or json"));
    QStringList wanted;
    if (m_parser.isSet(QStringLiteral("kpi"))) {
        wanted = m_parser.value(QStringLiteral("kpi")).split(u',', Qt::SkipEmptyParts);
        for (const QString &id : wanted) {
            if (!findKpi(id.section(u'.', 0, 0)))
                return fail(ExitNotFound, tr("unknown KPI \"%1\"").arg(id));
        }
    }
    std::unique_ptr<store::Store> store;
    std::unique_ptr<KpiEngine> engine;
    if (const int code = openEngine(store, engine); code != ExitOk)
        return code;
    QString error;
    const auto computed = engine->compute(query, &error);
    if (!computed)
        return fail(ExitStore, error);
    QList<Figure> figures;
    for (const Figure &f : *computed) {
        if (wanted.isEmpty() || wanted.contains(f.kpi) || wanted.contains(f.kpi.section(u'.', 0, 0)))
            figures.append(f);
    }

    if (format == u"json") {
        QJsonArray array;
        for (const Figure &f : figures) {
            array.append(QJsonObject{
                {QStringLiteral("kpi"), f.kpi},
                {QStringLiteral("group"), f.group},
                {QStringLiteral("period"), f.period},
                {QStringLiteral("value"), jsonNumber(f.value)},
                {QStringLiteral("numerator"), jsonNumber(f.numerator)},
                {QStringLiteral("denominator"), jsonNumber(f.denominator)},
                {QStringLiteral("n"), f.n},
                {QStringLiteral("ci_low"), jsonNumber(f.ciLow)},
                {QStringLiteral("ci_high"), jsonNumber(f.ciHigh)},
                {QStringLiteral("low_sample"), f.lowSample},
            });
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (format == u"csv") {
        m_out << "kpi,group,period,value,numerator,denominator,n,ci_low,ci_high,low_sample\n";
        for (const Figure &f : figures) {
            QString group = f.group;
            if (group.contains(u',') || group.contains(u'"'))
                group = u'"' + group.replace(u'"', QStringLiteral("\"\"")) + u'"';
            m_out << f.kpi << ',' << group << ',' << f.period << ',' << csvNumber(f.value) << ','
                  << csvNumber(f.numerator) << ',' << csvNumber(f.denominator) << ',' << f.n << ','
                  << csvNumber(f.ciLow) << ',' << csvNumber(f.ciHigh) << ',' << (f.lowSample ? "true" : "false")
                  << '\n';
        }
        return ExitOk;
    }
    // Under a --variant, people see the default figure beside it, to reconcile the two.
    QHash<QString, Figure> defaults;
    const bool variant = m_parser.isSet(QStringLiteral("variant"));
    if (variant) {
        KpiEngine standard(*store, KpiSettings::load(*store), kpiTimeZone(*store));
        const auto standardFigures = standard.compute(query, &error);
        if (!standardFigures)
            return fail(ExitStore, error);
        for (const Figure &f : *standardFigures)
            defaults.insert(f.kpi + u'\n' + f.group + u'\n' + f.period, f);
    }
    const QLocale locale;
    QStringList header = {tr("KPI"), tr("Group"), tr("Period"), tr("Value"), tr("95 % interval"), tr("n"), tr("Note")};
    if (variant)
        header.insert(4, tr("Default"));
    TablePrinter table(header);
    for (const Figure &f : figures) {
        const Unit unit = unitOf(f.kpi);
        const auto text = [&](const std::optional<double> &v) {
            return v ? formatValue(*findKpi(f.kpi.section(u'.', 0, 0)), *v, engine->settings().currency) : QStringLiteral("—");
        };
        const QString interval = f.ciLow ? text(f.ciLow) + QStringLiteral(" – ") + text(f.ciHigh) : QString();
        QStringList notes;
        if (!f.value)
            notes << tr("no data");
        else if (f.lowSample)
            notes << tr("low sample");
        if (f.value && unit == Unit::Money)
            notes << moneyBasis(f.kpi, engine->settings(), locale);
        const QString note = notes.join(QStringLiteral("; "));
        QStringList row = {f.kpi, f.group, f.period, text(f.value), interval, locale.toString(f.n), note};
        if (variant)
            row.insert(4, text(defaults.value(f.kpi + u'\n' + f.group + u'\n' + f.period).value));
        table.addRow(row);
    }
    table.print(m_out);
    return ExitOk;
}

int CliApp::runExplain(const QStringList &args)
{
    if (args.size() != 1)
        return usage(tr("usage: explain KPI"));
    const KpiSpec *spec = findKpi(args[0]);
    if (!spec)
        return fail(ExitNotFound, tr("unknown KPI \"%1\"").arg(args[0]));
    KpiQuery query;
    if (!kpiQueryFromOptions(&query))
        return ExitUsage;
    query.period = PeriodKind::All;
    query.by = GroupBy::All;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<KpiEngine> engine;
    if (const int code = openEngine(store, engine); code != ExitOk)
        return code;
    const DefinitionCard card = Definitions::card(*spec, engine->settings());
    QString error;
    const auto figures = engine->compute(query, &error);
    if (!figures)
        return fail(ExitStore, error);
    std::optional<Figure> figure;
    for (const Figure &f : *figures) {
        if (f.kpi == card.id)
            figure = f;
    }
    const QLocale locale;
    const auto text = [&](double v) { return formatValue(*spec, v, engine->settings().currency); };
    QString value = tr("no data");
    QString interval = tr("none");
    if (figure && figure->value) {
        value = text(*figure->value);
        if (figure->ciLow)
            interval = text(*figure->ciLow) + QStringLiteral(" – ") + text(*figure->ciHigh);
    }
    if (m_parser.value(QStringLiteral("format")) == u"json") {
        m_out << QJsonDocument(QJsonObject{
                                   {QStringLiteral("kpi"), card.id},
                                   {QStringLiteral("name"), card.name},
                                   {QStringLiteral("formula"), card.formula},
                                   {QStringLiteral("settings"), card.settingsInForce},
                                   {QStringLiteral("direction"), card.direction},
                                   {QStringLiteral("source"), card.dataSource},
                                   {QStringLiteral("unit"), card.unit},
                                   {QStringLiteral("value"), jsonNumber(figure ? figure->value : std::nullopt)},
                                   {QStringLiteral("n"), figure ? figure->n : 0},
                                   {QStringLiteral("ci_low"), jsonNumber(figure ? figure->ciLow : std::nullopt)},
                                   {QStringLiteral("ci_high"), jsonNumber(figure ? figure->ciHigh : std::nullopt)},
                               })
                     .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    m_out << card.name << " (" << card.id << ")\n";
    const auto line = [&](const QString &label, const QString &content) {
        if (!content.isEmpty())
            m_out << "  " << label.leftJustified(12) << content << '\n';
    };
    line(tr("Formula"), card.formula);
    line(tr("Settings"), card.settingsInForce);
    line(tr("Direction"), card.direction);
    line(tr("Source"), card.dataSource);
    line(tr("Unit"), card.unit);
    line(tr("Value"), value);
    line(tr("n"), locale.toString(figure ? figure->n : 0));
    line(tr("95 % CI"), interval);
    return ExitOk;
}

int CliApp::runContacts(const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("contacts takes options only: --kpi K --group G --period P [--part ...]"));
    if (!m_parser.isSet(QStringLiteral("kpi")))
        return usage(tr("contacts needs --kpi"));
    KpiQuery query;
    if (!kpiQueryFromOptions(&query, true))
        return ExitUsage;
    const QString periodText = m_parser.value(QStringLiteral("period"));
    const QString partName = m_parser.value(QStringLiteral("part"));
    DrillPart part = DrillPart::Denominator;
    if (partName == u"numerator")
        part = DrillPart::Numerator;
    else if (partName == u"failed")
        part = DrillPart::Failed;
    else if (partName != u"denominator")
        return usage(tr("--part takes numerator, denominator or failed"));
    const QString group = m_parser.isSet(QStringLiteral("group")) ? m_parser.value(QStringLiteral("group"))
                                                                  : QStringLiteral("all");
    std::unique_ptr<store::Store> store;
    std::unique_ptr<KpiEngine> engine;
    if (const int code = openEngine(store, engine); code != ExitOk)
        return code;
    QString error;
    const auto rows = engine->drillDown(query, m_parser.value(QStringLiteral("kpi")), group, periodText, part, &error);
    if (!rows)
        return fail(findKpi(m_parser.value(QStringLiteral("kpi"))) ? ExitUsage : ExitNotFound, error);
    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonArray array;
        for (const store::FactRow &r : *rows) {
            array.append(QJsonObject{
                {QStringLiteral("table"), r.table},
                {QStringLiteral("source"), r.source},
                {QStringLiteral("id"), r.id},
                {QStringLiteral("contact_id"), r.contactId},
                {QStringLiteral("at"), r.at.isValid() ? QJsonValue(r.at.toUTC().toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("agent_id"), r.agentId},
                {QStringLiteral("channel"), r.channel},
                {QStringLiteral("queue"), r.queue},
                {QStringLiteral("comment"),
                 r.survey && !r.survey->comment.isEmpty() ? QJsonValue(r.survey->comment) : QJsonValue()},
            });
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QTimeZone zone = kpiTimeZone(*store);
    TablePrinter table({tr("Table"), tr("Source"), tr("ID"), tr("Started"), tr("Agent"), tr("Channel"), tr("Queue")});
    for (const store::FactRow &r : *rows)
        table.addRow({r.table, r.source, r.id, r.at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      r.agentId, r.channel, r.queue});
    table.print(m_out);
    m_err << tr("%1 rows").arg(rows->size()) << '\n';
    return ExitOk;
}

int CliApp::runSettings(const QStringList &args)
{
    const QString action = args.value(0);
    if (!(action == u"list" && args.size() == 1) && !(action == u"get" && args.size() == 2)
        && !(action == u"set" && args.size() == 3))
        return usage(tr("usage: settings list | settings get KEY | settings set KEY VALUE"));
    auto store = openStore();
    if (!store)
        return ExitStore;
    const QString timeZoneKey = QStringLiteral("time_zone");
    if (action == u"list") {
        const bool json = m_parser.value(QStringLiteral("format")) == u"json";
        QJsonArray array;
        TablePrinter table({tr("Setting"), tr("Value"), tr("Default"), tr("Meaning")});
        const auto add = [&](const QString &key, const QString &value, const QString &fallback, const QString &meaning) {
            array.append(QJsonObject{{QStringLiteral("key"), key},
                                     {QStringLiteral("value"), value},
                                     {QStringLiteral("default"), fallback},
                                     {QStringLiteral("description"), meaning}});
            table.addRow({key, value, fallback, meaning});
        };
        add(timeZoneKey, store->setting(timeZoneKey), QString(), tr("time zone of periods and of timestamps without offset"));
        for (const SettingSpec &spec : KpiSettings::specs())
            add(spec.key, KpiSettings::value(*store, spec.key), spec.defaultValue, KpiSettings::meaning(spec));
        if (json)
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        else
            table.print(m_out);
        return ExitOk;
    }
    const QString key = args[1];
    if (key != timeZoneKey && !KpiSettings::spec(key))
        return fail(ExitNotFound, tr("unknown setting \"%1\" (see 'huddle-cli settings list')").arg(key));
    if (action == u"get") {
        m_out << (key == timeZoneKey ? store->setting(key) : KpiSettings::value(*store, key)) << '\n';
        return ExitOk;
    }
    const QString value = args[2];
    QString error;
    if (key == timeZoneKey) {
        if (!QTimeZone(value.toUtf8()).isValid())
            return usage(tr("unknown time zone \"%1\"").arg(value));
        if (!store->setSetting(key, value))
            return fail(ExitStore, tr("%1: cannot write the setting").arg(store->path()));
    } else if (!KpiSettings::validate(key, value, &error)) {
        return usage(error);
    } else if (!KpiSettings::save(*store, key, value, &error)) {
        return fail(ExitStore, error);
    }
    m_out << key << " = " << value << '\n';
    return ExitOk;
}

} // namespace huddle::cli
