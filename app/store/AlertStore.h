#pragma once

#include <memory>
#include <vector>

#include <QList>
#include <QObject>
#include <QThread>

#include "event/Event.h"
#include "store/StoreTypes.h"

namespace alertdesk {

class AlertTable;
class StoreWorker;
class StoreWriteQueue;
struct LoadedHistory;
struct StoreWrite;

// The alert store (BRIEF.md, "The event model"): events with the same fingerprint fold into one alert with a
// lifecycle, kept in memory as compact rows for the table and persisted to SQLite by a storage thread in
// batched transactions. Lives on the thread that ingests (the GUI thread in the desk); folding is a hash
// look-up and a row update, the writing happens on the storage thread, and observers get one StoreChange
// per ingested batch.
class AlertStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertStore)

public:
    AlertStore(const QString& databaseFile, RetentionLimits limits, QObject* parent = nullptr);
    ~AlertStore() override;

    // Opens the history and loads its alerts on the storage thread; opened() or openFailed() follows.
    // Events ingested before that are kept and folded once the history is in.
    void open();
    bool isOpen() const { return m_open; }
    const AlertTable& table() const { return *m_table; }

    void ingest(const QList<Event>& events);
    void requestDetail(qint64 alertId);
    // The data.<path> values the active filters need: extracted from new events as they fold (StoreChange::data)
    // and loaded once for the whole history (dataValuesLoaded, keyed by row).
    void watchDataPaths(const QStringList& paths);
    QStringList watchedDataPaths() const { return m_dataPaths; }
    // Waits until everything ingested so far is committed: at shutdown, and for tests and benchmarks.
    void flush();

    RetentionCounts retention() const { return m_retention; }
    qint64 writesDropped() const;
    // Folded events not yet handed to SQLite (a producer faster than the disk can pace itself on this).
    qint64 pendingWrites() const;
    // The rows' Acknowledged and Silenced flags, as AckStore decides them (`flags[i]` for `rows[i]`); the rows
    // that changed are reported in one changed() like updated alerts.
    void setAttentionFlags(const QList<quint32>& rows, const QList<quint8>& flags);

signals:
    void opened();
    void openFailed(const QString& message);
    void changed(const alertdesk::StoreChange& change);
    void detailLoaded(const alertdesk::AlertDetail& detail);
    void storageFailed(const QString& message);
    void retentionChanged(const alertdesk::RetentionCounts& counts);
    void committed(qint64 events, qint64 lastEventRow);
    void dataValuesLoaded(const QStringList& paths, const alertdesk::FilterDataValues& values);

private:
    void adoptHistory(const LoadedHistory& history);
    void fold(const Event& event, StoreChange& change, std::vector<StoreWrite>& writes);
    quint32 rowForEvent(const Event& event, StoreWrite& write, StoreChange& change);
    void removeAlerts(const QList<qint64>& alertIds);
    void adoptDataValues(const QStringList& paths, const QList<std::pair<qint64, QList<std::optional<QByteArray>>>>& values);

    const RetentionLimits m_limits;
    std::shared_ptr<AlertTable> m_table;
    std::shared_ptr<StoreWriteQueue> m_queue;
    QThread m_thread;
    StoreWorker* m_worker = nullptr;   // lives on m_thread
    bool m_open = false;
    QList<Event> m_pending;            // ingested before the history was loaded
    qint64 m_nextAlertId = 1;
    qint64 m_nextEventRow = 1;
    RetentionCounts m_retention;
    QStringList m_dataPaths;
};

} // namespace alertdesk
