// Composition root of alertdesk-cli: global options, then one command (BRIEF.md, "The command line").
#include <cstdio>

#include <QCoreApplication>

#include "CliCommand.h"
#include "common/MemoryTuning.h"
#include "common/Version.h"

using namespace alertdesk;
using namespace alertdesk::cli;

namespace {

const char kUsage[] =
    "Usage: alertdesk-cli [--profile DIR] [--version] [--help] COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  decode [FILE|-]        decode events (one JSON document or JSON Lines) and print one JSON line each\n"
    "  serve [--listen HOST:PORT] [--demo [--rate N]] [--token-file F] [--replay N] [--allow-origin O]\n"
    "                         run the feed hub: WebSocket /feed, HTTP POST /events\n"
    "  tail URL [--count N] [--timeout S] [--token-file F]\n"
    "                         subscribe to a feed and print its events like decode\n"
    "  pattern check FILE     exit 0 if the event pattern is valid, 2 with the reason (its JSON path) if not\n"
    "  pattern match --jsonl FILE\n"
    "                         for each line {\"pattern\":…,\"event\":…} print {\"match\":true|false} or {\"error\":…}\n"
    "  rules test --rules FILE --events FILE [--explain]\n"
    "                         one JSON line per event: the rules it matches (and with --explain why not the others)\n"
    "  render --channel-type T [--message-type M] [--template FILE] [--keyword K]... [--digest] --event FILE\n"
    "                         print the exact request body for each message, one JSON line each\n"
    "\n"
    "Global options:\n"
    "  --profile DIR          all configuration and data in DIR (default: the platform's standard locations)\n"
    "  --version              print the version\n"
    "  --help                 print this help; COMMAND --help prints the command's own\n"
    "\n"
    "Exit status: 0 success, 1 the operation failed, 2 bad usage or bad input.\n";

void printUsage(FILE* to)
{
    std::fputs(kUsage, to);
    std::fflush(to);
}

} // namespace

int main(int argc, char* argv[])
{
    tuneMemoryAllocator();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("alertdesk"));
    QCoreApplication::setApplicationVersion(versionString());

    const QStringList args = QCoreApplication::arguments();
    GlobalOptions global;
    int i = 1;
    for (; i < args.size() && args.at(i).startsWith(QLatin1Char('-')); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--version")) {
            printLine(QByteArrayLiteral("alertdesk-cli ") + versionString().toUtf8());
            return ExitOk;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printUsage(stdout);
            return ExitOk;
        }
        if (arg == QLatin1String("--profile")) {
            if (++i >= args.size()) {
                printError(QStringLiteral("--profile needs a directory."));
                return ExitUsage;
            }
            global.profileDir = args.at(i);
            continue;
        }
        if (arg.startsWith(QLatin1String("--profile="))) {
            global.profileDir = arg.mid(10);
            continue;
        }
        printError(QStringLiteral("unknown global option %1; global options come before the command.").arg(arg));
        return ExitUsage;
    }
    if (i >= args.size()) {
        printUsage(stderr);
        return ExitUsage;
    }

    const QString command = args.at(i);
    const QStringList commandArgs = args.mid(i);
    if (command == QLatin1String("decode"))
        return runDecode(commandArgs, global);
    if (command == QLatin1String("serve"))
        return runServe(commandArgs, global);
    if (command == QLatin1String("tail"))
        return runTail(commandArgs, global);
    if (command == QLatin1String("render"))
        return runRender(commandArgs, global);
    if (command == QLatin1String("pattern"))
        return runPattern(commandArgs, global);
    if (command == QLatin1String("rules"))
        return runRules(commandArgs, global);

    printError(QStringLiteral("unknown command '%1'; see alertdesk-cli --help.").arg(command));
    return ExitUsage;
}
