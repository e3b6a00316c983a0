#pragma once

#include <optional>

#include <QList>
#include <QTimeZone>

#include "rules/RuleSet.h"

namespace alertdesk::rules {

// A policy's mute and active windows read in its time zone. Windows are wall-clock times, so they follow the
// zone's daylight-saving changes: "09:00-18:00" in Europe/Berlin is 08:00-17:00 UTC in winter and 07:00-16:00
// in summer; a window starting inside a skipped hour starts when the clock jumps past it.
class TimeWindows final
{
public:
    enum class Verdict : unsigned char { Open, Muted, OutsideActiveTimes };

    // An empty or unknown zone name reads the windows in the machine's zone.
    explicit TimeWindows(const DeliveryPolicy& policy);

    bool isAlwaysOpen() const { return m_mute.isEmpty() && m_active.isEmpty(); }
    Verdict verdictAt(qint64 epochMs) const;
    // The first instant after `epochMs` at which the verdict is Open, looking up to 8 days ahead; empty when
    // the windows never open in that time (a mute window covering the whole week).
    std::optional<qint64> nextOpenAfter(qint64 epochMs) const;

private:
    void addEdges(const TimeWindow& window, qint64 fromMs, QList<qint64>& edges) const;

    QTimeZone m_zone;
    QList<TimeWindow> m_mute;
    QList<TimeWindow> m_active;
};

} // namespace alertdesk::rules
