#include "BoundedEventQueue.h"

#include <QMutexLocker>

namespace alertdesk {

qsizetype BoundedEventQueue::push(QList<Event> events)
{
    QMutexLocker lock(&m_mutex);
    const qsizetype room = qMax<qsizetype>(m_capacity - m_events.size(), 0);
    const qsizetype dropped = qMax<qsizetype>(events.size() - room, 0);
    if (dropped > 0)
        events.resize(room);
    if (m_events.isEmpty())
        m_events = std::move(events);
    else
        m_events.append(std::move(events));
    return dropped;
}

QList<Event> BoundedEventQueue::takeAll()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_events, {});
}

qsizetype BoundedEventQueue::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_events.size();
}

} // namespace alertdesk
