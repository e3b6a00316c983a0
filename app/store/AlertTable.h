#pragma once

#include <cstdint>
#include <memory>
#include <vector>
#include <optional>

#include <QHash>
#include <QString>

#include "store/AlertRow.h"
#include "store/StringPool.h"

namespace alertdesk {

// The alerts in memory: one compact row per alert, in arrival order (a row's index never changes while the
// process runs; removed alerts stay as tombstones flagged Removed), the pool of shared strings, and the
// fingerprint index. Owned and mutated by AlertStore on one thread; readers on that thread, or other threads
// while that thread waits for them (the parallel filter), see a consistent table.
class AlertTable final
{
public:
    quint32 size() const { return m_size; }
    const AlertRow& row(quint32 index) const { return m_chunks[index >> kChunkBits][index & kChunkMask]; }
    AlertRow& row(quint32 index) { return m_chunks[index >> kChunkBits][index & kChunkMask]; }
    const StringPool& pool() const { return m_pool; }
    StringPool& pool() { return m_pool; }

    std::optional<quint32> find(const QString& fingerprint) const;
    // Rows are in alert-id order (loaded by id, new ids increase), so this is a binary search.
    std::optional<quint32> findAlertId(qint64 alertId) const;
    quint32 append(AlertRow row);
    // Room for `rows` alerts without growing the fingerprint index: growing a million-entry hash re-inserts
    // every entry at once, which the loader does on the storage thread rather than the GUI thread mid-feed.
    void reserve(quint32 rows);
    void markRemoved(quint32 index);
    quint32 liveCount() const { return size() - m_removed; }

private:
    static quint64 hashOf(QByteArrayView utf8);
    static quint64 hashOf(QStringView fingerprint);   // the same value as for its UTF-8

    // Rows in chunks of 16,384: growth never moves a million rows, and a filter scanning them reads memory in
    // order (std::deque's 512-byte blocks held four rows each, scattered among the rows' text buffers).
    static constexpr quint32 kChunkBits = 14;
    static constexpr quint32 kChunkMask = (1u << kChunkBits) - 1;
    std::vector<std::unique_ptr<AlertRow[]>> m_chunks;
    quint32 m_size = 0;
    StringPool m_pool;
    // Fingerprints by 64-bit hash (8 bytes a key instead of a string); a collision, checked against the row's
    // own fingerprint, falls back to the exact map.
    QHash<quint64, quint32> m_byHash;
    QHash<QString, quint32> m_collided;
    quint32 m_removed = 0;
};

} // namespace alertdesk
