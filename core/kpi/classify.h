#pragma once

#include "kpidefinition.h"
#include "kpisettings.h"

#include <store/kpifacts.h>

#include <array>
#include <vector>

namespace huddle::kpi {

// What one fact counts towards: its parts (numerators and denominators) and measures.
struct Classified
{
    quint32 parts = 0;
    std::array<float, size_t(Measure::Count)> measures;

    Classified() { measures.fill(store::kUnknown); }
    bool has(Part part) const { return parts & (1u << int(part)); }
    void set(Part part) { parts |= 1u << int(part); }
    float measure(Measure m) const { return measures[size_t(m)]; }
    void setMeasure(Measure m, float value) { measures[size_t(m)] = value; }
};

// The rules of KPI-DEFINITIONS.md applied to single facts under one set of settings. The
// tallies behind every figure and every drill-down list come from here, so they agree.
class FactClassifier
{
public:
    FactClassifier(const store::KpiFacts &facts, const KpiSettings &settings);

    Classified contact(size_t index) const;
    Classified survey(size_t index) const;
    Classified qa(size_t index) const;
    Classified engagement(size_t index) const;

    // Contact rules, public for the tests.
    static bool isInbound(const store::ContactFact &c);
    static bool isHandled(const store::ContactFact &c);
    bool isShortAbandon(const store::ContactFact &c) const;

private:
    enum class FcrState : quint8 { NotEligible, Resolved, Repeat, Pending };
    void detectRepeats();

    const store::KpiFacts &m_facts;
    const KpiSettings &m_settings;
    std::vector<float> m_slaTargetByChannel; // negative: no target
    std::vector<bool> m_voiceChannel;
    std::vector<FcrState> m_fcr;
};

} // namespace huddle::kpi
