#include "store/Retention.h"

#include <QCoreApplication>

namespace alertdesk {

qint64 Retention::usedBytes()
{
    const qint64 pages = m_db.queryInt("PRAGMA page_count");
    const qint64 freePages = m_db.queryInt("PRAGMA freelist_count");
    return (pages - freePages) * m_db.queryInt("PRAGMA page_size", 4096);
}

Expected<QList<qint64>> Retention::enforceSizeCap(qint64 maxBytes)
{
    QList<qint64> removed;
    // A few rounds of a twentieth of the alerts each: freed pages are reused, so the file stops growing.
    for (int round = 0; round < 20 && usedBytes() > maxBytes; ++round) {
        const qint64 alerts = m_db.queryInt("SELECT count(*) FROM alerts");
        if (alerts == 0)
            break;
        auto batch = removeOldest(std::max<qint64>(1, alerts / 20));
        if (!batch)
            return batch;
        removed += *batch;
    }
    return removed;
}

Expected<QList<qint64>> Retention::removeOldest(qint64 howMany)
{
    QList<qint64> ids;
    {
        sqlite::Statement oldest =
            m_db.prepare("SELECT id FROM alerts ORDER BY status = 0, last_seen_ms, id LIMIT ?1");
        oldest.bind(1, howMany);
        while (oldest.step())
            ids.append(oldest.int64(0));
    }
    if (auto begun = m_db.exec("BEGIN"); !begun)
        return std::unexpected(begun.error());
    sqlite::Statement events = m_db.prepare("DELETE FROM events WHERE alert_id = ?1");
    sqlite::Statement timeline = m_db.prepare("DELETE FROM timeline WHERE alert_id = ?1");
    sqlite::Statement alert = m_db.prepare("DELETE FROM alerts WHERE id = ?1");
    qint64 eventsRemoved = 0;
    for (const qint64 id : ids) {
        events.bind(1, id);
        events.run();
        eventsRemoved += m_db.changes();
        timeline.bind(1, id);
        timeline.run();
        alert.bind(1, id);
        alert.run();
    }
    sqlite::Statement count = m_db.prepare("UPDATE retention SET removed = removed + ?2 WHERE what = ?1");
    count.bindText(1, "alerts");
    count.bind(2, qint64(ids.size()));
    count.run();
    count.bindText(1, "events");
    count.bind(2, eventsRemoved);
    count.run();
    if (auto committed = m_db.exec("COMMIT"); !committed) {
        (void)m_db.exec("ROLLBACK");
        return std::unexpected(committed.error());
    }
    return ids;
}

} // namespace alertdesk
