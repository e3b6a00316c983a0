#pragma once

#include <functional>
#include <memory>

#include "common/Error.h"
#include "store/AlertTable.h"
#include "store/Sqlite.h"
#include "store/StoreTypes.h"

namespace alertdesk {

// What the history holds when it is opened: the alert rows and the next free ids.
struct LoadedHistory
{
    std::shared_ptr<AlertTable> table;
    qint64 nextAlertId = 1;
    qint64 nextEventRow = 1;
    RetentionCounts retention;
};

// Reads the history on the storage thread: the whole alert table at start, an alert's detail on demand, the
// latest events' data for filters on data.<path>.
class HistoryReader final
{
public:
    explicit HistoryReader(sqlite::Database& db) : m_db(db) {}

    Expected<LoadedHistory> loadAll();
    Expected<AlertDetail> loadDetail(qint64 alertId, qint64 alertCount);
    RetentionCounts retention();
    // Calls `visit(alertId, data JSON)` for the latest event of every alert.
    void forEachLatestData(const std::function<void(qint64, QByteArrayView)>& visit);

private:
    sqlite::Database& m_db;
};

} // namespace alertdesk
