#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace huddle::store {
class Store;
}

namespace huddle::kpi {

enum class SlVariant {
    AnsweredOnly,
    AbandonsAfterTAgainst,
    AllAbandonsAgainst,
    ShortAbandonsRemoved,
    FlowoutsIncluded,
    AbandonsWithinTMet,
};

// One setting of KPI-DEFINITIONS.md: its key in the store's settings table, its default,
// the values it accepts, and how people see it (the settings dialog is generated from this).
struct SettingSpec
{
    enum class Type { Integer, Real, Choice, Boolean };
    // Which page of the settings dialog the setting belongs on.
    enum class Category { Thresholds, Windows, Targets, Costs, Other };
    // The unit of a number: how an editor shows it (a fraction as a percentage).
    enum class Unit { None, Seconds, Days, Weeks, Fraction, Count, Money, NpsPoints };
    QString key;
    QString defaultValue;
    Type type;
    double minimum = 0;
    double maximum = 0;
    QStringList choices;
    Category category = Category::Other;
    Unit unit = Unit::None;
    // English source texts, marked for translation in context "KpiSettings": read them
    // through KpiSettings::displayName() and KpiSettings::meaning().
    const char *name = "";
    const char *description = "";
};

// The thresholds, windows, variants, targets and costs every KPI is computed under. They
// live in the store (settings table) with the spec's defaults, so every screen, the CLI
// and the report compute the same figures.
struct KpiSettings
{
    Q_DECLARE_TR_FUNCTIONS(KpiSettings)

public:
    double shortAbandonSeconds = 5;
    double slThresholdSeconds = 20;
    double slTarget = 0.80;
    SlVariant slVariant = SlVariant::ShortAbandonsRemoved;
    int fcrWindowDays = 7;
    bool fcrSameReason = false;
    bool fcrSameChannel = false; // fcr_channel_scope: any (default) or same
    QString fcrIdentityKey = QStringLiteral("customer");
    int minSampleContacts = 30;
    int minSampleSurveys = 10;
    double fcrTarget = 0.75;
    double csatTarget = 0.80;
    double abandonmentTarget = 0.05;
    double npsTarget = 0;
    double costPerContact = 6.0;
    double customerValue = 400.0;
    QString currency = QStringLiteral("EUR");
    // Per channel; a channel without one has no SLA. Defaults: the sla_target_s.* specs.
    QHash<QString, double> slaTargetSeconds = defaultSlaTargets();
    int trendWeeks = 8;
    double structuralShare = 0.10;
    int coachWeeks = 4;

    static const QList<SettingSpec> &specs();
    static const SettingSpec *spec(const QString &key);
    static QString slVariantName(SlVariant variant);
    // A setting's short name and its meaning, in the user's language.
    static QString displayName(const SettingSpec &spec);
    static QString meaning(const SettingSpec &spec);

    // Defaults overridden by the given key/value pairs (unknown keys ignored, bad values
    // keep the default).
    static KpiSettings fromValues(const QHash<QString, QString> &values);
    static KpiSettings load(const store::Store &store);
    // The value a key has in the store, or its default.
    static QString value(const store::Store &store, const QString &key);

    // Checks a value for a key; on failure returns false and a message for people.
    static bool validate(const QString &key, const QString &value, QString *error);
    // Whether an on/off setting's value is on ("on", "true", "yes", "1").
    static bool isOn(const QString &value);
    // Validates and writes one setting to the store: what `huddle-cli settings get KEY`
    // prints from then on. Returns false with a message for people (nothing written) on an
    // unknown key, a bad value or a store that cannot be written.
    static bool save(store::Store &store, const QString &key, const QString &value, QString *error);

    // Applies "key=value" overrides (keys may use the short names sl, fcr_window, ...):
    // the "variant" of a figure. Returns false with a message on an unknown key or bad value.
    bool applyOverride(const QString &assignment, QString *error);

    double slaTargetFor(const QString &channel) const;
    // The target a KPI is held to (fcr, csat, service_level, abandonment_rate, nps), if any.
    std::optional<double> targetFor(const QString &kpi) const;

private:
    static QHash<QString, double> defaultSlaTargets();
};

} // namespace huddle::kpi
