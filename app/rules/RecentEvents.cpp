#include "RecentEvents.h"

#include <algorithm>
#include <string_view>

#include "event/EventJson.h"
#include "rules/Explain.h"
#include "rules/RuleMatcher.h"

namespace alertdesk::rules {

namespace {

// simdjson reads up to this many bytes past the text; with them allocated it parses the JSON where it lies.
constexpr qsizetype kParsePadding = 64;

std::string_view view(const QByteArray& json)
{
    return std::string_view(json.constData(), size_t(json.size()));
}

} // namespace

RecentEvents::RecentEvents(int capacity, QObject* parent) : QObject(parent), m_ring(size_t(std::max(1, capacity))) {}

RecentEvents::~RecentEvents() = default;

void RecentEvents::append(const QList<Event>& events)
{
    if (events.isEmpty())
        return;
    // Only the last `capacity` events of a batch can survive it; the others are counted, not stored.
    const qsizetype keep = std::min<qsizetype>(events.size(), qsizetype(m_ring.size()));
    m_sequence += quint64(events.size() - keep);
    for (qsizetype i = events.size() - keep; i < events.size(); ++i) {
        store(events[i], m_ring[m_next]);
        m_next = (m_next + 1) % m_ring.size();
        m_size = std::min(m_size + 1, m_ring.size());
    }
    emit appended();
}

void RecentEvents::store(const Event& event, RecentEvent& slot)
{
    slot.sequence = ++m_sequence;
    slot.timeMs = event.timeMs;
    slot.severity = event.severity;
    slot.status = event.status;
    slot.source = event.source;
    slot.type = event.type;
    slot.subject = event.subject;
    slot.region = event.region;
    slot.title = event.title;
    slot.fingerprint = event.fingerprint;
    slot.json = cloudEventWithAlertdesk(event);
    if (slot.json.capacity() - slot.json.size() < kParsePadding)
        slot.json.reserve(slot.json.size() + kParsePadding);
}

std::vector<RecentEvent> RecentEvents::snapshot() const
{
    std::vector<RecentEvent> events;
    events.reserve(m_size);
    const size_t first = (m_next + m_ring.size() - m_size) % m_ring.size();
    for (size_t i = 0; i < m_size; ++i)
        events.push_back(m_ring[(first + i) % m_ring.size()]);
    return events;
}

std::optional<QByteArray> RecentEvents::latestJson(const QString& fingerprint) const
{
    for (size_t i = 1; i <= m_size; ++i) {
        const RecentEvent& event = m_ring[(m_next + m_ring.size() - i) % m_ring.size()];
        if (event.fingerprint == fingerprint)
            return event.json;
    }
    return std::nullopt;
}

std::vector<char> RecentEvents::match(const Pattern& pattern, const std::vector<RecentEvent>& events)
{
    RuleMatcher matcher;
    matcher.add(pattern);
    std::vector<uint32_t> hits;
    std::vector<char> matched(events.size(), 0);
    for (size_t i = 0; i < events.size(); ++i) {
        const RecentEvent& event = events[i];
        const bool read = bool(matcher.match(view(event.json), hits, event.readable()));
        matched[i] = read && !hits.empty() ? 1 : 0;
    }
    return matched;
}

QString RecentEvents::explain(const Pattern& pattern, const RecentEvent& event)
{
    RuleMatcher matcher;
    matcher.add(pattern);
    std::vector<uint32_t> hits;
    if (auto read = matcher.match(view(event.json), hits, event.readable()); !read)
        return read.error().toString();
    if (!hits.empty())
        return {};
    return explainMismatch(matcher.pattern(0), matcher.lastEvent(), matcher.pathIds(0));
}

} // namespace alertdesk::rules
