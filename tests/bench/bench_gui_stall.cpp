// bench_gui_stall: the whole desk as ui/main.cpp builds it (ui::Desk: alert table, views, detail, routing with
// three rules in force, the Rules and Notifications panels open) with N alerts preloaded (default 1,000,000),
// sorted by age, a filter active, while the demo feed delivers 5,000 events a second for S seconds (default 60).
// A timer probe on the GUI thread fires every 5 ms; how late it fires is how long the GUI thread was busy.
// Reports the longest and the 99th-percentile stall.
//   bench_gui_stall [--alerts N] [--seconds S] [--rate R]
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include "BenchEvents.h"
#include "common/Clock.h"
#include "common/MemoryTuning.h"
#include "config/ProfilePaths.h"
#include "config/Settings.h"
#include "event/EventDecoder.h"
#include "feed/FeedService.h"
#include "secrets/KeychainSecretStore.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "ui/Desk.h"
#include "ui/MainWindow.h"
#include "ui/routing/NotificationsPanel.h"
#include "ui/routing/RoutedNotificationsModel.h"
#include "ui/alerts/AlertDesk.h"
#include "ui/alerts/AlertTableModel.h"
#include "ui/alerts/FilterBar.h"

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
    // Rules as an operator would have them: one per product grouped by region, one for critical alerts grouped
    // by source, one per alert (no grouping) for Alertmanager.
    QFile rules(profile.filePath(QStringLiteral("rules.json")));
    if (!rules.open(QIODevice::WriteOnly))
        return 1;
    rules.write(R"({"version":1,"rules":[)"
                R"({"id":"cvm","name":"CVM","pattern":{"source":["cvm.cloud.tencent"]},"policy":{"group_by":["region"]}},)"
                R"({"id":"crit","name":"Critical","pattern":{"alertdesk":{"severity":["critical"]}},)"
                R"("policy":{"group_by":["source"],"group_wait":"5s"}},)"
                R"({"id":"am","name":"Alertmanager","pattern":{"type":["alertmanager.alert"]},"policy":{"group_wait":"0s"}}]})");
    rules.close();

    // The desk starts on that history, as after a restart.
    Settings settings(profile.filePath(QStringLiteral("settings.ini")));
    settings.setValue(settings::firstStartHintDismissed, true);
    KeychainSecretStore secrets(QStringLiteral("AlertDesk-bench"));
    const ProfilePaths paths = ProfilePaths::resolve(profile.path()).value();
    ui::Desk desk(paths, settings, secrets, limits);
    AlertStore& store = desk.store;
    FeedService& feed = desk.feed;
    ui::MainWindow& window = desk.window;
    {
        QElapsedTimer loading;
        loading.start();
        QEventLoop loaded;
        QObject::connect(&desk.acks, &AckStore::loaded, &loaded, &QEventLoop::quit);
        desk.open();
        loaded.exec();
        std::printf("history of %u alerts loaded in %lld ms\n", store.table().liveCount(),
                    static_cast<long long>(loading.elapsed()));
    }
    window.resize(1280, 900);
    window.show();
    for (const char* panel : {"rulesDock", "notificationsDock"}) {
        if (auto* dock = window.findChild<QDockWidget*>(QLatin1String(panel)))
            dock->show();
    }
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
    desk.controller.startDemo();
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
    std::printf("routing: %lld events matched a rule, %d notifications listed\n",
                static_cast<long long>(desk.routing.eventsMatched()),
                desk.notificationsPanel->model()->rowCount());
    std::printf("GUI thread stalls over %zu probes: p50 %.1f ms, p99 %.1f ms, longest %.1f ms\n", sorted.size(),
                p50, p99, maxMs);
    std::printf("{\"bench\":\"gui_stall\",\"max_ms\":%.1f,\"p99_ms\":%.1f}\n", maxMs, p99);
    return 0;
}
