#include <import/importer.h>
#include <import/recordpipeline.h>
#include <import/textinterner.h>
#include <store/importrepository.h>
#include <store/interactionrepository.h>
#include <store/store.h>

#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace huddle;
using namespace huddle::import;

namespace {

const QByteArray kHeader = "contact_id,started_at,channel,agent_id,customer_id,wait_s,answered,talk_s,resolved,csat\n";

QByteArray row(int id, const char *when, const char *customer = "+31 6 1234 5678")
{
    return QByteArray("c") + QByteArray::number(id) + ',' + when + ",voice,a1," + customer + ",12,1,300,1,5\n";
}

qint64 count(store::Store &s, const QString &table)
{
    QSqlQuery q(s.database());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    q.next();
    return q.value(0).toLongLong();
}

ImportResult importFile(store::Store &s, const QString &file, Kind kind = Kind::Interactions,
                        OnError onError = OnError::Reject)
{
    ImportRequest request;
    request.file = file;
    request.kind = kind;
    request.onError = onError;
    request.timeZone = QStringLiteral("Europe/Amsterdam");
    return runImport(s, request);
}

// Records numbered from line 2; every seventh is rejected, and the input breaks off after
// `count` records when `breaks` is set.
class CountingSource final : public RecordSource
{
public:
    CountingSource(qint64 count, bool breaks, std::atomic<qint64> *produced)
        : m_count(count)
        , m_breaks(breaks)
        , m_produced(produced)
    {
    }
    QList<Problem> openProblems() const override { return {}; }
    bool next(Record &out, bool *accepted, QList<Problem> &problems) override
    {
        if (m_line - 1 > m_count) {
            if (m_breaks)
                problems.append({QStringLiteral("f.csv"), m_line, 1, QStringLiteral("broken"), {}});
            return false;
        }
        out.line = m_line;
        out.values = {QVariant(m_line)};
        *accepted = m_line % 7 != 0;
        if (!*accepted)
            problems.append({QStringLiteral("f.csv"), m_line, 2, QStringLiteral("bad"), {}});
        ++m_line;
        ++*m_produced;
        return true;
    }
    double progress() const override { return double(m_line - 2) / double(m_count); }
    Mapping effectiveMapping() const override { return {}; }

private:
    const qint64 m_count;
    const bool m_breaks;
    std::atomic<qint64> *m_produced;
    qint64 m_line = 2;
};

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void canonicalImport();
    void malformedCorpus_data();
    void malformedCorpus();
    void rejectLeavesStoreUnchanged();
    void foreignKeysCheckedAgainAfterImport();
    void textInternerSharesShortValuesOnly();
    void skipImportsGoodRows();
    void reimportAddsNothing();
    void overlappingExportsMerge();
    void batchesTellNewFromPresent();
    void undoRemovesExactlyThatImport();
    void dryRunWritesNothing();
    void cancelWritesNothing();
    void pipelineKeepsOrderAndProblems();
    void pipelineStopsReadingWhenDropped();
    void customerIdentifiersNeverStored();
    void mappingFileAndPresets();
};

void TestImport::canonicalImport()
{
    test::TempStore t;
    const QString file = test::writeFile(t.dir(), "w1.csv", kHeader + row(1, "2026-03-02T09:00:00+01:00")
                                                                  + row(2, "2026-03-02 10:30"));
    const ImportResult r = importFile(t.store(), file);
    QCOMPARE(int(r.status), int(ImportStatus::Imported));
    QCOMPARE(r.rowsAdded, qint64(2));
    QCOMPARE(count(t.store(), "interactions"), qint64(2));
    QCOMPARE(count(t.store(), "surveys"), qint64(2)); // csat on the contact becomes a survey
    QSqlQuery q(t.store().database());
    QVERIFY(q.exec("SELECT started_at, wait_s, answered, abandoned, talk_s FROM interactions WHERE contact_id = 'c2'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(1772443800)); // 10:30 Amsterdam = 09:30Z
    QCOMPARE(q.value(1).toDouble(), 12.0);
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toInt(), 0); // answered inbound => not abandoned
    QCOMPARE(q.value(4).toDouble(), 300.0);
    // Text is stored as text, characters intact.
    const QString file2 = test::writeFile(t.dir(), "w2.csv",
                                          "contact_id,started_at,agent_id,reason\n"
                                          "c9,2026-03-03T09:00:00Z,Zoë,réclamation ✓\n");
    QCOMPARE(int(importFile(t.store(), file2).status), int(ImportStatus::Imported));
    QVERIFY(q.exec("SELECT typeof(contact_id), typeof(agent_id), agent_id, reason, source FROM interactions "
                   "WHERE contact_id = 'c9'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("text"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("text"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Zoë"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("réclamation ✓"));
    QVERIFY(!q.value(4).toString().isEmpty());
    const auto info = store::ImportRepository(t.store()).find(r.importId);
    QVERIFY(info);
    QCOMPARE(info->rowsAdded, qint64(2));
    QCOMPARE(info->fileName, QStringLiteral("w1.csv"));
    QFile read(file);
    QVERIFY(read.open(QIODevice::ReadOnly));
    QCOMPARE(info->sha256, QString::fromLatin1(QCryptographicHash::hash(read.readAll(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(info->mapping.contains(QStringLiteral("\"kind\":\"interactions\"")));
}

// The bulk load switches the per-row parent check off for its own transaction only: the
// connection enforces foreign keys again after an import, whether it committed or not.
void TestImport::foreignKeysCheckedAgainAfterImport()
{
    test::TempStore t;
    const auto foreignKeys = [&t] { return test::queryRow(t.store(), QStringLiteral("PRAGMA foreign_keys")).value(0); };
    const QString good = test::writeFile(t.dir(), "good.csv", kHeader + row(1, "2026-03-02T09:00:00+01:00"));
    const QString bad = test::writeFile(t.dir(), "bad.csv", kHeader + row(2, "not a time"));
    QCOMPARE(int(importFile(t.store(), good).status), int(ImportStatus::Imported));
    QCOMPARE(foreignKeys(), QVariant(1));
    QCOMPARE(int(importFile(t.store(), bad).status), int(ImportStatus::Rejected));
    QCOMPARE(foreignKeys(), QVariant(1));
    QSqlQuery q(t.store().database());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO interactions (source, contact_id, import_id) VALUES ('x', 'y', 999)")));
}

// A column's repeated short values share one UTF-8 array; long ones (comments, transcripts)
// are never kept, and neither is anything once a column proved to be all distinct values.
void TestImport::textInternerSharesShortValuesOnly()
{
    TextInterner channels;
    const QByteArray voice = channels.intern(u"voice");
    QCOMPARE(voice, QByteArray("voice"));
    QCOMPARE(channels.intern(u"voice").constData(), voice.constData());
    QCOMPARE(channels.intern(QString::fromUtf8("caf\u00e9")), QByteArray("caf\xc3\xa9"));
    const QString transcript(65, u'x');
    QVERIFY(channels.intern(transcript).constData() != channels.intern(transcript).constData());
    TextInterner ids;
    for (int i = 0; i < 5000; ++i)
        ids.intern(QString::number(i));
    QVERIFY(ids.intern(u"1").constData() != ids.intern(u"1").constData());
}

void TestImport::malformedCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QFile manifest(test::fixture("malformed/EXPECTED.tsv"));
    QVERIFY(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
    int cases = 0;
    while (!manifest.atEnd()) {
        const QString line = QString::fromUtf8(manifest.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        const QString expected = parts[2];
        const QStringList location = expected.section(u' ', 0, 0).split(u':');
        QTest::newRow(qPrintable(parts[0])) << test::fixture("malformed/" + parts[0]) << parts[1]
                                            << location[0].toLongLong() << location[1].toInt()
                                            << expected.section(u' ', 1);
        ++cases;
    }
    QVERIFY2(cases >= 30, "the malformed-input corpus must hold at least 30 files");
}

void TestImport::malformedCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    test::TempStore t;
    // Something already in the store, which must survive the bad file untouched.
    const QString good = test::writeFile(t.dir(), "good.csv", kHeader + row(100, "2026-01-05T09:00:00Z"));
    QCOMPARE(int(importFile(t.store(), good).status), int(ImportStatus::Imported));
    const QString before = test::dumpTables(t.store());

    const ImportResult r = importFile(t.store(), file, *kindFromName(kind));
    QCOMPARE(int(r.status), int(ImportStatus::Rejected));
    QVERIFY(!r.problems.isEmpty());
    const Problem &p = r.problems.first();
    QCOMPARE(p.file, file);
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QVERIFY2(p.message.startsWith(message), qPrintable(p.toString()));
    QVERIFY(p.toString().startsWith(file + u':' + QString::number(line)));
    QVERIFY2(!p.toString().contains(QStringLiteral("12345678")), "a customer identifier leaked into a message");
    QCOMPARE(test::dumpTables(t.store()), before);
}

void TestImport::rejectLeavesStoreUnchanged()
{
    test::TempStore t;
    const QString file = test::writeFile(t.dir(), "bad.csv", kHeader + row(1, "2026-03-02T09:00:00Z")
                                                                  + row(2, "not a time") + row(3, "2026-03-02T09:00:00Z")
                                                                  + row(4, "never"));
    const ImportResult r = importFile(t.store(), file);
    QCOMPARE(int(r.status), int(ImportStatus::Rejected));
    QCOMPARE(r.rowsRejected, qint64(2));
    QCOMPARE(r.problemCount, qint64(2)); // every bad row is reported, not only the first
    QCOMPARE(r.problems[1].line, qint64(5));
    QCOMPARE(count(t.store(), "interactions"), qint64(0));
    QCOMPARE(count(t.store(), "imports"), qint64(0));
}

void TestImport::skipImportsGoodRows()
{
    test::TempStore t;
    const QString file = test::writeFile(t.dir(), "bad.csv", kHeader + row(1, "2026-03-02T09:00:00Z")
                                                                  + row(2, "not a time") + row(3, "2026-03-02T09:00:00Z"));
    const ImportResult r = importFile(t.store(), file, Kind::Interactions, OnError::Skip);
    QCOMPARE(int(r.status), int(ImportStatus::Imported));
    QCOMPARE(r.rowsAdded, qint64(2));
    QCOMPARE(r.rowsRejected, qint64(1));
    QCOMPARE(r.problems.first().line, qint64(3));
    QCOMPARE(store::ImportRepository(t.store()).find(r.importId)->rowsRejected, qint64(1));
}

void TestImport::reimportAddsNothing()
{
    test::TempStore t;
    const QString file = test::writeFile(t.dir(), "w.csv", kHeader + row(1, "2026-03-02T09:00:00Z")
                                                                + row(2, "2026-03-03T09:00:00Z"));
    const ImportResult first = importFile(t.store(), file);
    const ImportResult second = importFile(t.store(), file);
    QCOMPARE(second.rowsAdded, qint64(0));
    QCOMPARE(second.rowsPresent, qint64(2));
    QCOMPARE(second.sameFileImportId, std::optional<qint64>(first.importId));
    QVERIFY(second.message.contains(QStringLiteral("0 new, 2 already present")));
    QCOMPARE(count(t.store(), "interactions"), qint64(2));
    QCOMPARE(count(t.store(), "surveys"), qint64(2));
}

void TestImport::overlappingExportsMerge()
{
    test::TempStore t;
    // Weeks 1-2, then weeks 2-3: week 2's contacts are in both files.
    const QString w12 = test::writeFile(t.dir(), "w12.csv", kHeader + row(1, "2026-01-01T09:00:00Z")
                                                                 + row(2, "2026-01-08T09:00:00Z"));
    const QString w23 = test::writeFile(t.dir(), "w23.csv", kHeader + row(2, "2026-01-08T09:00:00Z")
                                                                 + row(3, "2026-01-15T09:00:00Z"));
    QCOMPARE(importFile(t.store(), w12).rowsAdded, qint64(2));
    const ImportResult r = importFile(t.store(), w23);
    QCOMPARE(r.rowsAdded, qint64(1));
    QCOMPARE(r.rowsPresent, qint64(1));
    QCOMPARE(count(t.store(), "interactions"), qint64(3));
}

// Rows go into the store many to an INSERT (BulkWriter::kRowsPerStatement); a statement
// whose rows are partly present already is written again row by row. Every row must be
// counted, attributed to its import and given its survey exactly as one at a time would.
void TestImport::batchesTellNewFromPresent()
{
    static_assert(store::BulkWriter::kRowsPerStatement == 128, "the files below cut batches at 128 rows");
    const auto contacts = [](int from, int to, int twice = -1) {
        QByteArray bytes = kHeader;
        for (int id = from; id < to; ++id) {
            const QByteArray line = "c" + QByteArray::number(id) + ",2026-03-02T09:00:00Z,voice,a"
                + QByteArray::number(id % 7) + ",+31 6 1234 5678,12,1,300,1," + QByteArray::number(1 + id % 5) + "\n";
            bytes += id == twice ? line + line : line;
        }
        return bytes;
    };
    const auto column = [](store::Store &s, const QString &sql) {
        QSqlQuery q(s.database());
        QStringList values;
        for (q.exec(sql); q.next();)
            values.append(q.value(0).toString() + u':' + q.value(1).toString());
        return values;
    };
    test::TempStore t;
    // Two whole statements and 44 rows after them.
    const ImportResult first = importFile(t.store(), test::writeFile(t.dir(), "a.csv", contacts(0, 300)));
    QCOMPARE(first.rowsAdded, qint64(300));
    // The first statement holds 50 known rows, the second a contact listed twice.
    const ImportResult second = importFile(t.store(), test::writeFile(t.dir(), "b.csv", contacts(250, 550, 400)));
    QCOMPARE(second.rowsRead, qint64(301));
    QCOMPARE(second.rowsAdded, qint64(250));
    QCOMPARE(second.rowsPresent, qint64(51));
    // Whole statements of known rows.
    const ImportResult third = importFile(t.store(), test::writeFile(t.dir(), "c.csv", contacts(0, 300)));
    QCOMPARE(third.rowsAdded, qint64(0));
    QCOMPARE(third.rowsPresent, qint64(300));

    const QStringList perImport = {QStringLiteral("%1:300").arg(first.importId),
                                   QStringLiteral("%1:250").arg(second.importId)};
    QCOMPARE(column(t.store(), "SELECT import_id, count(*) FROM interactions GROUP BY 1 ORDER BY 1"), perImport);
    QCOMPARE(column(t.store(), "SELECT import_id, count(*) FROM surveys GROUP BY 1 ORDER BY 1"), perImport);
    QCOMPARE(column(t.store(), "SELECT min(id), max(id) FROM interactions"), QStringList{"1:550"});
    QCOMPARE(column(t.store(), "SELECT count(DISTINCT contact_id), sum(csat) FROM surveys"),
             QStringList{QStringLiteral("550:%1").arg(550 * 3)});
    QCOMPARE(column(t.store(), "SELECT contact_id, import_id FROM interactions WHERE contact_id IN ('c299', 'c300', 'c400') "
                               "ORDER BY id"),
             (QStringList{QStringLiteral("c299:%1").arg(first.importId), QStringLiteral("c300:%1").arg(second.importId),
                          QStringLiteral("c400:%1").arg(second.importId)}));
    QCOMPARE(column(t.store(), QStringLiteral("SELECT count(*), 0 FROM interaction_agents WHERE import_id = %1")
                                   .arg(second.importId)),
             QStringList{"7:0"});
}

void TestImport::undoRemovesExactlyThatImport()
{
    test::TempStore t;
    const QString w12 = test::writeFile(t.dir(), "w12.csv", kHeader + row(1, "2026-01-01T09:00:00Z")
                                                                 + row(2, "2026-01-08T09:00:00Z"));
    const QString w23 = test::writeFile(t.dir(), "w23.csv", kHeader + row(2, "2026-01-08T09:00:00Z")
                                                                 + row(3, "2026-01-15T09:00:00Z"));
    const qint64 first = importFile(t.store(), w12).importId;
    const qint64 second = importFile(t.store(), w23).importId;
    store::ImportRepository imports(t.store());
    qint64 removed = 0;
    QString error;
    QVERIFY2(imports.undo(second, &removed, &error), qPrintable(error));
    QCOMPARE(removed, qint64(2)); // c3 and its survey; c2 belongs to the first import
    QCOMPARE(count(t.store(), "interactions"), qint64(2));
    QCOMPARE(imports.find(second)->status, QStringLiteral("undone"));
    QVERIFY(!imports.undo(second, &removed, &error));
    QVERIFY(imports.undo(first, &removed, &error));
    QCOMPARE(count(t.store(), "interactions"), qint64(0));
    QCOMPARE(count(t.store(), "surveys"), qint64(0));
}

void TestImport::dryRunWritesNothing()
{
    test::TempStore t;
    const QString file = test::writeFile(t.dir(), "w.csv", kHeader + row(1, "2026-03-02T09:00:00Z"));
    ImportRequest request;
    request.file = file;
    request.dryRun = true;
    const ImportResult r = runImport(t.store(), request);
    QCOMPARE(int(r.status), int(ImportStatus::DryRun));
    QCOMPARE(r.rowsAdded, qint64(1));
    QCOMPARE(count(t.store(), "interactions"), qint64(0));
    QCOMPARE(count(t.store(), "imports"), qint64(0));
}

void TestImport::cancelWritesNothing()
{
    test::TempStore t;
    QByteArray bytes = kHeader;
    for (int i = 0; i < 10000; ++i)
        bytes += row(i, "2026-03-02T09:00:00Z");
    const QString file = test::writeFile(t.dir(), "w.csv", bytes);
    ImportRequest request;
    request.file = file;
    int calls = 0;
    const ImportResult r = runImport(t.store(), request, [&calls](double) { return ++calls < 3; });
    QCOMPARE(int(r.status), int(ImportStatus::Cancelled));
    QCOMPARE(calls, 3);
    QCOMPARE(count(t.store(), "interactions"), qint64(0));
    QCOMPARE(count(t.store(), "imports"), qint64(0));
}

void TestImport::pipelineKeepsOrderAndProblems()
{
    // More records than fit in the batches read ahead, and a count that ends mid-batch.
    const qint64 total = RecordPipeline::kBatchSize * (RecordPipeline::kBatchesAhead + 3) + 5;
    std::atomic<qint64> produced = 0;
    RecordPipeline pipeline(std::make_unique<CountingSource>(total, true, &produced));
    Record record;
    qint64 expectedLine = 2, rejected = 0;
    for (;;) {
        bool accepted = false;
        QList<Problem> problems;
        if (!pipeline.next(record, &accepted, problems)) {
            QCOMPARE(problems.size(), 1); // the break, after every record
            QCOMPARE(problems.first().message, QStringLiteral("broken"));
            QCOMPARE(problems.first().line, total + 2);
            break;
        }
        QCOMPARE(record.line, expectedLine);
        QCOMPARE(record.values.value(0).toLongLong(), expectedLine);
        QCOMPARE(accepted, expectedLine % 7 != 0);
        QCOMPARE(problems.size(), accepted ? 0 : 1);
        rejected += accepted ? 0 : 1;
        ++expectedLine;
    }
    QCOMPARE(expectedLine - 2, total);
    QCOMPARE(rejected, (total + 1) / 7); // lines 7, 14, ... up to total + 1
    QCOMPARE(pipeline.progress(), 1.0);
    QList<Problem> again;
    bool accepted = false;
    QVERIFY(!pipeline.next(record, &accepted, again)); // the end stays the end, reported once
    QVERIFY(again.isEmpty());
}

void TestImport::pipelineStopsReadingWhenDropped()
{
    std::atomic<qint64> produced = 0;
    {
        RecordPipeline pipeline(std::make_unique<CountingSource>(100'000'000, false, &produced));
        Record record;
        bool accepted = false;
        QList<Problem> problems;
        QVERIFY(pipeline.next(record, &accepted, problems));
        QTRY_VERIFY(produced >= RecordPipeline::kBatchSize * RecordPipeline::kBatchesAhead);
    } // destroyed while its reader waits on a full queue: must not hang
    // Read ahead is bounded: the caller's batch, the queue, and the batch being filled.
    QVERIFY(produced <= RecordPipeline::kBatchSize * (RecordPipeline::kBatchesAhead + 2));
}

void TestImport::customerIdentifiersNeverStored()
{
    test::TempStore t;
    const QString file = test::writeFile(
        t.dir(), "w.csv",
        kHeader + row(1, "2026-03-02T09:00:00Z", "+31612345678") + row(2, "2026-03-03T09:00:00Z", "+31 6 1234 5678")
            + row(3, "2026-03-03T10:00:00Z", "Jan.Jansen@Example.COM") + row(4, "2026-03-03T11:00:00Z", "jan.jansen@example.com"));
    QCOMPARE(importFile(t.store(), file).rowsAdded, qint64(4));
    QSqlQuery q(t.store().database());
    QVERIFY(q.exec("SELECT count(DISTINCT customer_key), count(customer_key) FROM interactions"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2); // two spellings of one phone, two of one e-mail
    QCOMPARE(q.value(1).toInt(), 4);
    t.close(); // flush the WAL into the main file before reading its bytes
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(t.path() + suffix);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const char *needle : {"12345678", "1234 5678", "jansen", "Jansen", "example.com"})
            QVERIFY2(!bytes.contains(needle), qPrintable(QStringLiteral("%1 found in %2").arg(QLatin1String(needle), f.fileName())));
    }
}

void TestImport::mappingFileAndPresets()
{
    QVERIFY(PresetRegistry::names().size() >= 7);
    for (const Mapping &m : PresetRegistry::all()) {
        QVERIFY2(!m.name.isEmpty() && !m.source.isEmpty(), qPrintable(m.name));
        QString error;
        const auto roundTrip = Mapping::fromJson(m.toJson(), &error);
        QVERIFY2(roundTrip, qPrintable(error));
        QCOMPARE(roundTrip->toJson(), m.toJson());
    }
    test::TempStore t;
    const QString mappingFile = test::writeFile(t.dir(), "m.json", R"({
        "name": "my-pbx", "kind": "interactions", "source": "pbx",
        "columns": {"contact_id": "Call", "started_at": "When", "wait_s": "Wait", "answered": "Picked up"},
        "values": {"answered": {"picked": "yes", "missed": "no"}},
        "constants": {"channel": "voice"}
    })");
    QString error;
    const auto mapping = Mapping::fromFile(mappingFile, &error);
    QVERIFY2(mapping, qPrintable(error));
    const QString data = test::writeFile(t.dir(), "pbx.csv",
                                         "CALL;when;WAIT;picked_up\nx1;02-03-2026 09:00;0:45;Picked\nx2;02-03-2026 09:05;1:15;missed\n");
    ImportRequest request;
    request.file = data;
    request.mapping = mapping;
    const ImportResult r = runImport(t.store(), request);
    QCOMPARE(int(r.status), int(ImportStatus::Imported));
    QSqlQuery q(t.store().database());
    QVERIFY(q.exec("SELECT contact_id, wait_s, answered, abandoned, channel, source FROM interactions ORDER BY contact_id"));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toDouble(), 45.0);
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(4).toString(), QStringLiteral("voice"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("pbx"));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toDouble(), 75.0);
    QCOMPARE(q.value(3).toInt(), 1);

    QVERIFY(!Mapping::fromJson(QJsonDocument::fromJson(R"({"kind":"interactions","columns":{"nope":"x"}})").object(), &error));
    QVERIFY(error.contains(QStringLiteral("nope")));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
