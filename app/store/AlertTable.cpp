#include "store/AlertTable.h"

#include <algorithm>

namespace alertdesk {

// FNV-1a over the UTF-8 bytes: fingerprints are short ASCII hex, so this is cheap and well spread.
quint64 AlertTable::hashOf(QByteArrayView utf8)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char c : utf8) {
        hash ^= quint8(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

quint64 AlertTable::hashOf(QStringView fingerprint)
{
    quint64 hash = 14695981039346656037ULL;
    for (const QChar c : fingerprint) {
        if (c.unicode() >= 0x80)
            return hashOf(QByteArrayView(fingerprint.toUtf8()));
        hash ^= c.unicode();   // ASCII: the code unit is the UTF-8 byte
        hash *= 1099511628211ULL;
    }
    return hash;
}

std::optional<quint32> AlertTable::find(const QString& fingerprint) const
{
    const auto exact = m_collided.constFind(fingerprint);
    if (exact != m_collided.cend())
        return *exact;
    const auto found = m_byHash.constFind(hashOf(fingerprint));
    if (found == m_byHash.cend())
        return std::nullopt;
    const QByteArrayView stored = row(*found).field(RowField::Fingerprint);
    if (QAnyStringView::compare(QUtf8StringView(stored.data(), stored.size()), fingerprint) != 0)
        return std::nullopt;
    return *found;
}

std::optional<quint32> AlertTable::findAlertId(qint64 alertId) const
{
    quint32 low = 0;
    quint32 high = m_size;
    while (low < high) {
        const quint32 mid = low + (high - low) / 2;
        if (row(mid).alertId < alertId)
            low = mid + 1;
        else
            high = mid;
    }
    if (low == m_size || row(low).alertId != alertId)
        return std::nullopt;
    return low;
}

quint32 AlertTable::append(AlertRow row)
{
    const quint32 index = m_size;
    if ((index >> kChunkBits) == m_chunks.size())
        m_chunks.push_back(std::make_unique<AlertRow[]>(std::size_t(kChunkMask) + 1));
    this->row(index) = std::move(row);
    ++m_size;
    const QByteArrayView fingerprint = this->row(index).field(RowField::Fingerprint);
    const quint64 hash = hashOf(fingerprint);
    if (m_byHash.contains(hash))   // a different fingerprint with the same hash
        m_collided.insert(QString::fromUtf8(fingerprint), index);
    else
        m_byHash.insert(hash, index);
    if (this->row(index).isRemoved())
        ++m_removed;
    return index;
}

void AlertTable::reserve(quint32 rows)
{
    m_byHash.reserve(qsizetype(rows));
    m_chunks.reserve((std::size_t(rows) >> kChunkBits) + 1);
}

void AlertTable::markRemoved(quint32 index)
{
    AlertRow& row = this->row(index);
    if (row.isRemoved())
        return;
    row.flags |= AlertRow::Removed;
    ++m_removed;
    const QByteArrayView fingerprint = row.field(RowField::Fingerprint);
    if (m_collided.remove(QString::fromUtf8(fingerprint)) == 0)
        m_byHash.remove(hashOf(fingerprint));
}

} // namespace alertdesk
