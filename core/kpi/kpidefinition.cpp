#include "kpidefinition.h"

#include "kpisettings.h"

#include <QLocale>

#include <cmath>

namespace huddle::kpi {

namespace {

QList<KpiSpec> buildSpecs()
{
    using S = Shape;
    using P = Part;
    using M = Measure;
    using U = Unit;
    using B = Better;
    const auto contacts = "interactions";
    const auto surveys = "surveys";
    return {
        {"volume", S::Count, P::Volume, P::Count, M::Count, 0, U::Contacts, B::Neither, SampleKind::Contacts, contacts},
        {"aht", S::Mean, P::Count, P::Count, M::HandleTime, 0, U::Seconds, B::Lower, SampleKind::Contacts, contacts},
        {"asa", S::Mean, P::Count, P::Count, M::Wait, 0, U::Seconds, B::Lower, SampleKind::Contacts, contacts},
        {"service_level", S::Proportion, P::SlMet, P::SlDenominator, M::Count, 0, U::Fraction, B::Higher,
         SampleKind::Contacts, contacts},
        {"abandonment_rate", S::Proportion, P::Abandoned, P::AbandonDenominator, M::Count, 0, U::Fraction, B::Lower,
         SampleKind::Contacts, contacts},
        {"transfer_rate", S::Proportion, P::Transferred, P::TransferDenominator, M::Count, 0, U::Fraction, B::Lower,
         SampleKind::Contacts, contacts},
        {"response_time_p50", S::Percentile, P::Count, P::Count, M::FirstResponse, 0.5, U::Seconds, B::Lower,
         SampleKind::Contacts, contacts},
        {"response_time_p90", S::Percentile, P::Count, P::Count, M::FirstResponse, 0.9, U::Seconds, B::Lower,
         SampleKind::Contacts, contacts},
        {"sla_compliance", S::Proportion, P::SlaMet, P::SlaDenominator, M::Count, 0, U::Fraction, B::Higher,
         SampleKind::Contacts, contacts},
        {"occupancy", S::Unavailable, P::Count, P::Count, M::Count, 0, U::Fraction, B::Neither, SampleKind::Contacts,
         "agent states"},
        {"fcr", S::Proportion, P::FcrResolved, P::FcrDenominator, M::Count, 0, U::Fraction, B::Higher,
         SampleKind::Contacts, contacts},
        {"fcr_survey", S::Proportion, P::SurveyResolved, P::SurveyResolvedAnswered, M::Count, 0, U::Fraction,
         B::Higher, SampleKind::Surveys, surveys},
        {"fcr_flag", S::Proportion, P::FlagResolved, P::FlagDenominator, M::Count, 0, U::Fraction, B::Higher,
         SampleKind::Contacts, contacts},
        {"repeat_contact_rate", S::Proportion, P::FcrRepeat, P::FcrDenominator, M::Count, 0, U::Fraction, B::Lower,
         SampleKind::Contacts, contacts},
        {"csat", S::Proportion, P::CsatTop, P::CsatAnswered, M::Count, 0, U::Fraction, B::Higher, SampleKind::Surveys,
         surveys},
        {"csat_mean", S::Mean, P::Count, P::Count, M::CsatScore, 0, U::Score, B::Higher, SampleKind::Surveys, surveys},
        {"nps", S::Nps, P::Promoter, P::NpsAnswered, M::Count, 0, U::NpsPoints, B::Higher, SampleKind::Surveys,
         surveys},
        {"ces", S::Mean, P::Count, P::Count, M::Effort, 0, U::Score, B::Lower, SampleKind::Surveys, surveys},
        {"ces_low_effort", S::Proportion, P::LowEffort, P::CesAnswered, M::Count, 0, U::Fraction, B::Higher,
         SampleKind::Surveys, surveys},
        {"sentiment", S::Mean, P::Count, P::Count, M::Sentiment, 0, U::Score, B::Higher, SampleKind::Contacts,
         "interactions, surveys"},
        {"qa_score", S::Mean, P::Count, P::Count, M::QaScore, 0, U::Score, B::Higher, SampleKind::Surveys, "qa"},
        {"churn_rate", S::Churn, P::Count, P::Count, M::Count, 0, U::Fraction, B::Lower, SampleKind::Contacts,
         "customers"},
        {"retention_rate", S::Retention, P::Count, P::Count, M::Count, 0, U::Fraction, B::Higher,
         SampleKind::Contacts, "customers"},
        {"proactive_ratio", S::Proportion, P::Proactive, P::Volume, M::Count, 0, U::Fraction, B::Higher,
         SampleKind::Contacts, contacts},
        {"engagement", S::Mean, P::Count, P::Count, M::Engagement, 0, U::Score, B::Higher, SampleKind::Surveys,
         "engagement"},
        {"repeat_cost", S::RepeatCost, P::FcrRepeat, P::Count, M::Count, 0, U::Money, B::Lower, SampleKind::Contacts,
         contacts},
        {"fcr_gain_savings", S::FcrSavings, P::FcrResolved, P::FcrDenominator, M::Count, 0, U::Money, B::Neither,
         SampleKind::Contacts, contacts},
        {"churn_value_at_risk", S::ChurnValue, P::Count, P::Count, M::Count, 0, U::Money, B::Lower,
         SampleKind::Contacts, "customers"},
    };
}

QString slVariantFormula(SlVariant variant)
{
    switch (variant) {
    case SlVariant::AnsweredOnly: return QStringLiteral("A≤T ÷ A");
    case SlVariant::AbandonsAfterTAgainst: return QStringLiteral("A≤T ÷ (A + AB − AB≤T)");
    case SlVariant::AllAbandonsAgainst: return QStringLiteral("A≤T ÷ (A + AB)");
    case SlVariant::ShortAbandonsRemoved: return QStringLiteral("A≤T ÷ (A + AB − SA)");
    case SlVariant::FlowoutsIncluded: return QStringLiteral("A≤T ÷ (A + AB + F)");
    case SlVariant::AbandonsWithinTMet: return QStringLiteral("(A≤T + AB≤T) ÷ Q");
    }
    return {};
}

} // namespace

const QList<KpiSpec> &kpiSpecs()
{
    static const QList<KpiSpec> specs = buildSpecs();
    return specs;
}

const KpiSpec *findKpi(const QString &id)
{
    for (const KpiSpec &spec : kpiSpecs()) {
        if (QLatin1StringView(spec.id) == id)
            return &spec;
    }
    return nullptr;
}

QString formatValue(const KpiSpec &spec, double value, const QString &currency)
{
    const QLocale locale;
    switch (spec.unit) {
    case Unit::Contacts: return locale.toString(qint64(std::llround(value)));
    case Unit::Fraction: return locale.toString(value * 100, 'f', 1) + QStringLiteral(" %");
    case Unit::Seconds: return locale.toString(value, 'f', 0) + QStringLiteral(" s");
    case Unit::Score: return locale.toString(value, 'f', 2);
    case Unit::NpsPoints: return (value > 0 ? QStringLiteral("+") : QString()) + locale.toString(value, 'f', 1);
    case Unit::Money: {
        const QString amount = locale.toString(value, 'f', 2);
        return currency.isEmpty() ? amount : amount + u' ' + currency;
    }
    }
    return {};
}

QString formatChange(const KpiSpec &spec, double delta)
{
    const QLocale locale;
    const QString sign = delta > 0 ? QStringLiteral("+") : QString();
    switch (spec.unit) {
    case Unit::Fraction: {
        // Small moves (a churn rate's trend) would all read "+0.0 pts" at one decimal.
        const int decimals = delta != 0 && std::abs(delta) < 0.001 ? 2 : 1;
        return sign + locale.toString(delta * 100, 'f', decimals) + Definitions::tr(" pts");
    }
    case Unit::Seconds: return sign + locale.toString(delta, 'f', 0) + QStringLiteral(" s");
    default: return sign + locale.toString(delta, 'f', 1);
    }
}

QString formatSpread(const KpiSpec &spec, double spread)
{
    if (spec.unit == Unit::Score)
        return QLocale().toString(spread, 'f', 2);
    const QString text = formatChange(spec, spread);
    return text.startsWith(u'+') ? text.mid(1) : text;
}

QString Definitions::name(const KpiSpec &spec)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("volume"), QT_TR_NOOP("Contact volume")},
        {QStringLiteral("aht"), QT_TR_NOOP("Average handle time")},
        {QStringLiteral("asa"), QT_TR_NOOP("Average speed of answer")},
        {QStringLiteral("service_level"), QT_TR_NOOP("Service level")},
        {QStringLiteral("abandonment_rate"), QT_TR_NOOP("Abandonment rate")},
        {QStringLiteral("transfer_rate"), QT_TR_NOOP("Transfer rate")},
        {QStringLiteral("response_time_p50"), QT_TR_NOOP("Response time (median)")},
        {QStringLiteral("response_time_p90"), QT_TR_NOOP("Response time (90th percentile)")},
        {QStringLiteral("sla_compliance"), QT_TR_NOOP("SLA compliance")},
        {QStringLiteral("occupancy"), QT_TR_NOOP("Occupancy")},
        {QStringLiteral("fcr"), QT_TR_NOOP("First contact resolution")},
        {QStringLiteral("fcr_survey"), QT_TR_NOOP("First contact resolution (survey)")},
        {QStringLiteral("fcr_flag"), QT_TR_NOOP("First contact resolution (resolved flag)")},
        {QStringLiteral("repeat_contact_rate"), QT_TR_NOOP("Repeat contact rate")},
        {QStringLiteral("csat"), QT_TR_NOOP("Customer satisfaction (top-two-box)")},
        {QStringLiteral("csat_mean"), QT_TR_NOOP("Customer satisfaction (mean)")},
        {QStringLiteral("nps"), QT_TR_NOOP("Net promoter score")},
        {QStringLiteral("ces"), QT_TR_NOOP("Customer effort (mean)")},
        {QStringLiteral("ces_low_effort"), QT_TR_NOOP("Customer effort (share low effort)")},
        {QStringLiteral("sentiment"), QT_TR_NOOP("Sentiment")},
        {QStringLiteral("qa_score"), QT_TR_NOOP("Quality (QA score)")},
        {QStringLiteral("churn_rate"), QT_TR_NOOP("Churn rate")},
        {QStringLiteral("retention_rate"), QT_TR_NOOP("Retention rate")},
        {QStringLiteral("proactive_ratio"), QT_TR_NOOP("Proactive contact ratio")},
        {QStringLiteral("engagement"), QT_TR_NOOP("Employee engagement")},
        {QStringLiteral("repeat_cost"), QT_TR_NOOP("Cost of repeat contacts")},
        {QStringLiteral("fcr_gain_savings"), QT_TR_NOOP("Savings if FCR reached its target")},
        {QStringLiteral("churn_value_at_risk"), QT_TR_NOOP("Value at risk from churn")},
    };
    return tr(names.value(QLatin1StringView(spec.id), spec.id));
}

DefinitionCard Definitions::card(const KpiSpec &spec, const KpiSettings &settings)
{
    DefinitionCard card;
    const QString id = QLatin1StringView(spec.id);
    card.id = id;
    card.name = name(spec);
    card.dataSource = tr("import kind: %1").arg(QLatin1StringView(spec.source));
    switch (spec.better) {
    case Better::Higher: card.direction = tr("higher is better"); break;
    case Better::Lower: card.direction = tr("lower is better"); break;
    case Better::Neither: card.direction = tr("neither higher nor lower is better in itself"); break;
    }
    switch (spec.unit) {
    case Unit::Contacts: card.unit = tr("contacts"); break;
    case Unit::Fraction: card.unit = tr("fraction (0–1)"); break;
    case Unit::Seconds: card.unit = tr("seconds"); break;
    case Unit::Score: card.unit = tr("score"); break;
    case Unit::NpsPoints: card.unit = tr("NPS points (−100 … 100)"); break;
    case Unit::Money: card.unit = settings.currency; break;
    }
    const QString shortAbandon = tr("short abandon: waited under %1 s").arg(settings.shortAbandonSeconds);
    const QString fcrKnobs =
        tr("window %1 days, identity: %2, channels: %3, same reason: %4")
            .arg(settings.fcrWindowDays)
            .arg(settings.fcrIdentityKey, settings.fcrSameChannel ? tr("same channel only") : tr("any channel"),
                 settings.fcrSameReason ? tr("on") : tr("off"));
    if (id == u"volume") {
        card.formula = tr("contacts started in the period, short abandons left out");
        card.settingsInForce = shortAbandon;
    } else if (id == u"aht") {
        card.formula = tr("mean over handled contacts of talk + hold + after-contact work seconds");
        card.settingsInForce = tr("over all channels unless a channel is chosen");
    } else if (id == u"asa") {
        card.formula = tr("mean wait seconds of answered inbound contacts");
    } else if (id == u"service_level") {
        card.formula = tr("answered within T ÷ offered, as the variant counts it: %1")
                           .arg(slVariantFormula(settings.slVariant));
        card.settingsInForce = tr("variant %1, T = %2 s, target %3 %, %4")
                                   .arg(KpiSettings::slVariantName(settings.slVariant))
                                   .arg(settings.slThresholdSeconds)
                                   .arg(settings.slTarget * 100)
                                   .arg(shortAbandon);
    } else if (id == u"abandonment_rate") {
        card.formula = tr("(abandoned − short abandons) ÷ (offered − short abandons)");
        card.settingsInForce = tr("%1, target at most %2 %").arg(shortAbandon).arg(settings.abandonmentTarget * 100);
    } else if (id == u"transfer_rate") {
        card.formula = tr("handled contacts transferred to another agent or queue ÷ handled contacts");
    } else if (id == u"response_time_p50" || id == u"response_time_p90") {
        card.formula = tr("percentile of first-response seconds of e-mail, chat and messaging contacts "
                          "(linear interpolation between ranks)");
    } else if (id == u"sla_compliance") {
        QStringList targets;
        for (auto it = settings.slaTargetSeconds.begin(); it != settings.slaTargetSeconds.end(); ++it)
            targets << QStringLiteral("%1 %2 s").arg(it.key()).arg(it.value());
        targets.sort();
        card.formula = tr("contacts whose answer (voice) or first response (other channels) met their channel's "
                          "target ÷ contacts with a target; an abandoned call misses it");
        card.settingsInForce = targets.join(QStringLiteral(", "));
    } else if (id == u"occupancy") {
        card.formula = tr("handle time ÷ (logged-in available time + handle time); needs agent state data, "
                          "which no import kind carries yet: always \"no data\"");
    } else if (id == u"fcr") {
        card.formula = tr("handled inbound contacts that were not transferred and had no further inbound contact from "
                          "the same customer within the window ÷ handled inbound contacts of known customers; "
                          "contacts whose window has not passed yet are pending and left out");
        card.settingsInForce = fcrKnobs;
    } else if (id == u"fcr_survey") {
        card.formula = tr("survey answers saying the issue was resolved ÷ survey answers to that question");
    } else if (id == u"fcr_flag") {
        card.formula = tr("handled contacts the platform marked resolved ÷ handled contacts with the flag");
    } else if (id == u"repeat_contact_rate") {
        card.formula = tr("1 − FCR: contacts followed by a repeat (or transferred) ÷ the FCR denominator");
        card.settingsInForce = fcrKnobs;
    } else if (id == u"csat") {
        card.formula = tr("answers in the top two boxes (4–5 on 1–5; top three on 10-point scales) ÷ answers");
        card.settingsInForce = tr("target %1 %").arg(settings.csatTarget * 100);
    } else if (id == u"csat_mean") {
        card.formula = tr("mean CSAT answer, on a 1–5 scale (other scales rescaled)");
    } else if (id == u"nps") {
        card.formula = tr("% promoters (9–10) − % detractors (0–6); interval: ±1.96·√((p + d − (p − d)²) ÷ n)");
        card.settingsInForce = tr("target above %1").arg(settings.npsTarget);
    } else if (id == u"ces") {
        card.formula = tr("mean effort answer on 1–5, 1 = very easy (other scales rescaled)");
    } else if (id == u"ces_low_effort") {
        card.formula = tr("effort answers of 1 or 2 ÷ effort answers");
    } else if (id == u"sentiment") {
        card.formula = tr("mean sentiment −1 … +1 per contact: the export's figure, else the lexicon score of the "
                          "transcript or the survey comment");
    } else if (id == u"qa_score") {
        card.formula = tr("mean QA evaluation score (0–100); per criterion as qa_score.CRITERION");
    } else if (id == u"churn_rate") {
        card.formula = tr("customers lost in the period ÷ customers active at its start (whole operation only)");
    } else if (id == u"retention_rate") {
        card.formula = tr("1 − churn rate");
    } else if (id == u"proactive_ratio") {
        card.formula = tr("proactive outbound contacts ÷ all contacts");
    } else if (id == u"engagement") {
        card.formula = tr("mean engagement pulse score");
    } else if (id == u"repeat_cost") {
        card.formula = tr("repeat contacts × cost per contact");
        card.settingsInForce = tr("cost per contact %1 %2; %3").arg(settings.costPerContact).arg(settings.currency, fcrKnobs);
    } else if (id == u"fcr_gain_savings") {
        card.formula = tr("repeat contacts avoided if FCR reached its target × cost per contact");
        card.settingsInForce = tr("FCR target %1 %, cost per contact %2 %3")
                                   .arg(settings.fcrTarget * 100)
                                   .arg(settings.costPerContact)
                                   .arg(settings.currency);
    } else if (id == u"churn_value_at_risk") {
        card.formula = tr("customers lost in the period × customer value");
        card.settingsInForce = tr("customer value %1 %2").arg(settings.customerValue).arg(settings.currency);
    }
    return card;
}

} // namespace huddle::kpi
