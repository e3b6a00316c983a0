#include "store/SilenceMatcher.h"

#include <numeric>

#include "store/StoreLogging.h"

namespace alertdesk {

SilenceMatcher::SilenceMatcher()
{
    m_scratch.append(AlertRow{});
}

void SilenceMatcher::setSilences(const QList<Silence>& silences)
{
    m_silences.clear();
    m_filters.clear();
    for (const Silence& silence : silences) {
        auto filter = compileSilenceMatchers(silence.matchers);
        if (!filter) {
            qCWarning(lcStore).noquote() << "silence" << silence.uid << "ignored:" << filter.error().message;
            continue;
        }
        m_silences.append(silence);
        m_filters.push_back(std::move(*filter));
    }
}

int SilenceMatcher::firstMatch(const AlertTable& table, quint32 row, qint64 nowMs) const
{
    for (qsizetype i = 0; i < m_silences.size(); ++i) {
        if (m_silences.at(i).isActive(nowMs) && m_filters[std::size_t(i)].matches(table, row, nowMs))
            return int(i);
    }
    return -1;
}

std::vector<quint16> SilenceMatcher::matchAll(const AlertTable& table, qint64 nowMs) const
{
    std::vector<quint16> first(table.size(), 0);
    std::vector<quint32> candidates(table.size());
    std::iota(candidates.begin(), candidates.end(), 0u);
    std::vector<quint32> matched;
    for (qsizetype i = 0; i < m_silences.size() && !candidates.empty(); ++i) {
        if (!m_silences.at(i).isActive(nowMs))
            continue;
        m_filters[std::size_t(i)].filterRows(table, candidates, nowMs, matched);
        for (const quint32 row : matched)
            first[row] = quint16(std::min<qsizetype>(i + 1, 65535));
        // Rows already silenced need no second look: only the first silence is reported.
        std::erase_if(candidates, [&first](quint32 row) { return first[row] != 0; });
    }
    return first;
}

bool SilenceMatcher::matchesEvent(const Event& event, qint64 nowMs)
{
    if (m_silences.isEmpty())
        return false;
    AlertRow& row = m_scratch.row(0);
    StringPool& pool = m_scratch.pool();
    row.firstSeenMs = event.timeMs;
    row.lastSeenMs = event.timeMs;
    row.count = 1;
    takeEventFields(row, event, pool);
    return firstMatch(m_scratch, 0, nowMs) >= 0;
}

} // namespace alertdesk
