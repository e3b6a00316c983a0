#include "TimeWindows.h"

#include <algorithm>

#include <QDateTime>

#include "rules/TimeWindow.h"

namespace alertdesk::rules {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

bool anyContains(const QList<TimeWindow>& windows, int weekday, int minute)
{
    return std::any_of(windows.begin(), windows.end(),
                       [&](const TimeWindow& w) { return windowContains(w, weekday, minute); });
}

} // namespace

TimeWindows::TimeWindows(const DeliveryPolicy& policy)
    : m_zone(policy.timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(policy.timeZone.toUtf8())),
      m_mute(policy.muteTimes),
      m_active(policy.activeTimes)
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
}

TimeWindows::Verdict TimeWindows::verdictAt(qint64 epochMs) const
{
    if (isAlwaysOpen())
        return Verdict::Open;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(epochMs, m_zone);
    const int weekday = local.date().dayOfWeek();
    const int minute = local.time().hour() * 60 + local.time().minute();
    if (anyContains(m_mute, weekday, minute))
        return Verdict::Muted;
    if (!m_active.isEmpty() && !anyContains(m_active, weekday, minute))
        return Verdict::OutsideActiveTimes;
    return Verdict::Open;
}

// Every instant where a window starts or ends, from the day before `fromMs` to 8 days after.
void TimeWindows::addEdges(const TimeWindow& window, qint64 fromMs, QList<qint64>& edges) const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(fromMs, m_zone).date();
    for (int offset = -1; offset <= 8; ++offset) {
        const QDate day = today.addDays(offset);
        for (const int minute : {window.startMinute, window.endMinute}) {
            const QDate date = minute >= 24 * 60 ? day.addDays(1) : day;
            const QDateTime at(date, QTime((minute % (24 * 60)) / 60, minute % 60), m_zone);
            if (at.isValid() && at.toMSecsSinceEpoch() > fromMs)
                edges.append(at.toMSecsSinceEpoch());
        }
    }
}

std::optional<qint64> TimeWindows::nextOpenAfter(qint64 epochMs) const
{
    if (isAlwaysOpen())
        return epochMs;
    QList<qint64> edges;
    for (const TimeWindow& window : m_mute)
        addEdges(window, epochMs, edges);
    for (const TimeWindow& window : m_active)
        addEdges(window, epochMs, edges);
    // Daylight-saving changes move wall-clock edges; the transitions themselves are candidates too.
    const qint64 horizon = epochMs + 9LL * 24 * 3600 * 1000;
    QDateTime after = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    while (m_zone.hasTransitions()) {
        const QTimeZone::OffsetData next = m_zone.nextTransition(after);
        if (!next.atUtc.isValid() || next.atUtc.toMSecsSinceEpoch() > horizon)
            break;
        edges.append(next.atUtc.toMSecsSinceEpoch());
        after = next.atUtc;
    }
    std::sort(edges.begin(), edges.end());
    for (const qint64 edge : edges) {
        // An edge inside a skipped hour lands wherever Qt places it; the minute after it settles the verdict.
        for (const qint64 candidate : {edge, edge - edge % kMinuteMs + kMinuteMs}) {
            if (candidate > epochMs && verdictAt(candidate) == Verdict::Open)
                return candidate;
        }
    }
    return std::nullopt;
}

} // namespace alertdesk::rules
