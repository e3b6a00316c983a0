// alertdesk-cli render: the exact request bodies a channel would receive for the events of a file (BRIEF.md,
// "The command line"), one compact JSON line per message.
#include <cstdio>

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include "CliCommand.h"
#include "common/Clock.h"
#include "event/EventDecoder.h"
#include "notify/MessageComposer.h"

namespace alertdesk::cli {

namespace {

Expected<QByteArray> readFile(const QString& path)
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

// The whole file as one document, else as JSON Lines, like decode.
Expected<QList<Event>> readEvents(const QString& path)
{
    const Expected<QByteArray> bytes = readFile(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    SystemClock clock;
    EventDecoder decoder(clock);
    const QString origin =
        path == QLatin1String("-") ? QStringLiteral("stdin") : QStringLiteral("file:") + QFileInfo(path).fileName();
    DecodeResult result = decoder.decode(*bytes, origin);
    if (!result.wellFormed) {
        result = {};
        for (const QByteArray& line : bytes->split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const DecodeResult one = decoder.decode(line.trimmed(), origin);
            result.events += one.events;
            result.rejections += one.rejections;
        }
    }
    if (!result.rejections.isEmpty())
        return fail(Error::Code::BadInput, result.rejections.first().toString(), path);
    if (result.events.isEmpty())
        return fail(Error::Code::BadInput, QStringLiteral("no events in the file"), path);
    return result.events;
}

struct RenderArgs
{
    ComposeOptions options;
    QString templatePath;
    QString eventPath;
    bool digest = false;
};

// Parses and checks the arguments; prints the problem and gives false when they are unusable.
bool parseArgs(const QStringList& args, RenderArgs& out, int& exitStatus)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Print the exact request body a channel type would receive for the events of FILE, one JSON line per "
        "message (several when the channel's limits split a long message). Signing fields are added when "
        "sending, not here."));
    parser.addHelpOption();
    const QCommandLineOption channel(
        QStringLiteral("channel-type"),
        QStringLiteral("wecom, dingtalk, feishu, lark, slack, teams, discord, telegram or generic"),
        QStringLiteral("T"));
    const QCommandLineOption type(
        QStringLiteral("message-type"),
        QStringLiteral("the IM's message type (markdown, text, interactive, actionCard, …); default per channel"),
        QStringLiteral("M"));
    const QCommandLineOption templ(QStringLiteral("template"),
                                   QStringLiteral("Mustache template file (default: the shipped one)"),
                                   QStringLiteral("FILE"));
    const QCommandLineOption keyword(QStringLiteral("keyword"),
                                     QStringLiteral("a required keyword; at least one must appear (repeatable)"),
                                     QStringLiteral("K"));
    const QCommandLineOption digest(
        QStringLiteral("digest"), QStringLiteral("one digest message for all events instead of one message per event"));
    const QCommandLineOption event(
        QStringLiteral("event"), QStringLiteral("event file (any format decode reads), or -"), QStringLiteral("FILE"));
    parser.addOptions({channel, type, templ, keyword, digest, event});
    exitStatus = ExitUsage;
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        exitStatus = ExitOk;
        return false;
    }
    if (!parser.isSet(channel) || !parser.isSet(event)) {
        printError(QStringLiteral("render needs --channel-type and --event; see render --help."));
        return false;
    }
    const std::optional<ChannelType> channelType = channelTypeFromName(parser.value(channel));
    if (!channelType) {
        printError(QStringLiteral("unknown channel type \"%1\"; use one of: %2.")
                       .arg(parser.value(channel), channelTypeNames().join(QStringLiteral(", "))));
        return false;
    }
    out.options.channel = *channelType;
    out.options.type = defaultMessageType(*channelType);
    if (parser.isSet(type)) {
        const std::optional<MessageType> messageType = messageTypeFromName(*channelType, parser.value(type));
        if (!messageType) {
            QStringList names;
            for (const MessageType known : messageTypes(*channelType))
                names.append(messageTypeName(known));
            printError(QStringLiteral("%1 has no message type \"%2\"; use one of: %3.")
                           .arg(parser.value(channel), parser.value(type), names.join(QStringLiteral(", "))));
            return false;
        }
        out.options.type = *messageType;
    }
    out.options.keywords = parser.values(keyword);
    out.options.view.language =
        QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    out.templatePath = parser.value(templ);
    out.eventPath = parser.value(event);
    out.digest = parser.isSet(digest);
    return true;
}

// Prints the bodies; reports notes and keyword failures on standard error. False when a keyword is missing.
bool printMessages(const QList<ComposedMessage>& messages, const ComposeOptions& options, int& counter)
{
    bool keywordsOk = true;
    for (const ComposedMessage& message : messages) {
        ++counter;
        printLine(message.json);
        for (const QString& note : message.notes)
            printError(QStringLiteral("message %1: %2").arg(counter).arg(note));
        if (!message.keywordSatisfied) {
            keywordsOk = false;
            printError(QStringLiteral("message %1 contains none of the required keywords (%2): %3 would refuse it.")
                           .arg(counter)
                           .arg(options.keywords.join(QStringLiteral(", ")), channelTypeName(options.channel)));
        }
    }
    return keywordsOk;
}

} // namespace

int runRender(const QStringList& args, const GlobalOptions&)
{
    RenderArgs render;
    int exitStatus = ExitUsage;
    if (!parseArgs(args, render, exitStatus))
        return exitStatus;

    QString templateText;
    if (!render.templatePath.isEmpty()) {
        const Expected<QByteArray> bytes = readFile(render.templatePath);
        if (!bytes) {
            printError(bytes.error().toString());
            return ExitUsage;
        }
        templateText = QString::fromUtf8(*bytes);
    }
    auto composer = MessageComposer::create(render.options, templateText);
    if (!composer) {
        const QString name = render.templatePath.isEmpty() ? QStringLiteral("default template") : render.templatePath;
        printError(composer.error().toError(name).toString());
        return ExitUsage;
    }
    const Expected<QList<Event>> events = readEvents(render.eventPath);
    if (!events) {
        printError(events.error().toString());
        return ExitUsage;
    }

    const qint64 nowMs = SystemClock().nowMs();
    bool keywordsOk = true;
    int counter = 0;
    const auto output = [&](const Expected<QList<ComposedMessage>>& messages) {
        if (!messages) {
            printError(messages.error().toString());
            return false;
        }
        keywordsOk = printMessages(*messages, render.options, counter) && keywordsOk;
        return true;
    };
    if (render.digest) {
        QList<DigestEntry> entries;
        for (const Event& event : *events)
            entries.append(DigestEntry{event, {}});
        if (!output(composer->composeDigest(entries, nowMs)))
            return ExitUsage;
    } else {
        for (const Event& event : *events) {
            if (!output(composer->composeAlert(event, {}, nowMs)))
                return ExitUsage;
        }
    }
    return keywordsOk ? ExitOk : ExitFailed;
}

} // namespace alertdesk::cli
