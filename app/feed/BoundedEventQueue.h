#pragma once

#include <QList>
#include <QMutex>

#include "event/Event.h"

namespace alertdesk {

// Hand-over between the feed worker and the GUI thread. Bounded: when the consumer falls behind, new events are
// dropped and counted (BRIEF.md: a drop is counted and shown, never silent), so memory stays flat under any load.
class BoundedEventQueue final
{
public:
    explicit BoundedEventQueue(qsizetype capacity = 100000) : m_capacity(capacity) {}

    // Appends what fits; returns how many events were dropped.
    qsizetype push(QList<Event> events);
    QList<Event> takeAll();
    qsizetype size() const;
    qsizetype capacity() const { return m_capacity; }

private:
    const qsizetype m_capacity;
    mutable QMutex m_mutex;
    QList<Event> m_events;
};

} // namespace alertdesk
