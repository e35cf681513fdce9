#include "kpisettings.h"

#include <store/store.h>

namespace huddle::kpi {

namespace {

using Type = SettingSpec::Type;

const QStringList kSlVariants = {
    QStringLiteral("answered_only"),           QStringLiteral("abandons_after_t_against"),
    QStringLiteral("all_abandons_against"),    QStringLiteral("short_abandons_removed"),
    QStringLiteral("flowouts_included"),       QStringLiteral("abandons_within_t_met"),
};

// Channels with an SLA target by default; any other channel gets one by setting
// sla_target_s.CHANNEL.
const char kSlaPrefix[] = "sla_target_s.";

// The names and meanings are marked for translation here and translated where they are
// shown (KpiSettings::displayName, KpiSettings::meaning). Spelled out, not behind a macro of
// our own: lupdate expands no macros and would miss them.

QList<SettingSpec> buildSpecs()
{
    using C = SettingSpec::Category;
    using U = SettingSpec::Unit;
    return {
        {QStringLiteral("short_abandon_s"), QStringLiteral("5"), Type::Real, 0, 3600, {}, C::Thresholds, U::Seconds,
         QT_TRANSLATE_NOOP("KpiSettings", "Short abandon"),
         QT_TRANSLATE_NOOP("KpiSettings",
                           "abandons after a shorter wait are misdials: out of offered and abandoned")},
        {QStringLiteral("sl_threshold_s"), QStringLiteral("20"), Type::Real, 0, 86400, {}, C::Thresholds, U::Seconds,
         QT_TRANSLATE_NOOP("KpiSettings", "Service level threshold"),
         QT_TRANSLATE_NOOP("KpiSettings", "service level: answered within this many seconds (<=)")},
        {QStringLiteral("sl_target"), QStringLiteral("0.8"), Type::Real, 0, 1, {}, C::Targets, U::Fraction,
         QT_TRANSLATE_NOOP("KpiSettings", "Service level target"),
         QT_TRANSLATE_NOOP("KpiSettings", "service level target (fraction)")},
        {QStringLiteral("sl_variant"), QStringLiteral("short_abandons_removed"), Type::Choice, 0, 0, kSlVariants,
         C::Other, U::None, QT_TRANSLATE_NOOP("KpiSettings", "Service level formula"),
         QT_TRANSLATE_NOOP("KpiSettings", "service level formula (KPI-DEFINITIONS.md, Variants)")},
        {QStringLiteral("fcr_window_days"), QStringLiteral("7"), Type::Integer, 1, 365, {}, C::Windows, U::Days,
         QT_TRANSLATE_NOOP("KpiSettings", "FCR repeat window"),
         QT_TRANSLATE_NOOP("KpiSettings", "FCR: a further contact within this many days is a repeat")},
        {QStringLiteral("fcr_same_reason"), QStringLiteral("off"), Type::Boolean, 0, 0, {}, C::Other, U::None,
         QT_TRANSLATE_NOOP("KpiSettings", "FCR: same reason only"),
         QT_TRANSLATE_NOOP("KpiSettings", "FCR: only a contact with the same reason is a repeat")},
        {QStringLiteral("fcr_channel_scope"), QStringLiteral("any"), Type::Choice, 0, 0,
         {QStringLiteral("any"), QStringLiteral("same")}, C::Other, U::None,
         QT_TRANSLATE_NOOP("KpiSettings", "FCR channel scope"),
         QT_TRANSLATE_NOOP("KpiSettings", "FCR: a repeat on any channel, or on the same channel only")},
        {QStringLiteral("fcr_identity_key"), QStringLiteral("customer"), Type::Choice, 0, 0,
         {QStringLiteral("customer")}, C::Other, U::None,
         QT_TRANSLATE_NOOP("KpiSettings", "FCR customer identity"),
         QT_TRANSLATE_NOOP("KpiSettings", "FCR: what makes two contacts the same customer")},
        {QStringLiteral("min_sample_contacts"), QStringLiteral("30"), Type::Integer, 1, 100000, {}, C::Thresholds,
         U::Count, QT_TRANSLATE_NOOP("KpiSettings", "Minimum contacts"),
         QT_TRANSLATE_NOOP("KpiSettings", "figures over fewer contacts are marked low-sample")},
        {QStringLiteral("min_sample_surveys"), QStringLiteral("10"), Type::Integer, 1, 100000, {}, C::Thresholds,
         U::Count, QT_TRANSLATE_NOOP("KpiSettings", "Minimum survey answers"),
         QT_TRANSLATE_NOOP("KpiSettings", "survey figures over fewer answers are marked low-sample")},
        {QStringLiteral("fcr_target"), QStringLiteral("0.75"), Type::Real, 0, 1, {}, C::Targets, U::Fraction,
         QT_TRANSLATE_NOOP("KpiSettings", "FCR target"),
         QT_TRANSLATE_NOOP("KpiSettings", "FCR target (fraction); also the basis of the savings figure")},
        {QStringLiteral("csat_target"), QStringLiteral("0.8"), Type::Real, 0, 1, {}, C::Targets, U::Fraction,
         QT_TRANSLATE_NOOP("KpiSettings", "CSAT target"),
         QT_TRANSLATE_NOOP("KpiSettings", "CSAT target (top-two-box fraction)")},
        {QStringLiteral("abandonment_target"), QStringLiteral("0.05"), Type::Real, 0, 1, {}, C::Targets, U::Fraction,
         QT_TRANSLATE_NOOP("KpiSettings", "Abandonment target"),
         QT_TRANSLATE_NOOP("KpiSettings", "abandonment target: at most this fraction")},
        {QStringLiteral("nps_target"), QStringLiteral("0"), Type::Real, -100, 100, {}, C::Targets, U::NpsPoints,
         QT_TRANSLATE_NOOP("KpiSettings", "NPS target"),
         QT_TRANSLATE_NOOP("KpiSettings", "NPS target: above this")},
        {QStringLiteral("cost_per_contact"), QStringLiteral("6"), Type::Real, 0, 1e6, {}, C::Costs, U::Money,
         QT_TRANSLATE_NOOP("KpiSettings", "Cost per contact"),
         QT_TRANSLATE_NOOP("KpiSettings",
                           "cost of one contact, for the cost of repeats and the savings of FCR")},
        {QStringLiteral("customer_value"), QStringLiteral("400"), Type::Real, 0, 1e9, {}, C::Costs, U::Money,
         QT_TRANSLATE_NOOP("KpiSettings", "Customer value"),
         QT_TRANSLATE_NOOP("KpiSettings", "value of one customer, for the value at risk from churn")},
        {QStringLiteral("currency"), QStringLiteral("EUR"), Type::Choice, 0, 0,
         {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("CHF")}, C::Costs,
         U::None, QT_TRANSLATE_NOOP("KpiSettings", "Currency"),
         QT_TRANSLATE_NOOP("KpiSettings", "currency of the money figures")},
        {QStringLiteral("sla_target_s.voice"), QStringLiteral("20"), Type::Real, 0, 1e7, {}, C::Targets, U::Seconds,
         QT_TRANSLATE_NOOP("KpiSettings", "SLA target: voice"),
         QT_TRANSLATE_NOOP("KpiSettings", "SLA: voice answered within this many seconds")},
        {QStringLiteral("sla_target_s.chat"), QStringLiteral("60"), Type::Real, 0, 1e7, {}, C::Targets, U::Seconds,
         QT_TRANSLATE_NOOP("KpiSettings", "SLA target: chat"),
         QT_TRANSLATE_NOOP("KpiSettings", "SLA: chat first response within this many seconds")},
        {QStringLiteral("sla_target_s.email"), QStringLiteral("86400"), Type::Real, 0, 1e7, {}, C::Targets,
         U::Seconds, QT_TRANSLATE_NOOP("KpiSettings", "SLA target: e-mail"),
         QT_TRANSLATE_NOOP("KpiSettings", "SLA: e-mail first response within this many seconds")},
        {QStringLiteral("sla_target_s.social"), QStringLiteral("3600"), Type::Real, 0, 1e7, {}, C::Targets,
         U::Seconds, QT_TRANSLATE_NOOP("KpiSettings", "SLA target: social"),
         QT_TRANSLATE_NOOP("KpiSettings", "SLA: social/messaging first response within this many seconds")},
        {QStringLiteral("trend_weeks"), QStringLiteral("8"), Type::Integer, 3, 104, {}, C::Windows, U::Weeks,
         QT_TRANSLATE_NOOP("KpiSettings", "Trend window"),
         QT_TRANSLATE_NOOP("KpiSettings", "weeks a trend is fitted over")},
        {QStringLiteral("structural_share"), QStringLiteral("0.1"), Type::Real, 0, 1, {}, C::Thresholds, U::Fraction,
         QT_TRANSLATE_NOOP("KpiSettings", "Structural reason share"),
         QT_TRANSLATE_NOOP("KpiSettings", "a contact reason at least this share for 4 weeks is structural")},
        {QStringLiteral("coach_weeks"), QStringLiteral("4"), Type::Integer, 1, 26, {}, C::Windows, U::Weeks,
         QT_TRANSLATE_NOOP("KpiSettings", "Coaching comparison window"),
         QT_TRANSLATE_NOOP("KpiSettings", "weeks before and after a coaching note that its effect compares")},
    };
}

bool parseBoolean(const QString &text, bool *value)
{
    const QString t = text.trimmed().toLower();
    if (t == u"on" || t == u"true" || t == u"yes" || t == u"1") {
        *value = true;
        return true;
    }
    if (t == u"off" || t == u"false" || t == u"no" || t == u"0") {
        *value = false;
        return true;
    }
    return false;
}

// Short names for --variant: "sl=all_abandons_against", "fcr_window=30".
QString canonicalKey(const QString &key)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("sl"), QStringLiteral("sl_variant")},
        {QStringLiteral("fcr_window"), QStringLiteral("fcr_window_days")},
        {QStringLiteral("fcr_scope"), QStringLiteral("fcr_channel_scope")},
        {QStringLiteral("fcr_key"), QStringLiteral("fcr_identity_key")},
        {QStringLiteral("sl_threshold"), QStringLiteral("sl_threshold_s")},
        {QStringLiteral("short_abandon"), QStringLiteral("short_abandon_s")},
    };
    return aliases.value(key, key);
}

} // namespace

const QList<SettingSpec> &KpiSettings::specs()
{
    static const QList<SettingSpec> all = buildSpecs();
    return all;
}

const SettingSpec *KpiSettings::spec(const QString &key)
{
    for (const SettingSpec &s : specs()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QString KpiSettings::slVariantName(SlVariant variant)
{
    return kSlVariants.at(int(variant));
}

QString KpiSettings::displayName(const SettingSpec &spec)
{
    return tr(spec.name);
}

QString KpiSettings::meaning(const SettingSpec &spec)
{
    return tr(spec.description);
}

bool KpiSettings::validate(const QString &key, const QString &value, QString *error)
{
    const SettingSpec *s = spec(key);
    if (!s) {
        *error = tr("unknown setting \"%1\"").arg(key);
        return false;
    }
    bool ok = false;
    switch (s->type) {
    case Type::Integer: {
        const int number = value.toInt(&ok);
        ok = ok && number >= s->minimum && number <= s->maximum;
        break;
    }
    case Type::Real: {
        const double number = value.toDouble(&ok);
        ok = ok && number >= s->minimum && number <= s->maximum;
        break;
    }
    case Type::Choice: ok = s->choices.contains(value); break;
    case Type::Boolean: {
        bool unused = false;
        ok = parseBoolean(value, &unused);
        break;
    }
    }
    if (!ok) {
        if (s->type == Type::Choice)
            *error = tr("%1 takes one of: %2").arg(key, s->choices.join(QStringLiteral(", ")));
        else if (s->type == Type::Boolean)
            *error = tr("%1 takes on or off").arg(key);
        else
            *error = tr("%1 takes a number from %2 to %3").arg(key).arg(s->minimum).arg(s->maximum);
    }
    return ok;
}

bool KpiSettings::isOn(const QString &value)
{
    bool on = false;
    return parseBoolean(value, &on) && on;
}

bool KpiSettings::save(store::Store &store, const QString &key, const QString &value, QString *error)
{
    if (!validate(key, value, error))
        return false;
    if (!store.setSetting(key, value)) {
        *error = tr("%1: cannot write the setting %2").arg(store.path(), key);
        return false;
    }
    return true;
}

KpiSettings KpiSettings::fromValues(const QHash<QString, QString> &values)
{
    KpiSettings settings;
    for (const SettingSpec &s : specs()) {
        const QString text = values.value(s.key, s.defaultValue);
        QString ignored;
        const bool valid = validate(s.key, text, &ignored);
        settings.applyOverride(s.key + u'=' + (valid ? text : s.defaultValue), &ignored);
    }
    return settings;
}

KpiSettings KpiSettings::load(const store::Store &store)
{
    QHash<QString, QString> values;
    for (const SettingSpec &s : specs())
        values.insert(s.key, store.setting(s.key, s.defaultValue));
    return fromValues(values);
}

QString KpiSettings::value(const store::Store &store, const QString &key)
{
    const SettingSpec *s = spec(key);
    return store.setting(key, s ? s->defaultValue : QString());
}

bool KpiSettings::applyOverride(const QString &assignment, QString *error)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals <= 0) {
        *error = tr("a variant is KEY=VALUE, e.g. sl=all_abandons_against (got \"%1\")").arg(assignment);
        return false;
    }
    const QString key = canonicalKey(assignment.left(equals).trimmed());
    const QString value = assignment.mid(equals + 1).trimmed();
    if (!validate(key, value, error))
        return false;
    if (key == u"short_abandon_s")
        shortAbandonSeconds = value.toDouble();
    else if (key == u"sl_threshold_s")
        slThresholdSeconds = value.toDouble();
    else if (key == u"sl_target")
        slTarget = value.toDouble();
    else if (key == u"sl_variant")
        slVariant = SlVariant(kSlVariants.indexOf(value));
    else if (key == u"fcr_window_days")
        fcrWindowDays = value.toInt();
    else if (key == u"fcr_same_reason")
        fcrSameReason = isOn(value);
    else if (key == u"fcr_channel_scope")
        fcrSameChannel = value == u"same";
    else if (key == u"fcr_identity_key")
        fcrIdentityKey = value;
    else if (key == u"min_sample_contacts")
        minSampleContacts = value.toInt();
    else if (key == u"min_sample_surveys")
        minSampleSurveys = value.toInt();
    else if (key == u"fcr_target")
        fcrTarget = value.toDouble();
    else if (key == u"csat_target")
        csatTarget = value.toDouble();
    else if (key == u"abandonment_target")
        abandonmentTarget = value.toDouble();
    else if (key == u"nps_target")
        npsTarget = value.toDouble();
    else if (key == u"cost_per_contact")
        costPerContact = value.toDouble();
    else if (key == u"customer_value")
        customerValue = value.toDouble();
    else if (key == u"currency")
        currency = value;
    else if (key.startsWith(QLatin1StringView(kSlaPrefix)))
        slaTargetSeconds.insert(key.mid(qsizetype(sizeof kSlaPrefix - 1)), value.toDouble());
    else if (key == u"trend_weeks")
        trendWeeks = value.toInt();
    else if (key == u"structural_share")
        structuralShare = value.toDouble();
    else if (key == u"coach_weeks")
        coachWeeks = value.toInt();
    return true;
}

QHash<QString, double> KpiSettings::defaultSlaTargets()
{
    QHash<QString, double> targets;
    const QString prefix = QLatin1StringView(kSlaPrefix);
    for (const SettingSpec &s : specs()) {
        if (s.key.startsWith(prefix))
            targets.insert(s.key.mid(prefix.size()), s.defaultValue.toDouble());
    }
    return targets;
}

double KpiSettings::slaTargetFor(const QString &channel) const
{
    return slaTargetSeconds.value(channel, -1);
}

std::optional<double> KpiSettings::targetFor(const QString &kpi) const
{
    if (kpi == u"fcr")
        return fcrTarget;
    if (kpi == u"csat")
        return csatTarget;
    if (kpi == u"service_level")
        return slTarget;
    if (kpi == u"abandonment_rate")
        return abandonmentTarget;
    if (kpi == u"nps")
        return npsTarget;
    return std::nullopt;
}

} // namespace huddle::kpi
