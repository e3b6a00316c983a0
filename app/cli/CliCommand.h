#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace alertdesk::cli {

// Exit statuses of BRIEF.md's CLI contract.
enum ExitStatus : int { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// What the global options (before the command) said.
struct GlobalOptions
{
    QString profileDir;   // empty: the platform's standard locations
};

// Machine-readable output: one line, never translated, flushed at once so pipes see it line by line.
void printLine(const QByteArray& line);
// One sentence on standard error, prefixed with the program name.
void printError(const QString& message);

// One function per command; `args` starts with the command's own name (as QCommandLineParser expects).
int runDecode(const QStringList& args, const GlobalOptions& global);
int runServe(const QStringList& args, const GlobalOptions& global);
int runTail(const QStringList& args, const GlobalOptions& global);
int runRender(const QStringList& args, const GlobalOptions& global);
int runPattern(const QStringList& args, const GlobalOptions& global);
int runRules(const QStringList& args, const GlobalOptions& global);

} // namespace alertdesk::cli
