// huddle-gen-demo: Huddle's bundled demo data set — a realistic operation of three teams
// over twelve ISO weeks, with stories planted for the conflicts engine to find (see
// docs/formats.md, "Demo data set stories"). Deterministic: a fixed seed, same files.
#include "generatorsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QList>
#include <QMap>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace huddle::bench;

namespace {

enum Team { Billing, TechSupport, Onboarding, TeamCount };
enum Channel { Voice, Chat, Email };

constexpr int kAgentsPerTeam = 11;
constexpr int kAgents = kAgentsPerTeam * TeamCount;
constexpr int kWeeks = 12;
// Large enough that a customer seldom comes back within a week by chance, so repeats
// mostly come from unresolved contacts and repeat-based FCR measures something.
constexpr int kCustomers = 60000;

const char *const kTeamNames[TeamCount] = {"Billing", "Tech Support", "Onboarding"};
const char *const kChannelNames[] = {"voice", "chat", "email"};
const char *const kAgentNames[kAgents] = {
    // Billing
    "Sanne de Vries", "Lukas Becker", "Emma Jansen", "Daan Bakker", "Charlotte Evans", "Jonas Schmidt",
    "Lotte Visser", "Oliver Hughes", "Mila Meijer", "Felix Wagner", "Fenna de Boer",
    // Tech Support
    "Noah Mulder", "Hannah Fischer", "Bram Bos", "Grace Taylor", "Finn Hendriks", "Lea Weber",
    "Thijs Dekker", "Amelia Clarke", "Max Richter", "Iris Brouwer", "Jan Koch",
    // Onboarding
    "Julia van Dam", "Paul Hoffmann", "Tess Smits", "George Walker", "Nora Willems", "Ben Schulz",
    "Zoe Kok", "Sem Jacobs", "Marie Klein", "Luuk van den Berg", "Sophie Wright",
};
const char *const kReasons[TeamCount][4] = {
    {"invoice question", "payment failed", "refund", "address change"},
    {"no connection", "slow internet", "router setup", "tv signal"},
    {"activation", "contract question", "moving house", "password reset"},
};
const char *const kGoodComments[] = {"Quick and friendly, thank you.", "Problem solved in one call.",
                                     "Very clear explanation.", "Helpful and patient.", "Great service."};
const char *const kBadComments[] = {"I had to call again, still not fixed.", "Waited far too long.",
                                    "Felt rushed off the phone.", "Transferred, then explained it all again.",
                                    "Nobody could tell me what was wrong."};
// Contacts per hour from 08:00 to 17:00: a morning peak and a smaller one after lunch.
const int kHourWeights[] = {6, 10, 12, 11, 8, 9, 10, 9, 7, 5};
// Demand by weekday, Monday first: the weekend's problems arrive on Monday.
const double kDayFactor[] = {1.15, 1.05, 1.0, 0.95, 0.85};
const double kMedianHandle[TeamCount] = {290, 420, 340}; // voice talk seconds

// The planted stories (docs/formats.md), by agent index and 0-based week.
constexpr int kRusher = 0;           // AG101, Billing: rushes in the last four weeks
constexpr int kTransferrer = 11;     // AG112, Tech Support: transfers instead of solving
constexpr int kFadingSentiment = 22; // AG123, Onboarding: high CSAT, falling sentiment
constexpr int kAbsent[] = {14, 17, 20}; // Tech Support agents off sick in weeks 9-10
constexpr int kRushFrom = kWeeks - 4, kShortWeek1 = 8, kShortWeek2 = 9, kFadeFrom = 6;

struct Agent
{
    QByteArray id, name, site;
    Team team = Billing;
    double speed = 1.0;  // handle-time factor
    double skill = 0.78; // chance to resolve
    double mood = 0.25;  // mean sentiment
};

struct Contact
{
    QDateTime start;
    Team team = Billing; // owner of the queue the contact came in on
    Channel channel = Voice;
    int agent = -1; // -1: abandoned before an agent took it
    int customer = 0;
    QByteArray reason;
    bool proactive = false, transferred = false, resolved = false;
    double wait = -1; // -1: blank (e-mail and outbound calls do not queue)
    double talk = 0, hold = 0, acw = 0, sentiment = 0;
    int firstResponse = -1;
    bool handled() const { return agent >= 0; }
};

// Per customer, for the customers file: churn follows bad experiences.
struct History
{
    QDate first, last;
    bool bad = false;
};

QByteArray csvText(const QByteArray &text)
{
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n'))
        return text;
    QByteArray quoted = text;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray whole(double value)
{
    return QByteArray::number(std::lround(value));
}

QByteArray flag(bool value)
{
    return value ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
}

QByteArray isoDate(QDate date)
{
    return date.toString(Qt::ISODate).toUtf8();
}

// Fake phone numbers in a made-up mobile range, and example.com addresses.
QByteArray customerId(int customer)
{
    if (customer % 5 == 4)
        return "customer" + QByteArray::number(customer) + "@example.com";
    return "+31 6 555" + QByteArray::number(customer).rightJustified(5, '0');
}

QByteArray contactId(qsizetype index)
{
    return 'D' + QByteArray::number(index + 1).rightJustified(7, '0');
}

class DemoGenerator
{
public:
    DemoGenerator(QDate lastDay, const QDir &out)
        : m_first(lastDay.addDays(1 - lastDay.dayOfWeek() - 7 * (kWeeks - 1)))
        , m_last(lastDay)
        , m_out(out)
    {
    }

    bool run();

private:
    int week(QDate day) const { return int(m_first.daysTo(day) / 7); }
    bool absent(int agent, int w) const;
    void makeAgents();
    void makeDay(QDate day, QList<Contact> &contacts);
    Contact makeContact(QDate day, Team team, int customer, const QByteArray &reason);
    bool queue(Contact &c, bool understaffed);
    void handle(Contact &c, int agent, int w);
    int pickAgent(Team team, int w);
    QTime arrival(Channel channel);
    void scheduleFollowUp(const Contact &c);
    QDate workingDayWithinAWeek(QDate from);

    QByteArray interactionRow(const Contact &c, qsizetype index) const;
    QByteArray surveyRow(const Contact &c, qsizetype index);
    QByteArray qaRows(const QList<Contact> &contacts);
    QByteArray agentRows() const;
    QByteArray engagementRows();
    QByteArray customerRows(const QList<Contact> &contacts);
    bool write(const QString &name, const QByteArray &bytes);

    QDate m_first, m_last;
    QDir m_out;
    Random m_random{20261122};
    QTimeZone m_zone{"Europe/Amsterdam"};
    QList<Agent> m_agents;
    QMap<QDate, QList<Contact>> m_followUps; // customers coming back, by day
};

bool DemoGenerator::absent(int agent, int w) const
{
    return (w == kShortWeek1 || w == kShortWeek2)
        && std::find(std::begin(kAbsent), std::end(kAbsent), agent) != std::end(kAbsent);
}

void DemoGenerator::makeAgents()
{
    for (int i = 0; i < kAgents; ++i) {
        Agent a;
        a.id = "AG" + QByteArray::number(101 + i);
        a.name = kAgentNames[i];
        a.team = Team(i / kAgentsPerTeam);
        a.site = i % 3 == 2 ? "Berlin" : "Utrecht";
        a.speed = 0.85 + m_random.uniform() * 0.3;
        a.skill = 0.74 + m_random.uniform() * 0.12;
        a.mood = 0.15 + m_random.uniform() * 0.2;
        m_agents.append(a);
    }
}

int DemoGenerator::pickAgent(Team team, int w)
{
    // Rushing shows in volume too: short calls free the rusher for more of them.
    QList<double> weights;
    for (int i = team * kAgentsPerTeam; i < (team + 1) * kAgentsPerTeam; ++i)
        weights.append(absent(i, w) ? 0.0 : i == kRusher && w >= kRushFrom ? 1.25 : 1.0);
    double pick = m_random.uniform() * std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    int chosen = 0;
    for (int i = 0; i < kAgentsPerTeam; ++i) {
        if (weights[i] > 0.0)
            chosen = i; // the last present agent, should rounding leave pick >= 0
        if (pick < weights[i])
            break;
        pick -= weights[i];
    }
    return team * kAgentsPerTeam + chosen;
}

QTime DemoGenerator::arrival(Channel channel)
{
    // E-mail arrives through the evening; calls and chats in opening hours, peaking mornings.
    if (channel == Email)
        return QTime(7, 0).addSecs(m_random.between(0, 15 * 3600 - 1));
    int pick = m_random.between(0, 86); // sum of kHourWeights - 1
    int hour = 0;
    while (pick >= kHourWeights[hour])
        pick -= kHourWeights[hour++];
    return QTime(8 + hour, 0).addSecs(m_random.between(0, 3599));
}

Contact DemoGenerator::makeContact(QDate day, Team team, int customer, const QByteArray &reason)
{
    Contact c;
    c.team = team;
    c.customer = customer;
    c.reason = reason;
    const double roll = m_random.uniform();
    c.channel = roll < 0.62 ? Voice : roll < 0.9 ? Chat : Email;
    c.start = QDateTime(day, arrival(c.channel), m_zone);
    c.proactive = c.channel == Voice && m_random.chance(0.03);
    const int w = week(day);
    if (c.channel == Email)
        c.firstResponse = m_random.between(1800, 8 * 3600);
    else if (!c.proactive && !queue(c, team == TechSupport && (w == kShortWeek1 || w == kShortWeek2)))
        return c;
    handle(c, pickAgent(team, w), w);
    return c;
}

// Waits and patience are exponential; a caller whose patience runs out first abandons,
// so abandonment rises with the wait by itself. Returns whether an agent answered.
bool DemoGenerator::queue(Contact &c, bool understaffed)
{
    const double meanWait = c.channel == Voice ? (understaffed ? 75 : 12) : (understaffed ? 90 : 20);
    const double patience = m_random.exponential(c.channel == Voice ? 320 : 600);
    c.wait = m_random.exponential(meanWait);
    if (patience < c.wait) {
        c.wait = patience;
        return false;
    }
    if (c.channel == Chat)
        c.firstResponse = int(c.wait) + m_random.between(5, 40);
    return true;
}

void DemoGenerator::handle(Contact &c, int agent, int w)
{
    const Agent &a = m_agents[agent];
    const double channelFactor[] = {1.0, 1.5, 0.8}; // chats run in parallel and last longer
    c.agent = agent;
    c.talk = m_random.logNormal(kMedianHandle[c.team] * a.speed * channelFactor[c.channel], 0.4);
    c.hold = c.channel == Voice && m_random.chance(0.22) ? m_random.between(15, 120) : 0;
    c.acw = m_random.between(15, 70);
    double skill = a.skill;
    if (agent == kRusher && w >= kRushFrom) {
        c.talk *= 0.68;
        c.acw *= 0.7;
        skill -= 0.22;
    }
    if (agent == kTransferrer)
        c.talk *= 0.72;
    c.transferred = m_random.chance(agent == kTransferrer ? 0.35 : 0.075);
    c.resolved = !c.transferred && m_random.chance(skill);
    double mood = a.mood + (c.resolved ? 0.2 : -0.35) + (m_random.uniform() - 0.5) * 0.5;
    if (agent == kFadingSentiment && w >= kFadeFrom)
        mood -= 0.12 * (w - kFadeFrom + 1);
    c.sentiment = std::clamp(mood, -1.0, 1.0);
}

QDate DemoGenerator::workingDayWithinAWeek(QDate from)
{
    QDate day = from.addDays(m_random.between(1, 5));
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return from.daysTo(day) <= 7 && day <= m_last ? day : QDate();
}

void DemoGenerator::scheduleFollowUp(const Contact &c)
{
    // An unsolved problem brings the customer back within the week, often on another channel.
    const double chance = !c.handled() ? 0.5 : c.transferred ? 0.35 : c.resolved ? 0.0 : 0.6;
    if (!m_random.chance(chance))
        return;
    const QDate again = workingDayWithinAWeek(c.start.date());
    if (again.isValid())
        m_followUps[again].append(makeContact(again, c.team, c.customer, c.reason));
}

void DemoGenerator::makeDay(QDate day, QList<Contact> &contacts)
{
    QList<Contact> today = m_followUps.take(day);
    if (day.dayOfWeek() <= 5) {
        // Demand does not care who is off sick: each team gets its full-strength volume.
        for (int team = 0; team < TeamCount; ++team) {
            int volume = 0;
            for (int n = 0; n < kAgentsPerTeam; ++n)
                volume += m_random.between(24, 33);
            volume = int(volume * kDayFactor[day.dayOfWeek() - 1]);
            for (int n = 0; n < volume; ++n) {
                const QByteArray reason = kReasons[team][std::min(3, int(m_random.exponential(1.1)))];
                today.append(makeContact(day, Team(team), m_random.between(0, kCustomers - 1), reason));
            }
        }
    }
    for (const Contact &c : std::as_const(today))
        scheduleFollowUp(c);
    contacts.append(today);
}

QByteArray DemoGenerator::interactionRow(const Contact &c, qsizetype index) const
{
    const bool handled = c.handled();
    const QByteArray queue = c.channel == Email ? QByteArray("Email")
        : c.channel == Chat                     ? QByteArray(kTeamNames[c.team] + QByteArray(" chat"))
                                                : QByteArray(kTeamNames[c.team]);
    const QList<QByteArray> fields = {
        contactId(index),
        isoWithOffset(c.start),
        kChannelNames[c.channel],
        c.proactive ? "outbound" : "inbound",
        queue,
        handled ? m_agents[c.agent].id : QByteArray(),
        kTeamNames[c.team],
        customerId(c.customer),
        c.wait >= 0 ? whole(c.wait) : QByteArray(),
        flag(handled),
        flag(!handled),
        handled ? whole(c.talk) : QByteArray(),
        handled && c.channel == Voice ? whole(c.hold) : QByteArray(),
        handled ? whole(c.acw) : QByteArray(),
        handled ? flag(c.transferred) : QByteArray(),
        handled ? flag(c.resolved) : QByteArray(),
        c.reason,
        c.firstResponse >= 0 ? QByteArray::number(c.firstResponse) : QByteArray(),
        flag(c.proactive),
        handled ? QByteArray::number(c.sentiment, 'f', 2) : QByteArray(),
        QByteArray(), // transcript
    };
    QByteArray row;
    for (const QByteArray &field : fields)
        row += csvText(field) + ',';
    row.back() = '\n';
    return row;
}

QByteArray DemoGenerator::surveyRow(const Contact &c, qsizetype index)
{
    const int w = week(c.start.date());
    // Satisfaction follows resolution and the wait; the fading-sentiment agent keeps high
    // scores (the happy few answer), the rusher's fall with the rushing.
    const double base = c.resolved ? 4.35 : c.transferred ? 3.0 : 2.7;
    double csat = base - c.wait / 120.0 + (m_random.uniform() - 0.5) * 1.4;
    if (c.agent == kFadingSentiment)
        csat = 4.4 + m_random.uniform() * 0.8;
    if (c.agent == kRusher && w >= kRushFrom)
        csat -= 0.7;
    const int score = std::clamp(int(std::lround(csat)), 1, 5);
    const int nps = std::clamp(int(std::lround(score * 2.1 - 1 + (m_random.uniform() - 0.5) * 3)), 0, 10);
    const double effort = (c.resolved ? 1.8 : 3.6) + (m_random.uniform() - 0.5) * 2;
    const int ces = std::clamp(int(std::lround(effort)), 1, 5);
    const QByteArray comment = !m_random.chance(0.4) ? QByteArray()
        : score >= 4                                 ? QByteArray(m_random.pick(kGoodComments))
                                                     : QByteArray(m_random.pick(kBadComments));
    QDateTime answered = c.start.addSecs(qint64(c.talk) + m_random.between(600, 2 * 86400));
    if (answered.date() > m_last)
        answered = c.start.addSecs(qint64(c.talk) + 900);
    return contactId(index) + ',' + isoWithOffset(answered) + ',' + m_agents[c.agent].id + ','
        + QByteArray::number(score) + ',' + QByteArray::number(nps) + ',' + QByteArray::number(ces) + ','
        + flag(c.resolved) + ',' + csvText(comment) + '\n';
}

QByteArray DemoGenerator::qaRows(const QList<Contact> &contacts)
{
    QMap<QPair<int, int>, QList<qsizetype>> byAgentWeek;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        if (contacts[i].handled())
            byAgentWeek[{contacts[i].agent, week(contacts[i].start.date())}].append(i);
    }
    QByteArray rows =
        "evaluation_id,contact_id,agent_id,evaluated_at,score,clarity,empathy,reassurance,compliance\n";
    int evaluation = 1;
    for (auto it = byAgentWeek.begin(); it != byAgentWeek.end(); ++it) {
        QList<qsizetype> &pool = it.value();
        const int w = it.key().second;
        const bool rushing = it.key().first == kRusher && w >= kRushFrom;
        for (int n = 0; n < 4 && !pool.isEmpty(); ++n) {
            const qsizetype index = pool.takeAt(qsizetype(m_random.next() % quint64(pool.size())));
            const Contact &c = contacts[index];
            const double base = 82 + (m_agents[c.agent].skill - 0.8) * 60 + (m_random.uniform() - 0.5) * 14;
            // Rushing costs empathy and reassurance most: clarity, empathy, reassurance, compliance.
            const int criteria[] = {
                std::clamp(int(base + m_random.between(-8, 8) - (rushing ? 5 : 0)), 0, 100),
                std::clamp(int(base + m_random.between(-10, 6) - (rushing ? 15 : 0)), 0, 100),
                std::clamp(int(base + m_random.between(-8, 8) - (rushing ? 12 : 0)), 0, 100),
                std::clamp(int(base + m_random.between(-4, 10)), 0, 100),
            };
            const int score = (criteria[0] + criteria[1] + criteria[2] + criteria[3]) / 4;
            // Reviewed on a later working day; the last week's contacts on the day itself.
            QDate day = c.start.date().addDays(m_random.between(1, 3));
            while (day.dayOfWeek() > 5)
                day = day.addDays(1);
            const QDateTime evaluated = day <= m_last
                ? QDateTime(day, QTime(9, 0).addSecs(m_random.between(0, 8 * 3600)), m_zone)
                : c.start.addSecs(7200);
            rows += "QA" + QByteArray::number(evaluation++).rightJustified(5, '0') + ',' + contactId(index)
                + ',' + m_agents[c.agent].id + ',' + isoWithOffset(evaluated) + ','
                + QByteArray::number(score) + ',' + QByteArray::number(criteria[0]) + ','
                + QByteArray::number(criteria[1]) + ',' + QByteArray::number(criteria[2]) + ','
                + QByteArray::number(criteria[3]) + '\n';
        }
    }
    return rows;
}

QByteArray DemoGenerator::agentRows() const
{
    QByteArray rows = "agent_id,name,team,site\n";
    for (const Agent &a : m_agents)
        rows += a.id + ',' + csvText(a.name) + ',' + csvText(kTeamNames[a.team]) + ',' + a.site + '\n';
    return rows;
}

QByteArray DemoGenerator::engagementRows()
{
    // A Friday pulse, skipped by agents who are off that week.
    QByteArray rows = "agent_id,date,score\n";
    for (int i = 0; i < m_agents.size(); ++i) {
        for (int w = 0; w < kWeeks; ++w) {
            const QDate friday = m_first.addDays(7 * w + 4);
            if (absent(i, w) || friday > m_last)
                continue;
            double pulse = 3.3 + m_agents[i].skill + (m_random.uniform() - 0.5) * 0.8;
            if (i == kTransferrer)
                pulse -= 0.1 * w; // disengaging
            rows += m_agents[i].id + ',' + isoDate(friday) + ','
                + QByteArray::number(std::clamp(pulse, 1.0, 5.0), 'f', 1) + '\n';
        }
    }
    return rows;
}

QByteArray DemoGenerator::customerRows(const QList<Contact> &contacts)
{
    QMap<int, History> histories;
    for (const Contact &c : contacts) {
        History &h = histories[c.customer];
        if (!h.first.isValid())
            h.first = c.start.date();
        h.last = c.start.date();
        h.bad = h.bad || !c.handled() || !c.resolved;
    }
    QByteArray rows = "customer_id,since,churned_on\n";
    for (auto it = histories.cbegin(); it != histories.cend(); ++it) {
        const History &h = it.value();
        // A tenth joined during the period; churn is likelier after a bad experience.
        const int tenure = m_random.chance(0.1) ? m_random.between(0, 20) : m_random.between(60, 3000);
        const QDate since = h.first.addDays(-tenure);
        QDate churned;
        if (m_random.chance(h.bad ? 0.095 : 0.045))
            churned = h.last.addDays(m_random.between(1, 21));
        rows += csvText(customerId(it.key())) + ',' + isoDate(since) + ','
            + (churned.isValid() && churned <= m_last ? isoDate(churned) : QByteArray()) + '\n';
    }
    return rows;
}

bool DemoGenerator::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_out.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return false;
    }
    std::printf("%-18s %7lld rows %9lld bytes\n", qPrintable(name),
                static_cast<long long>(bytes.count('\n') - 1), static_cast<long long>(bytes.size()));
    return true;
}

bool DemoGenerator::run()
{
    makeAgents();
    QList<Contact> contacts;
    for (QDate day = m_first; day <= m_last; day = day.addDays(1))
        makeDay(day, contacts);
    std::stable_sort(contacts.begin(), contacts.end(),
                     [](const Contact &a, const Contact &b) { return a.start < b.start; });
    QByteArray interactions = kInteractionsHeader;
    QByteArray surveys = "contact_id,answered_at,agent_id,csat,nps,ces,resolved,comment\n";
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        interactions += interactionRow(contacts[i], i);
        if (contacts[i].handled() && m_random.chance(0.2))
            surveys += surveyRow(contacts[i], i);
    }
    return write(QStringLiteral("agents.csv"), agentRows())
        && write(QStringLiteral("interactions.csv"), interactions)
        && write(QStringLiteral("surveys.csv"), surveys) && write(QStringLiteral("qa.csv"), qaRows(contacts))
        && write(QStringLiteral("engagement.csv"), engagementRows())
        && write(QStringLiteral("customers.csv"), customerRows(contacts));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes Huddle's demo data set (resources/demo): 12 ISO weeks ending at --end-date."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("end-date"), QStringLiteral("Last day, normally a Sunday."),
                      QStringLiteral("YYYY-MM-DD"), QStringLiteral("2026-11-22")});
    parser.process(app);
    const QDate last = QDate::fromString(parser.value(QStringLiteral("end-date")), Qt::ISODate);
    if (!parser.isSet(QStringLiteral("out")) || !last.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 1;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(out));
        return 1;
    }
    DemoGenerator generator(last, QDir(out));
    return generator.run() ? 0 : 1;
}
