// alertdesk-cli decode [FILE|-]: one JSON document, or JSON Lines when the whole input is not one document.
#include <cstdio>

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include "CliCommand.h"
#include "common/Clock.h"
#include "event/EventDecoder.h"
#include "event/EventJson.h"

namespace alertdesk::cli {

namespace {

struct Input
{
    QByteArray bytes;
    QString name;     // for messages: the file name or "standard input"
    QString origin;   // file:<name> or stdin
};

Expected<Input> readInput(const QString& path)
{
    QFile file;
    Input input;
    if (path.isEmpty() || path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(Error::Code::Io, QStringLiteral("cannot read standard input"));
        input.name = QStringLiteral("standard input");
        input.origin = QStringLiteral("stdin");
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Code::Io, QStringLiteral("cannot open the file: %1").arg(file.errorString()), path);
        input.name = path;
        input.origin = QStringLiteral("file:") + QFileInfo(path).fileName();
    }
    input.bytes = file.readAll();
    return input;
}

// Prints the events; reports rejections as "<input>:<line>: <where>: <reason>". True when nothing was rejected.
bool printResult(const DecodeResult& result, const Input& input, qsizetype lineNumber)
{
    for (const Event& event : result.events)
        printLine(eventToJsonLine(event));
    for (const Error& rejection : result.rejections) {
        const QString place = lineNumber > 0 ? QStringLiteral("%1:%2").arg(input.name).arg(lineNumber) : input.name;
        printError(place + QStringLiteral(": ") + rejection.toString());
    }
    return result.rejections.isEmpty();
}

bool decodeJsonLines(EventDecoder& decoder, const Input& input)
{
    bool clean = true;
    qsizetype lineNumber = 0;
    qsizetype start = 0;
    while (start < input.bytes.size()) {
        qsizetype end = input.bytes.indexOf('\n', start);
        if (end < 0)
            end = input.bytes.size();
        ++lineNumber;
        const QByteArrayView line = QByteArrayView(input.bytes).sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        clean = printResult(decoder.decode(line, input.origin), input, lineNumber) && clean;
    }
    return clean;
}

} // namespace

int runDecode(const QStringList& args, const GlobalOptions&)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Decode events from FILE (or standard input) and print each as one JSON line with the keys of the event "
        "model. The input is one JSON document, or JSON Lines if the whole input is not one document."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("input file, or - for standard input"), QStringLiteral("[FILE|-]"));
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1) {
        printError(QStringLiteral("decode takes one input file."));
        return ExitUsage;
    }
    const Expected<Input> input = readInput(parser.positionalArguments().value(0));
    if (!input) {
        printError(input.error().toString());
        return ExitUsage;
    }

    SystemClock clock;
    EventDecoder decoder(clock);
    const DecodeResult whole = decoder.decode(input->bytes, input->origin);
    const bool clean = whole.wellFormed ? printResult(whole, *input, 0) : decodeJsonLines(decoder, *input);
    return clean ? ExitOk : ExitUsage;
}

} // namespace alertdesk::cli
