#pragma once

#include <QMetaType>
#include <QString>

namespace alertdesk {

enum class FeedState : quint8 {
    Stopped,        // no feed running
    Connecting,     // opening the connection (first time or after a backoff)
    Connected,      // receiving
    Reconnecting,   // lost or refused; waiting out the backoff before the next attempt
};

QString feedStateName(FeedState state);   // "connected", … (logs and machine output; the UI translates)

// A snapshot of a feed, cheap to copy to the GUI thread.
struct FeedStats
{
    FeedState state = FeedState::Stopped;
    bool demo = false;
    QString endpoint;            // redacted URL, or "demo"
    QString lastError;           // why the last connection ended, for the tooltip
    double eventsPerSecond = 0;  // over the last few seconds
    quint64 events = 0;          // accepted (distinct) events since start
    quint64 duplicates = 0;      // dropped as already seen (source + id)
    quint64 rejected = 0;        // inputs that could not be decoded
    quint64 dropped = 0;         // events dropped because a queue was full
    quint64 lost = 0;            // events the hub reported as lost (gap events)
    quint64 gaps = 0;            // gap events, including those where the hub could not tell how many were lost
    qint64 lastSeq = -1;         // the hub's sequence number of the last frame, for resuming
    int reconnects = 0;
};

} // namespace alertdesk

Q_DECLARE_METATYPE(alertdesk::FeedStats)
