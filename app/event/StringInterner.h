#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <QString>

namespace alertdesk {

// Shares one QString per distinct value of low-cardinality fields (sources, types, regions, label names and
// values): converting and allocating them for every event costs more than decoding the JSON. An open-addressing
// table with a cheap word-at-a-time hash, because std::unordered_map's hashing and bucket division showed up as
// a tenth of decoding time. Bounded: once full it converts without remembering, so unique values cannot grow it.
class StringInterner final
{
public:
    explicit StringInterner(uint32_t capacity = 8192);

    QString intern(std::string_view utf8);
    uint32_t size() const { return m_size; }

private:
    struct Slot
    {
        uint64_t hash = 0;
        uint32_t offset = 0;   // of the key's bytes in m_keys
        uint32_t length = 0;
        QString value;         // null: the slot is free
    };

    static uint64_t hashOf(std::string_view text);

    const uint32_t m_capacity;
    std::vector<Slot> m_slots;   // twice the capacity, a power of two, so probes stay short
    std::string m_keys;
    uint32_t m_size = 0;
};

} // namespace alertdesk
