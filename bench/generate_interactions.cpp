// huddle-gen-interactions: an N-row interactions export in Huddle's canonical format
// (docs/formats.md), optionally with surveys, for the import and KPI benchmarks.
// Streams rows through a buffer with hand-rolled number formatting: a million rows take
// about a second, so the benchmark measures the importer, not this tool.
#include "generatorsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <optional>
#include <vector>

using namespace huddle::bench;

namespace {

const char *const kChannels[] = {"voice", "voice", "voice", "voice", "voice", "voice", "voice",
                                 "chat",  "chat",  "email"}; // 70 % voice
const char *const kQueues[] = {"Billing", "Tech Support", "Sales",   "Onboarding",
                               "Retention", "Orders",    "Returns", "General"};
const char *const kReasons[] = {"billing question", "payment failed", "password reset", "delivery status",
                                "cancel contract",  "technical fault", "address change", "refund",
                                "new product",      "complaint",       "invoice copy",   "activation"};
const char *const kComments[] = {"Quick and friendly.", "Solved at once, thanks.", "\"Fine\", but slow.",
                                 "Had to explain it twice.", "Still not fixed, again."};
// Contacts per hour from 08:00 to 17:00: a morning peak and a smaller one after lunch.
const int kHourWeights[] = {6, 10, 12, 11, 8, 9, 10, 9, 7, 5};

struct Options
{
    qint64 rows = 0;
    int agents = 0, teams = 0, weeks = 0, customers = 0;
    qint64 surveys = 0;
    quint64 seed = 0;
    QString out, surveysOut;
};

// A growing output buffer, flushed to its file in large blocks.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &fileName)
        : m_file(fileName)
    {
        m_buffer.reserve(kBlock + 4096);
    }
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    QString fileName() const { return m_file.fileName(); }

    void text(const char *value) { m_buffer.append(value); }
    void text(const QByteArray &value) { m_buffer.append(value); }
    void put(char c) { m_buffer.append(c); }
    void number(qint64 value, int width = 0)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        for (int pad = width - int(end - digits); pad > 0; --pad)
            m_buffer.append('0');
        m_buffer.append(digits, end - digits);
    }
    // -1 .. 1 with two decimals, without going through printf.
    void hundredths(double value)
    {
        const int cents = int(std::lround(value * 100));
        if (cents < 0)
            m_buffer.append('-');
        number(std::abs(cents) / 100);
        m_buffer.append('.');
        number(std::abs(cents) % 100, 2);
    }
    bool endRow()
    {
        m_buffer.append('\n');
        return m_buffer.size() < kBlock || flush();
    }
    bool flush()
    {
        const bool ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }

private:
    static constexpr qsizetype kBlock = 4 << 20;
    QFile m_file;
    QByteArray m_buffer;
};

// One working day's constant parts: business hours never cross a DST change (those happen
// at night), so the day's offset holds for all its contacts.
struct Day
{
    QDate date;
    QByteArray prefix; // "2026-09-07T"
    QByteArray offset; // "+02:00"
};

Day makeDay(QDate date, const QTimeZone &zone)
{
    const QByteArray noon = isoWithOffset(QDateTime(date, QTime(12, 0), zone)); // 2026-09-07T12:00:00+02:00
    return {date, noon.left(11), noon.right(6)};
}

QList<Day> workingDays(int weeks, const QTimeZone &zone)
{
    const QDate last(2026, 11, 22);
    QList<Day> days;
    for (QDate date = last.addDays(-7 * weeks + 1); date <= last; date = date.addDays(1)) {
        if (date.dayOfWeek() <= 5)
            days.append(makeDay(date, zone));
    }
    return days;
}

int businessSecond(Random &random)
{
    int pick = random.between(0, 86); // sum of kHourWeights - 1
    int hour = 0;
    while (pick >= kHourWeights[hour])
        pick -= kHourWeights[hour++];
    return (8 + hour) * 3600 + random.between(0, 3599);
}

void clock(CsvWriter &out, int second)
{
    out.number(second / 3600, 2);
    out.put(':');
    out.number(second / 60 % 60, 2);
    out.put(':');
    out.number(second % 60, 2);
}

// What a generated contact needs to be given a survey.
struct Handled
{
    qint64 contact;
    QDateTime start;
    int agent;
    bool resolved;
};

class Generator
{
public:
    Generator(const Options &options, CsvWriter &interactions, CsvWriter *surveys)
        : m_options(options)
        , m_interactions(interactions)
        , m_surveys(surveys)
        , m_random(options.seed)
        , m_surveysLeft(surveys ? options.surveys : 0)
    {
    }

    bool run();
    qint64 surveysWritten() const { return m_surveysWritten; }

private:
    bool writeDay(const Day &day, qint64 firstContact, qint64 count);
    bool writeContact(const Day &day, qint64 contact, int second);
    bool writeSurvey(const Handled &handled);

    const Options &m_options;
    CsvWriter &m_interactions;
    CsvWriter *m_surveys;
    Random m_random;
    QTimeZone m_zone{"Europe/Amsterdam"};
    qint64 m_rowsLeft = 0;
    qint64 m_surveysLeft;
    qint64 m_surveysWritten = 0;
};

bool Generator::run()
{
    const QList<Day> days = workingDays(m_options.weeks, m_zone);
    m_rowsLeft = m_options.rows;
    m_interactions.text(kInteractionsHeader);
    if (m_surveys)
        m_surveys->text("contact_id,answered_at,agent_id,csat,nps,ces,resolved,comment\n");
    qint64 written = 0;
    for (qsizetype d = 0; d < days.size(); ++d) {
        const qint64 until = m_options.rows * (d + 1) / days.size();
        if (!writeDay(days[d], written, until - written))
            return false;
        written = until;
    }
    return m_interactions.flush() && (!m_surveys || m_surveys->flush());
}

bool Generator::writeDay(const Day &day, qint64 firstContact, qint64 count)
{
    // Sorted start times, so the file is in time order like a real export.
    std::vector<int> seconds(count);
    for (int &second : seconds)
        second = businessSecond(m_random);
    std::sort(seconds.begin(), seconds.end());
    for (qint64 i = 0; i < count; ++i) {
        if (!writeContact(day, firstContact + i + 1, seconds[i]) || !m_interactions.endRow())
            return false;
    }
    return true;
}

bool Generator::writeContact(const Day &day, qint64 contact, int second)
{
    CsvWriter &out = m_interactions;
    const char *channel = m_random.pick(kChannels);
    const bool voice = channel[0] == 'v', chat = channel[0] == 'c';
    const bool outbound = voice && m_random.chance(0.04);
    const int agent = m_random.between(1, m_options.agents);
    const int team = (agent - 1) % m_options.teams + 1;
    // Voice and chat callers give up in the queue; ~8 % of all contacts overall.
    const bool abandoned = !outbound && (voice || chat) && m_random.chance(0.095);
    const bool transferred = !abandoned && m_random.chance(0.10);
    const bool resolved = !abandoned && !transferred && m_random.chance(0.78);
    const int wait = int(m_random.exponential(abandoned ? 90 : voice ? 18 : 30));

    out.put('C');
    out.number(contact, 9);
    out.put(',');
    out.text(day.prefix);
    clock(out, second);
    out.text(day.offset);
    out.put(',');
    out.text(channel);
    out.text(outbound ? ",outbound," : ",inbound,");
    out.text(kQueues[team % std::size(kQueues)]);
    out.put(',');
    if (!abandoned) {
        out.put('A');
        out.number(agent, 4);
    }
    out.text(",T");
    out.number(team, 2);
    // Fewer customers than rows, so customers come back: repeat contacts exist.
    out.text(",+316");
    out.number(12340000 + m_random.between(1, m_options.customers));
    out.put(',');
    if (!outbound && (voice || chat))
        out.number(wait);
    out.text(abandoned ? ",0,1," : ",1,0,");
    if (!abandoned) {
        out.number(int(m_random.logNormal(voice ? 300 : chat ? 420 : 240, 0.45)));
        out.put(',');
        if (voice)
            out.number(m_random.chance(0.2) ? m_random.between(10, 120) : 0);
        out.put(',');
        out.number(m_random.between(10, 60));
        out.text(transferred ? ",1," : ",0,");
        out.text(resolved ? "1," : "0,");
    } else {
        out.text(",,,,,");
    }
    out.text(m_random.pick(kReasons));
    out.put(',');
    if (chat && !abandoned)
        out.number(wait + m_random.between(5, 40));
    else if (!voice && !chat)
        out.number(int(m_random.exponential(4 * 3600)) + 300);
    out.text(outbound ? ",1," : ",0,");
    if (!abandoned)
        out.hundredths(std::clamp((resolved ? 0.35 : -0.2) + (m_random.uniform() - 0.5) * 1.2, -1.0, 1.0));
    out.put(','); // transcript: blank

    // Selection sampling over the handled contacts still to come (~91 % of the rows).
    const double handledLeft = std::max(1.0, double(--m_rowsLeft) * 0.91);
    if (abandoned || m_surveysLeft == 0 || m_random.uniform() * handledLeft >= double(m_surveysLeft))
        return true;
    --m_surveysLeft;
    return writeSurvey({contact, QDateTime(day.date, QTime(0, 0).addSecs(second), m_zone), agent, resolved});
}

bool Generator::writeSurvey(const Handled &handled)
{
    CsvWriter &out = *m_surveys;
    const double satisfaction = (handled.resolved ? 4.3 : 2.8) + (m_random.uniform() - 0.5) * 2.4;
    const int csat = std::clamp(int(std::lround(satisfaction)), 1, 5);
    out.put('C');
    out.number(handled.contact, 9);
    out.put(',');
    out.text(isoWithOffset(handled.start.addSecs(m_random.between(900, 86400))));
    out.text(",A");
    out.number(handled.agent, 4);
    out.put(',');
    out.number(csat);
    out.put(',');
    out.number(std::clamp(csat * 2 + m_random.between(-2, 1), 0, 10));
    out.put(',');
    out.number(std::clamp(6 - csat + m_random.between(-1, 1), 1, 5));
    out.text(handled.resolved ? ",1," : ",0,");
    if (m_random.chance(0.3)) {
        // Comments go through RFC 4180 quoting: one of them holds quotes and a comma.
        QByteArray comment(m_random.pick(kComments));
        out.put('"');
        out.text(comment.replace('"', "\"\""));
        out.put('"');
    }
    ++m_surveysWritten;
    return out.endRow();
}

std::optional<Options> parseOptions(const QCommandLineParser &parser)
{
    Options options;
    bool ok[8] = {};
    options.rows = parser.value(QStringLiteral("rows")).toLongLong(&ok[0]);
    options.agents = parser.value(QStringLiteral("agents")).toInt(&ok[1]);
    options.teams = parser.value(QStringLiteral("teams")).toInt(&ok[2]);
    options.weeks = parser.value(QStringLiteral("weeks")).toInt(&ok[3]);
    options.customers = parser.value(QStringLiteral("customers")).toInt(&ok[4]);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok[5]);
    options.surveys = parser.value(QStringLiteral("surveys")).toLongLong(&ok[6]);
    // Customer numbers are +316 and eight digits counting up from 12340001.
    ok[7] = options.rows >= 0 && options.agents > 0 && options.teams > 0 && options.weeks > 0
        && options.customers > 0 && options.customers <= 87659999 && options.surveys >= 0
        && parser.isSet(QStringLiteral("out"))
        && parser.isSet(QStringLiteral("surveys-out")) == (options.surveys > 0);
    if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }))
        return std::nullopt;
    options.out = parser.value(QStringLiteral("out"));
    options.surveysOut = parser.value(QStringLiteral("surveys-out"));
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a synthetic interactions export, and optionally surveys, in Huddle's "
                       "canonical format (docs/formats.md). Working days of the weeks ending 2026-11-22."));
    parser.addHelpOption();
    const QString n = QStringLiteral("N");
    parser.addOptions({
        {QStringLiteral("rows"), QStringLiteral("Interactions to write."), n},
        {QStringLiteral("agents"), QStringLiteral("Agents A0001..."), n, QStringLiteral("500")},
        {QStringLiteral("teams"), QStringLiteral("Teams T01..."), n, QStringLiteral("25")},
        {QStringLiteral("weeks"), QStringLiteral("Weeks covered."), n, QStringLiteral("52")},
        {QStringLiteral("customers"), QStringLiteral("Distinct customers."), n, QStringLiteral("300000")},
        {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("out"), QStringLiteral("Interactions CSV to write."), QStringLiteral("FILE")},
        {QStringLiteral("surveys"), QStringLiteral("Surveys of random handled contacts."), n,
         QStringLiteral("0")},
        {QStringLiteral("surveys-out"), QStringLiteral("Surveys CSV to write (with --surveys)."),
         QStringLiteral("FILE")},
    });
    parser.process(app);
    const std::optional<Options> options =
        parser.isSet(QStringLiteral("rows")) ? parseOptions(parser) : std::nullopt;
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.helpText()));
        return 1;
    }

    CsvWriter interactions(options->out);
    std::optional<CsvWriter> surveys;
    if (options->surveys > 0)
        surveys.emplace(options->surveysOut);
    for (CsvWriter *writer : {&interactions, surveys ? &*surveys : nullptr}) {
        if (writer && !writer->open()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(writer->fileName()));
            return 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    Generator generator(*options, interactions, surveys ? &*surveys : nullptr);
    if (!generator.run()) {
        std::fprintf(stderr, "write failed (disk full?)\n");
        return 1;
    }
    std::printf("%lld interactions to %s", static_cast<long long>(options->rows), qPrintable(options->out));
    if (surveys)
        std::printf(", %lld surveys to %s", static_cast<long long>(generator.surveysWritten()),
                    qPrintable(options->surveysOut));
    std::printf(" in %.2f s\n", double(timer.elapsed()) / 1000.0);
    return 0;
}
