#include "store/StoreWorker.h"

#include <QLoggingCategory>

#include "store/FilterDataValues.h"
#include "store/HistoryWriter.h"
#include "store/Retention.h"
#include "store/Schema.h"
#include "store/Sqlite.h"
#include "store/StoreLogging.h"
#include "store/StoreWrite.h"

namespace alertdesk {

namespace {
// One transaction per this many events: large enough that commits are a small share of the cost, small enough
// that a crash loses at most a moment of history.
constexpr std::size_t kBatchSize = 5000;
constexpr qint64 kRetentionCheckMs = 2000;
} // namespace

StoreWorker::StoreWorker(QString path, RetentionLimits limits, std::shared_ptr<StoreWriteQueue> queue)
    : m_path(std::move(path)), m_limits(limits), m_queue(std::move(queue))
{
}

StoreWorker::~StoreWorker() = default;

void StoreWorker::open()
{
    auto db = sqlite::Database::open(m_path);
    if (!db) {
        emit failed(db.error().toString());
        return;
    }
    m_db = std::move(*db);
    // - WAL: readers never block the writer; synchronous=NORMAL keeps every committed transaction across a
    //   crash of the process (only a power cut may lose the last ones), at a fraction of FULL's fsyncs.
    // - 64 KiB pages (for a new file; an existing one keeps its size): events are ~1 KB blobs and every page is
    //   a write to the WAL and one to the database, so big pages mean a sixteenth of the system calls.
    // - A larger cache and memory-mapped reads: the defaults keep re-reading the same index pages.
    // - A checkpoint every 64 MiB of log. (A checkpointer thread of its own was tried: it moved the work but
    //   not the CPU, and on two cores that made ingest slower.)
    if (auto pragmas = m_db->exec("PRAGMA page_size=65536; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                                  "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768; PRAGMA mmap_size=268435456;"
                                  "PRAGMA wal_autocheckpoint=1024;");
        !pragmas) {
        emit failed(pragmas.error().toString());
        return;
    }
    if (auto migrated = schema::migrate(*m_db); !migrated) {
        emit failed(migrated.error().toString());
        m_db.reset();
        return;
    }
    HistoryReader reader(*m_db);
    auto history = reader.loadAll();
    if (!history) {
        emit failed(history.error().toString());
        return;
    }
    m_writer = std::make_unique<HistoryWriter>(*m_db, m_limits.maxEventsPerAlert);
    m_retention = std::make_unique<Retention>(*m_db);
    m_sinceRetentionCheck.start();
    qCDebug(lcStore) << "loaded" << history->table->liveCount() << "alerts from" << m_path;
    emit opened(*history);
    enforceRetention();
}

void StoreWorker::drain()
{
    if (!m_writer)
        return;
    for (auto queued = m_queue->takeAll(); !queued.empty(); queued = m_queue->takeAll()) {
        for (std::vector<StoreWrite>& pushed : queued) {
            if (!m_removedAlerts.isEmpty())
                std::erase_if(pushed, [this](const StoreWrite& w) { return m_removedAlerts.contains(w.alertId); });
            const std::span<const StoreWrite> all(pushed);
            for (std::size_t start = 0; start < all.size(); start += kBatchSize) {
                if (!commit(all.subspan(start, std::min(kBatchSize, all.size() - start))))
                    return;
            }
        }
    }
}

bool StoreWorker::commit(std::span<const StoreWrite> batch)
{
    auto written = m_writer->write(batch);
    if (!written) {
        emit failed(written.error().toString());
        return false;
    }
    if (*written > 0)
        emit retentionChanged(HistoryReader(*m_db).retention());
    emit committed(qint64(batch.size()), batch.back().eventRow);
    if (m_sinceRetentionCheck.elapsed() > kRetentionCheckMs)
        enforceRetention();
    return true;
}

void StoreWorker::enforceRetention()
{
    m_sinceRetentionCheck.restart();
    auto removed = m_retention->enforceSizeCap(m_limits.maxBytes);
    if (!removed) {
        emit failed(removed.error().toString());
        return;
    }
    if (removed->isEmpty())
        return;
    for (const qint64 id : std::as_const(*removed))
        m_removedAlerts.insert(id);
    qCInfo(lcStore) << "retention removed" << removed->size() << "alerts to stay under" << m_limits.maxBytes
                    << "bytes";
    emit alertsRemoved(*removed);
    emit retentionChanged(HistoryReader(*m_db).retention());
}

void StoreWorker::loadDetail(qint64 alertId, qint64 alertCount)
{
    if (!m_db)
        return;
    drain();   // the detail includes everything folded so far
    auto detail = HistoryReader(*m_db).loadDetail(alertId, alertCount);
    if (!detail) {
        emit failed(detail.error().toString());
        return;
    }
    emit detailLoaded(*detail);
}

void StoreWorker::loadData(const QStringList& paths)
{
    if (!m_db)
        return;
    drain();
    QList<std::pair<qint64, QList<std::optional<QByteArray>>>> values;
    HistoryReader(*m_db).forEachLatestData([&values, &paths](qint64 alertId, QByteArrayView json) {
        values.append({alertId, extractDataValues(json, paths)});
    });
    emit dataLoaded(paths, values);
}

} // namespace alertdesk
