#pragma once

#include <memory>
#include <span>

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QStringList>

#include "store/HistoryReader.h"
#include "store/StoreTypes.h"

namespace alertdesk {

class HistoryWriter;
struct StoreWrite;
class Retention;
class StoreWriteQueue;
namespace sqlite {
class Database;
}

// The storage thread's side of AlertStore: owns the SQLite connection, loads the history, writes the queued
// events in batched transactions, applies retention, and answers detail requests. Talks to AlertStore only
// through queued signals and the write queue.
class StoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWorker)

public:
    StoreWorker(QString path, RetentionLimits limits, std::shared_ptr<StoreWriteQueue> queue);
    ~StoreWorker() override;

    void open();
    void drain();
    void loadDetail(qint64 alertId, qint64 alertCount);
    // The values at `paths` in the latest event's data of every alert, in alert-id order.
    void loadData(const QStringList& paths);

signals:
    void opened(const alertdesk::LoadedHistory& history);
    void failed(const QString& message);
    void committed(qint64 events, qint64 lastEventRow);
    void alertsRemoved(const QList<qint64>& alertIds);
    void retentionChanged(const alertdesk::RetentionCounts& counts);
    void detailLoaded(const alertdesk::AlertDetail& detail);
    void dataLoaded(const QStringList& paths,
                    const QList<std::pair<qint64, QList<std::optional<QByteArray>>>>& values);

private:
    void enforceRetention();
    bool commit(std::span<const StoreWrite> batch);

    const QString m_path;
    const RetentionLimits m_limits;
    std::shared_ptr<StoreWriteQueue> m_queue;
    std::unique_ptr<sqlite::Database> m_db;
    std::unique_ptr<HistoryWriter> m_writer;
    std::unique_ptr<Retention> m_retention;
    QSet<qint64> m_removedAlerts;   // writes still queued for these are dropped
    QElapsedTimer m_sinceRetentionCheck;
};

} // namespace alertdesk

Q_DECLARE_METATYPE(alertdesk::LoadedHistory)
