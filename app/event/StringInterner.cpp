#include "StringInterner.h"

#include <bit>
#include <cstring>

namespace alertdesk {

StringInterner::StringInterner(uint32_t capacity)
    : m_capacity(capacity)
    , m_slots(std::bit_ceil(capacity * 2))
{
}

uint64_t StringInterner::hashOf(std::string_view text)
{
    // Eight bytes at a time, each word mixed by a multiply; the length seeds it so prefixes differ.
    uint64_t hash = 0x9e3779b97f4a7c15ULL ^ text.size();
    size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        hash = (hash ^ word) * 0xff51afd7ed558ccdULL;
        hash ^= hash >> 32;
    }
    uint64_t tail = 0;
    if (i < text.size())
        std::memcpy(&tail, text.data() + i, text.size() - i);
    hash = (hash ^ tail) * 0xc4ceb9fe1a85ec53ULL;
    return hash ^ (hash >> 29);
}

QString StringInterner::intern(std::string_view utf8)
{
    const uint64_t hash = hashOf(utf8);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot& slot = m_slots[i];
        if (slot.value.isNull()) {
            QString value = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
            if (m_size < m_capacity && !value.isNull()) {
                slot = Slot{hash, static_cast<uint32_t>(m_keys.size()), static_cast<uint32_t>(utf8.size()), value};
                m_keys.append(utf8);
                ++m_size;
            }
            return value;
        }
        if (slot.hash == hash && slot.length == utf8.size()
            && std::memcmp(m_keys.data() + slot.offset, utf8.data(), utf8.size()) == 0)
            return slot.value;
    }
}

} // namespace alertdesk
