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

std::deque<StoreWrite> StoreWriteQueue::takeAll()
{
    std::deque<StoreWrite> out;
    std::lock_guard lock(m_mutex);
    out.swap(m_items);
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
