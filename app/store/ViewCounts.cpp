#include "store/ViewCounts.h"

#include <numeric>

#include "store/AlertTable.h"

namespace alertdesk {

void ViewCounts::setFilters(std::vector<AlertFilter> filters, const AlertTable& table, qint64 nowMs)
{
    m_views.clear();
    for (AlertFilter& filter : filters)
        m_views.push_back(View{std::move(filter), {}, 0});
    recount(table, nowMs);
}

void ViewCounts::recount(const AlertTable& table, qint64 nowMs)
{
    std::vector<quint32> all(table.size());
    std::iota(all.begin(), all.end(), 0u);
    std::vector<quint32> matching;
    for (View& view : m_views) {
        view.filter.filterRows(table, all, nowMs, matching);
        view.matches.assign(table.size(), false);
        for (const quint32 row : matching)
            view.matches[row] = true;
        view.count = qint64(matching.size());
    }
}

void ViewCounts::apply(const AlertTable& table, const StoreChange& change, qint64 nowMs)
{
    for (View& view : m_views) {
        view.matches.resize(table.size(), false);
        for (const quint32 row : change.updatedRows)
            update(view, table, row, nowMs);
        for (const quint32 row : change.removedRows)
            update(view, table, row, nowMs);
        for (quint32 row = change.firstNewRow; row < change.firstNewRow + change.newRows; ++row)
            update(view, table, row, nowMs);
    }
}

void ViewCounts::update(View& view, const AlertTable& table, quint32 row, qint64 nowMs)
{
    const bool now = view.filter.matches(table, row, nowMs);
    if (now == view.matches[row])
        return;
    view.matches[row] = now;
    view.count += now ? 1 : -1;
}

bool ViewCounts::dependsOnClock() const
{
    return std::any_of(m_views.begin(), m_views.end(), [](const View& v) { return v.filter.usesAge(); });
}

} // namespace alertdesk
