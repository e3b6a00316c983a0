#pragma once

#include <QList>

#include "common/Error.h"
#include "store/Sqlite.h"

namespace alertdesk {

// Keeps the history under its size cap. The per-alert event cap is applied as events are written
// (HistoryWriter); this removes whole alerts when the database as a whole grows past its cap: resolved and
// stateless ones before firing ones, the longest unseen first, so what the operator is watching stays.
class Retention final
{
public:
    explicit Retention(sqlite::Database& db) : m_db(db) {}

    qint64 usedBytes();
    // Returns the ids of the alerts removed (empty when the history is within the cap).
    Expected<QList<qint64>> enforceSizeCap(qint64 maxBytes);

private:
    Expected<QList<qint64>> removeOldest(qint64 howMany);

    sqlite::Database& m_db;
};

} // namespace alertdesk
