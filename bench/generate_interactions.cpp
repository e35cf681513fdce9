// huddle-gen-interactions: an N-row interactions export in Huddle's canonical format, for
// the import and KPI benchmarks. Streams rows; a million take a few seconds.
#include "generatorsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace huddle::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic interactions export (docs/formats.md)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("rows"), QStringLiteral("Rows to write."), QStringLiteral("N"), QStringLiteral("1000000")},
        {QStringLiteral("agents"), QStringLiteral("Agents."), QStringLiteral("N"), QStringLiteral("500")},
        {QStringLiteral("teams"), QStringLiteral("Teams."), QStringLiteral("N"), QStringLiteral("25")},
        {QStringLiteral("weeks"), QStringLiteral("Weeks covered, ending 2026-11-22."), QStringLiteral("N"),
         QStringLiteral("52")},
        {QStringLiteral("customers"), QStringLiteral("Distinct customers."), QStringLiteral("N"), QStringLiteral("300000")},
        {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("out"), QStringLiteral("Output CSV file."), QStringLiteral("FILE")},
    });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("out")))
        parser.showHelp(1);

    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const int agents = parser.value(QStringLiteral("agents")).toInt();
    const int teams = parser.value(QStringLiteral("teams")).toInt();
    const int weeks = parser.value(QStringLiteral("weeks")).toInt();
    const int customers = parser.value(QStringLiteral("customers")).toInt();
    Random random(parser.value(QStringLiteral("seed")).toULongLong());

    QFile file(parser.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    static const char *const reasons[] = {"billing question", "payment failed", "password reset", "delivery status",
                                          "cancel contract",  "technical fault", "address change", "refund",
                                          "new product",      "complaint",       "invoice copy",   "activation"};
    static const char *const channels[] = {"voice", "voice", "voice", "voice", "voice", "voice", "voice",
                                           "chat",  "chat",  "email"};
    const QTimeZone zone("Europe/Amsterdam");
    const QDate first = QDate(2026, 11, 22).addDays(-7 * weeks + 1);
    const int days = 7 * weeks;
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer = kInteractionsHeader;
    buffer.reserve(8 << 20);
    for (qint64 i = 0; i < rows; ++i) {
        // Rows in time order, spread evenly over the days, office hours 08:00-18:00.
        const qint64 dayIndex = i * days / rows;
        const QDateTime start(first.addDays(dayIndex), QTime(8, 0).addSecs(random.between(0, 36000 - 1)), zone);
        const char *channel = random.pick(channels);
        const bool voice = channel[0] == 'v';
        const int agent = random.between(1, agents);
        const bool abandoned = voice && random.chance(0.08);
        const bool transferred = !abandoned && random.chance(0.10);
        const bool resolved = !abandoned && !transferred && random.chance(0.78);
        const int wait = int(random.exponential(voice ? 25 : 60));
        buffer += 'C' + QByteArray::number(i + 1).rightJustified(9, '0') + ',' + isoWithOffset(start) + ','
            + channel + ",inbound,Q" + QByteArray::number(agent % 40 + 1) + ','
            + (abandoned ? QByteArray() : "A" + QByteArray::number(agent).rightJustified(4, '0')) + ",T"
            + QByteArray::number((agent - 1) % teams + 1).rightJustified(2, '0') + ",+31655"
            + QByteArray::number(random.between(1, customers)).rightJustified(6, '0') + ','
            + QByteArray::number(wait) + ',' + (abandoned ? "0,1," : "1,0,")
            + (abandoned ? QByteArray() : QByteArray::number(int(random.logNormal(300, 0.45)))) + ','
            + (abandoned ? QByteArray() : QByteArray::number(random.chance(0.2) ? random.between(10, 90) : 0)) + ','
            + (abandoned ? QByteArray() : QByteArray::number(random.between(10, 60))) + ','
            + (transferred ? "1," : "0,") + (abandoned ? "," : resolved ? "1," : "0,") + random.pick(reasons) + ','
            + (voice ? QByteArray() : QByteArray::number(random.between(20, 3600))) + ",0,"
            + QByteArray::number(random.uniform() * 1.6 - 0.6, 'f', 2) + ",\n";
        if (buffer.size() > (8 << 20) - 1024) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    file.close();
    std::printf("wrote %lld rows to %s in %.2f s\n", static_cast<long long>(rows), qPrintable(file.fileName()),
                double(timer.elapsed()) / 1000.0);
    return 0;
}
