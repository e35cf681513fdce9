#include "testsupport.h"

#include <kpi/statistics.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThreadPool>

#if defined(__SANITIZE_THREAD__)
namespace {
// ThreadSanitizer sees no order between a QtConcurrent task's making and its run when the pool
// thread that runs it was idle, waiting on QThreadPool's own lock (Qt is not built with TSan:
// tests/tsan.supp). With no idle time every task starts a thread of its own, and starting a
// thread is a hand-over TSan does see.
void poolThreadsEndWhenIdle()
{
    QThreadPool::globalInstance()->setExpiryTimeout(0);
}
Q_CONSTRUCTOR_FUNCTION(poolThreadsEndWhenIdle)
} // namespace
#endif

namespace huddle::test {

QString sharedData(const QString &relative)
{
    const QString path = QStringLiteral(HUDDLE_SHARED_DATA "/") + relative;
    return QFileInfo::exists(path) ? path : QString();
}

QString fixture(const QString &relative)
{
    return QStringLiteral(HUDDLE_TEST_FIXTURES "/") + relative;
}

QString sourceDir()
{
    return QStringLiteral(HUDDLE_SOURCE_DIR);
}

TempStore::TempStore()
    : m_path(m_dir.filePath(QStringLiteral("test.huddle")))
{
    reopen();
}

void TempStore::reopen()
{
    m_store.reset();
    QString error;
    m_store = store::Store::open(m_path, &error);
    if (!m_store)
        qFatal("cannot open the test store: %s", qPrintable(error));
}

import::ImportResult importCanonical(store::Store &store, const QString &file, import::Kind kind)
{
    import::ImportRequest request;
    request.file = file;
    request.kind = kind;
    request.timeZone = QStringLiteral("UTC");
    return import::runImport(store, request);
}

import::ImportResult importWithPreset(store::Store &store, const QString &file, const QString &preset,
                                      import::OnError onError)
{
    import::ImportRequest request;
    request.file = file;
    request.mapping = import::PresetRegistry::find(preset);
    if (!request.mapping)
        qFatal("no preset %s", qPrintable(preset));
    request.kind = request.mapping->kind;
    request.onError = onError;
    request.timeZone = QStringLiteral("UTC");
    return import::runImport(store, request);
}

QVariantList queryRow(store::Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    QVariantList values;
    for (int i = 0; i < query.record().count(); ++i)
        values.append(query.value(i));
    return values;
}

QString dumpTables(store::Store &s)
{
    QString text;
    for (const char *table : {"interactions", "surveys", "agents", "qa_evaluations", "engagement", "customers",
                              "summary", "imports"}) {
        QSqlQuery q(s.database());
        q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table) + QStringLiteral(" ORDER BY id"));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                text += q.value(i).toString() + u'|';
            text += u'\n';
        }
    }
    return text;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

kpi::Figure proportionFigure(const QString &kpi, const QString &group, const QString &period, qint64 k, qint64 n)
{
    kpi::Figure f;
    f.kpi = kpi;
    f.group = group;
    f.period = period;
    f.numerator = double(k);
    f.denominator = double(n);
    f.n = n;
    f.value = double(k) / double(n);
    const kpi::Interval i = kpi::wilsonInterval(k, n);
    f.ciLow = i.low;
    f.ciHigh = i.high;
    return f;
}

} // namespace huddle::test
