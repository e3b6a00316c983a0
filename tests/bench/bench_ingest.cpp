// bench_ingest: decode → alert store (SQLite writes committed) → alert table model, for N generated events with
// N distinct fingerprints (every event a new alert). Reports events/s and resident bytes per alert, beside the
// baseline a straightforward Qt desk would be: QJsonDocument, Qt SQL inserts in the same batched transactions,
// and a QStandardItemModel row per alert (run on a tenth of the events: it is slow and large).
//   bench_ingest [--events N]   (default 1,000,000)
#include <malloc.h>

#include <pthread.h>

#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include "BenchEvents.h"
#include "common/Clock.h"
#include "common/MemoryTuning.h"
#include "common/ThreadPriority.h"
#include "event/EventDecoder.h"
#include "store/AlertStore.h"
#include "store/AlertTable.h"
#include "ui/alerts/AlertTableModel.h"

using namespace alertdesk;

namespace {

// Decoded batches from the feed thread to this one, bounded like the desk's feed queue.
class BatchQueue
{
public:
    void push(QList<Event> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < 64; });
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    QList<Event> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty(); });
        QList<Event> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return batch;
    }

    // As FeedService does, ingested batches go back to the thread that decoded them to be freed there.
    void recycle(QList<Event> batch)
    {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    void freeSpent()
    {
        std::deque<QList<Event>> spent;
        {
            std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
    }

private:
    std::deque<QList<Event>> m_spent;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<QList<Event>> m_batches;
};

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Figures
{
    double eventsPerSecond = 0;
    double bytesPerAlert = 0;
};

void waitFor(AlertStore& store, AlertStore* signalSource, qint64 maxPending)
{
    while (store.pendingWrites() > maxPending) {
        QEventLoop loop;
        QObject::connect(signalSource, &AlertStore::committed, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

Figures runOurs(int count, const QString& dir)
{
    malloc_trim(0);
    const qint64 before = bench::residentBytes();
    QList<QByteArray> input = bench::distinctTencentEvents(count, 1'790'000'000'000);
    SystemClock clock;
    Figures figures;
    {
        AlertStore store(dir + QStringLiteral("/ours.sqlite"), RetentionLimits{qint64(64) << 30, 100});
        QEventLoop opened;
        QObject::connect(&store, &AlertStore::opened, &opened, &QEventLoop::quit);
        store.open();
        opened.exec();
        std::optional<ui::AlertTableModel> model;
        if (!qEnvironmentVariableIsSet("BENCH_NO_MODEL"))
            model.emplace(store, clock);

        QElapsedTimer timer;
        timer.start();
        // As in the desk: decoding on a feed thread, folding and the model on this (the GUI) thread, writing on
        // the store's thread.
        BatchQueue batches;
        double decodeCpu = 0;
        std::thread feed([&input, &batches, &clock, count, &decodeCpu] {
            pthread_setname_np(pthread_self(), "feed-decode");
            lowerCurrentThreadPriority();   // as FeedService's thread
            const double start = threadCpuSeconds();
            EventDecoder decoder(clock);
            const QString origin = QStringLiteral("bench");
            QList<Event> batch;
            batch.reserve(10000);
            for (int i = 0; i < count; ++i) {
                batch += decoder.decode(input.at(i), origin).events;
                if (batch.size() == 10000 || i + 1 == count) {   // the feed delivers 10 batches a second
                    batches.freeSpent();
                    batches.push(std::exchange(batch, {}));
                    batch.reserve(10000);
                }
            }
            batches.push({});   // the end
            decodeCpu = threadCpuSeconds() - start;
        });
        qint64 ingestNs = 0;
        const double guiCpuStart = threadCpuSeconds();
        for (QList<Event> batch = batches.pop(); !batch.isEmpty(); batch = batches.pop()) {
            QElapsedTimer ingestTimer;
            ingestTimer.start();
            store.ingest(batch);
            ingestNs += ingestTimer.nsecsElapsed();
            batches.recycle(std::move(batch));
            waitFor(store, &store, 200'000);   // pace to the disk, as a network feed would
        }
        feed.join();
        const double guiCpu = threadCpuSeconds() - guiCpuStart;
        const qint64 producedMs = timer.elapsed();
        store.flush();
        const qint64 ms = timer.elapsed();
        std::printf("          fold and model (GUI thread): %lld ms; CPU: decode thread %.1f s, GUI thread %.1f s\n",
                    static_cast<long long>(ingestNs / 1000000), decodeCpu, guiCpu);
        std::printf("          decode, fold and model: %lld ms; waiting for the last commits: %lld ms\n"
                    "          CPU by thread: %s\n",
                    static_cast<long long>(producedMs), static_cast<long long>(ms - producedMs),
                    bench::threadCpuTimes().constData());
        figures.eventsPerSecond = count * 1000.0 / double(std::max<qint64>(ms, 1));
        if (store.writesDropped() != 0 || (model && model->rowCount() != count) || int(store.table().liveCount()) != count)
            std::fprintf(stderr, "warning: %lld writes dropped, %d rows in the model\n",
                         static_cast<long long>(store.writesDropped()), model ? model->rowCount() : -1);
        input = {};
        malloc_trim(0);
        figures.bytesPerAlert = double(bench::residentBytes() - before) / count;
        std::printf("ours      %9d events  %8.0f ms  %10.0f events/s  %6.0f bytes/alert resident\n", count,
                    double(ms), figures.eventsPerSecond, figures.bytesPerAlert);
    }
    return figures;
}

Figures runBaseline(int count, const QString& dir)
{
    malloc_trim(0);
    const qint64 before = bench::residentBytes();
    QList<QByteArray> input = bench::distinctTencentEvents(count, 1'790'000'000'000);
    Figures figures;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(dir + QStringLiteral("/baseline.sqlite"));
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE alerts(id INTEGER PRIMARY KEY, fingerprint TEXT UNIQUE, "
                                          "source, type, subject, region, status, title, payload)"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO alerts(fingerprint, source, type, subject, region, status, "
                                      "title, payload) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
        QStandardItemModel model(0, 8);
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        for (int i = 0; i < count; ++i) {
            const QJsonObject e = QJsonDocument::fromJson(input.at(i)).object();
            const QString source = e.value(QLatin1String("source")).toString();
            const QString type = e.value(QLatin1String("type")).toString();
            const QString subject = e.value(QLatin1String("subject")).toString();
            const QString region = e.value(QLatin1String("region")).toString();
            const QString status = e.value(QLatin1String("status")).toString();
            const QString title = type.section(QLatin1Char(':'), -1) + QLatin1Char(' ') + subject;
            insert.addBindValue(QString(source + type + subject));
            insert.addBindValue(source);
            insert.addBindValue(type);
            insert.addBindValue(subject);
            insert.addBindValue(region);
            insert.addBindValue(status);
            insert.addBindValue(title);
            insert.addBindValue(input.at(i));
            insert.exec();
            model.appendRow({new QStandardItem(source), new QStandardItem(type), new QStandardItem(subject),
                             new QStandardItem(region), new QStandardItem(status), new QStandardItem(title),
                             new QStandardItem(QString::number(1)), new QStandardItem(e.value(QLatin1String("id")).toString())});
            if (i % 5000 == 4999) {
                db.commit();
                db.transaction();
            }
        }
        db.commit();
        const qint64 ms = timer.elapsed();
        figures.eventsPerSecond = count * 1000.0 / double(std::max<qint64>(ms, 1));
        input = {};
        malloc_trim(0);
        figures.bytesPerAlert = double(bench::residentBytes() - before) / count;
        std::printf("baseline  %9d events  %8.0f ms  %10.0f events/s  %6.0f bytes/alert resident\n", count,
                    double(ms), figures.eventsPerSecond, figures.bytesPerAlert);
        insert = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    return figures;
}

} // namespace

int main(int argc, char* argv[])
{
    tuneMemoryAllocator();   // as the executables do
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int count = 1'000'000;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--events")); i > 0 && i + 1 < args.size())
        count = args.at(i + 1).toInt();
    QTemporaryDir dir;
    std::printf("bench_ingest: decode → store (committed) → table model, every event a new alert\n");
    const Figures ours = runOurs(count, dir.path());
    const Figures baseline = runBaseline(std::max(1000, count / 10), dir.path());
    std::printf("{\"bench\":\"ingest\",\"events\":%d,\"events_per_s\":%.0f,\"bytes_per_alert\":%.0f,"
                "\"baseline\":{\"events\":%d,\"events_per_s\":%.0f,\"bytes_per_alert\":%.0f}}\n",
                count, ours.eventsPerSecond, ours.bytesPerAlert, std::max(1000, count / 10),
                baseline.eventsPerSecond, baseline.bytesPerAlert);
    return 0;
}
