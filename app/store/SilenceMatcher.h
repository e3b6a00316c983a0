#pragma once

#include <vector>

#include <QList>

#include "event/Event.h"
#include "store/AlertFilter.h"
#include "store/AlertTable.h"
#include "store/Silence.h"

namespace alertdesk {

// The silences compiled for matching: on the alert table's rows (the desk's flags) and on single events (the
// router's question, asked before or without a row). One object is used by one thread at a time (its filters
// keep caches); copies share the compiled filters.
class SilenceMatcher final
{
public:
    SilenceMatcher();

    // Silences whose matchers no longer compile (written by a newer version, say) are left out.
    void setSilences(const QList<Silence>& silences);
    const QList<Silence>& silences() const { return m_silences; }

    // The index in silences() of the first silence active at `nowMs` that matches the row, or -1.
    int firstMatch(const AlertTable& table, quint32 row, qint64 nowMs) const;
    // For every row of `table`: 1 + the index of the first active silence matching it, or 0.
    std::vector<quint16> matchAll(const AlertTable& table, qint64 nowMs) const;
    // Whether an active silence matches the alert `event` would make, seen fresh (@age 0, count 1).
    bool matchesEvent(const Event& event, qint64 nowMs);

private:
    QList<Silence> m_silences;
    std::vector<AlertFilter> m_filters; // by index of m_silences
    AlertTable m_scratch;               // one row, rewritten for each event matchesEvent() is asked about
};

} // namespace alertdesk
