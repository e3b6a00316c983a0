#pragma once

#include <span>

#include "common/Error.h"
#include "store/Sqlite.h"
#include "store/StoreWrite.h"

namespace alertdesk {

// Writes folded events into the alerts and events tables, one transaction per batch, with statements prepared
// once. Lives on the storage thread with the connection.
class HistoryWriter final
{
public:
    HistoryWriter(sqlite::Database& db, int maxEventsPerAlert);

    // Everything in `writes` is committed, or nothing is (the error names the database).
    // Returns how many older events the per-alert cap removed.
    Expected<qint64> write(std::span<const StoreWrite> writes);

private:
    bool writeOne(const StoreWrite& write, qint64& trimmed);

    sqlite::Database& m_db;
    const int m_maxEventsPerAlert;
    sqlite::Statement m_insertAlert;
    sqlite::Statement m_updateLatest;
    sqlite::Statement m_updateCount;
    sqlite::Statement m_insertEvent;
    sqlite::Statement m_trim;
    sqlite::Statement m_countRemoved;
};

} // namespace alertdesk
