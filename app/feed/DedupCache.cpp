#include "DedupCache.h"

#include <algorithm>

namespace alertdesk {

DedupCache::DedupCache(qsizetype capacity) : m_capacity(std::max<qsizetype>(1, capacity)) {}

bool DedupCache::insert(const QString& key)
{
    if (m_keys.contains(key))
        return false;
    if (m_ring.size() < m_capacity) {
        m_ring.append(key);
    } else {
        m_keys.remove(m_ring.at(m_next));
        m_ring[m_next] = key;
        m_next = (m_next + 1) % m_capacity;
    }
    m_keys.insert(key);
    return true;
}

void DedupCache::clear()
{
    m_keys.clear();
    m_ring.clear();
    m_next = 0;
}

} // namespace alertdesk
