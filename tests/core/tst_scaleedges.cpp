// Garbage at scale: a 100 MB field, a quote never closed over 100 MB, a line of 100,000
// columns, a queue_log "line" of 100 MB. Each is rejected with file, line and column, and
// huddle-cli importing it stays within a memory bound far below the file's size. The files
// are made at run time in a temporary folder.
#include "cli.h"
#include "testsupport.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace huddle;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
// huddle-cli's own footprint (Qt, SQLite's cache) is some 30 MB; reading a 100 MB field or
// quote whole would take several times the field's size (UTF-16, buffers).
constexpr qint64 kPeakBoundMiB = 100;
// The sanitizers keep freed memory aside (ASan's quarantine): the bound does not apply to them.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// Writes `head`, then `count` bytes of `filler` in 1 MiB blocks, then `tail`.
QString writeLarge(
    const QString &path, const QByteArray &head, char filler, qint64 count, const QByteArray &tail)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(head);
    const QByteArray block(kMiB, filler);
    for (qint64 left = count; left > 0; left -= block.size())
        file.write(block.constData(), std::min<qint64>(left, block.size()));
    file.write(tail);
    return path;
}

QByteArray manyColumns(int count)
{
    QByteArray line;
    line.reserve(count * 2);
    for (int i = 0; i < count; ++i)
        line += i == 0 ? "x" : ",x";
    return line + '\n';
}

// The largest resident size of any child process so far (huddle-cli runs), in MiB.
qint64 childrenPeakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

const QByteArray kHeader = "contact_id,comment,channel,agent_id,started_at\n";
const QByteArray kGoodRow = "c1,fine,voice,a1,2026-03-02T09:00:00Z\n";

} // namespace

class TestScaleEdges : public QObject
{
    Q_OBJECT

private slots:
    void garbageIsRejectedWithinBoundedMemory_data();
    void garbageIsRejectedWithinBoundedMemory();

private:
    QTemporaryDir m_dir;
};

void TestScaleEdges::garbageIsRejectedWithinBoundedMemory_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("problem"); // after "FILE:"

    const QString dir = m_dir.path();
    QTest::newRow("100 MB field") << writeLarge(
        dir + "/field.csv", kHeader + kGoodRow + "c2,", 'x', 100 * kMiB, ",voice,a1,2026-03-02T09:00:00Z\n")
                                  << QStringList {}
                                  << "3:2: a field is longer than " + number(1'000'000) + " characters";
    QTest::newRow("quote never closed over 100 MB")
        << writeLarge(dir + "/quote.csv", kHeader + kGoodRow + "c2,\"it started well", 'y', 100 * kMiB, "\n")
        << QStringList {}
        << "3:2: a quoted field runs on for more than " + number(1'000'000)
            + " characters: is its closing quote missing?";
    QTest::newRow("100,000 columns") << test::writeFile(
        dir, "columns.csv", kHeader + kGoodRow + manyColumns(100'000))
                                     << QStringList {}
                                     << "3:16385: a line has more than " + number(16'384) + " fields";
    QTest::newRow("100,000-column header")
        << test::writeFile(dir, "header.csv", manyColumns(100'000) + kGoodRow) << QStringList {}
        << "1:16385: a line has more than " + number(16'384) + " fields";
    QTest::newRow("record of 18 million characters")
        << writeLarge(dir + "/record.csv", kHeader + kGoodRow + "c2,", 'z', 0,
               QByteArray(900'000, 'z').append(',').repeated(20) + "\n")
        << QStringList {} << "3:19: a record is longer than " + number(16'000'000) + " characters";
    QTest::newRow("queue_log line of 100 MB")
        << writeLarge(dir + "/queue_log", "1366720000|NONE|NONE|NONE|QUEUESTART|\n", '|', 100 * kMiB, "\n")
        << QStringList { "--preset", "asterisk-queue-log" }
        << "2:1: a queue_log line is longer than " + number(1'000'000) + " bytes";
}

void TestScaleEdges::garbageIsRejectedWithinBoundedMemory()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, problem);
    const QString store = m_dir.filePath(QStringLiteral("%1.huddle").arg(QTest::currentDataTag()));
    const test::CliRun run
        = test::runCli(QStringList { "--db", store, "import", "interactions", file } + options);
    QCOMPARE(run.code, 2); // rejected: nothing imported
    QVERIFY2(run.err.contains(file + u':' + problem), qPrintable(run.err));
    QVERIFY2(run.err.size() < 4096, "the garbage itself is not echoed"); // no 100 MB message
    QCOMPARE(test::cliJson({ "--db", store, "imports", "--format", "json" }).size(), 0);
    if (!kSanitized)
        QVERIFY2(childrenPeakMiB() < kPeakBoundMiB,
            qPrintable(QStringLiteral("huddle-cli peaked at %1 MiB").arg(childrenPeakMiB())));
    QFile::remove(file);
}

QTEST_GUILESS_MAIN(TestScaleEdges)
#include "tst_scaleedges.moc"
