#pragma once

#include <common/localday.h>

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <limits>
#include <vector>

namespace huddle::store {

// What the KPI engine reads from a store: compact, typed rows, with text dimensions
// (agents, teams, queues, channels, reasons) turned into small integers once.

// Strings of one dimension, each with a small number; 0 is "none". Looked up once per
// cell of a million-row scan, so a lookup allocates nothing.
class Dictionary
{
public:
    Dictionary() { m_names.append(QString()); }
    quint16 indexOf(QByteArrayView utf8);
    // The same, ignoring case ASCII letters' case: "Voice" and "voice" are one channel.
    quint16 indexOfFolded(QByteArrayView utf8);
    quint16 indexOf(const QString &name) { return indexOf(QByteArrayView(name.toUtf8())); }
    quint16 find(const QString &name) const
    {
        const auto index = m_names.indexOf(name);
        return quint16(index > 0 ? index : 0);
    }
    const QString &name(quint16 index) const { return m_names.at(index); }
    int size() const { return int(m_names.size()); }
    // All names in number order (0, "none", first), and a dictionary made from such a list.
    const QStringList &names() const { return m_names; }
    static Dictionary fromNames(const QStringList &names);

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
    };
    QStringList m_names;
    // Spellings met (including other-case spellings of folded names) -> number.
    std::unordered_map<std::string, quint16, Hash, std::equal_to<>> m_index;
};

enum class Direction : quint8 { Unknown, Inbound, Outbound };

// The day of a row whose export gave no date: it counts only in "all of it" questions.
constexpr qint32 kNoDay = std::numeric_limits<qint32>::min();
// The instant of such a row.
constexpr qint64 kNoInstant = std::numeric_limits<qint64>::min();

// Where a row counts: its local day and its agent, team, queue, channel and reason.
struct Dims
{
    qint32 day = 0;
    quint16 agent = 0;
    quint16 team = 0;
    quint16 queue = 0;
    quint16 channel = 0;
    quint16 reason = 0;
    Direction direction = Direction::Unknown;
};

constexpr float kUnknown = std::numeric_limits<float>::quiet_NaN();
inline bool known(float value) { return !std::isnan(value); }

struct ContactFact
{
    enum Flag : quint16 {
        Answered = 1 << 0,
        AnsweredKnown = 1 << 1,
        Abandoned = 1 << 2,
        Transferred = 1 << 3,
        TransferKnown = 1 << 4,
        Resolved = 1 << 5,
        ResolvedKnown = 1 << 6,
        Proactive = 1 << 7,
        HasCustomer = 1 << 8,
    };
    qint64 rowId = 0;
    qint64 startedAt = kNoInstant;
    qint64 customerKey = 0;
    float waitSeconds = kUnknown;
    float handleSeconds = kUnknown; // talk + hold + after-contact work
    float firstResponseSeconds = kUnknown;
    float sentiment = kUnknown;
    Dims dims;
    quint16 flags = 0;

    bool has(Flag flag) const { return flags & flag; }
};

struct SurveyFact
{
    qint64 rowId = 0;
    qint64 at = kNoInstant; // the rated contact's start, else the answer's time
    Dims dims;
    qint8 csat = 0; // 0: no answer
    qint8 csatScale = 5;
    qint8 nps = -1; // -1: no answer
    qint8 ces = 0;  // 0: no answer
    qint8 cesScale = 5;
    qint8 resolved = -1; // -1 unknown, 0 no, 1 yes
    bool contactKnown = false;
    float commentSentiment = kUnknown; // filled by the KPI layer from the comment
};

struct QaFact
{
    qint64 rowId = 0;
    qint64 at = kNoInstant;
    Dims dims;
    float score = kUnknown;
    QList<QPair<quint16, float>> criteria; // criterion (criteria dictionary) and score
};

struct EngagementFact
{
    qint64 rowId = 0;
    Dims dims;
    float score = kUnknown;
};

// A row of a per-interval or per-day summary report: counts and averages, no contacts.
struct SummaryFact
{
    qint64 at = kNoInstant;
    Dims dims;
    qint64 offered = 0;
    qint64 answered = 0;
    qint64 abandoned = 0;
    float asaSeconds = kUnknown;
    float talkSeconds = kUnknown;
    float serviceLevel = kUnknown; // fraction, as the platform computed it
};

struct CustomerFact
{
    qint32 sinceDay = std::numeric_limits<qint32>::min(); // unknown: always a customer
    qint32 churnedDay = std::numeric_limits<qint32>::max(); // still a customer
};

struct KpiFacts
{
    Dictionary agents, teams, queues, channels, reasons, criteria;
    std::vector<ContactFact> contacts; // in no particular order
    std::vector<SurveyFact> surveys;
    std::vector<QaFact> qa;
    std::vector<EngagementFact> engagement;
    std::vector<CustomerFact> customers;
    std::vector<SummaryFact> summaries;
    // Texts to score for sentiment where the export had no sentiment figure: contact
    // index -> transcript, survey index -> comment.
    QHash<qint32, QString> contactTexts;
    QHash<qint32, QString> surveyComments;
    // The newest contact start in the whole store (the FCR pending window ends there).
    qint64 newestContact = 0;
    bool hasContacts = false;

    // Sets every row's local day from its instant (pulses and customers carry dates).
    void assignDays(LocalDayConverter &days);
};

} // namespace huddle::store
