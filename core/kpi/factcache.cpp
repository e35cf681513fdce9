#include "factcache.h"

#include "sentiment.h"

#include <store/snapshotrepository.h>
#include <store/store.h>

#include <QDataStream>
#include <QIODevice>

#include <cstring>

#include <type_traits>

namespace huddle::kpi {

using namespace huddle::store;

namespace {

// Bumped whenever a fact's layout or what the snapshot holds changes (the lexicons
// included: their scores are stored), so an old snapshot is made again.
constexpr int kFormat = 1;
constexpr qint64 kWeek = 7 * 86400;
constexpr qint64 kUndatedChunk = std::numeric_limits<qint64>::min();

qint64 chunkOf(qint64 at)
{
    if (at == kNoInstant)
        return kUndatedChunk;
    return at / kWeek - (at % kWeek < 0 ? 1 : 0);
}

QString fingerprint(const QString &data)
{
    return QStringLiteral("%1/%2/%3/%4:%5")
        .arg(kFormat)
        .arg(qulonglong(sizeof(ContactFact)))
        .arg(qulonglong(sizeof(SurveyFact)))
        .arg(qulonglong(sizeof(Dims)))
        .arg(data);
}

// Plain rows go in as their bytes: the snapshot is read by the build that wrote it (the
// format and the row sizes are part of the fingerprint).
template<typename Fact>
void appendRaw(QHash<qint64, QByteArray> &chunks, const Fact &fact, qint64 at)
{
    static_assert(std::is_trivially_copyable_v<Fact>);
    chunks[chunkOf(at)].append(reinterpret_cast<const char *>(&fact), sizeof(Fact));
}

template<typename Fact>
void readRaw(std::vector<Fact> &rows, QByteArrayView data)
{
    const size_t count = size_t(data.size()) / sizeof(Fact);
    const size_t first = rows.size();
    rows.resize(first + count);
    std::memcpy(static_cast<void *>(rows.data() + first), data.data(), count * sizeof(Fact));
}

QDataStream &operator<<(QDataStream &out, const Dims &d)
{
    return out << d.day << d.agent << d.team << d.queue << d.channel << d.reason << quint8(d.direction);
}

QDataStream &operator>>(QDataStream &in, Dims &d)
{
    quint8 direction = 0;
    in >> d.day >> d.agent >> d.team >> d.queue >> d.channel >> d.reason >> direction;
    d.direction = Direction(direction);
    return in;
}

QList<SnapshotChunk> serialize(const KpiFacts &facts)
{
    QList<SnapshotChunk> chunks;
    const auto add = [&](const QString &part, const QHash<qint64, QByteArray> &byChunk) {
        for (auto it = byChunk.cbegin(); it != byChunk.cend(); ++it)
            chunks.append({part, it.key(), it.value()});
    };
    QHash<qint64, QByteArray> contacts, surveys, engagement, summaries, customers;
    for (const ContactFact &c : facts.contacts)
        appendRaw(contacts, c, c.startedAt);
    for (const SurveyFact &s : facts.surveys)
        appendRaw(surveys, s, s.at);
    for (const EngagementFact &e : facts.engagement)
        appendRaw(engagement, e, qint64(e.dims.day) * 86400);
    for (const SummaryFact &s : facts.summaries)
        appendRaw(summaries, s, s.at);
    for (const CustomerFact &c : facts.customers)
        appendRaw(customers, c, 0);
    add(QStringLiteral("contacts"), contacts);
    add(QStringLiteral("surveys"), surveys);
    add(QStringLiteral("engagement"), engagement);
    add(QStringLiteral("summaries"), summaries);
    add(QStringLiteral("customers"), customers);
    // QA rows carry a list of criteria: a stream, one chunk per week.
    QHash<qint64, QByteArray> qa;
    for (const QaFact &q : facts.qa) {
        QDataStream out(&qa[chunkOf(q.at)], QIODevice::Append);
        out << q.rowId << q.at << q.dims << q.score << q.criteria;
    }
    add(QStringLiteral("qa"), qa);
    QByteArray meta;
    QDataStream out(&meta, QIODevice::WriteOnly);
    out << facts.agents.names() << facts.teams.names() << facts.queues.names() << facts.channels.names()
        << facts.reasons.names() << facts.criteria.names() << facts.newestContact << facts.hasContacts;
    chunks.append({QStringLiteral("meta"), 0, meta});
    return chunks;
}

} // namespace

void scoreTexts(KpiFacts &facts)
{
    const SentimentAnalyzer &analyzer = SentimentAnalyzer::instance();
    for (auto it = facts.contactTexts.cbegin(); it != facts.contactTexts.cend(); ++it)
        facts.contacts[size_t(it.key())].sentiment = float(analyzer.score(it.value()));
    for (auto it = facts.surveyComments.cbegin(); it != facts.surveyComments.cend(); ++it)
        facts.surveys[size_t(it.key())].commentSentiment = float(analyzer.score(it.value()));
    facts.contactTexts.clear();
    facts.surveyComments.clear();
}

FactCache::FactCache(Store &store)
    : m_store(store)
{
}

bool FactCache::refresh(QString *error)
{
    SnapshotRepository snapshots(m_store);
    const QString current = fingerprint(snapshots.dataFingerprint(error));
    if (!error->isEmpty())
        return false;
    if (snapshots.storedFingerprint() == current)
        return true;
    // Days are set when a snapshot is read, in the zone asked for: any zone will do here.
    auto facts = KpiFactReader(m_store).read(FactRange(), QTimeZone("UTC"), error);
    if (!facts)
        return false;
    scoreTexts(*facts);
    return snapshots.replace(serialize(*facts), current, error);
}

std::optional<KpiFacts> FactCache::read(const FactRange &range, const QTimeZone &zone, QString *error)
{
    std::optional<KpiFacts> facts;
    if (refresh(error))
        facts = readSnapshot(range, error);
    if (!facts) {
        // No snapshot to be had (e.g. a read-only store): the same facts, read directly.
        error->clear();
        facts = KpiFactReader(m_store).read(range, zone, error);
        if (facts)
            scoreTexts(*facts);
        return facts;
    }
    LocalDayConverter days(zone);
    facts->assignDays(days);
    // Pulses carry dates: keep the span's local days, as the direct read does.
    if (!range.isUnbounded()) {
        const qint32 first = range.fromUtc == std::numeric_limits<qint64>::min() ? kNoDay : days.dayOf(range.fromUtc);
        const qint32 last = range.toUtc == std::numeric_limits<qint64>::max() ? std::numeric_limits<qint32>::max()
                                                                              : days.dayOf(range.toUtc - 1);
        std::erase_if(facts->engagement, [&](const EngagementFact &e) { return e.dims.day < first || e.dims.day > last; });
    }
    return facts;
}

std::optional<KpiFacts> FactCache::readSnapshot(const FactRange &range, QString *error)
{
    SnapshotRepository snapshots(m_store);
    KpiFacts facts;
    const qint64 until = range.toUtc > std::numeric_limits<qint64>::max() - range.contactTailSeconds
        ? std::numeric_limits<qint64>::max()
        : range.toUtc + range.contactTailSeconds;
    const qint64 first = range.isUnbounded() ? kUndatedChunk : chunkOf(range.fromUtc);
    const auto last = [](qint64 end) { return end == std::numeric_limits<qint64>::max() ? end : chunkOf(end - 1); };
    const auto inRange = [&](qint64 at, qint64 end) {
        return range.isUnbounded() || (at != kNoInstant && at >= range.fromUtc && at < end);
    };

    bool ok = snapshots.read(QStringLiteral("meta"), 0, 0, [&](qint64, QByteArrayView data) {
        QDataStream in(data.toByteArray());
        QStringList agents, teams, queues, channels, reasons, criteria;
        in >> agents >> teams >> queues >> channels >> reasons >> criteria >> facts.newestContact >> facts.hasContacts;
        facts.agents = Dictionary::fromNames(agents);
        facts.teams = Dictionary::fromNames(teams);
        facts.queues = Dictionary::fromNames(queues);
        facts.channels = Dictionary::fromNames(channels);
        facts.reasons = Dictionary::fromNames(reasons);
        facts.criteria = Dictionary::fromNames(criteria);
    }, error);
    ok = ok && snapshots.read(QStringLiteral("contacts"), first, last(until),
                              [&](qint64, QByteArrayView data) { readRaw(facts.contacts, data); }, error);
    // Undated surveys and summary rows are read with every span, as the direct read does.
    for (const QString &part : {QStringLiteral("surveys"), QStringLiteral("summaries")}) {
        const auto visit = [&](qint64, QByteArrayView data) {
            if (part == u"surveys")
                readRaw(facts.surveys, data);
            else
                readRaw(facts.summaries, data);
        };
        ok = ok && (range.isUnbounded() || snapshots.read(part, kUndatedChunk, kUndatedChunk, visit, error));
        ok = ok && snapshots.read(part, first, last(range.toUtc), visit, error);
    }
    ok = ok && snapshots.read(QStringLiteral("engagement"), first, last(range.toUtc),
                              [&](qint64, QByteArrayView data) { readRaw(facts.engagement, data); }, error);
    ok = ok && snapshots.read(QStringLiteral("customers"), 0, 0,
                              [&](qint64, QByteArrayView data) { readRaw(facts.customers, data); }, error);
    ok = ok && snapshots.read(QStringLiteral("qa"), first, last(range.toUtc), [&](qint64, QByteArrayView data) {
        QDataStream in(data.toByteArray());
        while (!in.atEnd()) {
            QaFact q;
            in >> q.rowId >> q.at >> q.dims >> q.score >> q.criteria;
            facts.qa.push_back(q);
        }
    }, error);
    if (!ok)
        return std::nullopt;
    // Chunks are whole weeks: keep exactly the span asked for, as the direct read does.
    std::erase_if(facts.contacts, [&](const ContactFact &c) { return !inRange(c.startedAt, until); });
    std::erase_if(facts.surveys, [&](const SurveyFact &s) {
        return s.at == kNoInstant ? false : !inRange(s.at, range.toUtc);
    });
    std::erase_if(facts.qa, [&](const QaFact &q) { return !inRange(q.at, range.toUtc); });
    std::erase_if(facts.summaries, [&](const SummaryFact &s) {
        return s.at == kNoInstant ? false : !inRange(s.at, range.toUtc);
    });
    return facts;
}

} // namespace huddle::kpi
