// Security promises that hold for the code as a whole (docs/reliability.md):
// SQL is never built from strings, and the store and its backups are private to their owner.
#include <store/store.h>

#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace huddle;

namespace {

// One C++ statement (up to a ';' or '{' outside parentheses and literals) and where it starts.
struct Statement
{
    int line = 0;
    QString code; // the statement with every literal replaced by the token L
    QStringList literals; // the text of its string literals
    QString comments; // the comments inside it and on the line before it
};

// Splits C++ source into statements, lifting out string literals (plain, u"", raw) and
// comments, so that what is left is the code that combines them.
QList<Statement> statementsOf(const QString &source)
{
    QList<Statement> statements;
    Statement current;
    QString previousLineComment;
    QString lineComment;
    int line = 1;
    int depth = 0;
    auto finish = [&] {
        if (!current.code.trimmed().isEmpty() || !current.literals.isEmpty())
            statements.append(current);
        current = Statement {};
    };
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source[i];
        if (current.code.trimmed().isEmpty() && current.literals.isEmpty()) {
            current.line = line;
            current.comments = previousLineComment;
        }
        if (c == u'\n') {
            ++line;
            previousLineComment = lineComment;
            lineComment.clear();
            current.code += u' ';
        } else if (source.mid(i, 2) == u"//") {
            const qsizetype end = source.indexOf(u'\n', i);
            lineComment = source.mid(i, end < 0 ? -1 : end - i);
            current.comments += lineComment;
            i = (end < 0 ? source.size() : end) - 1;
        } else if (source.mid(i, 2) == u"/*") {
            const qsizetype end = source.indexOf(u"*/", i + 2);
            const QString comment = source.mid(i, end < 0 ? -1 : end + 2 - i);
            current.comments += comment;
            line += int(comment.count(u'\n'));
            i = (end < 0 ? source.size() : end + 2) - 1;
        } else if (source.mid(i, 3) == u"R\"(" || source.mid(i, 4) == u"uR\"(") {
            const qsizetype open = source.indexOf(u'(', i);
            const qsizetype close = source.indexOf(u")\"", open);
            const QString text = source.mid(open + 1, close - open - 1);
            current.literals.append(text);
            current.code += u" L ";
            line += int(text.count(u'\n'));
            i = close + 1;
        } else if (c == u'"' || c == u'\'') {
            qsizetype j = i + 1;
            while (j < source.size() && source[j] != c)
                j += source[j] == u'\\' ? 2 : 1;
            if (c == u'"') {
                current.literals.append(source.mid(i + 1, j - i - 1));
                current.code += u" L ";
            } else {
                current.code += u" C ";
            }
            i = j;
        } else if (c == u'(') {
            ++depth;
            current.code += c;
        } else if (c == u')') {
            --depth;
            current.code += c;
        } else if ((c == u';' || c == u'{' || c == u'}') && depth <= 0) {
            depth = 0;
            finish();
        } else {
            current.code += c;
        }
    }
    finish();
    return statements;
}

// A literal that is SQL: starts with a statement keyword, as every query in core/store does.
bool isSql(const QString &literal)
{
    static const QRegularExpression sql(
        QStringLiteral("^\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|WITH|VACUUM|"
                       "ATTACH|BEGIN|COMMIT|ROLLBACK"
                       "|SAVEPOINT|RELEASE)\\b|\\b(FROM|WHERE|VALUES|ORDER BY|GROUP BY|JOIN)\\b"));
    return sql.match(literal).hasMatch();
}

// Why a statement builds SQL from strings, or empty when it does not. SQL may be joined from
// literals and named constants (kSelectNotes + " WHERE id = ?"); anything else, .arg() or a
// variable joined in, could carry text from outside into the statement.
QString howBuilt(const Statement &statement)
{
    if (!std::any_of(statement.literals.cbegin(), statement.literals.cend(), isSql))
        return {};
    // Literal wrappers count as literals.
    QString code = statement.code;
    static const QRegularExpression wrapped(
        QStringLiteral("\\b(QStringLiteral|QLatin1String|QLatin1StringView|QStringView|QString::fromLatin1|"
                       "QString::fromUtf8|QByteArrayLiteral)\\s*\\(\\s*L\\s*\\)"));
    code.replace(wrapped, QStringLiteral(" L "));
    static const QRegularExpression suffixed(QStringLiteral("\\b[uU]?\\s*L\\s*_[sL]\\b|\\bu\\s+L\\b"));
    code.replace(suffixed, QStringLiteral(" L "));
    if (code.contains(QStringLiteral(".arg(")) || code.contains(QStringLiteral(".arg (")))
        return QStringLiteral("SQL text filled in with .arg()");
    // Every operand of +, += or % next to SQL must be a literal or a kConstant.
    static const QRegularExpression joiner(QStringLiteral("\\+=|(?<!\\+)\\+(?!\\+)|%"));
    static const QRegularExpression leftOperand(QStringLiteral("([\\w:.>\\-\\)\\]]+)\\s*$"));
    static const QRegularExpression rightOperand(QStringLiteral("^\\s*([\\w:.(]+)"));
    static const QRegularExpression constant(QStringLiteral("^(L|k[A-Z]\\w*)$"));
    auto it = joiner.globalMatch(code);
    while (it.hasNext()) {
        const auto op = it.next();
        const QString left = leftOperand.match(code.left(op.capturedStart())).captured(1);
        const QString right = rightOperand.match(code.mid(op.capturedEnd())).captured(1);
        if (!constant.match(left).hasMatch() || !constant.match(right).hasMatch())
            return QStringLiteral("SQL text joined: %1 %2 %3").arg(left, op.captured(), right);
    }
    return {};
}

// Reviewed exceptions carry "sql-safe:" and the reason in a comment on or just above them.
bool isReviewed(const Statement &statement)
{
    static const QRegularExpression marker(QStringLiteral("sql-safe:\\s*\\S.{9,}"));
    return marker.match(statement.comments).hasMatch();
}

QStringList stringBuiltSql(const QString &fileName, const QString &source)
{
    QStringList findings;
    for (const Statement &statement : statementsOf(source)) {
        const QString how = howBuilt(statement);
        if (!how.isEmpty() && !isReviewed(statement))
            findings.append(QStringLiteral("%1:%2: %3").arg(fileName).arg(statement.line).arg(how));
    }
    return findings;
}

constexpr QFile::Permissions kOwnerOnly
    = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    void scannerFindsStringBuiltSql_data();
    void scannerFindsStringBuiltSql();
    void noSqlBuiltFromStrings();
    void storeFilesAreOwnerOnly();
    void customerIdentifiersNotInProblemsOrLogs();
};

void TestSecurity::scannerFindsStringBuiltSql_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("literal") << R"(q.prepare(QStringLiteral("SELECT a FROM t WHERE id = ?"));)" << false;
    QTest::newRow("constant + literal")
        << R"(q.prepare(kSelect + QStringLiteral(" WHERE id = ?"));)" << false;
    QTest::newRow("literal % literal") << R"(q.prepare(u"SELECT a "_s % u"FROM t"_s);)" << false;
    QTest::newRow("not SQL") << R"(msg = tr("%1 rows from %2").arg(n).arg(file);)" << false;
    QTest::newRow("raw string") << "exec(R\"(CREATE TABLE t (\n a TEXT\n))\");" << false;
    QTest::newRow(".arg") << R"(q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));)"
                          << true;
    QTest::newRow("variable +") << R"(q.exec(QStringLiteral("SELECT * FROM t WHERE name = '") + name + "'");)"
                                << true;
    QTest::newRow("variable %") << R"(const QString sql = u"UPDATE t SET a = "_s % value;)" << true;
    QTest::newRow("+=")
        << "QString sql = QStringLiteral(\"SELECT a FROM t\");\nsql += QStringLiteral(\" WHERE b = \") + b;"
        << true;
    QTest::newRow("reviewed") << "// sql-safe: table comes from the fixed list tableOf()\n"
                                 "q.prepare(QStringLiteral(\"DELETE FROM %1\").arg(tableOf(kind)));"
                              << false;
    QTest::newRow("reason missing") << "// sql-safe:\nq.prepare(QStringLiteral(\"DELETE FROM %1\").arg(t));"
                                    << true;
}

void TestSecurity::scannerFindsStringBuiltSql()
{
    QFETCH(QString, source);
    QFETCH(bool, flagged);
    const QStringList findings = stringBuiltSql(QStringLiteral("example.cpp"), source);
    QCOMPARE(!findings.isEmpty(), flagged);
}

// Every query takes its values through bound parameters: an export's text can never become
// SQL. The few statements that name a table or index in code say why that name is safe.
void TestSecurity::noSqlBuiltFromStrings()
{
    QStringList findings;
    int files = 0;
    for (const char *folder : { "core", "ui", "app" }) {
        QDirIterator it(test::sourceDir() + QLatin1Char('/') + QLatin1String(folder), { "*.cpp", "*.h" },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            findings += stringBuiltSql(
                QDir(test::sourceDir()).relativeFilePath(file.fileName()), QString::fromUtf8(file.readAll()));
        }
    }
    QVERIFY2(files > 50, "the sources were not found");
    // One line each: QTest cuts long failure messages short.
    for (const QString &finding : std::as_const(findings))
        qWarning("%s", qPrintable(finding));
    QVERIFY2(findings.isEmpty(),
        "SQL built from strings, listed above: bind the value, or mark a reviewed "
        "constant with a comment // sql-safe: why");
}

// The store, its write-ahead log and shared-memory index are owner-only whatever the umask:
// the most permissive one here, so only Huddle's own care can pass.
void TestSecurity::storeFilesAreOwnerOnly()
{
    const mode_t umaskBefore = umask(0);
    test::TempStore t;
    umask(umaskBefore);
    QVERIFY(t.store().setSetting(QStringLiteral("probe"), QStringLiteral("written"))); // the WAL is in use
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QString path = t.path() + suffix;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(QFile::permissions(path), kOwnerOnly);
    }
}

// What an import reports about bad rows reaches the screen, the CLI's stderr and bug
// reports: a customer's phone number or e-mail address must not, whichever line it is on.
void TestSecurity::customerIdentifiersNotInProblemsOrLogs()
{
    static QStringList logged;
    logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &message) { logged.append(message); });
    QLoggingCategory::setFilterRules(QStringLiteral("huddle.*=true"));

    test::TempStore t;
    QList<import::ImportResult> results;
    // A CSV row rejected for another field, and a row whose customer column is where the
    // delimiter count goes wrong.
    import::ImportRequest csv;
    csv.file = test::writeFile(t.dir(), "w.csv",
        "contact_id,started_at,customer_id,wait_s\n"
        "c1,2026-03-02T09:00:00Z,+31612345678,soon\n"
        "c2,2026-03-02T09:00:00Z,jan.jansen@example.com,12,extra\n");
    results << import::runImport(t.store(), csv);
    // A cut-off queue_log line that still holds the caller's number.
    results << test::importWithPreset(t.store(),
        test::writeFile(t.dir(), "q.queue_log",
            "1366720100|1366720100.1|support|NONE|ENTERQUEUE||+31612345678|1\n"
            "1366720112|+31612345678|support\n"),
        "asterisk-queue-log");
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});

    QStringList reported = logged;
    for (const import::ImportResult &r : std::as_const(results)) {
        QVERIFY2(r.status == import::ImportStatus::Rejected, qPrintable(r.message));
        reported << r.message;
        for (const import::Problem &problem : r.problems)
            reported << problem.toString();
    }
    QVERIFY(reported.size() > 3);
    for (const QString &text : std::as_const(reported)) {
        for (const char *identifier : { "12345678", "jansen", "example.com" })
            QVERIFY2(!text.contains(QLatin1String(identifier)), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
