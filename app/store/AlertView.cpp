#include "store/AlertView.h"

#include <algorithm>
#include <numeric>

#include "store/AlertTable.h"

namespace alertdesk {

namespace {

template <typename T>
int compare3(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareText(QByteArrayView a, QByteArrayView b)
{
    return compare3(std::string_view(a.data(), std::size_t(a.size())), std::string_view(b.data(), std::size_t(b.size())));
}

} // namespace

AlertView::AlertView(const AlertTable& table) : m_table(&table), m_visible(&m_sorted) {}

void AlertView::reset(const AlertTable& table, qint64 nowMs)
{
    m_table = &table;
    m_data = {};
    m_sorted.clear();
    m_sorted.reserve(table.size());
    for (quint32 i = 0; i < table.size(); ++i) {
        if (!table.row(i).isRemoved())
            m_sorted.push_back(i);
    }
    rankPool();
    sortRows(m_sorted);
    refilter(nowMs);
}

void AlertView::setSort(AlertSortKey key, Qt::SortOrder order, qint64 nowMs)
{
    if (key == m_key && order == m_order)
        return;
    m_key = key;
    m_order = order;
    rankPool();
    sortRows(m_sorted);
    refilter(nowMs);
}

void AlertView::setFilter(AlertFilter filter, qint64 nowMs)
{
    m_filter = std::move(filter);
    if (m_filter.dataPaths().isEmpty())
        m_data = {};
    refilter(nowMs);
}

void AlertView::setDataValues(FilterDataValues values, qint64 nowMs)
{
    m_data = std::move(values);
    refilter(nowMs);
}

void AlertView::refilter(qint64 nowMs)
{
    if (m_filter.isEmpty()) {
        m_filtered.clear();
        m_filtered.shrink_to_fit();
        m_visible = &m_sorted;
        return;
    }
    m_filter.filterRows(*m_table, m_sorted, nowMs, m_filtered, &m_data);
    m_visible = &m_filtered;
}

void AlertView::apply(const StoreChange& change, qint64 nowMs)
{
    m_touched.resize(m_table->size());
    std::vector<quint32> additions;
    additions.reserve(std::size_t(change.newRows) + std::size_t(change.updatedRows.size()));
    for (const quint32 row : change.updatedRows) {
        m_touched[row] = true;
        additions.push_back(row);
    }
    for (const quint32 row : change.removedRows)
        m_touched[row] = true;
    for (quint32 row = change.firstNewRow; row < change.firstNewRow + change.newRows; ++row) {
        if (!m_table->row(row).isRemoved())
            additions.push_back(row);
    }
    if (m_key == AlertSortKey::Source || m_key == AlertSortKey::Type || m_key == AlertSortKey::Region ||
        m_key == AlertSortKey::Origin) {
        if (m_poolRank.size() != m_table->pool().size())
            rankPool();   // a new source/type/region: ranks shift, so re-rank (a few hundred strings)
    }
    std::erase_if(additions, [this](quint32 row) { return m_table->row(row).isRemoved(); });
    for (auto it = change.data.rows.cbegin(); it != change.data.rows.cend(); ++it)
        m_data.rows.insert(it.key(), it.value());
    sortRows(additions);
    mergeInto(m_sorted, additions);
    if (!m_filter.isEmpty()) {
        std::vector<quint32> passing;
        for (const quint32 row : additions) {
            if (m_filter.matches(*m_table, row, nowMs, &m_data))
                passing.push_back(row);
        }
        mergeInto(m_filtered, passing);
    }
    for (const quint32 row : change.updatedRows)
        m_touched[row] = false;
    for (const quint32 row : change.removedRows)
        m_touched[row] = false;
}

void AlertView::mergeInto(std::vector<quint32>& rows, const std::vector<quint32>& additions)
{
    std::erase_if(rows, [this](quint32 row) { return m_touched[row]; });
    if (additions.empty())
        return;
    // New alerts usually sort before (by age) or after everything shown: then the merge is a block copy.
    if (rows.empty() || !less(rows.front(), additions.back())) {
        rows.insert(rows.begin(), additions.begin(), additions.end());
        return;
    }
    if (!less(additions.front(), rows.back())) {
        rows.insert(rows.end(), additions.begin(), additions.end());
        return;
    }
    // Into a buffer kept between batches: a fresh 4 MB vector per batch costs more in page faults than the merge.
    m_scratch.clear();
    m_scratch.reserve(rows.size() + additions.size());
    std::merge(rows.begin(), rows.end(), additions.begin(), additions.end(), std::back_inserter(m_scratch),
               [this](quint32 a, quint32 b) { return less(a, b); });
    rows.swap(m_scratch);
}

void AlertView::rankPool()
{
    const StringPool& pool = m_table->pool();
    std::vector<quint32> ids(pool.size());
    std::iota(ids.begin(), ids.end(), 0u);
    std::sort(ids.begin(), ids.end(), [&pool](quint32 a, quint32 b) {
        return pool.folded(a) < pool.folded(b);
    });
    m_poolRank.assign(pool.size(), 0);
    for (quint32 rank = 0; rank < ids.size(); ++rank)
        m_poolRank[ids[rank]] = rank;
}

void AlertView::sortRows(std::vector<quint32>& rows) const
{
    std::stable_sort(rows.begin(), rows.end(), [this](quint32 a, quint32 b) { return less(a, b); });
}

// The order of two rows: by the key, then by arrival (newest first) so the order is total and stable.
bool AlertView::less(quint32 a, quint32 b) const
{
    const AlertRow& x = m_table->row(a);
    const AlertRow& y = m_table->row(b);
    const auto rank = [this](quint32 id) { return id < m_poolRank.size() ? m_poolRank[id] : quint32(id); };
    int c = 0;
    switch (m_key) {
    case AlertSortKey::Severity: c = compare3(x.severity, y.severity); break;
    case AlertSortKey::Status: c = compare3(x.status, y.status); break;
    // "Age" ascending means youngest first: a later first-seen time is a smaller age.
    case AlertSortKey::Age: c = compare3(y.firstSeenMs, x.firstSeenMs); break;
    case AlertSortKey::LastSeen: c = compare3(x.lastSeenMs, y.lastSeenMs); break;
    case AlertSortKey::Count: c = compare3(x.count, y.count); break;
    case AlertSortKey::Source: c = compare3(rank(x.source), rank(y.source)); break;
    case AlertSortKey::Type: c = compare3(rank(x.type), rank(y.type)); break;
    case AlertSortKey::Region: c = compare3(rank(x.region), rank(y.region)); break;
    case AlertSortKey::Origin: c = compare3(rank(x.origin), rank(y.origin)); break;
    case AlertSortKey::Subject: c = compareText(x.field(RowField::Subject), y.field(RowField::Subject)); break;
    case AlertSortKey::Title: c = compareText(x.field(RowField::Title), y.field(RowField::Title)); break;
    case AlertSortKey::Summary: c = compareText(x.field(RowField::Summary), y.field(RowField::Summary)); break;
    }
    if (m_order == Qt::DescendingOrder)
        c = -c;
    if (c != 0)
        return c < 0;
    return x.alertId > y.alertId;
}

} // namespace alertdesk
