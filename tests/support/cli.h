#pragma once

// For tests registered with USES_CLI (HUDDLE_CLI_PATH): runs huddle-cli as a user would and
// gives back what it printed, to compare the GUI's and core's figures with the CLI's.
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

namespace huddle::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HUDDLE_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("huddle-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// The array a `--format json` command prints; empty, with a warning, when the command fails.
inline QJsonArray cliJson(const QStringList &args)
{
    const CliRun run = runCli(args);
    if (run.code != 0)
        qWarning("huddle-cli %s: %s", qPrintable(args.join(u' ')), qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

} // namespace huddle::test
