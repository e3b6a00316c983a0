#include "store/StoreWrite.h"

namespace alertdesk {

bool StoreWriteQueue::push(std::vector<StoreWrite>&& writes)
{
    std::lock_guard lock(m_mutex);
    const bool wasEmpty = m_items.empty();
    for (StoreWrite& write : writes) {
        if (m_items.size() >= m_capacity) {
            ++m_dropped;
            continue;
        }
        m_items.push_back(std::move(write));
    }
    return wasEmpty;
}

std::vector<StoreWrite> StoreWriteQueue::take(std::size_t max)
{
    std::lock_guard lock(m_mutex);
    const std::size_t n = std::min(max, m_items.size());
    std::vector<StoreWrite> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(std::move(m_items.front()));
        m_items.pop_front();
    }
    return out;
}

std::size_t StoreWriteQueue::size() const
{
    std::lock_guard lock(m_mutex);
    return m_items.size();
}

qint64 StoreWriteQueue::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace alertdesk
