#pragma once

#include <import/importer.h>
#include <kpi/figure.h>
#include <store/store.h>

#include <QString>
#include <QVariantList>
#include <QTemporaryDir>

#include <memory>

namespace huddle::test {

// ../shared/data/<relative>; empty when the shared data is not next to the checkout.
QString sharedData(const QString &relative);
// tests/fixtures/<relative>.
QString fixture(const QString &relative);
// The repository root (for tests that run the built executables or read the sources).
QString sourceDir();

// A fresh store file in its own temporary folder, removed when the object goes.
class TempStore
{
public:
    TempStore();
    store::Store &store() { return *m_store; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes the connection (e.g. before another process writes the file) and reopens it.
    void close() { m_store.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<store::Store> m_store;
};

// Imports file in Huddle's canonical format for kind, reading timestamps without an offset
// as UTC (reject policy).
import::ImportResult importCanonical(store::Store &store, const QString &file,
                                     import::Kind kind = import::Kind::Interactions);

// Imports file with a built-in preset (its kind, reject policy by default), reading
// timestamps without an offset as UTC.
import::ImportResult importWithPreset(store::Store &store, const QString &file, const QString &preset,
                                      import::OnError onError = import::OnError::Reject);

// The first row of a query's result, every column (for reading back what an import wrote).
QVariantList queryRow(store::Store &store, const QString &sql);

// Every row of every data table and of the import history, as text: "the store is
// unchanged" means this is equal before and after.
QString dumpTables(store::Store &store);

// Writes text to a file in dir and returns its path.
QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes);

// A proportion figure k of n with its Wilson interval, as the engine gives one: for tests of
// what is computed from figures (trends, conflicts, coaching effect, review).
kpi::Figure proportionFigure(const QString &kpi, const QString &group, const QString &period, qint64 k, qint64 n);

} // namespace huddle::test

// Skips the current test with a clear message when ../shared/data is absent (a plain clone).
#define HUDDLE_REQUIRE_SHARED(path)                                                                           \
    do {                                                                                                      \
        if ((path).isEmpty())                                                                                 \
            QSKIP("../shared/data is not next to this checkout: skipping a test on the public data sets");    \
    } while (false)
