#pragma once

#include <vector>

#include "store/AlertFilter.h"
#include "store/StoreTypes.h"

namespace alertdesk {

class AlertTable;

// Live counts for the views sidebar: how many alerts each view's filter matches, kept up to date per store
// batch by re-evaluating only the rows the batch touched (one bit per row and view remembers the last answer),
// and recounted in full only when the table is replaced or a filter depends on the clock.
class ViewCounts final
{
public:
    void setFilters(std::vector<AlertFilter> filters, const AlertTable& table, qint64 nowMs);
    void recount(const AlertTable& table, qint64 nowMs);
    void apply(const AlertTable& table, const StoreChange& change, qint64 nowMs);
    bool dependsOnClock() const;

    int size() const { return int(m_views.size()); }
    qint64 count(int view) const { return m_views[std::size_t(view)].count; }

private:
    struct View
    {
        AlertFilter filter;
        std::vector<bool> matches;
        qint64 count = 0;
    };
    void update(View& view, const AlertTable& table, quint32 row, qint64 nowMs);

    std::vector<View> m_views;
};

} // namespace alertdesk
