#include "classify.h"

#include <algorithm>
#include <numeric>
#include <thread>
#include <tuple>

namespace huddle::kpi {

using store::ContactFact;
using store::known;

namespace {

bool isVoice(const QString &channel)
{
    return channel.isEmpty() || channel == u"voice" || channel == u"phone" || channel == u"call";
}

// Ratings on other scales are put on 1–5 so that one mean covers all surveys.
float onFivePointScale(int answer, int scale)
{
    return scale == 5 ? float(answer) : 1.0f + float(answer - 1) * 4.0f / float(scale - 1);
}

} // namespace

FactClassifier::FactClassifier(const store::KpiFacts &facts, const KpiSettings &settings)
    : m_facts(facts)
    , m_settings(settings)
{
    const int channels = facts.channels.size();
    m_slaTargetByChannel.resize(size_t(channels));
    m_voiceChannel.resize(size_t(channels));
    for (int i = 0; i < channels; ++i) {
        const QString &name = facts.channels.name(quint16(i));
        m_voiceChannel[size_t(i)] = isVoice(name);
        m_slaTargetByChannel[size_t(i)] = float(settings.slaTargetFor(isVoice(name) ? QStringLiteral("voice") : name));
    }
    detectRepeats();
}

bool FactClassifier::isInbound(const ContactFact &c)
{
    // Most exports are inbound queue data without a direction column.
    return c.dims.direction != store::Direction::Outbound && !c.has(ContactFact::Proactive);
}

bool FactClassifier::isHandled(const ContactFact &c)
{
    if (c.has(ContactFact::AnsweredKnown))
        return c.has(ContactFact::Answered);
    return c.dims.agent != 0 && !c.has(ContactFact::Abandoned);
}

bool FactClassifier::isShortAbandon(const ContactFact &c) const
{
    return c.has(ContactFact::Abandoned) && known(c.waitSeconds) && c.waitSeconds < m_settings.shortAbandonSeconds;
}

// Repeat detection as one sorted scan: contacts ordered by customer and start, each
// looks ahead only at its own customer's next contacts inside the window.
void FactClassifier::detectRepeats()
{
    const auto &contacts = m_facts.contacts;
    m_fcr.assign(contacts.size(), FcrState::NotEligible);
    // Everything the scan needs, packed side by side: after the sort, the look-ahead reads
    // neighbouring keys instead of chasing indexes into a million contacts.
    struct Key
    {
        qint64 customer;
        qint64 start;
        qint32 index;
        quint16 channel;
        quint16 reason;
        bool canRepeat; // inbound and not a short abandon: a contact that can be a repeat
        bool operator<(const Key &other) const
        {
            return std::tie(customer, start, index) < std::tie(other.customer, other.start, other.index);
        }
    };
    std::vector<Key> keys;
    keys.reserve(contacts.size());
    for (size_t i = 0; i < contacts.size(); ++i) {
        const ContactFact &c = contacts[i];
        if (c.has(ContactFact::HasCustomer) && c.dims.day != store::kNoDay)
            keys.push_back({c.customerKey, c.startedAt, qint32(i), c.dims.channel, c.dims.reason,
                            isInbound(c) && !isShortAbandon(c)});
    }
    // The sort is most of FCR's time on a large store: each core sorts a half, then merge.
    const auto middle = keys.begin() + std::ptrdiff_t(keys.size() / 2);
    std::thread firstHalf([&] { std::sort(keys.begin(), middle); });
    std::sort(middle, keys.end());
    firstHalf.join();
    std::inplace_merge(keys.begin(), middle, keys.end());
    const qint64 window = qint64(m_settings.fcrWindowDays) * 86400;
    for (size_t k = 0; k < keys.size(); ++k) {
        const Key &key = keys[k];
        const ContactFact &c = contacts[size_t(key.index)];
        if (!isHandled(c) || !isInbound(c))
            continue;
        FcrState &state = m_fcr[size_t(key.index)];
        if (m_facts.newestContact - key.start < window) {
            state = FcrState::Pending;
            continue;
        }
        if (c.has(ContactFact::Transferred)) {
            state = FcrState::Repeat;
            continue;
        }
        state = FcrState::Resolved;
        for (size_t j = k + 1; j < keys.size(); ++j) {
            const Key &next = keys[j];
            // "Within" is "at most": a repeat exactly at the window's end still counts.
            if (next.customer != key.customer || next.start - key.start > window)
                break;
            if (next.start <= key.start || !next.canRepeat)
                continue;
            if (m_settings.fcrSameChannel && next.channel != key.channel)
                continue;
            if (m_settings.fcrSameReason && key.reason != 0 && next.reason != 0 && next.reason != key.reason)
                continue;
            state = FcrState::Repeat;
            break;
        }
    }
}

Classified FactClassifier::contact(size_t index) const
{
    const ContactFact &c = m_facts.contacts[index];
    Classified out;
    const bool shortAbandon = isShortAbandon(c);
    const bool handled = isHandled(c);
    const bool inbound = isInbound(c);
    const bool abandoned = c.has(ContactFact::Abandoned);
    if (!shortAbandon) {
        out.set(Part::Volume);
        if (c.has(ContactFact::Proactive))
            out.set(Part::Proactive);
    }
    if (handled && known(c.handleSeconds))
        out.setMeasure(Measure::HandleTime, c.handleSeconds);
    const bool voice = m_voiceChannel[c.dims.channel];
    if (handled && inbound && known(c.waitSeconds))
        out.setMeasure(Measure::Wait, c.waitSeconds);
    if (!voice && known(c.firstResponseSeconds))
        out.setMeasure(Measure::FirstResponse, c.firstResponseSeconds);
    if (known(c.sentiment))
        out.setMeasure(Measure::Sentiment, c.sentiment);

    // Offered: inbound contacts that entered a queue (answered or abandoned there).
    const bool offered = inbound && (handled || abandoned);
    if (offered && !shortAbandon) {
        out.set(Part::AbandonDenominator);
        if (abandoned)
            out.set(Part::Abandoned);
    }
    // Service level needs the wait: an answered contact of unknown wait cannot be judged.
    const bool queued = offered && (known(c.waitSeconds) || abandoned);
    if (queued) {
        const float t = float(m_settings.slThresholdSeconds);
        const bool within = known(c.waitSeconds) && c.waitSeconds <= t;
        const bool answered = handled && !abandoned;
        bool denominator = false;
        bool met = answered && within;
        switch (m_settings.slVariant) {
        case SlVariant::AnsweredOnly: denominator = answered; break;
        case SlVariant::AbandonsAfterTAgainst: denominator = answered || (abandoned && !within); break;
        case SlVariant::AllAbandonsAgainst:
        case SlVariant::FlowoutsIncluded: denominator = true; break; // no export carries flow-outs yet
        case SlVariant::ShortAbandonsRemoved: denominator = !shortAbandon; break;
        case SlVariant::AbandonsWithinTMet:
            denominator = true;
            met = within;
            break;
        }
        if (denominator) {
            out.set(Part::SlDenominator);
            if (met)
                out.set(Part::SlMet);
        }
    }
    if (handled && c.has(ContactFact::TransferKnown)) {
        out.set(Part::TransferDenominator);
        if (c.has(ContactFact::Transferred))
            out.set(Part::Transferred);
    }
    const float slaTarget = m_slaTargetByChannel[c.dims.channel];
    if (slaTarget >= 0 && inbound && !shortAbandon) {
        const float measure = voice ? (handled ? c.waitSeconds : store::kUnknown) : c.firstResponseSeconds;
        if (voice && abandoned)
            out.set(Part::SlaDenominator); // an abandoned call missed its answer target
        else if (known(measure)) {
            out.set(Part::SlaDenominator);
            if (measure <= slaTarget)
                out.set(Part::SlaMet);
        }
    }
    switch (m_fcr[index]) {
    case FcrState::NotEligible: break;
    case FcrState::Pending: out.set(Part::FcrPending); break;
    case FcrState::Resolved:
        out.set(Part::FcrDenominator);
        out.set(Part::FcrResolved);
        break;
    case FcrState::Repeat:
        out.set(Part::FcrDenominator);
        out.set(Part::FcrRepeat);
        break;
    }
    if (handled && c.has(ContactFact::ResolvedKnown)) {
        out.set(Part::FlagDenominator);
        if (c.has(ContactFact::Resolved))
            out.set(Part::FlagResolved);
    }
    return out;
}

Classified FactClassifier::survey(size_t index) const
{
    const store::SurveyFact &s = m_facts.surveys[index];
    Classified out;
    if (s.csat >= 1 && s.csat <= s.csatScale) {
        out.set(Part::CsatAnswered);
        // Top two boxes on short scales, top three on 10-point ones.
        const int topBoxes = s.csatScale >= 10 ? 3 : 2;
        if (s.csat > s.csatScale - topBoxes)
            out.set(Part::CsatTop);
        out.setMeasure(Measure::CsatScore, onFivePointScale(s.csat, s.csatScale));
    }
    if (s.nps >= 0 && s.nps <= 10) {
        out.set(Part::NpsAnswered);
        if (s.nps >= 9)
            out.set(Part::Promoter);
        else if (s.nps <= 6)
            out.set(Part::Detractor);
    }
    if (s.ces >= 1 && s.ces <= s.cesScale) {
        out.set(Part::CesAnswered);
        if (s.ces <= 2)
            out.set(Part::LowEffort);
        out.setMeasure(Measure::Effort, onFivePointScale(s.ces, s.cesScale));
    }
    if (s.resolved >= 0) {
        out.set(Part::SurveyResolvedAnswered);
        if (s.resolved == 1)
            out.set(Part::SurveyResolved);
    }
    if (known(s.commentSentiment))
        out.setMeasure(Measure::Sentiment, s.commentSentiment);
    return out;
}

Classified FactClassifier::qa(size_t index) const
{
    Classified out;
    out.setMeasure(Measure::QaScore, m_facts.qa[index].score);
    return out;
}

Classified FactClassifier::engagement(size_t index) const
{
    Classified out;
    out.setMeasure(Measure::Engagement, m_facts.engagement[index].score);
    return out;
}

} // namespace huddle::kpi
