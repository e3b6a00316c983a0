#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include "event/Event.h"
#include "rules/Pattern.h"

namespace alertdesk::rules {

// One event as the rule editor's live test needs it: what a list row shows, and the JSON a pattern matches
// (cloudEventWithAlertdesk). The original payload is not kept: the JSON already contains it.
struct RecentEvent
{
    quint64 sequence = 0; // 1, 2, 3, … in arrival order: identifies the event while it is kept
    qint64 timeMs = 0;
    Severity severity = Severity::Unknown;
    Status status = Status::Stateless;
    QString source;
    QString type;
    QString subject;
    QString region;
    QString title;
    QString fingerprint;
    // With at least simdjson's padding of spare capacity, so matching parses it in place (readable()).
    QByteArray json;

    size_t readable() const { return size_t(json.capacity()); }
};

// The last N events of the feed (N = 1,000 by default) for testing a pattern as it is written. A ring of fixed
// size fed from FeedService::eventsArrived: a batch larger than the ring only costs its last N events, and a
// slot's strings are replaced in place. Lives on the GUI thread; snapshot() hands an implicitly shared copy to
// whoever matches (any thread).
class RecentEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentEvents)

public:
    static constexpr int kDefaultCapacity = 1000;

    explicit RecentEvents(int capacity = kDefaultCapacity, QObject* parent = nullptr);
    ~RecentEvents() override;

    void append(const QList<alertdesk::Event>& events);
    int size() const { return int(m_size); }
    int capacity() const { return int(m_ring.size()); }
    // Events appended so far, kept or not.
    quint64 total() const { return m_sequence; }
    // The kept events, oldest first.
    std::vector<RecentEvent> snapshot() const;
    // The JSON of the newest kept event of an alert (its fingerprint), to see how the source spelled it.
    std::optional<QByteArray> latestJson(const QString& fingerprint) const;

    // Which of `events` the pattern matches (1) or not (0); an event that cannot be read counts as no match.
    static std::vector<char> match(const Pattern& pattern, const std::vector<RecentEvent>& events);
    // Why the pattern does not match the event ("$.source: …", Explain.h); empty when it matches.
    static QString explain(const Pattern& pattern, const RecentEvent& event);

signals:
    // Once per append() that kept something.
    void appended();

private:
    void store(const Event& event, RecentEvent& slot);

    std::vector<RecentEvent> m_ring;
    size_t m_next = 0; // the slot the next event goes to
    size_t m_size = 0;
    quint64 m_sequence = 0;
};

} // namespace alertdesk::rules
