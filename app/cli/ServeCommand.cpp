// `alertdesk-cli serve`: argument parsing and wiring of the feed hub (app/feed/FeedHub). No logic of its own
// beyond turning options into HubOptions, the token file check, and a clean exit on SIGTERM/SIGINT.
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include "CliCommand.h"
#include "secrets/TokenFile.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "feed/FeedHub.h"
#include "feed/HubDemoSource.h"

namespace alertdesk::cli {

namespace {

const char kServeHelp[] =
    "Usage: alertdesk-cli serve [--listen HOST:PORT] [--demo [--rate N]] [--token-file F] [--replay N]\n"
    "                           [--allow-origin ORIGIN]...\n"
    "\n"
    "Runs the feed hub. Subscribers connect to  ws://HOST:PORT/feed  (subprotocol cloudevents.json) and receive\n"
    "every accepted event as one CloudEvent JSON text frame carrying the hub's sequence number \"seq\".\n"
    "/feed?since=S first replays the buffered events after S; when some of them have left the buffer (or S is\n"
    "unknown because the hub restarted) one event of type alertdesk.feed.gap says so first.\n"
    "Senders POST  http://HOST:PORT/events  in any format `decode` reads, including CloudEvents HTTP binary\n"
    "mode (ce-* headers). Answers: 202 {\"accepted\":N}; 400 {\"error\":…} naming the place (a batch with any bad\n"
    "element is refused as a whole); 401 without the token; 403 for a browser Origin not allowed; 411 without\n"
    "Content-Length; 413 when Content-Length exceeds 1 MiB (answered before the body is read); 431 for a\n"
    "request head over 16 KiB; 408 when a head or body is too slow.\n"
    "\n"
    "Options:\n"
    "  --listen HOST:PORT    address to listen on (default 127.0.0.1:8765; port 0 picks a free port).\n"
    "                        HOST is an IP address or localhost.\n"
    "  --demo                publish realistic demo events (Tencent Cloud and Alertmanager).\n"
    "  --rate N              demo payloads per second (default 20; needs --demo).\n"
    "  --token-file F        require 'Authorization: Bearer <token>' on /feed and /events; F holds the token\n"
    "                        and must not be accessible by group or others (chmod 600 F).\n"
    "  --replay N            frames kept for /feed?since= (default 10000; 0 keeps none).\n"
    "  --allow-origin O      let browser pages from origin O (e.g. http://localhost:3000) connect; repeatable;\n"
    "                        '*' allows every origin. Requests with any other Origin header get 403.\n"
    "\n"
    "The first line on standard output is {\"listening\":\"HOST:PORT\"}; logs go to standard error.\n"
    "SIGTERM or SIGINT stops the hub with exit status 0. Exit status 1: cannot listen; 2: bad usage.\n";

int usageError(const QString& sentence)
{
    printError(sentence);
    return ExitUsage;
}

// --listen HOST:PORT; IPv6 as [::1]:PORT. Host names other than localhost are not resolved on purpose.
Expected<std::pair<QHostAddress, quint16>> parseListen(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    QString host = colon < 0 ? QString() : text.left(colon);
    bool ok = false;
    const uint port = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&ok);
    if (colon < 0 || !ok || port > 65535)
        return fail(Error::Code::BadInput, QStringLiteral("--listen %1: expected HOST:PORT with a port from 0 to 65535").arg(text));
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return fail(Error::Code::BadInput, QStringLiteral("--listen %1: %2 is not an IP address (or localhost)").arg(text, host));
    return std::pair{address, quint16(port)};
}


// SIGTERM/SIGINT arrive on a socket pair (the only safe thing a handler can do is write); the event loop reads
// the other end and quits, so the hub is destroyed normally and subscribers get a close frame.
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd[0], &byte, 1);
}

bool installSignalHandlers(QObject* context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return false;
    auto* notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalFd[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
    return true;
}

struct ServeSettings
{
    HubOptions hub;
    bool demo = false;
    double rate = 20;
};

Expected<ServeSettings> parseServeArgs(QCommandLineParser& parser)
{
    ServeSettings settings;
    const auto listen = parseListen(parser.isSet(QStringLiteral("listen")) ? parser.value(QStringLiteral("listen"))
                                                                            : QStringLiteral("127.0.0.1:8765"));
    if (!listen)
        return std::unexpected(listen.error());
    settings.hub.address = listen->first;
    settings.hub.port = listen->second;
    settings.demo = parser.isSet(QStringLiteral("demo"));
    if (parser.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        settings.rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
        if (!settings.demo)
            return fail(Error::Code::BadInput, QStringLiteral("--rate only applies with --demo"));
        if (!ok || !(settings.rate > 0) || settings.rate > 100000)
            return fail(Error::Code::BadInput, QStringLiteral("--rate %1: expected a number of payloads per second from above 0 to 100000")
                                                   .arg(parser.value(QStringLiteral("rate"))));
    }
    if (parser.isSet(QStringLiteral("replay"))) {
        bool ok = false;
        settings.hub.replayFrames = parser.value(QStringLiteral("replay")).toLongLong(&ok);
        if (!ok || settings.hub.replayFrames < 0 || settings.hub.replayFrames > 10000000)
            return fail(Error::Code::BadInput, QStringLiteral("--replay %1: expected a number of frames from 0 to 10000000")
                                                   .arg(parser.value(QStringLiteral("replay"))));
    }
    if (parser.isSet(QStringLiteral("token-file"))) {
        const auto token = readTokenFile(parser.value(QStringLiteral("token-file")));
        if (!token)
            return std::unexpected(token.error());
        settings.hub.token = *token;
    }
    settings.hub.allowedOrigins = parser.values(QStringLiteral("allow-origin"));
    return settings;
}

} // namespace

int runServe(const QStringList& args, const GlobalOptions& global)
{
    Q_UNUSED(global);   // the hub keeps no files: it needs no profile
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {QStringLiteral("listen"), QString(), QStringLiteral("HOST:PORT")},
        {QStringLiteral("demo"), QString()},
        {QStringLiteral("rate"), QString(), QStringLiteral("N")},
        {QStringLiteral("token-file"), QString(), QStringLiteral("F")},
        {QStringLiteral("replay"), QString(), QStringLiteral("N")},
        {QStringLiteral("allow-origin"), QString(), QStringLiteral("O")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QString()},
    });
    if (!parser.parse(args))
        return usageError(QStringLiteral("serve: %1; see alertdesk-cli serve --help.")
                              .arg(parser.errorText().chopped(parser.errorText().endsWith(u'.') ? 1 : 0)));
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(QByteArray(kServeHelp).chopped(1));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("serve takes no arguments, only options (got '%1'); see alertdesk-cli serve --help.")
                              .arg(parser.positionalArguments().constFirst()));
    const Expected<ServeSettings> settings = parseServeArgs(parser);
    if (!settings)
        return usageError(settings.error().toString() + u'.');

    SystemClock clock;
    FeedHub hub(clock, settings->hub);
    // Before listening: once the "listening" line is out, a supervisor may stop us at any moment.
    if (!installSignalHandlers(&hub))
        printError(QStringLiteral("cannot install the SIGTERM handler; stop the hub with SIGKILL."));
    const Expected<quint16> port = hub.listen();
    if (!port) {
        printError(port.error().toString() + u'.');
        return ExitFailed;
    }
    printLine("{\"listening\":\"" + hub.listeningAddress().toUtf8() + "\"}");

    HubDemoSource demo(&hub, clock, settings->rate);
    if (settings->demo)
        demo.start();
    const int status = QCoreApplication::exec();
    qCInfo(lcHub) << "feed hub stopping after" << hub.lastSeq() << "events";
    return status == 0 ? ExitOk : ExitFailed;
}

} // namespace alertdesk::cli
