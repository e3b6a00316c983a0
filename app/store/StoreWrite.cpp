#include "store/StoreWrite.h"

namespace alertdesk {

bool StoreWriteQueue::push(std::vector<StoreWrite>&& writes)
{
    std::lock_guard lock(m_mutex);
    const bool wasEmpty = m_count == 0;
    if (m_count + writes.size() > m_capacity) {
        const std::size_t room = m_capacity - std::min(m_count, m_capacity);
        m_dropped += qint64(writes.size() - room);
        writes.resize(room);
    }
    if (!writes.empty()) {
        m_count += writes.size();
        m_batches.push_back(std::move(writes));
    }
    return wasEmpty;
}

std::vector<std::vector<StoreWrite>> StoreWriteQueue::takeAll()
{
    std::vector<std::vector<StoreWrite>> out;
    std::lock_guard lock(m_mutex);
    out.swap(m_batches);
    m_count = 0;
    return out;
}

std::size_t StoreWriteQueue::size() const
{
    std::lock_guard lock(m_mutex);
    return m_count;
}

qint64 StoreWriteQueue::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

} // namespace alertdesk
