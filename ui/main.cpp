// The GUI's composition root: parses the command line, takes the profile, loads the translation, and wires the
// engine's services into the main window. No logic of its own beyond that.
#include <cstdio>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include "common/Clock.h"
#include "common/MemoryTuning.h"
#include "common/Version.h"
#include "store/AlertStore.h"
#include "config/ProfileLock.h"
#include "config/ProfilePaths.h"
#include "config/Settings.h"
#include "feed/FeedService.h"
#include "secrets/KeychainSecretStore.h"
#include "ui/Language.h"
#include "ui/Desk.h"
#include "ui/MainWindow.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableView.h"
#include "ui/alerts/DetailPane.h"
#include "ui/feed/ConnectionDialog.h"
#include "ui/feed/FeedController.h"
#include "ui/feed/RejectedInputsDialog.h"
#include "ui/settings/SettingsDialog.h"

using namespace alertdesk;

namespace {

constexpr int exitBadUsage = 2;

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qUtf8Printable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

// A second desk on a held profile says why on stderr, and in a message box when someone may be looking at a
// screen rather than a terminal (not on the offscreen platform tests and screenshots use).
int refuse(const QString& message)
{
    printLine(stderr, message);
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("offscreen") && platform != QLatin1String("minimal"))
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "AlertDesk"), message);
    return exitBadUsage;
}

// --screenshot: grab the window (or one of its dialogs) once the feed has delivered events, then quit.
void scheduleScreenshot(ui::MainWindow& window, FeedService& feed, const QString& file, const QString& dialog)
{
    auto grab = [&window, file, dialog] {
        QWidget* target = &window;
        if (dialog == QLatin1String("connection"))
            target = window.openConnectionDialog();
        else if (dialog == QLatin1String("rejections"))
            target = window.openRejectedInputs();
        else if (dialog == QLatin1String("settings"))
            target = window.openSettings();
        else if (dialog == QLatin1String("detail")) {   // the first alert selected, its original JSON shown
            ui::AlertTableView* table = window.desk()->table();
            table->setCurrentIndex(table->model()->index(0, 0));
            window.desk()->detail()->showJsonTab();
        }
        QTimer::singleShot(300, &window, [target, file] {
            const bool saved = target->grab().save(file);
            printLine(saved ? stdout : stderr, saved ? file : QStringLiteral("could not save ") + file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    auto fired = std::make_shared<bool>(false);
    auto once = [fired, grab, &window](int delayMs) {
        if (*fired)
            return;
        *fired = true;
        QTimer::singleShot(delayMs, &window, grab);
    };
    QObject::connect(&feed, &FeedService::statsChanged, &window, [once](const FeedStats& stats) {
        if (stats.events > 0 && stats.state == FeedState::Connected)
            once(1500);   // let the rate settle
    });
    QTimer::singleShot(8000, &window, [once] { once(0); });   // a feed that never connects is worth a picture too
}

// --help and --version only print: they must work on a machine without a display (a server, CI, a package
// check), so they get the offscreen platform unless one was chosen explicitly.
void allowPrintingWithoutDisplay(int argc, char* argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

} // namespace

int main(int argc, char* argv[])
{
    tuneMemoryAllocator();
    allowPrintingWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("alertdesk"));
    QCoreApplication::setApplicationVersion(versionString());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("AlertDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.alertdesk.AlertDesk"));   // installer/*.desktop
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/alertdesk.svg")));

    // The system language first, so even --help and a refused lock speak it; the profile's setting follows.
    QTranslator translator;
    ui::installTranslation(translator, QStringLiteral("system"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop console for live alerts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QCoreApplication::translate("main", "Keep configuration and data in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption feedOption(
        QStringLiteral("feed"), QCoreApplication::translate("main", "Connect to the WebSocket feed at URL."),
        QStringLiteral("URL"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Run the built-in demo feed."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE once events arrive, then quit."),
        QStringLiteral("FILE"));
    QCommandLineOption screenshotDialogOption(QStringLiteral("screenshot-dialog"),
                                              QStringLiteral("connection, rejections, settings or detail"),
                                              QStringLiteral("NAME"));
    screenshotDialogOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({profileOption, feedOption, demoOption, screenshotOption, screenshotDialogOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        printLine(stderr, parser.errorText());
        return exitBadUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printLine(stdout, QStringLiteral("alertdesk ") + versionString());
        return 0;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    QUrl feedUrl;
    if (parser.isSet(feedOption)) {
        auto url = ui::ConnectionDialog::validateUrl(parser.value(feedOption));
        if (!url) {
            printLine(stderr, QStringLiteral("--feed: ") + url.error().message);
            return exitBadUsage;
        }
        feedUrl = *url;
    }

    const auto paths = ProfilePaths::resolve(parser.value(profileOption));
    if (!paths)
        return refuse(paths.error().toString());
    ProfileLock lock(paths->lockFile());
    if (auto locked = lock.tryLock(); !locked)
        return refuse(locked.error().toString());

    Settings settings(paths->settingsFile());
    if (const QString language = settings.value(settings::language); language != QLatin1String("system")) {
        QCoreApplication::removeTranslator(&translator);
        ui::installTranslation(translator, language);
    }

    RetentionLimits limits;
    limits.maxBytes = qint64(std::max(16, settings.value(settings::historyMaxMiB))) * 1024 * 1024;
    limits.maxEventsPerAlert = std::max(1, settings.value(settings::historyMaxEventsPerAlert));
    KeychainSecretStore secrets;
    ui::Desk desk(*paths, settings, secrets, limits);
    ui::MainWindow& window = desk.window;
    FeedService& feed = desk.feed;
    AlertStore& store = desk.store;
    ui::FeedController& controller = desk.controller;
    QObject::connect(&store, &AlertStore::openFailed, &window, [&window](const QString& message) {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            return;
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Alert History Unavailable"),
                             QCoreApplication::translate("main", "%1\nAlerts are shown but not kept until this "
                                                                 "is fixed.").arg(message));
    });
    desk.open();
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, feed, parser.value(screenshotOption), parser.value(screenshotDialogOption));
    window.show();

    if (!feedUrl.isEmpty())
        controller.connectTo(feedUrl);
    else if (parser.isSet(demoOption))
        controller.startDemo();
    else
        controller.restoreLastChoice();
    return QApplication::exec();
}
