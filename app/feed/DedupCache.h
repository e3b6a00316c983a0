#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace alertdesk {

// The keys (source + id) of the events seen most recently, with bounded memory: when full, the oldest key is
// forgotten first (FIFO). Used to drop the overlap a hub replays after a reconnect.
class DedupCache final
{
public:
    explicit DedupCache(qsizetype capacity);

    // True when the key is new (and now remembered); false for a duplicate.
    bool insert(const QString& key);
    bool contains(const QString& key) const { return m_keys.contains(key); }
    qsizetype size() const { return m_keys.size(); }
    qsizetype capacity() const { return m_capacity; }
    void clear();

private:
    qsizetype m_capacity;
    QSet<QString> m_keys;
    QList<QString> m_ring; // insertion order; m_next is the oldest slot once the ring is full
    qsizetype m_next = 0;
};

} // namespace alertdesk
