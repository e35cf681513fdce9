// huddle-gen-demo: Huddle's bundled demo data set — a realistic operation of three teams
// over twelve ISO weeks, with stories planted for the conflict rules to find (see
// docs/formats.md, "Demo data set stories"). Deterministic: same seed, same files.
#include "generatorsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QMap>

#include <algorithm>
#include <cstdio>

using namespace huddle::bench;

namespace {

struct Agent
{
    QByteArray id, name, team;
    double speed = 1.0;  // handle-time factor
    double skill = 0.78; // chance to resolve
    double mood = 0.25;  // mean sentiment
};

struct Contact
{
    QDateTime start;
    int agent = -1; // -1: abandoned before an agent
    int team = 0;   // of the queue the contact came in on
    int customer = 0;
    QByteArray channel, queue, reason;
    bool answered = true, transferred = false, resolved = false, proactive = false, repeat = false;
    double wait = 0, talk = 0, hold = 0, acw = 0, sentiment = 0;
    int firstResponse = -1;
};

const char *const kFirstNames[] = {"Sanne", "Lukas", "Emma", "Daan", "Lotte", "Jonas", "Mila", "Finn", "Sophie",
                                   "Noah", "Julia", "Lars", "Anna", "Bram", "Lea", "Tim", "Eva", "Max", "Fenna",
                                   "Paul", "Tess", "Ben", "Iris", "Jan", "Marie", "Sem", "Hannah", "Luuk", "Nora",
                                   "Felix", "Zoe", "Thijs", "Clara"};
const char *const kLastNames[] = {"de Vries", "Becker", "Jansen", "Bakker", "Visser", "Schmidt", "Smit", "Meijer",
                                  "Wagner", "de Boer", "Mulder", "Fischer", "Bos", "Vos", "Peters", "Hendriks",
                                  "Weber", "Dekker", "Brouwer", "Koch", "de Wit", "Richter", "Smits", "van Dam",
                                  "Wolf", "Kok", "Jacobs", "Schulz", "van den Berg", "Hoffmann", "Willems",
                                  "Klein", "Maas"};
const char *const kTeams[] = {"Billing", "Tech Support", "Onboarding"};
const char *const kReasonsByTeam[3][4] = {
    {"invoice question", "payment failed", "refund", "address change"},
    {"no connection", "slow internet", "router setup", "tv signal"},
    {"activation", "contract question", "moving house", "password reset"},
};
const char *const kGoodComments[] = {"Quick and friendly, thank you.", "Problem solved in one call.",
                                     "Very clear explanation.", "Helpful and patient agent.",
                                     "Great service, no waiting."};
const char *const kBadComments[] = {"I had to call again, still not fixed.", "Waited far too long.",
                                    "The agent rushed me off the phone.", "Transferred twice and nobody knew.",
                                    "Nobody could tell me what was wrong."};

// The planted stories, by agent index (docs/formats.md).
constexpr int kRusher = 0;         // Billing: AHT falls ~30 % in the last 4 weeks, CSAT and FCR with it
constexpr int kTransferGamer = 11; // Tech Support: low AHT, transfers ~35 %
constexpr int kFadingSentiment = 22; // Onboarding: CSAT stays high, sentiment falls
constexpr int kAgents = 33;
constexpr int kCustomers = 9000;

QByteArray csvText(const QByteArray &text)
{
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n'))
        return text;
    QByteArray quoted = text;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray customerId(int customer)
{
    if (customer % 4 == 0)
        return "customer." + QByteArray::number(customer) + "@example.com";
    return "+31 6 5550 " + QByteArray::number(customer).rightJustified(4, '0');
}

QByteArray number(double value, int decimals = 0)
{
    return QByteArray::number(value, 'f', decimals);
}

class DemoGenerator
{
public:
    DemoGenerator(QDate lastDay, QDir out)
        : m_first(lastDay.addDays(-83))
        , m_last(lastDay)
        , m_out(std::move(out))
        , m_random(20261122)
    {
    }

    bool run();

private:
    int week(QDate day) const { return int(m_first.daysTo(day) / 7); } // 0..11
    void makeAgents();
    void makeDay(QDate day, QList<Contact> &contacts);
    Contact makeContact(QDate day, int agent, int customer, const QByteArray &reason, bool repeat);
    bool write(const QString &name, const QByteArray &bytes);
    bool writeAll(const QList<Contact> &contacts);

    QDate m_first, m_last;
    QDir m_out;
    Random m_random;
    QTimeZone m_zone{"Europe/Amsterdam"};
    QList<Agent> m_agents;
    QMap<QDate, QList<Contact>> m_repeats; // follow-ups of unresolved contacts, by day
};

void DemoGenerator::makeAgents()
{
    for (int i = 0; i < kAgents; ++i) {
        Agent a;
        a.id = "AG" + QByteArray::number(101 + i);
        a.name = QByteArray(kFirstNames[i]) + ' ' + kLastNames[(i * 7) % kAgents];
        a.team = kTeams[i / 11];
        a.speed = 0.85 + m_random.uniform() * 0.3;
        a.skill = 0.72 + m_random.uniform() * 0.14;
        a.mood = 0.15 + m_random.uniform() * 0.2;
        m_agents.append(a);
    }
}

Contact DemoGenerator::makeContact(QDate day, int agent, int customer, const QByteArray &reason, bool repeat)
{
    const int team = agent / 11;
    const int w = week(day);
    Contact c;
    c.team = team;
    c.customer = customer;
    c.reason = reason;
    c.repeat = repeat;
    const double roll = m_random.uniform();
    c.channel = roll < 0.65 ? "voice" : roll < 0.9 ? "chat" : "email";
    c.queue = c.channel == "email" ? QByteArray("Email") : QByteArray(kTeams[team]) + (c.channel == "chat" ? " chat" : "");
    c.start = QDateTime(day, QTime(8, 0).addSecs(m_random.between(0, 10 * 3600 - 1)), m_zone);
    c.proactive = c.channel == "voice" && m_random.chance(0.03);
    // Tech Support is short of people in weeks 9 and 10: long waits, callers give up.
    const bool understaffed = team == 1 && (w == 8 || w == 9) && c.channel != "email";
    if (c.channel == "email") {
        c.wait = 0;
        c.firstResponse = m_random.between(1800, 8 * 3600);
    } else {
        c.wait = m_random.exponential(understaffed ? 95 : c.channel == "chat" ? 35 : 22);
        if (c.channel == "chat")
            c.firstResponse = int(c.wait) + m_random.between(5, 40);
        const double abandonChance = understaffed ? 0.16 : 0.035;
        if (!c.proactive && m_random.chance(abandonChance) && c.wait > 5) {
            c.answered = false;
            return c;
        }
    }
    const Agent &a = m_agents[agent];
    c.agent = agent;
    const double teamMedian[] = {290, 420, 340};
    double talk = m_random.logNormal(teamMedian[team] * a.speed, 0.4);
    double skill = a.skill;
    if (agent == kRusher && w >= 8) {
        talk *= 0.68; // rushing: short calls, less solved
        skill -= 0.22;
    }
    if (agent == kTransferGamer)
        talk *= 0.72;
    c.talk = talk;
    c.hold = m_random.chance(0.22) ? m_random.between(15, 120) : 0;
    c.acw = m_random.between(15, 70);
    c.transferred = m_random.chance(agent == kTransferGamer ? 0.35 : 0.07);
    c.resolved = !c.transferred && m_random.chance(skill);
    double mood = a.mood + (c.resolved ? 0.2 : -0.35) + (m_random.uniform() - 0.5) * 0.5;
    if (agent == kFadingSentiment && w >= 6)
        mood -= 0.12 * (w - 5);
    c.sentiment = std::clamp(mood, -1.0, 1.0);
    return c;
}

void DemoGenerator::makeDay(QDate day, QList<Contact> &contacts)
{
    QList<Contact> today = m_repeats.take(day);
    if (day.dayOfWeek() <= 5) {
        for (int agent = 0; agent < kAgents; ++agent) {
            const int count = m_random.between(17, 25);
            for (int n = 0; n < count; ++n) {
                const int team = agent / 11;
                const QByteArray reason = kReasonsByTeam[team][std::min(3, int(m_random.exponential(1.1)))];
                today.append(makeContact(day, agent, m_random.between(1, kCustomers), reason, false));
            }
        }
    }
    for (Contact &c : today) {
        // An unresolved problem brings the same customer back within the week, often.
        if (c.answered && !c.resolved && !c.proactive && m_random.chance(0.6)) {
            const QDate again = day.addDays(m_random.between(1, 5));
            if (again <= m_last) {
                const int agent = (c.agent / 11) * 11 + m_random.between(0, 10);
                m_repeats[again].append(makeContact(again, agent, c.customer, c.reason, true));
            }
        }
    }
    contacts.append(today);
}

bool DemoGenerator::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_out.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(bytes);
    std::printf("%-18s %8lld bytes\n", qPrintable(name), static_cast<long long>(bytes.size()));
    return true;
}

bool DemoGenerator::writeAll(const QList<Contact> &contacts)
{
    QByteArray interactions = kInteractionsHeader;
    QByteArray surveys = "contact_id,answered_at,agent_id,csat,nps,ces,resolved,comment\n";
    QByteArray qa = "evaluation_id,contact_id,agent_id,evaluated_at,score,clarity,empathy,reassurance,compliance\n";
    QHash<int, QDate> firstSeen;
    QMap<QPair<int, int>, QList<int>> handledByAgentWeek;
    for (int i = 0; i < contacts.size(); ++i) {
        const Contact &c = contacts[i];
        const QByteArray id = "D" + QByteArray::number(i + 1).rightJustified(7, '0');
        const Agent *a = c.agent >= 0 ? &m_agents[c.agent] : nullptr;
        interactions += id + ',' + isoWithOffset(c.start) + ',' + c.channel + ','
            + (c.proactive ? "outbound" : "inbound") + ',' + csvText(c.queue) + ',' + (a ? a->id : QByteArray()) + ','
            + csvText(QByteArray(kTeams[c.team])) + ',' + csvText(customerId(c.customer)) + ','
            + number(c.wait) + ',' + (c.answered ? "1,0," : "0,1,") + (a ? number(c.talk) : QByteArray()) + ','
            + (a ? number(c.hold) : QByteArray()) + ',' + (a ? number(c.acw) : QByteArray()) + ','
            + (a ? (c.transferred ? "1" : "0") : "") + ',' + (a ? (c.resolved ? "1" : "0") : "") + ','
            + csvText(c.reason) + ',' + (c.firstResponse >= 0 ? QByteArray::number(c.firstResponse) : QByteArray())
            + ',' + (c.proactive ? "1" : "0") + ',' + (a ? number(c.sentiment, 2) : QByteArray()) + ",\n";
        if (!firstSeen.contains(c.customer))
            firstSeen.insert(c.customer, c.start.date());
        if (!a)
            continue;
        handledByAgentWeek[{c.agent, week(c.start.date())}].append(i);
        if (!m_random.chance(0.2))
            continue;
        // Satisfaction follows resolution and speed; the fading-sentiment agent keeps
        // high scores (a shallow survey), the rusher's fall with the rushing.
        double csat = (c.resolved ? 4.35 : 2.7) - c.wait / 120.0 + (m_random.uniform() - 0.5) * 1.4;
        if (c.agent == kFadingSentiment)
            csat = 4.4 + m_random.uniform() * 0.8;
        if (c.agent == kRusher && week(c.start.date()) >= 8)
            csat -= 0.7;
        const int score = std::clamp(int(std::lround(csat)), 1, 5);
        const int nps = std::clamp(int(std::lround(score * 2.1 - 1 + (m_random.uniform() - 0.5) * 3)), 0, 10);
        const int ces = std::clamp(int(std::lround((c.resolved ? 1.8 : 3.6) + (m_random.uniform() - 0.5) * 2)), 1, 5);
        const QByteArray comment = m_random.chance(0.4)
            ? QByteArray(score >= 4 ? m_random.pick(kGoodComments) : m_random.pick(kBadComments))
            : QByteArray();
        surveys += id + ',' + isoWithOffset(c.start.addSecs(3600 + m_random.between(0, 86400))) + ',' + a->id + ','
            + QByteArray::number(score) + ',' + QByteArray::number(nps) + ',' + QByteArray::number(ces) + ','
            + (c.resolved ? "1" : "0") + ',' + csvText(comment) + '\n';
    }
    int evaluation = 1;
    for (auto it = handledByAgentWeek.cbegin(); it != handledByAgentWeek.cend(); ++it) {
        for (int n = 0; n < 4 && !it.value().isEmpty(); ++n) {
            const int index = it.value()[m_random.next() % it.value().size()];
            const Contact &c = contacts[index];
            const double base = 82 + (m_agents[c.agent].skill - 0.79) * 60 + (m_random.uniform() - 0.5) * 14;
            const int criteria[] = {std::clamp(int(base + m_random.between(-8, 8)), 0, 100),
                                    std::clamp(int(base + m_random.between(-10, 6)), 0, 100),
                                    std::clamp(int(base + m_random.between(-8, 8)), 0, 100),
                                    std::clamp(int(base + m_random.between(-4, 10)), 0, 100)};
            const int score = (criteria[0] + criteria[1] + criteria[2] + criteria[3]) / 4;
            qa += "QA" + QByteArray::number(evaluation++).rightJustified(5, '0') + ",D"
                + QByteArray::number(index + 1).rightJustified(7, '0') + ',' + m_agents[c.agent].id + ','
                + isoWithOffset(c.start.addDays(2)) + ',' + QByteArray::number(score) + ','
                + QByteArray::number(criteria[0]) + ',' + QByteArray::number(criteria[1]) + ','
                + QByteArray::number(criteria[2]) + ',' + QByteArray::number(criteria[3]) + '\n';
        }
    }
    QByteArray agents = "agent_id,name,team,site\n";
    QByteArray engagement = "agent_id,date,score\n";
    for (int i = 0; i < m_agents.size(); ++i) {
        const Agent &a = m_agents[i];
        agents += a.id + ',' + csvText(a.name) + ',' + csvText(a.team) + ',' + (i % 2 ? "Utrecht" : "Berlin") + '\n';
        for (int w = 0; w < 12; ++w) {
            double pulse = 3.4 + a.skill + (m_random.uniform() - 0.5) * 0.8;
            if (i == kTransferGamer)
                pulse -= 0.1 * w; // disengaging
            engagement += a.id + ',' + m_first.addDays(7 * w + 4).toString(Qt::ISODate).toUtf8() + ','
                + number(std::clamp(pulse, 1.0, 5.0), 1) + '\n';
        }
    }
    QByteArray customers = "customer_id,since,churned_on\n";
    QList<int> ids = firstSeen.keys();
    std::sort(ids.begin(), ids.end());
    for (int customer : std::as_const(ids)) {
        const QDate since = QDate(2019, 1, 1).addDays(m_random.between(0, 2500));
        const QDate churned = m_random.chance(0.05) ? m_first.addDays(m_random.between(7, 83)) : QDate();
        customers += csvText(customerId(customer)) + ',' + std::min(since, firstSeen[customer]).toString(Qt::ISODate).toUtf8()
            + ',' + (churned.isValid() ? churned.toString(Qt::ISODate).toUtf8() : QByteArray()) + '\n';
    }
    return write(QStringLiteral("agents.csv"), agents) && write(QStringLiteral("interactions.csv"), interactions)
        && write(QStringLiteral("surveys.csv"), surveys) && write(QStringLiteral("qa.csv"), qa)
        && write(QStringLiteral("engagement.csv"), engagement) && write(QStringLiteral("customers.csv"), customers);
}

bool DemoGenerator::run()
{
    makeAgents();
    QList<Contact> contacts;
    for (QDate day = m_first; day <= m_last; day = day.addDays(1))
        makeDay(day, contacts);
    std::stable_sort(contacts.begin(), contacts.end(),
                     [](const Contact &a, const Contact &b) { return a.start < b.start; });
    return writeAll(contacts);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes Huddle's demo data set (resources/demo)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("end-date"), QStringLiteral("Last day (a Sunday)."), QStringLiteral("YYYY-MM-DD"),
                      QStringLiteral("2026-11-22")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("out")))
        parser.showHelp(1);
    const QDate last = QDate::fromString(parser.value(QStringLiteral("end-date")), Qt::ISODate);
    QDir().mkpath(parser.value(QStringLiteral("out")));
    DemoGenerator generator(last, QDir(parser.value(QStringLiteral("out"))));
    return generator.run() ? 0 : 1;
}
