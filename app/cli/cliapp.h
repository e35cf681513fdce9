#pragma once

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace huddle::store {
class Store;
}

namespace huddle::cli {

// Exit codes are a contract for scripts (README, "Command line").
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,     // wrong command line
    ExitRejected = 2,  // the input was rejected: nothing was imported
    ExitStore = 3,     // the store cannot be opened or written
    ExitNotFound = 4,  // no such import, preset or file
    ExitCancelled = 5, // interrupted
};

// huddle-cli: parses the command line and runs one command against core.
class CliApp
{
public:
    CliApp();
    int run(const QStringList &arguments);

private:
    int runImport(const QStringList &args);
    int runImports();
    int runUndoImport(const QStringList &args);
    int runPresets();
    std::unique_ptr<store::Store> openStore();
    int usage(const QString &message);

    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace huddle::cli
