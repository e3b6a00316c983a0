#pragma once

#include <vector>

#include <QtCore/qnamespace.h>

#include "store/AlertFilter.h"
#include "store/FilterDataValues.h"
#include "store/StoreTypes.h"

namespace alertdesk {

class AlertTable;

// What the alert table can be sorted by.
enum class AlertSortKey : quint8 {
    Severity, Status, Age, LastSeen, Count, Source, Type, Subject, Region, Title, Summary, Origin
};

// A live, filtered and sorted view of the alert table: the row indexes to show, in order. Not
// QSortFilterProxyModel: that one maps row by row and updates the view per row, which at a million rows
// takes seconds to minutes (specs/toolchain.md). Here every live row is kept in sort order once; a filter
// change scans that order (in parallel), clearing it is a copy, and a batch of store changes is merged in
// O(rows + changes · log changes).
class AlertView final
{
public:
    explicit AlertView(const AlertTable& table);

    // After the table was replaced (the history loaded): everything again.
    void reset(const AlertTable& table, qint64 nowMs);
    void setSort(AlertSortKey key, Qt::SortOrder order, qint64 nowMs);
    void setFilter(AlertFilter filter, qint64 nowMs);
    // Values for the filter's data.<path> terms (they live in SQLite); re-filters.
    void setDataValues(FilterDataValues values, qint64 nowMs);
    void refilter(qint64 nowMs);
    void apply(const StoreChange& change, qint64 nowMs);

    const std::vector<quint32>& rows() const { return *m_visible; }
    quint32 liveCount() const { return quint32(m_sorted.size()); }
    AlertSortKey sortKey() const { return m_key; }
    Qt::SortOrder sortOrder() const { return m_order; }
    const AlertFilter& filter() const { return m_filter; }
    bool isFiltered() const { return !m_filter.isEmpty(); }
    FilterDataValues& dataValues() { return m_data; }

private:
    bool less(quint32 a, quint32 b) const;
    void sortRows(std::vector<quint32>& rows) const;
    void rankPool();
    // Removes the rows flagged in m_touched from `rows`, then merges the sorted `additions` in.
    void mergeInto(std::vector<quint32>& rows, const std::vector<quint32>& additions);

    const AlertTable* m_table;
    AlertSortKey m_key = AlertSortKey::Age;
    Qt::SortOrder m_order = Qt::AscendingOrder;   // youngest first
    AlertFilter m_filter;
    FilterDataValues m_data;
    std::vector<quint32> m_sorted;           // every live row, in sort order
    std::vector<quint32> m_filtered;         // the rows passing the filter, in sort order
    const std::vector<quint32>* m_visible;   // m_sorted when unfiltered, else m_filtered
    std::vector<quint32> m_poolRank;         // sort rank of each pool string
    std::vector<bool> m_touched;             // scratch: rows a change touched
    std::vector<quint32> m_scratch;          // scratch: the merge's output, swapped in
};

} // namespace alertdesk
