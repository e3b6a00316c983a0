#pragma once

#include <cstdint>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace alertdesk {

// Low-cardinality values of the alert table (sources, types, regions, origins) kept once and referred to by a
// 32-bit id, so a million rows hold four ints instead of four strings, and a filter evaluates a term once per
// distinct value instead of once per row. Id 0 is the empty string. Lives on one thread (the store's owner).
class StringPool final
{
public:
    StringPool();

    uint32_t intern(const QString& value);
    const QString& text(uint32_t id) const { return m_texts.at(id); }
    // The value lower-cased (QString::toLower) as UTF-8: what case-insensitive filter terms compare against.
    const QByteArray& folded(uint32_t id) const { return m_folded.at(id); }
    const QByteArray& utf8(uint32_t id) const { return m_utf8.at(id); }
    uint32_t size() const { return uint32_t(m_texts.size()); }

private:
    QHash<QString, uint32_t> m_ids;
    QList<QString> m_texts;
    QList<QByteArray> m_folded;
    QList<QByteArray> m_utf8;
};

} // namespace alertdesk
