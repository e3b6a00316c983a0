#pragma once

#include <mutex>
#include <vector>

#include "event/Event.h"

namespace alertdesk {

// One folded event on its way to SQLite: the event and what folding decided about its alert.
struct StoreWrite
{
    enum class Kind : quint8 {
        NewAlert,     // the first event of a new alert
        Latest,       // a newer event of a known alert: the alert's fields follow it
        Older,        // an event older than the alert's latest (arrived late): only the count changes
    };
    Kind kind = Kind::NewAlert;
    bool trim = false;   // the alert now holds more events than the per-alert cap
    qint64 alertId = 0;
    qint64 eventRow = 0;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    quint32 count = 0;
    quint16 storedEvents = 0;
    // What the events table keeps of the event. Not the Event itself: its strings were allocated on the feed
    // thread, and freeing a dozen of them per event here cost the storage thread a quarter of its time.
    qint64 timeMs = 0;
    Severity severity = Severity::Unknown;
    Status status = Status::Stateless;
    Event::Payload payloadKind = Event::Payload::CloudEvent;
    QByteArray payload;   // shared with the event, not copied
    qsizetype dataOffset = 0;
    qsizetype dataLength = 0;
    // The event id as UTF-8 for an Older write; otherwise the id is the row text's Id field.
    QByteArray eventId;
    // The alert row's text (AlertRow::text, shared, not copied) and the pooled strings as UTF-8: the writer
    // binds slices of these instead of converting the event's strings again. For an Older write only `origin`
    // is set (the event's own).
    QByteArray rowText;
    QByteArray source;
    QByteArray type;
    QByteArray region;
    QByteArray origin;
};

// The bounded queue from the GUI thread to the storage thread. Bounded so that a stalled disk cannot grow
// memory without end: beyond the bound, events are still shown but not written, and the loss is counted.
class StoreWriteQueue final
{
public:
    explicit StoreWriteQueue(std::size_t capacity = 500'000) : m_capacity(capacity) {}

    // Returns true when the queue was empty before (the writer needs waking).
    bool push(std::vector<StoreWrite>&& writes);
    // Everything queued, in order, as the batches it was pushed in. O(1) under the lock: the producer (the GUI
    // thread) never waits for a copy.
    std::vector<std::vector<StoreWrite>> takeAll();
    std::size_t size() const;
    qint64 dropped() const;

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    // Whole batches, not single writes: a StoreWrite is a few hundred bytes, and a deque of them would allocate
    // a block for every one.
    std::vector<std::vector<StoreWrite>> m_batches;
    std::size_t m_count = 0;
    qint64 m_dropped = 0;
};

} // namespace alertdesk
