// alertdesk-cli tail URL [--count N] [--timeout S] [--token-file F] (BRIEF.md, "The command line"):
// subscribe to a feed, reconnecting by itself, and print each distinct event as `decode` does.
#include <cstdio>
#include <optional>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

#include "CliCommand.h"
#include "secrets/TokenFile.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Redaction.h"
#include "event/EventJson.h"
#include "feed/FeedClient.h"

namespace alertdesk::cli {

namespace {

const char kTailHelp[] =
    "Usage: alertdesk-cli tail URL [--count N] [--timeout S] [--token-file F]\n"
    "\n"
    "Subscribe to a feed (ws:// or wss://, e.g. the /feed of alertdesk-cli serve) and print each distinct event\n"
    "as one JSON line, exactly like decode. Reconnects by itself and resumes where it stopped.\n"
    "\n"
    "  --count N        exit 0 once N distinct events were printed\n"
    "  --timeout S      give up after S seconds: exit 1 if --count was not reached (exit 0 without --count)\n"
    "  --token-file F   send the token in F as \"Authorization: Bearer\"; F must not be readable by others\n"
    "\n"
    "Connection changes, rejected frames and gaps are reported on standard error.\n";

struct TailOptions
{
    QUrl url;
    std::optional<qint64> count;
    std::optional<int> timeoutMs;
    QString tokenFile;
};

Expected<TailOptions> parseTailArgs(const QStringList& args, bool* helpRequested)
{
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("count"), QString(), QStringLiteral("N"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QString(), QStringLiteral("S"));
    const QCommandLineOption tokenOption(QStringLiteral("token-file"), QString(), QStringLiteral("F"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({countOption, timeoutOption, tokenOption, helpOption});
    if (!parser.parse(args))
        return fail(Error::Code::BadInput, parser.errorText() + QLatin1Char('.'), QStringLiteral("tail"));
    *helpRequested = parser.isSet(helpOption);
    if (*helpRequested)
        return TailOptions{};

    TailOptions options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(Error::Code::BadInput, QStringLiteral("expected exactly one feed URL (see tail --help)."),
                    QStringLiteral("tail"));
    options.url = QUrl(positional.first(), QUrl::StrictMode);
    const QString scheme = options.url.scheme();
    if (!options.url.isValid() || options.url.host().isEmpty() ||
        (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")))
        return fail(Error::Code::BadInput, QStringLiteral("the feed URL must be ws://HOST[:PORT]/PATH or wss://…"),
                    positional.first());
    if (parser.isSet(countOption)) {
        bool ok = false;
        const qint64 count = parser.value(countOption).toLongLong(&ok);
        if (!ok || count <= 0)
            return fail(Error::Code::BadInput, QStringLiteral("--count needs a positive whole number."),
                        parser.value(countOption));
        options.count = count;
    }
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600 * 24)
            return fail(Error::Code::BadInput, QStringLiteral("--timeout needs a positive number of seconds."),
                        parser.value(timeoutOption));
        options.timeoutMs = static_cast<int>(seconds * 1000);
    }
    options.tokenFile = parser.value(tokenOption);
    return options;
}


QString sentence(QString text)
{
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

} // namespace

int runTail(const QStringList& args, const GlobalOptions& /*global: tail keeps nothing in the profile*/)
{
    bool help = false;
    const Expected<TailOptions> parsed = parseTailArgs(args, &help);
    if (!parsed) {
        printError(parsed.error().toString());
        return ExitUsage;
    }
    if (help) {
        std::fputs(kTailHelp, stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    const TailOptions& options = *parsed;
    QByteArray token;
    if (!options.tokenFile.isEmpty()) {
        Expected<QByteArray> read = readTokenFile(options.tokenFile);
        if (!read) {
            printError(read.error().toString());
            return ExitUsage;
        }
        token = std::move(*read);
    }

    // tail reports connection changes and rejections itself, as sentences; the feed's log lines would repeat
    // them (QT_LOGGING_RULES still overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("alertdesk.feed.info=false\nalertdesk.feed.warning=false"));

    SystemClock clock;
    FeedClient client(clock);
    QEventLoop loop;
    qint64 printed = 0;

    QObject::connect(&client, &FeedClient::eventsReceived, &loop, [&](const QList<Event>& events) {
        for (const Event& event : events) {
            if (options.count && printed >= *options.count)
                break;
            printLine(eventToJsonLine(event));
            ++printed;
        }
        if (options.count && printed >= *options.count) {
            client.stop();
            loop.exit(ExitOk);
        }
    });
    QObject::connect(&client, &FeedClient::inputRejected, &loop,
                     [](const QString& reason) { printError(sentence(QStringLiteral("rejected: ") + reason)); });
    QObject::connect(&client, &FeedClient::gapReported, &loop, [](qint64 lost) {
        if (lost < 0) {
            printError(QStringLiteral("the hub no longer knows our position (it restarted?): some events may have "
                                      "been lost; continuing with what it has."));
            return;
        }
        printError(QStringLiteral("the feed lost %1 events that had left the hub's replay buffer; continuing with "
                                  "what it still has.")
                       .arg(lost));
    });
    QObject::connect(&client, &FeedClient::stateChanged, &loop, [](FeedState state, const QString& detail) {
        if (state == FeedState::Connected || state == FeedState::Reconnecting)
            printError(detail);
    });

    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        client.stop();
        if (!options.count) {
            loop.exit(ExitOk);
            return;
        }
        printError(QStringLiteral("the timeout of %1 s expired after %2 of %3 events from %4.")
                       .arg(*options.timeoutMs / 1000.0)
                       .arg(printed)
                       .arg(*options.count)
                       .arg(redactUrl(options.url)));
        loop.exit(ExitFailed);
    });
    if (options.timeoutMs)
        deadline.start(*options.timeoutMs);

    client.start(options.url, token);
    return loop.exec();
}

} // namespace alertdesk::cli
