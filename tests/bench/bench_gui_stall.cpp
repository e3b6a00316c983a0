// bench_gui_stall: the whole desk (main window, alert table, views, detail) with N alerts preloaded (default
// 1,000,000), sorted by age, a filter active, while the demo feed delivers 5,000 events a second for S seconds
// (default 60). A timer probe on the GUI thread fires every 5 ms; how late it fires is how long the GUI thread
// was busy. Reports the longest and the 99th-percentile stall.
//   bench_gui_stall [--alerts N] [--seconds S] [--rate R]
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include "BenchEvents.h"
#include "common/Clock.h"
#include "common/MemoryTuning.h"
#include "config/Settings.h"
#include "event/EventDecoder.h"
#include "feed/FeedService.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "ui/MainWindow.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/alerts/FilterBar.h"
#include "ui/feed/FeedController.h"

using namespace alertdesk;

namespace {

int argument(const QStringList& args, const char* name, int fallback)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i > 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

void preload(AlertStore& store, int alerts, qint64 startMs)
{
    SystemClock clock;
    EventDecoder decoder(clock);
    const QString origin = QStringLiteral("bench");
    for (int start = 0; start < alerts; start += 20000) {
        QList<Event> batch;
        for (const QByteArray& e : bench::distinctTencentEvents(std::min(20000, alerts - start), startMs, start))
            batch += decoder.decode(e, origin).events;
        store.ingest(batch);
        while (store.pendingWrites() > 100'000) {
            QEventLoop loop;
            QObject::connect(&store, &AlertStore::committed, &loop, &QEventLoop::quit);
            loop.exec();
        }
    }
    store.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    tuneMemoryAllocator();   // as the executables do
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int alerts = argument(args, "--alerts", 1'000'000);
    const int seconds = argument(args, "--seconds", 60);
    const int rate = argument(args, "--rate", 5000);

    QTemporaryDir profile;
    SystemClock clock;
    const QString database = profile.filePath(QStringLiteral("alertdesk.sqlite"));
    const RetentionLimits limits{qint64(64) << 30, 100};
    {
        // An hour of history before now, so ages are realistic and new alerts sort on top.
        AlertStore writer(database, limits);
        QEventLoop opened;
        QObject::connect(&writer, &AlertStore::opened, &opened, &QEventLoop::quit);
        writer.open();
        opened.exec();
        preload(writer, alerts, clock.nowMs() - 3'600'000);
    }
    // The desk starts on that history, as after a restart.
    AlertStore store(database, limits);
    {
        QElapsedTimer loading;
        loading.start();
        QEventLoop opened;
        QObject::connect(&store, &AlertStore::opened, &opened, &QEventLoop::quit);
        store.open();
        opened.exec();
        std::printf("history of %u alerts loaded in %lld ms\n", store.table().liveCount(),
                    static_cast<long long>(loading.elapsed()));
    }

    Settings settings(profile.filePath(QStringLiteral("settings.ini")));
    settings.setValue(settings::firstStartHintDismissed, true);
    FeedService feed;
    KeychainSecretStore secrets(QStringLiteral("AlertDesk-bench"));
    ui::FeedController controller(feed, secrets, settings);
    ui::MainWindow window(feed, store, clock, controller, secrets, settings);
    QObject::connect(&feed, &FeedService::eventsArrived, &store, &AlertStore::ingest);
    window.resize(1280, 760);
    window.show();
    window.desk()->filterBar()->setText(QStringLiteral("severity>=major"));
    QApplication::processEvents();
    const int shownBefore = window.desk()->model()->rowCount();

    // The probe: every 5 ms; lateness beyond the interval is time the GUI thread could not answer.
    constexpr int kProbeMs = 5;
    std::vector<double> stalls;
    stalls.reserve(std::size_t(seconds) * 1000 / kProbeMs + 16);
    QElapsedTimer sinceLast;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        stalls.push_back(std::max(0.0, double(sinceLast.nsecsElapsed()) / 1e6 - kProbeMs));
        sinceLast.restart();
    });
    const qint64 eventsBefore = feed.stats().events;
    controller.startDemo();
    feed.startDemo(rate);
    sinceLast.start();
    probe.start();
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    QApplication::exec();
    probe.stop();
    feed.stop();

    const qint64 events = feed.stats().events - eventsBefore;
    std::vector<double> sorted = stalls;
    std::sort(sorted.begin(), sorted.end());
    const double maxMs = sorted.empty() ? 0 : sorted.back();
    const double p99 = sorted.empty() ? 0 : sorted[std::min(sorted.size() - 1, sorted.size() * 99 / 100)];
    const double p50 = sorted.empty() ? 0 : sorted[sorted.size() / 2];
    std::printf("bench_gui_stall: %d alerts preloaded, filter severity>=major (%d shown → %d), sorted by age\n",
                alerts, shownBefore, window.desk()->model()->rowCount());
    std::printf("demo feed %d events/s for %d s: %lld events arrived (%.0f/s), %u alerts now\n", rate, seconds,
                static_cast<long long>(events), double(events) / seconds, store.table().liveCount());
    std::printf("GUI thread stalls over %zu probes: p50 %.1f ms, p99 %.1f ms, longest %.1f ms\n", sorted.size(),
                p50, p99, maxMs);
    std::printf("{\"bench\":\"gui_stall\",\"max_ms\":%.1f,\"p99_ms\":%.1f}\n", maxMs, p99);
    return 0;
}
