// alertdesk-cli pattern check FILE | pattern match --jsonl FILE (BRIEF.md, "The command line").
#include <cstdio>

#include <QCommandLineParser>
#include <QFile>

#include "CliCommand.h"
#include "event/EventJson.h"
#include "rules/PatternJson.h"
#include "rules/PatternMatcher.h"
#include "rules/PatternParser.h"

namespace alertdesk::cli {

namespace {

using rules::JsonNode;

Expected<QByteArray> readFileOrStdin(const QString& path)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(Error::Code::Io, QStringLiteral("cannot read standard input"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::Io, QStringLiteral("cannot open the file: %1").arg(file.errorString()), path);
    }
    return file.readAll();
}

QByteArray errorLine(const QString& message)
{
    QByteArray line = QByteArrayLiteral("{\"error\":");
    appendJsonString(line, message);
    line += '}';
    return line;
}

const JsonNode* lastMember(const JsonNode& object, std::string_view key)
{
    const JsonNode* found = nullptr;
    for (const rules::JsonMember& member : object.members) {
        if (member.key == key)
            found = &member.value;
    }
    return found;
}

// One {"pattern":…,"event":…} line: the answer line.
QByteArray matchLine(std::string_view line)
{
    const Expected<JsonNode> document = rules::parseJsonDocument(line, 256);
    if (!document)
        return errorLine(document.error().toString());
    if (document->type != JsonNode::Type::Object)
        return errorLine(QStringLiteral("$: each line must be an object {\"pattern\":…,\"event\":…}"));
    const JsonNode* pattern = lastMember(*document, "pattern");
    const JsonNode* event = lastMember(*document, "event");
    if (pattern == nullptr || event == nullptr)
        return errorLine(QStringLiteral("$: each line must hold both \"pattern\" and \"event\""));
    if (event->type != JsonNode::Type::Object)
        return errorLine(QStringLiteral("$.event: the event must be a JSON object"));
    Expected<rules::Pattern> compiled = rules::PatternParser::parse(*pattern);
    if (!compiled) {
        Error error = compiled.error();
        // Paths inside the pattern are reported from the line's top: $.pattern.…
        error.where.replace(0, 1, QStringLiteral("$.pattern"));
        return errorLine(error.toString());
    }
    rules::PatternMatcher matcher(std::move(*compiled));
    // The event text stays as written (number spellings, duplicate keys); the rest of the line follows it in
    // memory, which gives simdjson part of the padding it wants.
    const std::string_view eventText = line.substr(event->begin, event->end - event->begin);
    const Expected<bool> matched = matcher.matches(eventText, line.size() - event->begin);
    if (!matched)
        return errorLine(QStringLiteral("$.event: ") + matched.error().message);
    return *matched ? QByteArrayLiteral("{\"match\":true}") : QByteArrayLiteral("{\"match\":false}");
}

int check(const QString& path)
{
    const Expected<QByteArray> text = readFileOrStdin(path);
    if (!text) {
        printError(text.error().toString());
        return ExitUsage;
    }
    const Expected<rules::Pattern> pattern =
        rules::PatternParser::parse(std::string_view(text->constData(), static_cast<size_t>(text->size())));
    if (!pattern) {
        printError(QStringLiteral("%1: %2").arg(path, pattern.error().toString()));
        return ExitUsage;
    }
    return ExitOk;
}

int matchJsonLines(const QString& path)
{
    const Expected<QByteArray> text = readFileOrStdin(path);
    if (!text) {
        printError(text.error().toString());
        return ExitUsage;
    }
    const std::string_view all(text->constData(), static_cast<size_t>(text->size()));
    size_t start = 0;
    while (start < all.size()) {
        size_t end = all.find('\n', start);
        if (end == std::string_view::npos)
            end = all.size();
        std::string_view line = all.substr(start, end - start);
        start = end + 1;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        printLine(matchLine(line));
    }
    return ExitOk;
}

} // namespace

int runPattern(const QStringList& args, const GlobalOptions&)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "check FILE: exit 0 if the event pattern in FILE is valid, 2 with the reason (its JSON path) if not.\n"
        "match --jsonl FILE: for each line {\"pattern\":…,\"event\":…} print {\"match\":true}, {\"match\":false} "
        "or {\"error\":\"…\"}, in order."));
    parser.addHelpOption();
    const QCommandLineOption jsonl(QStringLiteral("jsonl"), QStringLiteral("JSON Lines input for match"),
                                   QStringLiteral("FILE"));
    parser.addOption(jsonl);
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("check or match"),
                                 QStringLiteral("check FILE | match --jsonl FILE"));
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("check") && positional.size() == 2 && !parser.isSet(jsonl))
        return check(positional.at(1));
    if (action == QLatin1String("match") && positional.size() == 1 && parser.isSet(jsonl))
        return matchJsonLines(parser.value(jsonl));
    printError(QStringLiteral("usage: alertdesk-cli pattern check FILE, or alertdesk-cli pattern match --jsonl FILE."));
    return ExitUsage;
}

} // namespace alertdesk::cli
